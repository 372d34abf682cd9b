import type { LoopResult } from "./loopTypes.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import { describeFailureReason, LAST_ERROR_RESULT_CHARS, makeSummary } from "./summarizeResult.js";
import { tailText } from "./buildPrompts.js";

/**
 * The result of a run that ended after the first test run, before any model
 * call: the tests already pass, or there is nothing to edit. The CLI and the
 * action decide this themselves (they pick the targets from that test run).
 */
export function resultBeforeIterations(initial: TestRunResult, maxIterations: number, durationMs: number, reason?: "no_target_files"): LoopResult {
  const ok = reason === undefined;
  return {
    ok,
    iterations: 0,
    summary: makeSummary(ok, 0, maxIterations, reason),
    ...(reason ? { failureReason: reason, failureMessage: describeFailureReason(reason, { maxIterations }) } : {}),
    lastError: ok ? "" : tailText(initial.output, LAST_ERROR_RESULT_CHARS),
    modifiedFiles: [],
    history: [],
    usage: { inputTokens: 0, outputTokens: 0 },
    initialTest: initial,
    durationMs,
  };
}
