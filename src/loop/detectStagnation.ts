import { STAGNATION_WINDOW } from "./summarizeResult.js";
import type { FormatProblem, ParsedEdit } from "./interpretReply.js";

/** FNV-1a: a short, stable label for a stagnation key in dumps (the key itself can be a whole file). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** What a stagnation key was computed from; dumped as `compared`. */
export type StagnationBasis = "edit" | "test_output" | "format_error";

export interface StagnationKey {
  basis: StagnationBasis;
  key: string;
}

/** Whitespace runs collapsed, so re-indenting or re-wrapping the same text does not look like progress. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The parsed edit, whitespace-normalised: the blocks' paths, SEARCH and
 * REPLACE texts (in any order), or the whole file. The prose around the
 * blocks is not part of it, so the same edit explained differently is still
 * the same edit.
 */
export function editKey(edit: ParsedEdit): StagnationKey {
  if (edit.kind === "whole_file") return { basis: "edit", key: `${edit.path}\u0000${collapseWhitespace(edit.content)}` };
  const blocks = edit.blocks.map((b) => `${b.path ?? ""}\u0000${collapseWhitespace(b.search)}\u0000${collapseWhitespace(b.replace)}`);
  return { basis: "edit", key: blocks.sort().join("\u0001") };
}

/** A reply that was not an edit is keyed by what was wrong with it, so the same mistake three times stops the run. */
export function formatErrorKey(problem: FormatProblem, message: string): StagnationKey {
  return { basis: "format_error", key: `${problem}\u0000${collapseWhitespace(message)}` };
}

/** The same failure again, recognised through the noise test runners print. */
export function testOutputKey(output: string): StagnationKey {
  return { basis: "test_output", key: normaliseOutputForComparison(output) };
}

/**
 * Test output with run-to-run noise removed (durations, timestamps, temp
 * paths, process ids). Raw output never repeats for runners that print how
 * long each test took, so comparing it raw would never see a repeat.
 */
export function normaliseOutputForComparison(output: string): string {
  return output
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?/g, "<time>")
    .replace(/\b\d\d:\d\d:\d\d(?:\.\d+)?\b/g, "<time>")
    .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds|m|min)\b/g, "<dur>")
    .replace(/\/tmp\/[\w.-]+/g, "<tmp>")
    .replace(/\bpid[ =:]\d+/gi, "pid <n>")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** True when the last `window` keys are all the same. */
export function lastKeysRepeat(keys: readonly StagnationKey[], window = STAGNATION_WINDOW): boolean {
  if (keys.length < window) return false;
  const recent = keys.slice(-window);
  const first = recent[0];
  return recent.every((k) => k.basis === first?.basis && k.key === first.key);
}
