import type { TokenUsage } from "../models/chatModel.js";
import { formatTokens, formatUsd } from "../models/costEstimate.js";
import type { CostStop, FailureReason } from "./loopTypes.js";

/** The same result this many times in a row is stagnation: two can be a model retrying once, three is a model stuck. */
export const STAGNATION_WINDOW = 3;

/** Last-error tail kept in the result: the assertion and the end of its stack trace, small enough for a PR comment. */
export const LAST_ERROR_RESULT_CHARS = 2000;

/** Which cap a `budget` stop hit: `maxTokensTotal` or `maxCostUsd`. */
export type BudgetKind = "tokens" | "cost";

/** One line per outcome, stable so that scripts and PR comments can match on it. */
export function makeSummary(ok: boolean, iterations: number, maxIterations: number, reason?: FailureReason, budget: BudgetKind = "tokens"): string {
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
      return budget === "cost"
        ? `give-up: cost cap reached at iter ${iterations}/${maxIterations}`
        : `give-up: token budget spent at iter ${iterations}/${maxIterations}`;
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

/** What a cost-cap stop tells the user: the stop itself and the run's usage, as the provider counted it. */
export interface CostStopDetails {
  stop: CostStop;
  usage: TokenUsage;
}

/** The cost cap's stop, as the reason's sentence: what was spent (USD and tokens), the cap, what to do. */
export function describeCostStop({ stop, usage }: CostStopDetails): string {
  const cap = formatUsd(stop.capUsd);
  const spent = `${formatUsd(stop.spentUsd)} spent so far (${formatTokens(usage.inputTokens)} input + ${formatTokens(usage.outputTokens)} output tokens${unmeteredNote(stop)})`;
  const call = `${formatUsd(stop.callEstimateUsd)} (about ${formatTokens(stop.estimatedInputTokens)} input tokens estimated + ${formatTokens(stop.maxOutputTokens)} output tokens at most)`;
  // A call that alone could pass the cap would be refused whatever was spent: more iterations or a narrower prompt do not help.
  if (stop.callEstimateUsd > stop.capUsd) {
    return `One model call alone could cost up to ${call}, more than the cost cap of ${cap}, so no call was made${stop.spentUsd > 0 ? ` (${spent})` : ""}; raise the cap (--max-cost / max-cost-usd), lower the model's max output tokens, or use a cheaper model.`;
  }
  return `The run stopped before a model call that could have taken it past its cost cap of ${cap}: ${spent}, and the next call could cost up to ${call}. To go on, raise the cap (--max-cost / max-cost-usd), narrow the target files, or use a cheaper model.`;
}

/** The refused call, for lastError: what it was, what it could have cost, against what was left. */
export function describeCostStopDetail({ stop, usage }: CostStopDetails): string {
  return (
    `cost cap: the ${stop.purpose} call of iteration ${stop.iteration} was not made: it could cost up to ${formatUsd(stop.callEstimateUsd)} ` +
    `(about ${formatTokens(stop.estimatedInputTokens)} input tokens estimated + ${formatTokens(stop.maxOutputTokens)} output tokens at most), ` +
    `and ${formatUsd(stop.spentUsd)} of the ${formatUsd(stop.capUsd)} cap is spent (${formatTokens(usage.inputTokens)} input + ${formatTokens(usage.outputTokens)} output tokens${unmeteredNote(stop)})`
  );
}

function unmeteredNote(stop: CostStop): string {
  if (stop.unmeteredCalls === 0) return "";
  return `; ${stop.unmeteredCalls} ${stop.unmeteredCalls === 1 ? "reply" : "replies"} reported no usage and ${stop.unmeteredCalls === 1 ? "was" : "were"} counted at ${stop.unmeteredCalls === 1 ? "its" : "their"} estimate`;
}

/** A sentence the user can act on, for each way the loop stops without a fix. */
export function describeFailureReason(
  reason: FailureReason,
  details: { maxIterations: number; timeoutMs?: number; maxTokensTotal?: number; maxToolCalls?: number; cost?: CostStopDetails },
): string {
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
      if (details.cost) return describeCostStop(details.cost);
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
