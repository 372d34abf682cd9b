import { isBlank, leadingWhitespace } from "./lineKeys.js";

/** A uniform indentation change: the file's lines carry `add` more, or `remove` less, than SEARCH's. */
export type IndentOffset = { kind: "add"; prefix: string } | { kind: "remove"; prefix: string };

/**
 * The single indentation offset that turns every non-blank SEARCH line's
 * indentation into the file's, or undefined when there is none.
 */
export function uniformIndentOffset(fileLines: readonly string[], start: number, searchLines: readonly string[]): IndentOffset | undefined {
  let offset: IndentOffset | undefined;
  for (let j = 0; j < searchLines.length; j++) {
    const searchLine = searchLines[j] ?? "";
    const fileLine = fileLines[start + j] ?? "";
    if (isBlank(searchLine) && isBlank(fileLine)) continue;
    const fw = leadingWhitespace(fileLine);
    const sw = leadingWhitespace(searchLine);
    if (offset === undefined) {
      if (fw.endsWith(sw)) offset = { kind: "add", prefix: fw.slice(0, fw.length - sw.length) };
      else if (sw.endsWith(fw)) offset = { kind: "remove", prefix: sw.slice(0, sw.length - fw.length) };
      else return undefined;
    } else if (offset.kind === "add" ? fw !== offset.prefix + sw : sw !== offset.prefix + fw) {
      return undefined;
    }
  }
  return offset ?? { kind: "add", prefix: "" };
}

export function isZeroOffset(offset: IndentOffset): boolean {
  return offset.prefix === "";
}

/** Applies the offset SEARCH needed to the REPLACE lines, so they land at the file's indentation. */
export function reindent(lines: readonly string[], offset: IndentOffset): string[] {
  if (isZeroOffset(offset)) return [...lines];
  return lines.map((line) => {
    if (isBlank(line)) return line;
    if (offset.kind === "add") return offset.prefix + line;
    if (line.startsWith(offset.prefix)) return line.slice(offset.prefix.length);
    // Less indented than the offset: remove what indentation there is.
    const lead = leadingWhitespace(line);
    return line.slice(Math.min(lead.length, offset.prefix.length));
  });
}
