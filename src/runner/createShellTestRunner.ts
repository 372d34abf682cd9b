import { runTestCommand } from "./runTestCommand.js";
import type { TestRunner } from "./testRunResult.js";
import type { CommandIsolation } from "./commandIsolation.js";

export interface ShellTestRunnerOptions {
  command: string;
  cwd: string;
  /** Build it with `buildTestEnv`. */
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  maxOutputBytes?: number;
  onOutput?: (chunk: string) => void;
  isolation?: CommandIsolation;
}

/** The loop's test runner: the same command, directory, environment and limits on every run. */
export function createShellTestRunner(options: ShellTestRunnerOptions): TestRunner {
  const fixed = { ...options, env: { ...options.env } };
  return {
    command: fixed.command,
    run: (signal?: AbortSignal) => runTestCommand(signal === undefined ? fixed : { ...fixed, signal }),
  };
}
