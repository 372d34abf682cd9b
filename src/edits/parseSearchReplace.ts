import type { EditBlock } from "./editBlock.js";
import { EditParseError } from "./editBlock.js";
import { isFenceLine, markerKind, pathHeader } from "./editMarkers.js";
import { filenameOnLine } from "./filenameLine.js";

export interface ParseOptions {
  /** Every block must name its file (a `<<< path=... >>>` header or a file name line). */
  multiFile?: boolean;
  /** In multi-file mode, the only paths blocks may name. */
  allowedPaths?: readonly string[] | ReadonlySet<string>;
}

export type ParseOutcome = { ok: true; blocks: EditBlock[] } | { ok: false; error: EditParseError };

// How far back from a SEARCH marker a file name line may be (aider's rule: up to three lines, through fences).
const FILENAME_LOOKBACK = 3;

/**
 * Extracts SEARCH/REPLACE blocks from a model reply. Text outside blocks is
 * ignored; a block that is opened and not closed is an error, never dropped.
 * The first divider of a block splits SEARCH from REPLACE; later divider lines
 * belong to the REPLACE text. Runs in one pass over the reply's lines.
 */
export function parseSearchReplace(text: string, options: ParseOptions = {}): EditBlock[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const allowed = options.allowedPaths === undefined ? undefined : new Set(options.allowedPaths);
  const multiFile = options.multiFile === true;
  const blocks: EditBlock[] = [];
  let currentPath: string | undefined;
  let lookbackFloor = 0;

  // In multi-file mode a path must be allowed; a bare file name that ends exactly one allowed path is taken as that path.
  const allowedPath = (path: string, lineNo: number): string => {
    if (!multiFile || allowed === undefined || allowed.has(path)) return path;
    const bySuffix = [...allowed].filter((p) => p.endsWith(`/${path}`));
    if (bySuffix.length === 1 && bySuffix[0] !== undefined) return bySuffix[0];
    const list = allowed.size === 0 ? "(none)" : [...allowed].join(", ");
    throw new EditParseError(
      `line ${lineNo}: path '${path}' is not one of the files you may edit. Allowed paths: ${list}`,
      lineNo,
    );
  };

  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? "").trim();
    const header = pathHeader(trimmed);
    if (header !== undefined) {
      currentPath = allowedPath(normalisePath(header), i + 1);
      continue;
    }
    if (markerKind(trimmed) !== "head") continue;

    const headLine = i + 1;
    const named = findFilenameBefore(lines, i, lookbackFloor, allowed);
    const path = named === undefined ? currentPath : allowedPath(named, headLine);
    if (path === undefined && multiFile) {
      throw new EditParseError(
        `line ${headLine}: this SEARCH/REPLACE block has no file path. Put a '<<< path=some/file.ts >>>' header (or the file path alone on its own line) before the block.`,
        headLine,
      );
    }

    const divider = findDivider(lines, i + 1, headLine);
    const { contentEnd, close } = findReplaceEnd(lines, divider + 1, headLine);
    const block: EditBlock = {
      search: joinLines(lines, i + 1, divider),
      replace: joinLines(lines, divider + 1, contentEnd),
      line: headLine,
    };
    if (path !== undefined) block.path = path;
    blocks.push(block);
    currentPath = path;
    i = close;
    lookbackFloor = close + 1;
  }
  return blocks;
}

/** Like parseSearchReplace, but returns the error instead of throwing it. */
export function tryParseSearchReplace(text: string, options: ParseOptions = {}): ParseOutcome {
  try {
    return { ok: true, blocks: parseSearchReplace(text, options) };
  } catch (error) {
    if (error instanceof EditParseError) return { ok: false, error };
    throw error;
  }
}

/** Line index of the divider ending a block's SEARCH part. */
function findDivider(lines: readonly string[], from: number, headLine: number): number {
  for (let j = from; j < lines.length; j++) {
    const kind = markerKind((lines[j] ?? "").trim());
    if (kind === "divider") return j;
    if (kind === "updated") {
      throw new EditParseError(
        `line ${j + 1}: expected a '=======' line between SEARCH and REPLACE of the block opened at line ${headLine}, but found '>>>>>>> REPLACE' first.`,
        j + 1,
      );
    }
    if (kind === "head") throw unclosed(j + 1, headLine, "'=======' and then '>>>>>>> REPLACE'");
  }
  throw endedInside(lines.length, headLine, "a '=======' line and then '>>>>>>> REPLACE'");
}

/**
 * Where a block's REPLACE part ends (`contentEnd`, exclusive) and the line of
 * its closing marker (`close`). Later dividers are REPLACE content, except one
 * directly followed by the REPLACE marker: models double the marker like that.
 * A block that reaches a new SEARCH or the end of the reply without a REPLACE
 * marker is an error, even when a later divider might have been meant as the
 * close, because guessing would silently cut the REPLACE text.
 */
function findReplaceEnd(lines: readonly string[], from: number, headLine: number): { contentEnd: number; close: number } {
  let strayDivider: number | undefined;
  for (let j = from; j < lines.length; j++) {
    const kind = markerKind((lines[j] ?? "").trim());
    if (kind === "updated") return { contentEnd: j, close: j };
    if (kind === "divider") {
      if (markerKind((lines[j + 1] ?? "").trim()) === "updated") return { contentEnd: j, close: j + 1 };
      strayDivider ??= j + 1;
    }
    if (kind === "head") throw unclosed(j + 1, headLine, "'>>>>>>> REPLACE'", strayDivider);
  }
  throw endedInside(lines.length, headLine, "a '>>>>>>> REPLACE' line", strayDivider);
}

function strayNote(strayDivider: number | undefined): string {
  return strayDivider === undefined
    ? ""
    : ` A second '=======' at line ${strayDivider} does not close a block; end every block with '>>>>>>> REPLACE'.`;
}

function unclosed(lineNo: number, headLine: number, expected: string, strayDivider?: number): EditParseError {
  return new EditParseError(
    `line ${lineNo}: expected ${expected} to close the block opened at line ${headLine}, but a new '<<<<<<< SEARCH' started.${strayNote(strayDivider)}`,
    lineNo,
  );
}

function endedInside(lineCount: number, headLine: number, expected: string, strayDivider?: number): EditParseError {
  const endLine = Math.max(1, lineCount);
  return new EditParseError(
    `line ${endLine}: the reply ended inside the SEARCH/REPLACE block opened at line ${headLine}; expected ${expected}.${strayNote(strayDivider)}`,
    endLine,
  );
}

function findFilenameBefore(
  lines: readonly string[],
  headIndex: number,
  floor: number,
  known: ReadonlySet<string> | undefined,
): string | undefined {
  const stop = Math.max(floor, headIndex - FILENAME_LOOKBACK);
  for (let m = headIndex - 1; m >= stop; m--) {
    const trimmed = (lines[m] ?? "").trim();
    if (isFenceLine(trimmed)) continue;
    const header = pathHeader(trimmed);
    if (header !== undefined) return normalisePath(header);
    const name = filenameOnLine(trimmed, known);
    return name === undefined ? undefined : normalisePath(name);
  }
  return undefined;
}

function normalisePath(path: string): string {
  return path.replace(/^(?:\.\/)+/, "");
}

function joinLines(lines: readonly string[], from: number, to: number): string {
  if (to <= from) return "";
  return lines.slice(from, to).join("\n") + "\n";
}
