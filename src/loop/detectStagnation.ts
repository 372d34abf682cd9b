import { STAGNATION_WINDOW } from "./summarizeResult.js";

/** FNV-1a over the text, as in the seed: a compact key for "the same edit again". */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Hash of an edit with whitespace runs collapsed, so reformatting does not look like progress. */
export function editHash(replyText: string): string {
  return fnv1a(replyText.replace(/\s+/g, " ").trim());
}

/**
 * Test output with run-to-run noise removed (durations, timestamps, temp
 * paths, process ids), so "the same failure again" is recognised even though
 * the runner prints a new duration every time. The seed compared raw stderr,
 * which never repeats for most test runners.
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

/** True when the last STAGNATION_WINDOW keys are all equal (the seed's single-file gate). */
export function lastKeysRepeat(keys: readonly string[], window = STAGNATION_WINDOW): boolean {
  if (keys.length < window) return false;
  const recent = keys.slice(-window);
  return recent.every((k) => k === recent[0]);
}

/** The seed's multi-file gate: within the last window, one edit hash occurs window times while the tests fail. */
export function editRepeats(hashes: readonly string[], lastRunFailed: boolean, window = STAGNATION_WINDOW): boolean {
  if (!lastRunFailed || hashes.length < window) return false;
  const counts = new Map<string, number>();
  for (const h of hashes.slice(-window)) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts.values()].some((c) => c >= window);
}
