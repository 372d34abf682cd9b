import { accessSync, constants } from "node:fs";

/**
 * The shell that runs the test command: bash when installed (GitHub's `run:`
 * steps use it, so commands copied from a workflow behave the same), else sh.
 */
export function resolveShell(): string {
  try {
    accessSync("/bin/bash", constants.X_OK);
    return "/bin/bash";
  } catch {
    return "/bin/sh";
  }
}
