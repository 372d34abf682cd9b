import type { ChatRequest, ChatResponse, StopReason, TokenUsage } from "../models/chatModel.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import type { LoopEvent, LoopMode } from "./loopTypes.js";
import type { ResolvedLoopConfig } from "./validateLoopOptions.js";
import type { FormatProblem, ParsedEdit, ReplyFormat } from "./interpretReply.js";
import type { StagnationKey } from "./detectStagnation.js";
import type { TaskContext } from "./buildPrompts.js";

/** The model's answer for one iteration, after any tool calls. */
export interface ModelTurn {
  text: string;
  stopReason: StopReason;
  usage: TokenUsage;
  toolCalls: number;
}

/** An iteration that did not make the tests pass, as the driver saw it. `reply` and `message` are redacted; `test` is the raw run (the driver redacts the feedback built from it). */
export type FailedAttempt =
  | { kind: "format_error"; reply: string; problem: FormatProblem; message: string }
  | { kind: "edit_failed"; reply: string; edit: ParsedEdit; message: string }
  | { kind: "tests_failed"; reply: string; edit: ParsedEdit; test: TestRunResult };

/**
 * One mode of the loop. The driver (runCompileLoop) owns everything the modes
 * share: the gates, interpreting the reply, planning and writing the edit,
 * running the tests. A strategy only says how to ask, what a reply must
 * contain, what to tell the model after a failure, and what counts as "the
 * same again" for stagnation.
 */
export interface ModeStrategy {
  readonly mode: LoopMode;
  readonly format: ReplyFormat;
  /** Asks the model for this iteration's edit. `lastTestOutput` is the latest test run's output, redacted. */
  request(iteration: number, lastTestOutput: string): Promise<ModelTurn>;
  /** Keeps what the next request must show about this failure; returns the message fed back (recorded as the iteration's feedback). */
  remember(attempt: FailedAttempt): string;
  /** What stagnation compares: the same key STAGNATION_WINDOW times in a row stops the run. */
  stagnationKey(attempt: FailedAttempt): StagnationKey;
}

/** What the driver lends a strategy. */
export interface StrategyServices {
  readonly cfg: ResolvedLoopConfig;
  readonly task: TaskContext;
  /** The caller's system prompt, replacing the mode's. */
  readonly system: string | undefined;
  readonly signal: AbortSignal;
  /** The run's clock (tests pass a fake one). */
  readonly now: () => number;
  /** Every model call goes through here: stop and budget checks, usage, events. `stopIterations` is the count a stop reports. */
  callModel(iteration: number, request: ChatRequest, stopIterations: number): Promise<ChatResponse>;
  emit(event: LoopEvent): void;
  dump(iteration: number, event: string, fields: Record<string, string | number | boolean>): void;
  redact(text: string): string;
}
