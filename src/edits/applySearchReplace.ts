import type { ApplyResult, EditBlock, FailedBlock, MatchStrategy } from "./editBlock.js";
import { findClosestRegion } from "./findClosestRegion.js";
import { findLineSequence } from "./findLineSequence.js";
import type { IndentOffset } from "./indentOffset.js";
import { reindent, uniformIndentOffset } from "./indentOffset.js";
import { convertIndentStyle } from "./indentStyle.js";
import { indentKey, isBlank, whitespaceKey } from "./lineKeys.js";
import { splitLines } from "../text/lines.js";

type Applied = NonNullable<ApplyResult["applied"]>[number];
type Eol = "\n" | "\r\n";

/** A file as lines without their breaks, and the break after each line. */
interface Lines {
  lines: string[];
  /** The line break after each line; for a last line without one, the break it gets if lines follow it. */
  eols: Eol[];
  finalNewline: boolean;
  /** The break most lines have: the one replaced and inserted lines get. */
  dominant: Eol;
}

/** Where a SEARCH matched and what goes there. */
interface Match {
  start: number;
  length: number;
  inserted: string[];
  strategy: MatchStrategy;
}

type Located = { kind: "match"; match: Match } | { kind: "ambiguous"; starts: number[] } | { kind: "none" };

type BlockOutcome = { ok: true; match: Match } | { ok: false; failure: Omit<FailedBlock, "index" | "block"> };

/**
 * Applies one file's SEARCH/REPLACE blocks in order to the evolving content.
 * SEARCH quotes whole lines. Each block is matched by the strongest strategy
 * that finds it: exact; then indentation-shifted (REPLACE re-indented by the
 * same offset); then whitespace-insensitive. When nothing matches and SEARCH
 * starts or ends with blank lines, it is tried once more without them. A
 * SEARCH found in several places by that strategy is ambiguous and fails.
 * Failed blocks leave the content unchanged and the remaining blocks are
 * still tried, so one pass reports every failure. An empty SEARCH creates the
 * content of an empty file and is refused on a file that has content.
 * Replaced and inserted lines get the file's dominant line ending; the other
 * lines keep theirs.
 */
export function applySearchReplace(content: string, blocks: readonly EditBlock[]): ApplyResult {
  const file = readLines(content);
  const failed: FailedBlock[] = [];
  const applied: Applied[] = [];

  blocks.forEach((block, index) => {
    const search = block.search.replace(/\r\n/g, "\n");
    const replace = block.replace.replace(/\r\n/g, "\n");
    if (search.trim() === "") {
      if (file.lines.every(isBlank)) {
        const created = splitLines(replace);
        file.lines = created.lines;
        file.eols = created.lines.map(() => file.dominant);
        file.finalNewline = created.finalNewline;
        applied.push({ index, strategy: "create", startLine: 1 });
      } else {
        failed.push({
          index,
          block,
          kind: "no_match",
          reason: "SEARCH is empty, but the file already has content. An empty SEARCH only creates a new (or empty) file; to change this file, SEARCH must quote the existing lines to replace.",
        });
      }
      return;
    }
    const outcome = applyBlock(file.lines, splitLines(search).lines, splitLines(replace).lines);
    if (outcome.ok) {
      const { start, length, inserted, strategy } = outcome.match;
      file.lines.splice(start, length, ...inserted);
      file.eols.splice(start, length, ...inserted.map(() => file.dominant));
      applied.push({ index, strategy, startLine: start + 1 });
    } else {
      failed.push({ index, block, ...outcome.failure });
    }
  });

  return { content: writeLines(file), failed, applied };
}

function applyBlock(lines: readonly string[], searchLines: string[], replaceLines: string[]): BlockOutcome {
  // Computed once and only when needed, so an exact match costs one scan of the file.
  let keys: string[] | undefined;
  const fileKeys = (): string[] => (keys ??= lines.map(whitespaceKey));
  const found = locate(lines, fileKeys, searchLines, replaceLines);
  if (found.kind === "match") return { ok: true, match: found.match };
  if (found.kind === "ambiguous") return { ok: false, failure: { kind: "ambiguous", candidateLines: found.starts.map((s) => s + 1) } };

  // Models add a blank line above or below SEARCH that the file does not have (aider retries the same way).
  const trimmed = withoutEdgeBlankLines(searchLines, replaceLines);
  if (trimmed) {
    const retry = locate(lines, fileKeys, trimmed.search, trimmed.replace);
    if (retry.kind === "match") return { ok: true, match: retry.match };
  }

  const failure: Omit<FailedBlock, "index" | "block"> = { kind: "no_match" };
  const searchKeys = searchLines.map(whitespaceKey);
  const closest = findClosestRegion(lines, fileKeys(), searchKeys);
  if (closest) failure.closest = closest;
  const replaceKeys = replaceLines.map(whitespaceKey);
  if (replaceKeys.some((k) => k !== "") && findLineSequence(fileKeys(), replaceKeys, 1).length > 0) {
    failure.replaceAlreadyPresent = true;
  }
  return { ok: false, failure };
}

/** Finds SEARCH by the strongest strategy that matches; `fileKeys` gives the lines' whitespace keys. */
function locate(lines: readonly string[], fileKeys: () => readonly string[], searchLines: readonly string[], replaceLines: readonly string[]): Located {
  const match = (start: number, strategy: MatchStrategy, offset?: IndentOffset): Located => {
    let inserted = [...replaceLines];
    if (strategy !== "exact") {
      // Tabs against spaces first, so the result has one indentation style; else shift by the uniform offset.
      inserted = convertIndentStyle(lines, start, searchLines, replaceLines) ?? (offset ? reindent(replaceLines, offset) : inserted);
    }
    return { kind: "match", match: { start, length: searchLines.length, inserted, strategy } };
  };

  const exact = findLineSequence(lines, searchLines);
  if (exact.length === 1) return match(exact[0] ?? 0, "exact");
  if (exact.length > 1) return { kind: "ambiguous", starts: exact };

  const shifted: { start: number; offset: IndentOffset }[] = [];
  for (const start of findLineSequence(lines.map(indentKey), searchLines.map(indentKey))) {
    const offset = uniformIndentOffset(lines, start, searchLines);
    if (offset) shifted.push({ start, offset });
  }
  if (shifted.length === 1) return match(shifted[0]?.start ?? 0, "indentation", shifted[0]?.offset);
  if (shifted.length > 1) return { kind: "ambiguous", starts: shifted.map((s) => s.start) };

  const loose = findLineSequence(fileKeys(), searchLines.map(whitespaceKey));
  if (loose.length === 1) {
    const start = loose[0] ?? 0;
    // Re-indent when the indentation happens to shift uniformly; otherwise insert REPLACE as written.
    return match(start, "whitespace", uniformIndentOffset(lines, start, searchLines));
  }
  if (loose.length > 1) return { kind: "ambiguous", starts: loose };
  return { kind: "none" };
}

/**
 * SEARCH without its leading and trailing blank lines, and REPLACE without as
 * many of its own (they repeated the same context); undefined when SEARCH
 * has none or is nothing but blank lines.
 */
function withoutEdgeBlankLines(search: readonly string[], replace: readonly string[]): { search: string[]; replace: string[] } | undefined {
  let lead = 0;
  while (lead < search.length && isBlank(search[lead] ?? "")) lead++;
  let trail = 0;
  while (trail < search.length - lead && isBlank(search[search.length - 1 - trail] ?? "")) trail++;
  if (lead + trail === 0 || lead + trail === search.length) return undefined;
  let replaceLead = 0;
  while (replaceLead < lead && replaceLead < replace.length && isBlank(replace[replaceLead] ?? "")) replaceLead++;
  let replaceTrail = 0;
  while (replaceTrail < trail && replaceTrail < replace.length - replaceLead && isBlank(replace[replace.length - 1 - replaceTrail] ?? "")) replaceTrail++;
  return { search: search.slice(lead, search.length - trail), replace: replace.slice(replaceLead, replace.length - replaceTrail) };
}

/** Splits content into lines and their breaks; a `\r` counts as part of the break only before `\n`. */
function readLines(content: string): Lines {
  const { lines, finalNewline } = splitLines(content);
  const eols: Eol[] = [];
  let crlf = 0;
  let lf = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const hasBreak = finalNewline || i < lines.length - 1;
    if (hasBreak && line.charCodeAt(line.length - 1) === 13) {
      lines[i] = line.slice(0, -1);
      eols.push("\r\n");
      crlf++;
    } else {
      eols.push("\n");
      if (hasBreak) lf++;
    }
  }
  const dominant: Eol = crlf > lf ? "\r\n" : "\n";
  if (!finalNewline && eols.length > 0) eols[eols.length - 1] = dominant;
  return { lines, eols, finalNewline, dominant };
}

function writeLines(file: Lines): string {
  const last = file.lines.length - 1;
  const parts: string[] = [];
  for (let i = 0; i <= last; i++) {
    parts.push(file.lines[i] ?? "");
    if (i < last || file.finalNewline) parts.push(file.eols[i] ?? file.dominant);
  }
  return parts.join("");
}
