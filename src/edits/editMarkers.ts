/**
 * Recognisers for the marker lines of the SEARCH/REPLACE format. Lines are
 * compared trimmed, and marker runs may be 5 to 9 characters long, because
 * models routinely miscount the `<`, `=` and `>` characters.
 */

const HEAD = /^<{5,9}\s*SEARCH$/;
const DIVIDER = /^={5,9}$/;
const UPDATED = /^>{5,9}\s*REPLACE$/;
const PATH_HEADER = /^<<<\s*path\s*=\s*(.*?)\s*>>>$/;
// ``` and ~~~ fences (with any info string) and the <source> pair some prompts use.
const FENCE = /^(?:`{3,}|~{3,}|<\/?source\b)/;

export type MarkerKind = "head" | "divider" | "updated";

export function markerKind(trimmedLine: string): MarkerKind | undefined {
  const first = trimmedLine.charCodeAt(0);
  // Cheap first-character check keeps the scan fast on long replies.
  if (first === 60 /* < */) return HEAD.test(trimmedLine) ? "head" : undefined;
  if (first === 61 /* = */) return DIVIDER.test(trimmedLine) ? "divider" : undefined;
  if (first === 62 /* > */) return UPDATED.test(trimmedLine) ? "updated" : undefined;
  return undefined;
}

/** The path of a `<<< path=some/file.ts >>>` header line, or undefined. */
export function pathHeader(trimmedLine: string): string | undefined {
  if (!trimmedLine.startsWith("<<<")) return undefined;
  const match = PATH_HEADER.exec(trimmedLine);
  if (!match) return undefined;
  const path = stripQuotes(match[1] ?? "");
  return path === "" ? undefined : path;
}

export function isFenceLine(trimmedLine: string): boolean {
  return FENCE.test(trimmedLine);
}

function stripQuotes(text: string): string {
  return text.replace(/^["'`]+|["'`]+$/g, "").trim();
}
