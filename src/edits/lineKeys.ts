/** Key for indentation-insensitive comparison: leading whitespace removed. */
export function indentKey(line: string): string {
  return line.trimStart();
}

/**
 * Key for whitespace-insensitive comparison: trimmed, and every run of
 * whitespace (tabs, NBSP and the other Unicode spaces included, one or many)
 * made one ASCII space, so a single NBSP compares like a single space.
 */
export function whitespaceKey(line: string): string {
  const trimmed = line.trim();
  // Most lines have only single ASCII spaces; skip the replacement for them.
  return /[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

export function leadingWhitespace(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}
