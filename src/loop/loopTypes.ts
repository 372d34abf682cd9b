import type { ChatModel, ChatRequest, TokenUsage } from "../models/chatModel.js";
import type { TestRunResult, TestRunner } from "../runner/testRunResult.js";
import type { FailedBlock } from "../edits/editBlock.js";
import type { IsolationReport } from "../isolation/isolationSetting.js";
import type { RepoMapReport } from "../context/repoMap/buildRepoMap.js";

/** Why the loop gave up; each has a summary and a sentence saying what to do (summarizeResult.ts). */
export type FailureReason =
  | "max_iters"
  | "stagnation"
  | "llm_call"
  | "open_target_file"
  | "tool_loop"
  | "timeout"
  | "budget"
  | "aborted"
  | "test_command"
  | "no_target_files"
  | "setup_command"
  | "configuration";

export type EditMode = "diff" | "full";
/**
 * `single-full`: one file, rewritten whole (`targetFile` + `editMode: "full"`).
 * `multi-diff`: SEARCH/REPLACE blocks under path headers, with read tools (`targetFiles`, or `targetFile` in diff mode).
 */
export type LoopMode = "single-full" | "multi-diff";
export type DumpMode = "off" | "meta" | "full";

/** What happened in one iteration: the model's reply, the edit, the test run. */
export interface IterationRecord {
  iteration: number;
  /**
   * "passed"/"failed": the edit was written and the tests ran; "edit_failed": a block did not apply or a limit was hit
   * (nothing written); "format_error": the reply was not an edit: no blocks, unparsable, not exactly one fenced file,
   * or cut off before its end (nothing written, no test run).
   */
  outcome: "passed" | "failed" | "edit_failed" | "format_error" | "stopped";
  /** The model's reply text. */
  reply: string;
  /** Files written this iteration (repository-relative). */
  filesEdited: string[];
  failedBlocks?: FailedBlock[];
  /** The message fed back to the model for this iteration's failure. */
  feedback?: string;
  test?: TestRunResult;
  /** Tokens of every model call made for this iteration: its edit calls and the digest calls its reads caused. */
  usage: TokenUsage;
  /** `usage` in USD at the model's price; absent when the model has no known price. */
  costUsd?: number;
  toolCalls: number;
  durationMs: number;
}

/** The model calls of the iteration a run stopped in before it could be recorded (a stop inside its tool loop, say). */
export interface StoppedIteration {
  iteration: number;
  usage: TokenUsage;
  /** Absent when the model has no known price. */
  costUsd?: number;
}

/** The call the cost cap refused, and why: the spend so far plus what the call could cost would pass the cap. */
export interface CostStop {
  /** `maxCostUsd`. */
  capUsd: number;
  /** What the cap counted as spent before the call (see `unmeteredCalls`). */
  spentUsd: number;
  /** The refused call at its worst: the estimated prompt plus every output token it may produce. */
  callEstimateUsd: number;
  estimatedInputTokens: number;
  maxOutputTokens: number;
  /** The iteration the refused call belonged to, and what it was for. */
  iteration: number;
  purpose: NonNullable<ChatRequest["purpose"]>;
  /** Earlier calls whose reply reported no input tokens; the cap counted each at its estimate. */
  unmeteredCalls: number;
}

export interface LoopResult {
  ok: boolean;
  iterations: number;
  /** One line for people, e.g. "PASS in 2 iters" or "give-up: max_iters reached (5)". */
  summary: string;
  failureReason?: FailureReason;
  /** A sentence saying what to do about the failure. */
  failureMessage?: string;
  /** Tail of the last error the loop saw (test output or model error), at most 2,000 characters. */
  lastError: string;
  /** Repository-relative paths the loop wrote, sorted. */
  modifiedFiles: string[];
  /** Of those, the files that were not initial targets (the model read them, then edited them). */
  editedOutsideTargets?: string[];
  history: IterationRecord[];
  /** Tokens of every model call of the run, as the provider counted them. */
  usage: TokenUsage;
  /** `usage` in USD at the model's price (price table or the user's override); absent when the model has no known price. */
  costUsd?: number;
  /** Present when the run stopped inside an iteration that had made model calls but has no record in `history`; its usage is in `usage` too. */
  stoppedIteration?: StoppedIteration;
  /** Present when the cost cap (`maxCostUsd`) stopped the run (`failureReason: budget`). */
  costStop?: CostStop;
  /** The test run before the first model call. */
  initialTest?: TestRunResult;
  durationMs: number;
}

export type LoopEvent =
  | { type: "isolation"; report: IsolationReport }
  | { type: "setup_start" }
  | { type: "setup_result"; result: TestRunResult }
  | { type: "initial_test_start" }
  | { type: "targets_selected"; files: string[]; reasons: Record<string, string> }
  | { type: "repo_map"; report: RepoMapReport }
  | { type: "start"; mode: LoopMode; targetFiles: string[]; maxIterations: number }
  | { type: "initial_test"; result: TestRunResult }
  | { type: "iteration_start"; iteration: number }
  | { type: "model_call"; iteration: number; purpose: "edit" | "digest"; usage: TokenUsage; costUsd?: number; durationMs: number }
  | { type: "tool_use"; iteration: number; tool: string; path: string; ok: boolean; error?: string }
  | { type: "edit_applied"; iteration: number; files: string[] }
  | { type: "edit_failed"; iteration: number; failed: FailedBlock[]; message: string }
  | { type: "format_error"; iteration: number; message: string }
  | { type: "test_start"; iteration: number }
  | { type: "test_result"; iteration: number; result: TestRunResult }
  | { type: "iteration_end"; iteration: number; record: IterationRecord }
  | { type: "converged"; result: LoopResult }
  | { type: "gave_up"; result: LoopResult }
  | { type: "dump"; iteration: number; event: string; fields: Record<string, string | number | boolean> };

export interface LoopLimits {
  /** Tool calls the model may make within one iteration: enough to read a handful of files and ranges, few enough to stop a model that only reads. */
  maxToolCallsPerIteration: number;
  /** Files a single reply may edit. */
  maxFilesPerReply: number;
  /** Size a single written file may reach, in bytes. */
  maxBytesPerFile: number;
  /** Total bytes the loop may write over the whole run. */
  maxBytesPerRun: number;
  /** Budget, in characters, for the whole-file conversation before the oldest exchanges are dropped. */
  conversationBudgetChars: number;
}

export interface LoopOptions {
  /** Repository root; every path is resolved against it and must stay inside it. */
  repoDir: string;
  /** What the model must achieve; defaults to making the test command pass. */
  task?: string;
  /** The judge: a shell command run in repoDir, or a custom runner. */
  testCommand?: string;
  runner?: TestRunner;
  /** The result of a test run made just before (by the CLI or action, to pick target files); the loop then starts from it instead of running the tests again. */
  initialTest?: TestRunResult;
  /** Per test run, in milliseconds (default 10 minutes). */
  testTimeoutMs?: number;
  /** Extra environment variables for the test command (the rest comes from an allowlist). */
  testEnv?: Record<string, string>;
  model: ChatModel;
  /** One file: rewritten whole with `editMode: "full"`; in diff mode the same as `targetFiles: [targetFile]`. */
  targetFile?: string;
  /** The files the model may read and edit with SEARCH/REPLACE blocks (diff mode only). */
  targetFiles?: string[];
  /** Globs (repository-relative) that are never written, whatever the model says. */
  protectedPaths?: string[];
  /** The user named the editable files (--files / target-files): reading another file never makes it editable. */
  targetsAreHardLimit?: boolean;
  /** Why each target was chosen, shown next to it in the prompt. */
  targetReasons?: Record<string, string>;
  /** The repository map section of the multi-file prompt (runPipeline builds it with buildRepoMap). */
  repoMap?: string;
  editMode?: EditMode;
  maxIterations?: number;
  /** Whole-run wall clock, in milliseconds. */
  timeoutMs?: number;
  /** Token cap for the run (input + output). */
  maxTokensTotal?: number;
  /**
   * Cost cap for the run, in USD: before every model call (edit and digest
   * calls alike) the run stops with `budget` if what it spent plus what that
   * call could cost at most (its prompt, estimated pessimistically, and the
   * model's max output tokens) would pass it. Needs the model's price
   * (`ChatModel.price`); without one the options are refused.
   */
  maxCostUsd?: number;
  /** Extra guidance appended to the task (from the user, a /fix comment...). */
  instructions?: string;
  /** A compact record of earlier attempts on the same problem (from the PR comment). */
  priorAttempts?: string;
  /** Code fence language for whole-file mode. */
  lang?: string;
  /** Replaces the default system prompt. */
  system?: string;
  onEvent?: (event: LoopEvent) => void;
  signal?: AbortSignal;
  dumpMode?: DumpMode;
  /** Needed for `dumpMode: "full"` when `environment` is production. */
  allowFullDumpInProduction?: boolean;
  environment?: string;
  limits?: Partial<LoopLimits>;
  /** Secrets to redact from anything fed to the model or recorded. */
  secrets?: string[];
  /** Clock in milliseconds; tests pass a fake one to exercise the timeout gate. */
  now?: () => number;
}

export type { TestRunResult, TestRunner };
