import type { FailureReason, IterationRecord, LoopResult } from "../loop/loopTypes.js";
import type { IsolationLevel } from "../runner/commandIsolation.js";
import { describeLastAttempt } from "../loop/describeLastAttempt.js";
import { describeFocus } from "../runner/focus/describeFocus.js";

/** The hidden marker that identifies compile-loop's status comment on a PR. */
export const STATUS_COMMENT_MARKER = "<!-- compile-loop:status -->";

/** What the comment's first lines say: what runs, for whom, and where to watch it. */
export interface CommentHeader {
  /** The repository's test command, shown in code. */
  testCommand: string;
  /** How the run started, e.g. "/fix by @alice", "CI failure in `build`", "pull_request". */
  trigger?: string;
  /** Link to the workflow run (GITHUB_SERVER_URL/REPO/actions/runs/RUN_ID). */
  runUrl?: string;
  /** The commit under test. */
  headSha?: string;
  /** Model label, e.g. "openai:gpt-4.1-mini". */
  model?: string;
  maxIterations?: number;
  /** Who the code under test ran as (`user`, `none`). */
  isolation?: IsolationLevel;
}

/** One table row per finished iteration. */
export interface IterationRow {
  iteration: number;
  result: IterationRecord["outcome"];
  /** Exit code of the test run; null when killed, timed out, or no test ran. */
  exitCode: number | null;
  timedOut?: boolean;
  filesEdited: string[];
  /** Input + output tokens of the iteration's model calls. */
  tokens: number;
  /** What those calls cost, when the model's price is known. */
  costUsd?: number;
  /** How the tests ran: "focused run of 2 tests, 0.4 s", "full run". */
  testRun?: string;
  durationMs: number;
}

export type CommentStatus =
  | { kind: "running"; detail?: string }
  | {
      kind: "success";
      summary: string;
      /** The tests passed before any edit: nothing to fix. */
      alreadyPassing?: boolean;
      /** Where the fix was pushed (absent with push: none). */
      branch?: string;
      branchUrl?: string;
      fixPullRequest?: { number: number; url: string };
      /** A line about how the fix was delivered, e.g. "Committed onto this PR's branch" or "Not pushed (push: none)". */
      delivery?: string;
    }
  | {
      kind: "failure";
      summary: string;
      failureReason?: FailureReason | "push_rejected" | "push_permission" | "internal";
      /** A sentence saying what to do about it. */
      failureMessage?: string;
      /** Tail of the last error (test output or model error). */
      errorTail?: string;
    }
  | { kind: "skipped"; reason: string };

/** A compact record of one earlier attempt, kept hidden in the comment for the next /fix. */
export interface AttemptMemory {
  /** ISO timestamp of the attempt's end. */
  at: string;
  headSha?: string;
  ok: boolean;
  iterations: number;
  summary: string;
  failureReason?: string;
  filesEdited: string[];
  /** First part of the last error, short. */
  lastError?: string;
  /** Extra instructions the user gave with /fix. */
  instructions?: string;
}

/** Everything renderPullRequestComment needs. */
export interface PullRequestCommentState {
  /** Defaults to STATUS_COMMENT_MARKER. */
  marker?: string;
  header: CommentHeader;
  /** Remarks under the header, e.g. "This PR comes from a fork: the fix is shown as a diff." */
  notes?: string[];
  /** Tokens and spend of the whole run so far, for the usage line. */
  usage?: { inputTokens: number; outputTokens: number; costUsd?: number };
  rows: IterationRow[];
  status: CommentStatus;
  /** Unified diff of the last attempt, shown collapsed. */
  diff?: string;
  /** Earlier attempts plus (when finished) this one, oldest first. */
  memory?: AttemptMemory[];
  /** Strings that must never appear in the comment (API keys, tokens). */
  secrets: string[];
}

/** A table row from the engine's record of an iteration. */
export function iterationRowFromRecord(record: IterationRecord): IterationRow {
  const row: IterationRow = {
    iteration: record.iteration,
    result: record.outcome,
    exitCode: record.test?.exitCode ?? null,
    filesEdited: [...record.filesEdited],
    tokens: record.usage.inputTokens + record.usage.outputTokens,
    durationMs: record.durationMs,
  };
  if (record.test?.timedOut === true) row.timedOut = true;
  if (record.costUsd !== undefined) row.costUsd = record.costUsd;
  if (record.test?.focus !== undefined) row.testRun = describeFocus(record.test.focus);
  return row;
}

/** The comment's final status for a finished loop (delivery details are added by the caller). */
export function statusFromLoopResult(result: LoopResult): CommentStatus {
  if (result.ok) {
    return { kind: "success", summary: result.summary, alreadyPassing: result.iterations === 0 };
  }
  const last = describeLastAttempt(result);
  const status: CommentStatus = { kind: "failure", summary: result.summary, errorTail: last.testOutput };
  if (result.failureReason !== undefined) status.failureReason = result.failureReason;
  if (result.failureMessage !== undefined) status.failureMessage = last.replyNote === undefined ? result.failureMessage : `${result.failureMessage} ${last.replyNote}`;
  return status;
}

/** The memory entry describing a finished loop. */
export function attemptMemoryFromLoopResult(result: LoopResult, context: { at: string; headSha?: string; instructions?: string }): AttemptMemory {
  const memory: AttemptMemory = {
    at: context.at,
    ok: result.ok,
    iterations: result.iterations,
    summary: result.summary,
    filesEdited: [...result.modifiedFiles],
  };
  if (context.headSha !== undefined) memory.headSha = context.headSha;
  if (result.failureReason !== undefined) memory.failureReason = result.failureReason;
  if (!result.ok && result.lastError !== "") memory.lastError = result.lastError;
  if (context.instructions !== undefined && context.instructions !== "") memory.instructions = context.instructions;
  return memory;
}
