import { joinLines } from "../text/lines.js";
import path from "node:path";
import type { EditBlock } from "./editBlock.js";
import { EditParseError } from "./editBlock.js";
import { LONG_MARKER_MIN, isFenceLine, markerKind, markerRunLength, pathHeader } from "./editMarkers.js";
import { filenameOnLine } from "./filenameLine.js";
import { relativeInsideRoot } from "./repoContainment.js";

export interface ParseOptions {
  /** Every block must name its file (a `<<< path=... >>>` header or a file name line). */
  multiFile?: boolean;
  /** In multi-file mode, the only paths blocks may name. */
  allowedPaths?: readonly string[] | ReadonlySet<string>;
  /**
   * The repository root, so that in multi-file mode an absolute path (models
   * copy them from stack traces) inside it is taken as its relative path and
   * one outside it is refused. Without it an absolute path must itself be one
   * of `allowedPaths`.
   */
  repoDir?: string;
  /**
   * The file a block edits when the reply names none (single-file mode).
   * Blocks are not given this path; it only tells the parser what kind of
   * file they edit, which decides whether a `=======` line ending REPLACE is
   * a heading underline or a doubled marker.
   */
  defaultPath?: string;
}

export type ParseOutcome = { ok: true; blocks: EditBlock[] } | { ok: false; error: EditParseError };

// How far back from a SEARCH marker a file name line may be (aider's rule: up to three lines, through fences).
const FILENAME_LOOKBACK = 3;

// Files where a line of `=` under a line of text is a heading (Markdown and reST setext style, AsciiDoc, plain text).
const PROSE_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd", "mdx", "rst", "rest", "txt", "text", "adoc", "asciidoc"]);

// Marker text as the model should write it, for a standard (7) or long block.
const headMarker = (size: number): string => `${"<".repeat(size)} SEARCH`;
const dividerMarker = (size: number): string => "=".repeat(size);
const replaceMarker = (size: number): string => `${">".repeat(size)} REPLACE`;

/**
 * Extracts SEARCH/REPLACE blocks from a model reply. Text outside blocks is
 * ignored; a block that is opened and not closed is an error, never dropped.
 * A block has one divider; a second one is an error (it cannot be told
 * whether it belongs to SEARCH or REPLACE), except a divider directly before
 * the REPLACE marker, which is a heading underline in prose files and a
 * doubled marker elsewhere. Blocks opened with 8 or 9 `<` take only markers
 * of that length, so other marker-like lines inside them are content.
 * Runs in one pass over the reply's lines.
 */
export function parseSearchReplace(text: string, options: ParseOptions = {}): EditBlock[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const allowed = options.allowedPaths === undefined ? undefined : new Set(options.allowedPaths);
  const multiFile = options.multiFile === true;
  const blocks: EditBlock[] = [];
  let currentPath: string | undefined;
  let lookbackFloor = 0;

  // In multi-file mode a path must be allowed; a bare file name that ends exactly one allowed path is taken as that path.
  // Elsewhere paths are recorded as written (as Aider does); planReplyEdits' isAllowed normalises and checks them.
  const allowedPath = (written: string, lineNo: number): string => {
    if (!multiFile) return written;
    const list = allowed === undefined || allowed.size === 0 ? "(none)" : [...allowed].join(", ");
    let requested = canonicalPath(written);
    if (options.repoDir !== undefined && isAbsolutePath(requested)) {
      // On POSIX a drive path is never inside the repository (path.resolve would read it against the cwd).
      const inside = /^[A-Za-z]:\//.test(requested) && path.sep === "/" ? undefined : relativeInsideRoot(options.repoDir, requested);
      if (inside === undefined) {
        throw new EditParseError(
          `line ${lineNo}: path '${written}' is outside the repository; use a path relative to the repository root. Allowed paths: ${list}`,
          lineNo,
        );
      }
      requested = inside;
    }
    if (allowed === undefined || allowed.has(requested)) return requested;
    const bySuffix = [...allowed].filter((p) => p.endsWith(`/${requested}`));
    if (bySuffix.length === 1 && bySuffix[0] !== undefined) return bySuffix[0];
    throw new EditParseError(
      `line ${lineNo}: path '${written}' is not one of the files you may edit. Allowed paths: ${list}`,
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
    const blockPath = named === undefined ? currentPath : allowedPath(named, headLine);
    if (blockPath === undefined && multiFile) {
      throw new EditParseError(
        `line ${headLine}: this SEARCH/REPLACE block has no file path. Put a '<<< path=some/file.ts >>>' header (or the file path alone on its own line) before the block.`,
        headLine,
      );
    }

    const run = markerRunLength(trimmed);
    const size = run >= LONG_MARKER_MIN ? run : undefined;
    const { dividers, close } = scanBlock(lines, i + 1, headLine, size);
    const replaceEnd = replaceEndOf(lines, dividers, close, headLine, size, blockPath ?? options.defaultPath);
    const divider = dividers[0] ?? close;
    const block: EditBlock = {
      search: joinLines(lines.slice(i + 1, divider), true),
      replace: joinLines(lines.slice(divider + 1, replaceEnd), true),
      line: headLine,
    };
    if (blockPath !== undefined) block.path = blockPath;
    blocks.push(block);
    currentPath = blockPath;
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

/**
 * The divider lines of the block whose head is just before `from`, and the
 * line of its REPLACE marker. A block that reaches a new SEARCH or the end of
 * the reply without a REPLACE marker is an error, even when a later divider
 * might have been meant as the close, because guessing would silently cut the
 * REPLACE text. `size` is a long block's marker length.
 */
function scanBlock(lines: readonly string[], from: number, headLine: number, size: number | undefined): { dividers: number[]; close: number } {
  const dividers: number[] = [];
  for (let j = from; j < lines.length; j++) {
    const kind = markerKind((lines[j] ?? "").trim(), size);
    if (kind === "divider") {
      dividers.push(j);
    } else if (kind === "updated") {
      if (dividers.length > 0) return { dividers, close: j };
      throw new EditParseError(
        `line ${j + 1}: expected a '${dividerMarker(size ?? 7)}' line between SEARCH and REPLACE of the block opened at line ${headLine}, but found '${replaceMarker(size ?? 7)}' first.${longNote(size)}`,
        j + 1,
      );
    } else if (kind === "head") {
      const expected = dividers.length === 0 ? `'${dividerMarker(size ?? 7)}' and then '${replaceMarker(size ?? 7)}'` : `'${replaceMarker(size ?? 7)}'`;
      throw new EditParseError(
        `line ${j + 1}: expected ${expected} to close the block opened at line ${headLine}, but a new '${headMarker(size ?? 7)}' started.${strayNote(dividers, size)}${longNote(size)}`,
        j + 1,
      );
    }
  }
  const endLine = Math.max(1, lines.length);
  const expected = dividers.length === 0 ? `a '${dividerMarker(size ?? 7)}' line and then '${replaceMarker(size ?? 7)}'` : `a '${replaceMarker(size ?? 7)}' line`;
  throw new EditParseError(
    `line ${endLine}: the reply ended inside the SEARCH/REPLACE block opened at line ${headLine}; expected ${expected}.${strayNote(dividers, size)}${longNote(size)}`,
    endLine,
  );
}

/**
 * Where REPLACE ends (exclusive). The first divider splits SEARCH from
 * REPLACE. A second divider directly before the REPLACE marker is content
 * when it underlines a line of text in a prose file (a setext heading), and
 * otherwise a doubled marker, which models write. Any other second divider
 * is an error: the same text would be a divider line in SEARCH or one in
 * REPLACE, and guessing wrong edits the wrong lines.
 */
function replaceEndOf(
  lines: readonly string[],
  dividers: readonly number[],
  close: number,
  headLine: number,
  size: number | undefined,
  filePath: string | undefined,
): number {
  const split = dividers[0] ?? close;
  if (dividers.length === 1) return close;
  const last = dividers[dividers.length - 1] ?? close;
  if (dividers.length === 2 && last === close - 1) {
    const above = last - 1 > split ? (lines[last - 1] ?? "") : "";
    const underline = above.trim() !== "" && filePath !== undefined && isProsePath(filePath);
    return underline ? close : last;
  }
  const second = (dividers[1] ?? close) + 1;
  const list = dividers.map((d) => d + 1).join(", ");
  const marker = dividerMarker(size ?? 7);
  throw new EditParseError(
    `line ${second}: the block opened at line ${headLine} has more than one '${marker}' line (lines ${list}). ` +
      "A line of only '=' (5 to 9 of them) divides SEARCH from REPLACE, so a block can have only one: it cannot be told whether such a line belongs to SEARCH or to REPLACE. " +
      "If the file has a line like that, leave it out of SEARCH: end the block on the line above it and start another block on the line below it. " +
      `If SEARCH or REPLACE must contain it, write that block with nine-character markers ('${headMarker(9)}', '${dividerMarker(9)}', '${replaceMarker(9)}'), ` +
      "or eight-character ones if the line itself has nine '=': in such a block only lines of exactly that length are markers.",
    second,
  );
}

function strayNote(dividers: readonly number[], size: number | undefined): string {
  const stray = dividers[1];
  return stray === undefined
    ? ""
    : ` A second '${dividerMarker(size ?? 7)}' at line ${stray + 1} does not close a block; end every block with '${replaceMarker(size ?? 7)}'.`;
}

function longNote(size: number | undefined): string {
  return size === undefined ? "" : ` (A block opened with ${size} '<' takes only markers of exactly ${size} characters.)`;
}

function isProsePath(filePath: string): boolean {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filePath)?.[1];
  return ext !== undefined && PROSE_EXTENSIONS.has(ext.toLowerCase());
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
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

function normalisePath(p: string): string {
  return p.replace(/^(?:\.\/)+/, "");
}

/**
 * One spelling per path, to compare with the allowed paths: backslashes read
 * as separators (Windows paths; unless the only ones escape `_`, as Markdown
 * does), `.` and empty segments removed, inner `..` resolved. A leading `..`
 * stays, so the allow-list refuses it.
 */
function canonicalPath(p: string): string {
  const slashed = /\\(?!_)/.test(p) ? p.replace(/\\/g, "/") : p.replace(/\\_/g, "_");
  return path.posix.normalize(slashed).replace(/^(?:\.\/)+/, "").replace(/(.)\/+$/, "$1");
}

