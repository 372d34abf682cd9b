/** GitHub refuses issue and PR comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface FittedBody {
  body: string;
  truncated: boolean;
}

/** The note put where text was cut; says how much. */
export function elisionNote(removed: number, limit: number): string {
  return `\n\n> [!NOTE]\n> ${removed.toLocaleString("en-US")} characters were cut here to fit GitHub's ${limit.toLocaleString("en-US")}-character comment limit.\n\n`;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Cuts `body` to at most `limit` characters (UTF-16 units, which is never fewer
 * than GitHub counts), keeping the start and the end (where compile-loop keeps its
 * hidden record) and a note in the middle saying what was cut.
 */
export function fitCommentBody(body: string, limit: number = GITHUB_COMMENT_LIMIT): FittedBody {
  if (body.length <= limit) return { body, truncated: false };
  // The note's length depends on the number it prints; the longest possible number is body.length.
  const noteBudget = elisionNote(body.length, limit).length;
  const room = limit - noteBudget;
  if (room <= 0) {
    const end = Math.max(limit, 0);
    return { body: body.slice(0, isLowSurrogate(body, end) ? end - 1 : end), truncated: true };
  }
  const tailLength = Math.min(Math.floor(room / 4), 4_000);
  // Cut points never split a surrogate pair: the head ends before one, the tail starts after one.
  let headEnd = room - tailLength;
  if (isLowSurrogate(body, headEnd)) headEnd--;
  let tailStart = body.length - tailLength;
  if (isLowSurrogate(body, tailStart)) tailStart++;
  const removed = tailStart - headEnd;
  const result = body.slice(0, headEnd) + elisionNote(removed, limit) + body.slice(tailStart);
  return { body: result, truncated: true };
}
