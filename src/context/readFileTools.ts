import type { ToolDefinition } from "../models/chatModel.js";

/** The seed's limits for the read tools. */
export const READ_FILE_FULL_THRESHOLD = 10_000;
export const READ_FILE_RANGE_MAX_LINES = 500;
export const MAX_TOOL_CALLS_PER_ITERATION = 8;

export const READ_FILE_TOOL: ToolDefinition = {
  name: "read_file",
  description:
    `Read the current content of one of the target files. Files up to ${READ_FILE_FULL_THRESHOLD} bytes come back whole. ` +
    "Larger files come back as a digest with a line index; then use read_file_range for exact lines.",
  inputSchema: {
    type: "object",
    required: ["path"],
    properties: {
      path: { type: "string", description: "Repository-relative path, exactly as listed in the target files." },
    },
  },
};

export const READ_FILE_RANGE_TOOL: ToolDefinition = {
  name: "read_file_range",
  description:
    "Read exact lines of a target file, 1-based and inclusive. " +
    `At most ${READ_FILE_RANGE_MAX_LINES} lines per call (line_end - line_start + 1).`,
  inputSchema: {
    type: "object",
    required: ["path", "line_start", "line_end"],
    properties: {
      path: { type: "string", description: "Repository-relative path, exactly as listed in the target files." },
      line_start: { type: "integer", description: "First line, 1-based, inclusive." },
      line_end: { type: "integer", description: "Last line, 1-based, inclusive." },
    },
  },
};

export type ToolOutcome = { ok: true; content: string } | { ok: false; error: string };

/** Splits text into lines the way editors number them (a final newline does not start a new line). */
export function splitLines(content: string): string[] {
  if (content === "") return [];
  const lines = content.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Lines prefixed with their 1-based numbers, so the model can cite them and ask for ranges. */
export function numberLines(lines: readonly string[], firstLine: number): string {
  const width = String(firstLine + lines.length - 1).length;
  return lines.map((line, i) => `${String(firstLine + i).padStart(width, " ")}| ${line}`).join("\n");
}

/**
 * read_file_range on text already read: validates the arguments the way the
 * seed does and answers with an error the model can act on.
 */
export function readRange(path: string, content: string, lineStart: unknown, lineEnd: unknown): ToolOutcome {
  if (!Number.isInteger(lineStart) || !Number.isInteger(lineEnd)) {
    return { ok: false, error: "line_start and line_end must be integers" };
  }
  const start = lineStart as number;
  const end = lineEnd as number;
  if (start < 1 || end < start) {
    return { ok: false, error: "invalid range: require 1 <= line_start <= line_end" };
  }
  if (end - start + 1 > READ_FILE_RANGE_MAX_LINES) {
    return {
      ok: false,
      error: `range ${start}-${end} is ${end - start + 1} lines; at most ${READ_FILE_RANGE_MAX_LINES} lines per call`,
    };
  }
  const lines = splitLines(content);
  if (start > lines.length) {
    return { ok: false, error: `${path} has ${lines.length} lines; line_start=${start} is out of range` };
  }
  const slice = lines.slice(start - 1, end);
  const last = start + slice.length - 1;
  // Raw lines (no number prefixes) so SEARCH text can be copied from them exactly.
  return { ok: true, content: `[${path} lines ${start}-${last} of ${lines.length}]\n${slice.join("\n")}` };
}
