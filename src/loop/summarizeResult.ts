import type { FailureReason } from "./loopTypes.js";

/** The same result this many times in a row is stagnation: two can be a model retrying once, three is a model stuck. */
export const STAGNATION_WINDOW = 3;

/** Last-error tail kept in the result: the assertion and the end of its stack trace, small enough for a PR comment. */
export const LAST_ERROR_RESULT_CHARS = 2000;

/** One line per outcome, stable so that scripts and PR comments can match on it. */
export function makeSummary(ok: boolean, iterations: number, maxIterations: number, reason?: FailureReason): string {
  if (ok) return `PASS in ${iterations} iters`;
  switch (reason) {
    case "stagnation":
      return `give-up: stagnation at iter ${iterations}/${maxIterations} (same result ${STAGNATION_WINDOW}x)`;
    case "max_iters":
      return `give-up: max_iters reached (${maxIterations})`;
    case "llm_call":
      return `give-up: llm_call failed at iter ${iterations}/${maxIterations}`;
    case "open_target_file":
      return `give-up: open_target_file failed at iter ${iterations}/${maxIterations}`;
    case "tool_loop":
      return `give-up: tool_loop at iter ${iterations}/${maxIterations}`;
    case "timeout":
      return `give-up: timeout at iter ${iterations}/${maxIterations}`;
    case "budget":
      return `give-up: token budget spent at iter ${iterations}/${maxIterations}`;
    case "aborted":
      return `give-up: aborted at iter ${iterations}/${maxIterations}`;
    case "test_command":
      return "give-up: the test command could not run";
    case "no_target_files":
      return "give-up: no files to edit";
    case "setup_command":
      return "give-up: the setup command failed";
    case "configuration":
      return "give-up: configuration error";
    default:
      return `give-up: ${String(reason)}`;
  }
}

/** A sentence the user can act on, for each way the loop stops without a fix. */
export function describeFailureReason(reason: FailureReason, details: { maxIterations: number; timeoutMs?: number; maxTokensTotal?: number; maxToolCalls?: number }): string {
  switch (reason) {
    case "max_iters":
      return `The tests still fail after ${details.maxIterations} iterations; raise the iteration limit, narrow the target files, or add instructions that point at the cause.`;
    case "stagnation":
      return `The model repeated the same result ${STAGNATION_WINDOW} times in a row, so more iterations would not help; add instructions, give it more files to edit, or try a stronger model.`;
    case "llm_call":
      return "The model call failed; check the provider, model name, base URL and API key in the error above, then run again.";
    case "open_target_file":
      return "A target file could not be written; check that the file is writable and not a symlink, then run again.";
    case "tool_loop":
      return `The model made more than ${details.maxToolCalls ?? 8} file reads in one iteration without answering; narrow the target files or try a stronger model.`;
    case "timeout":
      return `The run hit its time limit${details.timeoutMs ? ` of ${Math.round(details.timeoutMs / 1000)} s` : ""}; raise the timeout or make the test command faster.`;
    case "budget":
      return `The run used its token budget${details.maxTokensTotal ? ` of ${details.maxTokensTotal} tokens` : ""}; raise the budget or narrow the target files.`;
    case "aborted":
      return "The run was interrupted; files are as they were after the last complete iteration.";
    case "test_command":
      return "The test command itself could not run (not found or could not start); check the command and that its dependencies are installed.";
    case "no_target_files":
      return "The failing output names no file of the repository and the branch changes none; say which files may be edited (--files / target-files).";
    case "setup_command":
      return "The setup command failed, so the tests were not run; fix it (its output is above) or remove it.";
    case "configuration":
      return "The run is not configured so that it can start; the message above names the setting.";
  }
}
