/** Text split into lines, remembering whether it ended with a newline. */
export interface SplitText {
  lines: string[];
  finalNewline: boolean;
}

export function splitLines(text: string): SplitText {
  if (text === "") return { lines: [], finalNewline: false };
  const finalNewline = text.endsWith("\n");
  const lines = (finalNewline ? text.slice(0, -1) : text).split("\n");
  return { lines, finalNewline };
}

export function joinLines(lines: readonly string[], finalNewline: boolean): string {
  if (lines.length === 0) return "";
  return lines.join("\n") + (finalNewline ? "\n" : "");
}

/** Key for indentation-insensitive comparison: leading whitespace removed. */
export function indentKey(line: string): string {
  return line.trimStart();
}

/** Key for whitespace-insensitive comparison: trimmed, runs of whitespace collapsed. */
export function whitespaceKey(line: string): string {
  const trimmed = line.trim();
  // Most lines have no double spaces or tabs; skip the regex for them.
  return /\s\s|\t/.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

export function leadingWhitespace(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}
