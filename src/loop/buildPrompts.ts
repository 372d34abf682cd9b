import { fenceUntrustedText } from "../security/fenceUntrustedText.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import { formatFileChanges, type FileChange } from "../context/fileChanges.js";

/** How much of the last error the multi-file prompt carries (the seed's 2,000 characters). */
export const LAST_ERROR_PROMPT_CHARS = 2000;
/** How much of the previous edit is echoed back (the seed's 500 characters). */
export const PREVIOUS_EDIT_DIGEST_CHARS = 500;
/** Test output quoted in a single-file failure message. */
export const FAILURE_OUTPUT_CHARS = 8000;

export const DEFAULT_TASK = "Make the test command pass. Fix the code under test; change the tests only if they are clearly wrong.";

export interface TaskContext {
  task: string;
  testCommand: string;
  instructions?: string;
  priorAttempts?: string;
  guidance?: string;
}

/** The last `max` characters of text, starting at a line boundary where possible. */
export function tailText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const newline = cut.indexOf("\n");
  const body = newline >= 0 && newline < max / 4 ? cut.slice(newline + 1) : cut;
  return `[... ${text.length - body.length} earlier characters omitted ...]\n${body}`;
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

export interface MultiFilePromptInput extends TaskContext {
  targetFiles: readonly string[];
  lastError?: string;
  previousEdit?: string;
  changes?: readonly FileChange[];
  iteration: number;
  maxIterations: number;
}

/**
 * The multi-file prompt, rebuilt from scratch every iteration so its size
 * does not grow with the iteration count: the task, the files, what changed
 * since the previous iteration, the tail of the last error, and a digest of
 * the previous edit.
 */
export function buildMultiFilePrompt(input: MultiFilePromptInput): string {
  const parts = [taskSection(input)];
  parts.push(`Target files (you may read and edit these):\n${input.targetFiles.map((p) => `  ${p}`).join("\n")}`);
  parts.push("Use the read_file tool to see a file's current content before editing it.");
  parts.push(`Iteration ${input.iteration} of ${input.maxIterations}.`);
  if (input.changes) parts.push(`Files changed since the previous iteration:\n${formatFileChanges(input.changes)}`);
  if (input.lastError?.trim()) parts.push(fenceUntrustedText("Last error (tail)", tailText(input.lastError, LAST_ERROR_PROMPT_CHARS)));
  if (input.previousEdit?.trim()) parts.push(`Your previous edit (start), which did not fix it:\n${input.previousEdit.slice(0, PREVIOUS_EDIT_DIGEST_CHARS)}`);
  return parts.join("\n\n");
}

export interface SingleFilePromptInput extends TaskContext {
  path: string;
  content: string | undefined;
  mode: "diff" | "full";
  lang: string;
  initialFailure?: string;
}

export function buildSingleFilePrompt(input: SingleFilePromptInput): string {
  const parts = [taskSection(input), `File: ${input.path}`];
  if (input.content !== undefined) {
    parts.push(
      input.mode === "full"
        ? `Current file content:\n\`\`\`${input.lang}\n${input.content}\n\`\`\``
        : `Current file content:\n${input.content}`,
    );
  } else {
    parts.push("The file does not exist yet; write it whole.");
  }
  if (input.initialFailure?.trim()) parts.push(fenceUntrustedText("Test output", tailText(input.initialFailure, FAILURE_OUTPUT_CHARS)));
  return parts.join("\n\n");
}

/** What the model is told after a failing test run in single-file mode. */
export function buildTestFailureMessage(result: TestRunResult, mode: "diff" | "full", lang: string): string {
  const ask =
    mode === "full"
      ? `Fix the code and send the WHOLE corrected file again in a single \`\`\`${lang} block.`
      : "Fix the code with new SEARCH/REPLACE blocks against the file as it is now (your previous edit was applied).";
  return `The tests still FAIL (${describeTestRun(result)}). ${ask}\n\n${fenceUntrustedText("Test output", tailText(result.output, FAILURE_OUTPUT_CHARS))}`;
}

export function buildFormatErrorMessage(error: string, multiFile: boolean): string {
  const header = multiFile ? "<<< path=... >>> header and " : "";
  return `Output format invalid: ${error}\nNothing was applied. Send the edit again as ${header}SEARCH/REPLACE blocks exactly in the format described.`;
}
