/**
 * The last `max` characters of text, starting at a line boundary where one is
 * near, never with half a character, and saying how much was left out.
 */
export function tailText(text: string, max: number): string {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  let body = text.slice(text.length - max);
  const newline = body.indexOf("\n");
  if (newline >= 0 && newline < max / 4) body = body.slice(newline + 1);
  else if (isLowSurrogate(body.charCodeAt(0))) body = body.slice(1);
  return `[... ${text.length - body.length} earlier characters omitted ...]\n${body}`;
}

/** The first `max` characters of text, for text whose start matters most (a reply, a list of failed blocks). */
export function headText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, cut)}\n[... ${text.length - cut} more characters omitted ...]`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
