import type { TestRunResult } from "./testRunResult.js";

/**
 * Why a test run shows that the command itself does not run (it could not
 * start, or the shell found no such command: exit 127), or undefined when it
 * ran. No edit can fix that, so no model is asked.
 */
export function whyTestCommandCannotRun(run: TestRunResult): string | undefined {
  if (run.spawnError !== undefined) return run.spawnError;
  if (run.exitCode === 127) return "exit code 127: command not found";
  return undefined;
}
