/**
 * Large-file digests (from the seed): a file over the read threshold is cut
 * into chunks at function starts, each chunk is summarised by the model, the
 * summaries are ordered with the chunk holding the error line first, packed to
 * a size budget, and returned with a line index so the model can ask for
 * exact ranges with read_file_range.
 */
import { splitLines } from "../text/lines.js";

export const DIGEST_CHUNK_LINES = 200;
export const DIGEST_MAX_CHARS = 4000;
export const DIGEST_CHUNK_MAX_CHARS = 400;
/** How far past the natural chunk end we look for a function start to cut at. */
const CUT_SCAN_LINES = 20;

export interface FileChunk {
  start: number;
  end: number;
  totalLines: number;
  text: string;
}

export interface ChunkDigest {
  start: number;
  end: number;
  digest: string;
}

// A line that starts a top-level definition in the languages people run CI on.
const DEFINITION_START =
  /^(?:(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b|(?:local\s+)?function\b|def\s|async\s+def\s|class\s|fn\s|pub\s+(?:async\s+)?fn\s|func\s|(?:export\s+)?(?:abstract\s+)?class\s|(?:export\s+)?interface\s|impl\b|module\s|sub\s)/;

export function isDefinitionStart(line: string): boolean {
  return DEFINITION_START.test(line);
}

/** Chunks of about `chunkLines` lines, each cut just before a definition when one starts shortly after. */
export function chunkByLines(content: string, chunkLines = DIGEST_CHUNK_LINES): FileChunk[] {
  const lines = splitLines(content).lines;
  const total = lines.length;
  const chunks: FileChunk[] = [];
  let i = 0;
  while (i < total) {
    const naturalEnd = Math.min(i + chunkLines, total); // exclusive
    let end = naturalEnd;
    if (naturalEnd < total) {
      const scanLimit = Math.min(naturalEnd + CUT_SCAN_LINES, total);
      for (let j = naturalEnd; j < scanLimit; j++) {
        if (isDefinitionStart(lines[j] ?? "")) {
          end = j;
          break;
        }
      }
    }
    chunks.push({ start: i + 1, end, totalLines: total, text: lines.slice(i, end).join("\n") });
    i = end;
  }
  return chunks;
}

/** First `file:LINE` style number in an error text, used to put that chunk first. */
export function findErrorLine(errorText: string | undefined, path: string): number | undefined {
  if (!errorText) return undefined;
  const base = path.split("/").pop() ?? path;
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const specific = new RegExp(`${escaped}[:(](\\d+)`).exec(errorText);
  if (specific?.[1]) return Number(specific[1]);
  const generic = /:(\d+)/.exec(errorText);
  return generic?.[1] ? Number(generic[1]) : undefined;
}

/** Chunk with the error line first, then chunks mentioning the target symbol, then file order. */
export function prioritiseDigests(digests: ChunkDigest[], errorLine?: number, targetSymbol?: string): ChunkDigest[] {
  const priority = (d: ChunkDigest): number => {
    if (errorLine !== undefined && d.start <= errorLine && errorLine <= d.end) return 1;
    if (targetSymbol && d.digest.includes(targetSymbol)) return 2;
    return 3;
  };
  return digests
    .map((d, index) => ({ d, index, p: priority(d) }))
    .sort((a, b) => a.p - b.p || a.index - b.index)
    .map((x) => x.d);
}

/**
 * Takes the longest prefix (in priority order) of digests whose total size
 * fits `maxChars`, then restores file order. Prefix sums make the search
 * O(n log n) instead of the seed's O(n^2) re-summing.
 */
export function packDigests(prioritised: ChunkDigest[], maxChars = DIGEST_MAX_CHARS): string {
  const prefix: number[] = [0];
  for (const d of prioritised) prefix.push((prefix[prefix.length - 1] ?? 0) + d.digest.length + 1);
  let lo = 0;
  let hi = prioritised.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((prefix[mid] ?? 0) - 1 <= maxChars) lo = mid;
    else hi = mid - 1;
  }
  return prioritised
    .slice(0, lo)
    .sort((a, b) => a.start - b.start)
    .map((d) => `L${d.start}-${d.end}: ${d.digest}`)
    .join("\n");
}

/** One line per chunk: its range and the first line of its summary, cut to 80 characters. */
export function buildLineIndex(digests: ChunkDigest[]): string {
  return digests
    .map((d) => {
      const first = d.digest.split("\n").find((l) => l.trim() !== "") ?? "";
      return `L${d.start}-${d.end}: ${first.slice(0, 80)}`;
    })
    .join("\n");
}

export function formatDigestResponse(path: string, totalLines: number, digest: string, lineIndex: string): string {
  return [
    `[Digest of ${path}: ${totalLines} lines, too large to send whole]`,
    digest,
    "",
    "[Line index]",
    lineIndex,
    "",
    "[Use read_file_range to fetch the exact lines you need before writing SEARCH text.]",
  ].join("\n");
}

/** The seed's fallback when no digest could be made: the head of the file and a warning. */
export function truncateWithWarning(content: string, threshold: number, reason?: string): string {
  const head = content.slice(0, threshold);
  return `${head}\n\n[WARNING: file exceeded ${threshold} bytes; content truncated${reason ? ` (digest failed: ${reason})` : ""}. Use read_file_range for the rest.]`;
}

export function buildChunkDigestPrompt(path: string, chunk: FileChunk, lastError: string | undefined): string {
  return [
    "You are summarising one chunk of a source file for a coding assistant that cannot see the whole file.",
    `File: ${path}`,
    `Chunk: lines ${chunk.start}-${chunk.end} of ${chunk.totalLines}`,
    `Recent test error (if any): ${lastError ? lastError.slice(-600) : "(none)"}`,
    "",
    "Code chunk:",
    "```",
    chunk.text,
    "```",
    "",
    "Write a concise technical summary of what this chunk defines and does. Name the functions, classes and",
    "variables it defines (so the assistant can ask for their lines), and point out anything related to the error.",
    `Keep it under ${DIGEST_CHUNK_MAX_CHARS} characters. Output only the summary.`,
  ].join("\n");
}
