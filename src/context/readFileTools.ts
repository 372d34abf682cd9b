import { splitLines } from "../text/lines.js";
import type { ToolDefinition } from "../models/chatModel.js";

/** The seed's limits for the read tools. */
export const READ_FILE_FULL_THRESHOLD = 10_000;
export const READ_FILE_RANGE_MAX_LINES = 500;
export const MAX_TOOL_CALLS_PER_ITERATION = 8;

/** Paths a listing shows at most: enough to see a folder's layout, few enough for one tool result. */
export const LIST_FILES_MAX = 200;

const PATH_ARGUMENT = {
  type: "string",
  description: "Repository-relative path, for example src/app.ts (a target file, or any other text file of the repository).",
};

export const READ_FILE_TOOL: ToolDefinition = {
  name: "read_file",
  description:
    "Read the current content of a text file of the repository: a target file or any other tracked file (not .git/, ignored files or secret files such as .env). " +
    `Files up to ${READ_FILE_FULL_THRESHOLD} bytes come back whole; larger files come back as a digest with a line index, then use read_file_range for exact lines.`,
  inputSchema: {
    type: "object",
    required: ["path"],
    properties: { path: PATH_ARGUMENT },
  },
};

export const READ_FILE_RANGE_TOOL: ToolDefinition = {
  name: "read_file_range",
  description:
    "Read exact lines of a text file of the repository, 1-based and inclusive. " +
    `At most ${READ_FILE_RANGE_MAX_LINES} lines per call (line_end - line_start + 1).`,
  inputSchema: {
    type: "object",
    required: ["path", "line_start", "line_end"],
    properties: {
      path: PATH_ARGUMENT,
      line_start: { type: "integer", description: "First line, 1-based, inclusive." },
      line_end: { type: "integer", description: "Last line, 1-based, inclusive." },
    },
  },
};

export const LIST_FILES_TOOL: ToolDefinition = {
  name: "list_files",
  description:
    `List the repository's files whose paths match a glob (at most ${LIST_FILES_MAX}). ` +
    "'src/**/*.py' matches under src/; a glob without '/' such as '*.py' or 'money*' matches file names in any folder.",
  inputSchema: {
    type: "object",
    required: ["glob"],
    properties: { glob: { type: "string", description: "A glob such as src/**/*.ts, *.py or tests/**; ** lists everything." } },
  },
};

export const SEARCH_CODE_TOOL: ToolDefinition = {
  name: "search_code",
  description:
    "Search the repository's tracked text files for a pattern, one line at a time; answers with path:line: text for each match (bounded). " +
    "Use it to find where a function, class or message from the failure is defined or used.",
  inputSchema: {
    type: "object",
    required: ["pattern"],
    properties: {
      pattern: { type: "string", description: "The text to find (plain text unless regex is true), for example def total or class Money." },
      regex: { type: "boolean", description: "Treat the pattern as a regular expression (Perl-compatible syntax). Default false." },
      glob: { type: "string", description: "Only search files matching this glob, for example src/**/*.py or *.rs." },
      case_insensitive: { type: "boolean", description: "Ignore case. Default false." },
    },
  },
};

/** Every reading tool, in the order they are offered. */
export const REPO_READ_TOOLS: readonly ToolDefinition[] = [READ_FILE_TOOL, READ_FILE_RANGE_TOOL, LIST_FILES_TOOL, SEARCH_CODE_TOOL];

export type ToolOutcome = { ok: true; content: string } | { ok: false; error: string };


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
  const lines = splitLines(content).lines;
  if (start > lines.length) {
    return { ok: false, error: `${path} has ${lines.length} lines; line_start=${start} is out of range` };
  }
  const slice = lines.slice(start - 1, end);
  const last = start + slice.length - 1;
  // Raw lines (no number prefixes) so SEARCH text can be copied from them exactly.
  return { ok: true, content: `[${path} lines ${start}-${last} of ${lines.length}]\n${slice.join("\n")}` };
}
