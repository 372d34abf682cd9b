/** Text split into lines, remembering whether it ended with a newline. A final newline does not start a new line, as editors number them. */
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

/** The inverse of splitLines. */
export function joinLines(lines: readonly string[], finalNewline: boolean): string {
  if (lines.length === 0) return "";
  return lines.join("\n") + (finalNewline ? "\n" : "");
}

/** Lines prefixed with their 1-based numbers ("12| text"), so the model can cite them and ask for ranges. */
export function numberLines(lines: readonly string[], firstLineNumber: number): string {
  const width = String(firstLineNumber + lines.length - 1).length;
  return lines.map((line, i) => `${String(firstLineNumber + i).padStart(width, " ")}| ${line}`).join("\n");
}
