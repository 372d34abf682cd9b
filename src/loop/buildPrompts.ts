import { headText, tailText } from "../text/clipText.js";
import { fenceUntrustedText } from "../security/fenceUntrustedText.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import type { EditBlock } from "../edits/editBlock.js";
import { formatFileChanges, type FileChange } from "../context/fileChanges.js";

/** Test output in the multi-file prompt: room for an assertion and its stack trace, while the rebuilt prompt keeps one size. */
export const LAST_ERROR_PROMPT_CHARS = 2000;
/** Start of an applied edit echoed back: enough to recall what was tried; the files themselves show the result. */
export const PREVIOUS_EDIT_DIGEST_CHARS = 500;
/** A reply that was not applied is shown up to this size, so the model can correct and resend it whole. */
export const PREVIOUS_REPLY_CHARS = 6000;
/** Why a reply was not applied: every failed block with its closest lines, bounded so one huge SEARCH cannot crowd out the rest. */
export const FEEDBACK_PROMPT_CHARS = 4000;
/** Test output quoted in the whole-file conversation, which carries it once per exchange. */
export const FAILURE_OUTPUT_CHARS = 8000;

export const DEFAULT_TASK = "Make the test command pass. Fix the code under test; change the tests only if they are clearly wrong.";

export interface TaskContext {
  task: string;
  testCommand: string;
  instructions?: string;
  priorAttempts?: string;
  guidance?: string;
}


export function describeTestRun(result: TestRunResult): string {
  if (result.timedOut) return `timed out after ${Math.round(result.durationMs / 1000)} s`;
  if (result.signal) return `killed by ${result.signal}`;
  return `exit code ${result.exitCode ?? "unknown"}`;
}

function taskSection(ctx: TaskContext): string {
  const parts = [`Task: ${ctx.task}`, `Test command (the judge): ${ctx.testCommand}`];
  if (ctx.instructions?.trim()) parts.push(fenceUntrustedText("Extra instructions from the user", ctx.instructions.trim()));
  if (ctx.guidance?.trim()) parts.push(ctx.guidance.trim());
  if (ctx.priorAttempts?.trim()) parts.push(fenceUntrustedText("Earlier attempts on this problem (what was tried and how it ended)", ctx.priorAttempts.trim()));
  return parts.join("\n\n");
}

/** A fence longer than any backtick run inside, so the text cannot close it. */
function fence(text: string, info = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${info}\n${text}\n${ticks}`;
}

function withNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** Blocks as the model sent them, numbered from 1 in reply order: the numbers the edit feedback uses. */
export function renderNumberedBlocks(blocks: readonly EditBlock[]): string {
  return blocks
    .map((b, i) => {
      const path = b.path ?? "";
      return `Block ${i + 1} (${path}):\n<<< path=${path} >>>\n<<<<<<< SEARCH\n${withNewline(b.search)}=======\n${withNewline(b.replace)}>>>>>>> REPLACE`;
    })
    .join("\n\n");
}

/** What the multi-file prompt says about the previous iteration's reply. */
export type PreviousAttempt =
  /** The edit was written and the tests ran; `edit` is the edit as rendered blocks. */
  | { applied: true; edit: string }
  /** Nothing was written; `feedback` says why and `reply` is what the model sent (its blocks, numbered, when it had any). */
  | { applied: false; feedback: string; reply: string };

function previousAttemptSection(previous: PreviousAttempt): string {
  if (previous.applied) {
    return `Your previous edit (start), which was written but did not make the tests pass:\n${headText(previous.edit, PREVIOUS_EDIT_DIGEST_CHARS)}`;
  }
  return [
    "Your previous reply was NOT applied: nothing was written, so the files are as they were before it.",
    headText(previous.feedback, FEEDBACK_PROMPT_CHARS),
    `Your previous reply, which the feedback above refers to:\n${fence(headText(previous.reply, PREVIOUS_REPLY_CHARS))}`,
  ].join("\n\n");
}

/** Whether files outside the targets may be edited once read. */
export type EditRule = "after_read" | "targets_only";

export interface MultiFilePromptInput extends TaskContext {
  /** The initial target files, best first. */
  targetFiles: readonly string[];
  /** Why each target was chosen (a short phrase per path); targets without one are listed bare. */
  targetReasons?: Readonly<Record<string, string>>;
  /** The repository map section (definitions of the targets and their neighbours), the same every iteration. */
  repoMap?: string;
  /** Files outside the targets that the model read in this run and may edit. */
  readEditable?: readonly string[];
  /** Defaults to "after_read". */
  editRule?: EditRule;
  /** Output of the latest test run (the first one, or the one after the last written edit). */
  lastTestOutput?: string;
  previousAttempt?: PreviousAttempt;
  changes?: readonly FileChange[];
  iteration: number;
  maxIterations: number;
}

/** Targets listed in the prompt at most; the rest are counted (the model can still list and read them). */
export const MAX_PROMPT_TARGETS = 60;

function targetsSection(input: MultiFilePromptInput): string {
  const reasons = input.targetReasons ?? {};
  const explained = input.targetFiles.some((p) => reasons[p]);
  const lines = input.targetFiles.slice(0, MAX_PROMPT_TARGETS).map((p) => (reasons[p] ? `  ${p} (${reasons[p]})` : `  ${p}`));
  if (input.targetFiles.length > MAX_PROMPT_TARGETS) lines.push(`  ... and ${input.targetFiles.length - MAX_PROMPT_TARGETS} more`);
  const heading = explained ? "Target files, most likely first, with why each was chosen (you may read and edit these):" : "Target files (you may read and edit these):";
  const parts = [`${heading}\n${lines.join("\n")}`];
  const extra = input.readEditable ?? [];
  if (extra.length > 0) parts.push(`Other files you may edit, because you read them in this run:\n${extra.map((p) => `  ${p}`).join("\n")}`);
  return parts.join("\n\n");
}

function toolsSection(rule: EditRule): string {
  const tools =
    "Tools: read_file and read_file_range read any text file of the repository (not only the targets); " +
    "list_files lists files matching a glob; search_code finds the lines of tracked files that contain a text or a regular expression. " +
    "Read a file's current content before editing it.";
  const editing =
    rule === "targets_only"
      ? "Editing: only the target files may be edited (the user limited edits to them with --files / target-files); other files can be read but not edited."
      : "Editing: you may edit the target files, and any other file you have read in this run with read_file or read_file_range (unless it is protected). If the bug is in a file that is not a target, search for it, read it, then edit it.";
  return `${tools}\n${editing}`;
}

/**
 * The multi-file prompt, rebuilt from scratch every iteration so its size
 * does not grow with the iteration count: the task, the files (with why each
 * was chosen) and what may be edited, what changed since the previous
 * iteration, the repository map, the tail of the last test output, and the previous reply: the
 * start of it when it was applied, all of it (bounded) with the reason when
 * it was not.
 */
export function buildMultiFilePrompt(input: MultiFilePromptInput): string {
  const parts = [taskSection(input)];
  parts.push(targetsSection(input));
  if (input.repoMap?.trim()) parts.push(input.repoMap);
  parts.push(toolsSection(input.editRule ?? "after_read"));
  parts.push(`Iteration ${input.iteration} of ${input.maxIterations}.`);
  if (input.changes) parts.push(`Files changed since the previous iteration:\n${formatFileChanges(input.changes)}`);
  if (input.lastTestOutput?.trim()) parts.push(fenceUntrustedText("Last test output (tail)", tailText(input.lastTestOutput, LAST_ERROR_PROMPT_CHARS)));
  if (input.previousAttempt) parts.push(previousAttemptSection(input.previousAttempt));
  return parts.join("\n\n");
}

export interface WholeFilePromptInput extends TaskContext {
  path: string;
  content: string | undefined;
  lang: string;
  initialFailure?: string;
}

/** The opening message of the whole-file conversation, with the file as it is now. */
export function buildWholeFilePrompt(input: WholeFilePromptInput): string {
  const parts = [taskSection(input), `File: ${input.path}`];
  if (input.content !== undefined) parts.push(`Current file content:\n${fence(input.content, input.lang)}`);
  else parts.push("The file does not exist yet; write it whole.");
  if (input.initialFailure?.trim()) parts.push(fenceUntrustedText("Test output", tailText(input.initialFailure, FAILURE_OUTPUT_CHARS)));
  return parts.join("\n\n");
}

/** What the model is told after a written edit left the tests failing; `ask` says what to send next. */
export function buildTestFailureMessage(result: TestRunResult, ask: string): string {
  return `The tests still FAIL (${describeTestRun(result)}). ${ask}\n\n${fenceUntrustedText("Test output", tailText(result.output, FAILURE_OUTPUT_CHARS))}`;
}
