/**
 * Reads a repository map back as the tests need it: the section in a
 * prompt, and per file its entries and the "more in this file" count.
 */
import type { ChatRequest } from "../../src/models/chatModel.js";

export interface MapFile {
  path: string;
  /** Each entry's text after its `line| ` (members keep their indentation). */
  entries: string[];
  /** What the file's "... N more definitions in this file" note says, if it has one. */
  moreInFile?: number;
}

/** The map section of a request's first user message, label to closing fence; undefined without one. */
export function repoMapSection(request: ChatRequest | undefined): string | undefined {
  const first = request?.messages[0];
  const prompt = first && typeof first.content === "string" ? first.content : "";
  const start = prompt.indexOf("Repository map (");
  if (start < 0) return undefined;
  const fenceEnd = prompt.indexOf("\n```\n", start);
  return prompt.slice(start, fenceEnd < 0 ? undefined : fenceEnd + 4);
}

/** The files of a rendered map (the text renderRepoMap returns, or a section from a prompt), in order. */
export function readRepoMap(text: string | undefined): MapFile[] {
  const files: MapFile[] = [];
  // The label line and the opening fence come first, the closing fence last.
  for (const line of (text ?? "").split("\n").slice(2, -1)) {
    const last = files[files.length - 1];
    const more = /^ {2}\.\.\. (\d+) more definitions? in this file$/.exec(line);
    const entry = /^\s+\d+\| (.*)$/.exec(line);
    if (more && last) last.moreInFile = Number(more[1]);
    else if (entry && last) last.entries.push(entry[1] ?? "");
    else if (!line.startsWith(" ") && !line.startsWith("...")) files.push({ path: line, entries: [] });
  }
  return files;
}
