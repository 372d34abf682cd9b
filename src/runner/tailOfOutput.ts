/**
 * The last `maxChars` characters of `text`, starting at a line boundary when
 * one is available so the reader never sees half a line first.
 */
export function tailOfOutput(text: string, maxChars: number): string {
  if (maxChars <= 0) return "";
  if (text.length <= maxChars) return text;
  let tail = text.slice(text.length - maxChars);
  const firstNewline = tail.indexOf("\n");
  if (firstNewline !== -1 && firstNewline < tail.length - 1) {
    tail = tail.slice(firstNewline + 1);
  } else if (isLowSurrogate(tail.charCodeAt(0))) {
    // One long line: at least do not start with half a character.
    tail = tail.slice(1);
  }
  return tail;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
