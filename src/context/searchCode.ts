import { openSync, readSync, closeSync, fstatSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import picomatch from "picomatch";
import { streamGitLines } from "../git/streamGitLines.js";
import type { RepoFileIndex } from "./repoFileIndex.js";
import { isSecretLookingPath } from "./secretPaths.js";

/** Matches shown to the model: enough to find the place, few enough to keep one tool result small. */
export const SEARCH_MAX_MATCHES = 50;
/** Matches per file, so one file full of hits cannot hide every other file. */
export const SEARCH_MAX_PER_FILE = 5;
/** A matching line is cut to this many characters (minified files have lines of megabytes). */
export const SEARCH_LINE_CHARS = 200;
export const SEARCH_PATTERN_MAX_CHARS = 500;
/** git grep is killed after this long; a search that needs more is too broad to help. */
export const SEARCH_TIMEOUT_MS = 15_000;
/** Outside git: the scan stops after reading this much, or this long, and says so. */
export const SCAN_MAX_BYTES = 64 * 1024 * 1024;
export const SCAN_TIMEOUT_MS = 5_000;
/** Outside git: larger files are skipped by the scan. */
export const SCAN_MAX_FILE_BYTES = 1024 * 1024;

export interface SearchRequest {
  pattern: string;
  /** The pattern is a regular expression (Perl-compatible where git has PCRE, else POSIX extended); plain text otherwise. */
  regex?: boolean;
  /** Only paths matching this glob; a glob without '/' matches file names in any folder. */
  glob?: string;
  caseInsensitive?: boolean;
}

export interface SearchMatch {
  path: string;
  line: number;
  /** The matching line, cut to SEARCH_LINE_CHARS around the first hit (minified files have lines of megabytes). */
  text: string;
}

export interface SearchResult {
  matches: SearchMatch[];
  /** More matches exist than were kept. */
  truncated: boolean;
  engine: "git grep" | "scan";
  /** Outside git: why the scan stopped early, if it did. */
  scanStopped?: string;
}

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; error: string };

/** Checks the arguments the model sent; returns the problem in words for it. */
export function checkSearchRequest(request: SearchRequest): string | undefined {
  if (request.pattern.trim() === "") return "the pattern is empty; give the text or regular expression to search for";
  if (request.pattern.length > SEARCH_PATTERN_MAX_CHARS) return `the pattern is ${request.pattern.length} characters; at most ${SEARCH_PATTERN_MAX_CHARS}`;
  if (/[\r\n]/.test(request.pattern)) return "the pattern spans several lines; search_code matches one line at a time, so search for one line of it";
  return undefined;
}

/**
 * Searches the readable files for a pattern. In a git repository this is
 * `git grep` over the tracked files and the new files that are not ignored
 * (git's own matcher, threaded and fast on 50,000 files; lines of
 * secret-looking files never leave this function). Outside git it is a
 * bounded scan of the walked files.
 */
export async function searchCode(index: RepoFileIndex, request: SearchRequest, options: { scanTimeoutMs?: number } = {}): Promise<SearchOutcome> {
  const problem = checkSearchRequest(request);
  if (problem) return { ok: false, error: problem };
  return (await index.isGitRepo()) ? gitGrep(index.repoDir, request) : scanFiles(index, request, options.scanTimeoutMs ?? SCAN_TIMEOUT_MS);
}

function globPathspec(glob: string | undefined): string {
  if (glob === undefined || glob.trim() === "") return ".";
  const cleaned = glob.trim().replace(/^\.\//, "");
  return cleaned.includes("/") ? `:(glob)${cleaned}` : `:(glob)**/${cleaned}`;
}

async function gitGrep(repoDir: string, request: SearchRequest, perl = true): Promise<SearchOutcome> {
  const mode = request.regex ? (perl ? "-P" : "-E") : "-F";
  const args = [
    "grep", "-n", "-I", "--null", "--no-color", "--untracked", "--max-count", String(SEARCH_MAX_PER_FILE),
    ...(request.caseInsensitive ? ["-i"] : []),
    mode, "-e", request.pattern,
    // Secret-looking files are dropped from the output below rather than excluded by pathspec: two dozen
    // exclude globs cost git a fifth of the search on 50,000 files, and the filter is what guarantees it anyway.
    "--", globPathspec(request.glob),
  ];
  const matches: SearchMatch[] = [];
  let truncated = false;
  // Read as git writes: once one match past the limit is seen, git is stopped (a pattern in every file
  // of a large repository would otherwise be read, and buffered, in full).
  const run = await streamGitLines(
    repoDir,
    args,
    (record) => {
      const first = record.indexOf("\0");
      const second = record.indexOf("\0", first + 1);
      if (first < 0 || second < 0) return true;
      const file = record.slice(0, first);
      if (isSecretLookingPath(file)) return true;
      if (matches.length >= SEARCH_MAX_MATCHES) {
        truncated = true;
        return false;
      }
      matches.push({ path: file, line: Number(record.slice(first + 1, second)), text: clipLine(record.slice(second + 1), request) });
      return true;
    },
    { timeoutMs: SEARCH_TIMEOUT_MS },
  );
  if (!run.stopped && run.exitCode !== 0) {
    // git grep exits 1 for "no match" and 128 for an error.
    if (run.exitCode === 1) return { ok: true, result: { matches: [], truncated: false, engine: "git grep" } };
    const stderr = run.stderr.trim();
    // Git built without PCRE: the same search with POSIX extended syntax.
    if (perl && request.regex && /perl|pcre/i.test(stderr)) return gitGrep(repoDir, request, false);
    if (run.timedOut) return { ok: false, error: `the search took longer than ${SEARCH_TIMEOUT_MS / 1000} s and was stopped; use a more specific pattern or a glob` };
    const detail = stderr.replace(/^fatal:\s*/gm, "").split("\n")[0] ?? stderr;
    return { ok: false, error: request.regex ? `the regular expression was refused: ${detail}` : `the search failed: ${detail}` };
  }
  return { ok: true, result: { matches, truncated, engine: "git grep" } };
}

/** The shape of the scan's result as it comes back from the sandbox. */
interface ScanOutput {
  matches: SearchMatch[];
  truncated: boolean;
  stoppedAtBytes: boolean;
  scanned: number;
}

/**
 * Runs in a separate V8 context with a deadline: a regular expression from
 * the model can backtrack for minutes, and only a context timeout can stop
 * JavaScript that never yields. The files are read through `read`, which the
 * host provides and which returns undefined for binary or large files.
 */
const SCAN_SOURCE = `(function (files, read, source, flags, plain, maxMatches, maxPerFile, maxBytes) {
  const re = plain ? null : new RegExp(source, flags);
  const needle = plain && flags.includes("i") ? source.toLowerCase() : source;
  const matches = [];
  let bytes = 0;
  let scanned = 0;
  let truncated = false;
  for (const file of files) {
    if (truncated || bytes >= maxBytes) break;
    const text = read(file);
    scanned++;
    if (text === undefined) continue;
    bytes += text.length;
    const lines = text.split("\\n");
    let inFile = 0;
    for (let i = 0; i < lines.length && inFile < maxPerFile; i++) {
      const line = lines[i];
      const hit = plain ? (flags.includes("i") ? line.toLowerCase().includes(needle) : line.includes(needle)) : re.test(line);
      if (!hit) continue;
      if (matches.length >= maxMatches) { truncated = true; break; }
      matches.push({ path: file, line: i + 1, text: line });
      inFile++;
    }
  }
  return { matches, truncated, stoppedAtBytes: bytes >= maxBytes, scanned };
})`;

async function scanFiles(index: RepoFileIndex, request: SearchRequest, timeoutMs: number): Promise<SearchOutcome> {
  const glob = request.glob?.trim().replace(/^\.\//, "");
  const matchesGlob = glob ? picomatch(glob, { dot: true, basename: !glob.includes("/") }) : () => true;
  const files = (await index.files()).filter((f) => !isSecretLookingPath(f) && matchesGlob(f));
  if (request.regex) {
    try {
      new RegExp(request.pattern, request.caseInsensitive ? "i" : "");
    } catch (error) {
      return { ok: false, error: `the regular expression was refused: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const read = (rel: string): string | undefined => readSmallText(path.join(index.repoDir, ...rel.split("/")));
  const context = vm.createContext({ files, read });
  let output: ScanOutput;
  try {
    const scan = vm.runInContext(SCAN_SOURCE, context) as unknown;
    context.scan = scan;
    context.args = [request.pattern, request.caseInsensitive ? "i" : "", !request.regex, SEARCH_MAX_MATCHES, SEARCH_MAX_PER_FILE, SCAN_MAX_BYTES];
    output = vm.runInContext("scan(files, read, ...args)", context, { timeout: timeoutMs }) as ScanOutput;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out/i.test(message)) return { ok: false, error: `the search took longer than ${timeoutMs / 1000} s and was stopped; use a more specific pattern or a glob` };
    return { ok: false, error: `the search failed: ${message}` };
  }
  const matches = output.matches.map((m) => ({ path: m.path, line: m.line, text: clipLine(m.text, request) }));
  const stopped = output.stoppedAtBytes ? `the scan stopped after ${output.scanned} of ${files.length} files (${SCAN_MAX_BYTES / 2 ** 20} MB read)` : undefined;
  return { ok: true, result: { matches, truncated: output.truncated, engine: "scan", ...(stopped ? { scanStopped: stopped } : {}) } };
}

/** A text file's content, or undefined when it is missing, larger than the scan reads, or binary. */
function readSmallText(abs: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(abs, "r");
    const size = fstatSync(fd).size;
    if (size > SCAN_MAX_FILE_BYTES) return undefined;
    const buffer = Buffer.alloc(size);
    readSync(fd, buffer, 0, size, 0);
    if (looksBinary(buffer)) return undefined;
    return buffer.toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** git's rule: a NUL byte in the first 8,000 bytes makes a file binary. */
export function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

/** A matching line cut to SEARCH_LINE_CHARS, keeping the first hit of a plain pattern in view. */
function clipLine(text: string, request: SearchRequest): string {
  // trimEnd, not a /\s+$/ replace: that backtracks quadratically over a long run of spaces.
  const line = text.trimEnd();
  if (line.length <= SEARCH_LINE_CHARS) return line;
  let at = 0;
  if (!request.regex) {
    const haystack = request.caseInsensitive ? line.toLowerCase() : line;
    at = Math.max(0, haystack.indexOf(request.caseInsensitive ? request.pattern.toLowerCase() : request.pattern));
  }
  const start = Math.max(0, Math.min(at - 40, line.length - SEARCH_LINE_CHARS));
  return `${start > 0 ? "…" : ""}${line.slice(start, start + SEARCH_LINE_CHARS)}…`;
}

/** The tool result: one `path:line: text` per match under a header that says what was searched and whether more exist. */
export function formatSearchResult(request: SearchRequest, result: SearchResult): string {
  const kind = request.regex ? "regular expression" : "plain text";
  const where = request.glob ? ` in files matching '${request.glob}'` : "";
  if (result.matches.length === 0) {
    const hint = request.regex ? "" : " (the pattern was searched as plain text; set regex: true to search with a regular expression)";
    return `No matches for ${kind} '${request.pattern}'${where}${hint}.${result.scanStopped ? ` Note: ${result.scanStopped}.` : ""}`;
  }
  const files = new Set(result.matches.map((m) => m.path)).size;
  const header = `[${result.matches.length}${result.truncated ? "+" : ""} matches in ${files} file(s) for ${kind} '${request.pattern}'${where}; at most ${SEARCH_MAX_PER_FILE} per file]`;
  const lines = result.matches.map((m) => `${m.path}:${m.line}: ${m.text}`);
  if (result.truncated) lines.push(`[more matches not shown: narrow the pattern or add a glob]`);
  if (result.scanStopped) lines.push(`[${result.scanStopped}]`);
  return [header, ...lines].join("\n");
}
