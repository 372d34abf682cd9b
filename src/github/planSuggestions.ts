import { structuredPatch } from "diff";
import { commentableRightLines } from "./diffLines.js";

/** One file of the verified fix: its content at the tested PR head and after the fix. */
export interface FixedFile {
  path: string;
  /** null when the fix creates the file. */
  before: string | null;
  /** null when the fix deletes the file. */
  after: string | null;
}

/** A review comment that replaces lines `startLine`..`line` of the PR head with `replacement`. */
export interface SuggestionComment {
  path: string;
  /** First line replaced (1-based, RIGHT side); equal to `line` for one line. */
  startLine: number;
  /** Last line replaced. */
  line: number;
  /** The new text of those lines, without a final newline. */
  replacement: string;
  /** Lines added plus lines removed by this suggestion. */
  changedLines: number;
}

export type SuggestionPlan =
  | { kind: "suggest"; comments: SuggestionComment[]; changedLines: number }
  | { kind: "not_suggestable"; reason: string };

/** Suggestions stay reviewable at a glance; larger fixes come as a pull request. */
export const DEFAULT_SUGGEST_MAX_LINES = 30;

function splitKeepingNoFinalNewline(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * Turns a verified fix into suggested changes when GitHub can take them: every
 * replaced line must lie in the pull request's diff (review comments are only
 * accepted there), no file may be created or deleted, and the fix must be
 * small. Otherwise says why, in a sentence for the PR comment.
 */
export function planSuggestions(files: readonly FixedFile[], prPatches: ReadonlyMap<string, string>, maxLines: number = DEFAULT_SUGGEST_MAX_LINES): SuggestionPlan {
  const comments: SuggestionComment[] = [];
  for (const file of files) {
    if (file.before === null) return { kind: "not_suggestable", reason: `the fix creates ${file.path}, which a suggestion cannot do` };
    if (file.after === null) return { kind: "not_suggestable", reason: `the fix deletes ${file.path}, which a suggestion cannot do` };
    const patch = prPatches.get(file.path);
    if (patch === undefined) return { kind: "not_suggestable", reason: `the fix changes ${file.path}, which this pull request does not change (GitHub accepts suggestions only on lines of the pull request's diff)` };
    const allowed = commentableRightLines(patch);
    const beforeLines = splitKeepingNoFinalNewline(file.before);
    const diff = structuredPatch(file.path, file.path, file.before, file.after, "", "", { context: 0 });
    for (const hunk of diff.hunks) {
      const removed = hunk.lines.filter((l) => l.startsWith("-")).length;
      const added = hunk.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1));
      let startLine: number;
      let line: number;
      let replacement: string[];
      if (hunk.oldLines > 0) {
        startLine = hunk.oldStart;
        line = hunk.oldStart + hunk.oldLines - 1;
        replacement = added;
      } else if (hunk.oldStart > 0) {
        // A pure insertion after line oldStart: the suggestion repeats that line and adds the new ones.
        startLine = hunk.oldStart;
        line = hunk.oldStart;
        replacement = [beforeLines[hunk.oldStart - 1] ?? "", ...added];
      } else {
        // An insertion before the first line: anchored on line 1.
        startLine = 1;
        line = 1;
        replacement = [...added, beforeLines[0] ?? ""];
      }
      for (let n = startLine; n <= line; n++) {
        if (!allowed.has(n)) {
          return { kind: "not_suggestable", reason: `line ${n} of ${file.path} is outside the pull request's diff, where GitHub does not accept suggestions` };
        }
      }
      comments.push({ path: file.path, startLine, line, replacement: replacement.join("\n"), changedLines: removed + added.length });
    }
  }
  const changedLines = comments.reduce((sum, c) => sum + c.changedLines, 0);
  if (comments.length === 0) return { kind: "not_suggestable", reason: "the fix changes no line" };
  if (changedLines > maxLines) return { kind: "not_suggestable", reason: `the fix changes ${changedLines} lines, more than suggest-max-lines (${maxLines})` };
  return { kind: "suggest", comments, changedLines };
}
