import type { ApplyResult, EditBlock, FailedBlock, MatchStrategy } from "./editBlock.js";
import { findClosestRegion } from "./findClosestRegion.js";
import { findLineSequence } from "./findLineSequence.js";
import type { IndentOffset } from "./indentOffset.js";
import { reindent, uniformIndentOffset } from "./indentOffset.js";
import { indentKey, joinLines, splitLines, whitespaceKey } from "./lineKeys.js";

type Applied = NonNullable<ApplyResult["applied"]>[number];

type BlockOutcome =
  | { ok: true; lines: string[]; applied: Omit<Applied, "index"> }
  | { ok: false; failure: Omit<FailedBlock, "index" | "block"> };

/**
 * Applies one file's SEARCH/REPLACE blocks in order to the evolving content.
 * SEARCH quotes whole lines. Each block is matched by the strongest strategy
 * that finds it: exact; then indentation-shifted (REPLACE re-indented by the
 * same offset); then whitespace-insensitive. A SEARCH found in several places
 * by that strategy is ambiguous and fails. Failed blocks leave the content
 * unchanged and the remaining blocks are still tried, so one pass reports
 * every failure. An empty SEARCH creates the content of an empty file and is
 * refused on a file that has content.
 */
export function applySearchReplace(content: string, blocks: readonly EditBlock[]): ApplyResult {
  const crlf = isCrlf(content);
  const split = splitLines(crlf ? content.replace(/\r\n/g, "\n") : content);
  let lines = split.lines;
  let finalNewline = split.finalNewline;
  const failed: FailedBlock[] = [];
  const applied: Applied[] = [];

  blocks.forEach((block, index) => {
    const search = block.search.replace(/\r\n/g, "\n");
    const replace = block.replace.replace(/\r\n/g, "\n");
    if (search.trim() === "") {
      if (lines.every((l) => l.trim() === "")) {
        const created = splitLines(replace);
        lines = created.lines;
        finalNewline = created.finalNewline;
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
    const outcome = applyBlock(lines, splitLines(search).lines, splitLines(replace).lines);
    if (outcome.ok) {
      lines = outcome.lines;
      applied.push({ index, ...outcome.applied });
    } else {
      failed.push({ index, block, ...outcome.failure });
    }
  });

  const text = joinLines(lines, finalNewline);
  return { content: crlf ? text.replace(/\n/g, "\r\n") : text, failed, applied };
}

function applyBlock(lines: string[], searchLines: string[], replaceLines: string[]): BlockOutcome {
  const splice = (start: number, strategy: MatchStrategy, offset?: IndentOffset): BlockOutcome => {
    const inserted = offset ? reindent(replaceLines, offset) : replaceLines;
    const next = lines.slice(0, start).concat(inserted, lines.slice(start + searchLines.length));
    return { ok: true, lines: next, applied: { strategy, startLine: start + 1 } };
  };
  const ambiguous = (starts: number[]): BlockOutcome => ({
    ok: false,
    failure: { kind: "ambiguous", candidateLines: starts.map((s) => s + 1) },
  });

  const exact = findLineSequence(lines, searchLines);
  if (exact.length === 1) return splice(exact[0] ?? 0, "exact");
  if (exact.length > 1) return ambiguous(exact);

  const shifted: { start: number; offset: IndentOffset }[] = [];
  for (const start of findLineSequence(lines.map(indentKey), searchLines.map(indentKey))) {
    const offset = uniformIndentOffset(lines, start, searchLines);
    if (offset) shifted.push({ start, offset });
  }
  if (shifted.length === 1) return splice(shifted[0]?.start ?? 0, "indentation", shifted[0]?.offset);
  if (shifted.length > 1) return ambiguous(shifted.map((s) => s.start));

  const fileKeys = lines.map(whitespaceKey);
  const searchKeys = searchLines.map(whitespaceKey);
  const loose = findLineSequence(fileKeys, searchKeys);
  if (loose.length === 1) {
    const start = loose[0] ?? 0;
    // Re-indent when the indentation happens to shift uniformly; otherwise insert REPLACE as written.
    return splice(start, "whitespace", uniformIndentOffset(lines, start, searchLines));
  }
  if (loose.length > 1) return ambiguous(loose);

  const failure: Omit<FailedBlock, "index" | "block"> = { kind: "no_match" };
  const closest = findClosestRegion(lines, fileKeys, searchKeys);
  if (closest) failure.closest = closest;
  const replaceKeys = replaceLines.map(whitespaceKey);
  if (replaceKeys.some((k) => k !== "") && findLineSequence(fileKeys, replaceKeys, 1).length > 0) {
    failure.replaceAlreadyPresent = true;
  }
  return { ok: false, failure };
}

/** True when every line break is CRLF, so the result is written back with CRLF. */
function isCrlf(content: string): boolean {
  const lf = content.split("\n").length - 1;
  return lf > 0 && content.split("\r\n").length - 1 === lf;
}
