import type { StopReason } from "../models/chatModel.js";
import type { EditBlock } from "../edits/editBlock.js";
import { tryParseSearchReplace } from "../edits/parseSearchReplace.js";

/**
 * The one place a model reply becomes an edit, for every mode. A reply is
 * either an edit (SEARCH/REPLACE blocks, or one whole file) or a format error
 * with a message for the model; nothing else, so no mode can write a reply
 * that was cut off, had no blocks, or held no unambiguous file.
 */

/** What a reply must contain, by mode. */
export type ReplyFormat =
  | { kind: "blocks"; targetFiles: readonly string[]; /** Lets an absolute path inside the repository (copied from a stack trace) name its file. */ repoDir?: string }
  | { kind: "whole_file"; path: string; lang: string };

/** An edit as the model sent it, before it is planned against the files. */
export type ParsedEdit =
  | { kind: "blocks"; blocks: EditBlock[] }
  | { kind: "whole_file"; path: string; content: string };

/** Why a reply is not an edit. */
export type FormatProblem =
  | "cut_off"
  | "unparsable"
  | "no_blocks"
  | "no_fence"
  | "several_fences"
  | "unclosed_fence"
  | "empty_fence";

export type ReplyInterpretation =
  | { ok: true; edit: ParsedEdit }
  | { ok: false; problem: FormatProblem; message: string };

export interface ModelReply {
  text: string;
  stopReason: StopReason;
}

/**
 * A turn that ended by itself. `tool_use` counts: the final reply of a tool
 * loop has no tool calls left, and some providers still report the turn's
 * reason as tool use. `max_tokens` and `other` (a content filter, a server
 * that stopped the stream) mean the text may be incomplete.
 */
function endedNormally(stopReason: StopReason): boolean {
  return stopReason === "end_turn" || stopReason === "tool_use";
}

export function interpretReply(reply: ModelReply, format: ReplyFormat): ReplyInterpretation {
  if (!endedNormally(reply.stopReason)) {
    return { ok: false, problem: "cut_off", message: cutOffMessage(reply.stopReason, format) };
  }
  return format.kind === "blocks" ? interpretBlocks(reply.text, format) : interpretWholeFile(reply.text, format);
}

function cutOffMessage(stopReason: StopReason, format: ReplyFormat): string {
  const what =
    stopReason === "max_tokens"
      ? "Your reply was cut off (stop reason: max_tokens: it reached the output token limit)"
      : `Your reply did not end normally (stop reason: ${stopReason}: the provider stopped it, for example with a content filter)`;
  const ask =
    format.kind === "blocks"
      ? "Send the edit again, shorter: only the SEARCH/REPLACE blocks, each SEARCH just long enough to be unique, and no explanation."
      : "Send the whole file again in one fenced code block with no text before or after it.";
  return `${what}, so nothing of it was written and the tests were not run. ${ask}`;
}

function interpretBlocks(text: string, format: Extract<ReplyFormat, { kind: "blocks" }>): ReplyInterpretation {
  const parsed = tryParseSearchReplace(text, { multiFile: true, allowedPaths: format.targetFiles, ...(format.repoDir !== undefined ? { repoDir: format.repoDir } : {}) });
  if (!parsed.ok) {
    return {
      ok: false,
      problem: "unparsable",
      message: `Output format invalid: ${parsed.error.message}\nNothing was written. Send the edit again as <<< path=... >>> headers and SEARCH/REPLACE blocks exactly in the format described.`,
    };
  }
  if (parsed.blocks.length === 0) {
    return {
      ok: false,
      problem: "no_blocks",
      message:
        "Your reply contains no SEARCH/REPLACE block, so there was nothing to apply and the tests were not run. Answer with the edit itself: a <<< path=... >>> header and SEARCH/REPLACE blocks in the format described (a short explanation before them is fine).",
    };
  }
  return { ok: true, edit: { kind: "blocks", blocks: parsed.blocks } };
}

interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number;
  body: string;
}

/**
 * Fenced blocks of a reply. A fence closes only with the same character,
 * at least as many of them, and nothing else on the line, so a file that
 * itself holds ``` lines can be sent inside a longer ```` fence.
 */
function scanFences(text: string): { blocks: FencedBlock[]; unclosedAt?: number } {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})/.exec(lines[i] ?? "");
    if (!open) continue;
    const marker = open[1] ?? "```";
    const close = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end] ?? "")) end++;
    if (end >= lines.length) return { blocks, unclosedAt: i + 1 };
    const body = lines.slice(i + 1, end);
    blocks.push({ line: i + 1, body: body.length === 0 ? "" : `${body.join("\n")}\n` });
    i = end;
  }
  return { blocks };
}

function interpretWholeFile(text: string, format: { path: string; lang: string }): ReplyInterpretation {
  const fence = "```" + format.lang;
  const ask = `Send the WHOLE file ${format.path} in one fenced code block (${fence} ... \`\`\`), and no other code block in the reply.`;
  const { blocks, unclosedAt } = scanFences(text);
  if (unclosedAt !== undefined) {
    return {
      ok: false,
      problem: "unclosed_fence",
      message: `The code fence opened at line ${unclosedAt} of your reply is never closed, so the file in it may be incomplete; nothing was written. ${ask}`,
    };
  }
  if (blocks.length === 0) {
    return { ok: false, problem: "no_fence", message: `Your reply has no fenced code block, so there is no file to write; nothing was written. ${ask}` };
  }
  if (blocks.length > 1) {
    return {
      ok: false,
      problem: "several_fences",
      message: `Your reply has ${blocks.length} fenced code blocks (at lines ${blocks.map((b) => b.line).join(", ")}); a whole-file reply must have exactly one, or which one is the file is a guess; nothing was written. ${ask} If the file itself contains \`\`\` lines, fence it with more backticks (\`\`\`\`).`,
    };
  }
  const body = blocks[0]?.body ?? "";
  if (body.trim() === "") {
    // Writing it would empty the file; a model that means that is rarer than one that lost its output.
    return { ok: false, problem: "empty_fence", message: `The code block in your reply is empty; nothing was written. ${ask}` };
  }
  return { ok: true, edit: { kind: "whole_file", path: format.path, content: body } };
}
