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

/**
 * Heads of 8 or 9 `<` open a long block, whose markers must all have that
 * length, so shorter or longer marker-like lines inside it are content (as a
 * longer Markdown fence holds shorter ones).
 */
export const LONG_MARKER_MIN = 8;

/**
 * The kind of marker on the line, or undefined. With `size` (a long block's
 * marker length) only markers whose run has exactly that length count.
 */
export function markerKind(trimmedLine: string, size?: number): MarkerKind | undefined {
  const first = trimmedLine.charCodeAt(0);
  // Cheap first-character check keeps the scan fast on long replies.
  let kind: MarkerKind | undefined;
  if (first === 60 /* < */) kind = HEAD.test(trimmedLine) ? "head" : undefined;
  else if (first === 61 /* = */) kind = DIVIDER.test(trimmedLine) ? "divider" : undefined;
  else if (first === 62 /* > */) kind = UPDATED.test(trimmedLine) ? "updated" : undefined;
  if (kind === undefined || size === undefined) return kind;
  return markerRunLength(trimmedLine) === size ? kind : undefined;
}

/** How many `<`, `=` or `>` characters start the (marker) line. */
export function markerRunLength(trimmedLine: string): number {
  const first = trimmedLine.charCodeAt(0);
  let n = 0;
  while (n < trimmedLine.length && trimmedLine.charCodeAt(n) === first) n++;
  return n;
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
