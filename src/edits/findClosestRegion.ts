import { isBlank } from "./lineKeys.js";
import { numberLines } from "../text/lines.js";

export interface ClosestRegion {
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** The region's lines, each prefixed with its line number. */
  text: string;
  /** 0..1: how much of SEARCH (by normalised lines, in order) the region contains. */
  similarity: number;
}

// Lines that occur more often than this ("}", "return;") say little about where SEARCH was meant to go.
const MAX_OCCURRENCES_PER_LINE = 64;
const WINDOWS_TO_SCORE = 8;
// Beyond this many lines the in-order score is skipped for the shared-line count, to stay bounded.
const MAX_LINES_FOR_ORDER_SCORE = 400;

/**
 * The region of the file most like SEARCH, by whitespace-normalised lines.
 * Candidate windows come from lines SEARCH shares with the file (each shared
 * line votes for where SEARCH would start), so the cost is linear in the file
 * plus a bounded amount of scoring. Undefined when no line is shared.
 */
export function findClosestRegion(
  fileLines: readonly string[],
  fileKeys: readonly string[],
  searchKeys: readonly string[],
): ClosestRegion | undefined {
  const m = searchKeys.length;
  if (m === 0 || fileKeys.length === 0) return undefined;
  const wanted = new Map<string, number[]>();
  searchKeys.forEach((key, j) => {
    if (key === "") return;
    const offsets = wanted.get(key);
    if (offsets) offsets.push(j);
    else wanted.set(key, [j]);
  });
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < fileKeys.length; i++) {
    const key = fileKeys[i] ?? "";
    if (!wanted.has(key)) continue;
    const list = occurrences.get(key);
    if (list === undefined) occurrences.set(key, [i]);
    else if (list.length <= MAX_OCCURRENCES_PER_LINE) list.push(i);
  }
  const votes = new Map<number, number>();
  for (const [key, fileIdx] of occurrences) {
    if (fileIdx.length > MAX_OCCURRENCES_PER_LINE) continue;
    for (const j of wanted.get(key) ?? []) {
      for (const i of fileIdx) {
        const start = Math.min(Math.max(0, i - j), Math.max(0, fileKeys.length - m));
        votes.set(start, (votes.get(start) ?? 0) + 1);
      }
    }
  }
  if (votes.size === 0) return undefined;
  const starts = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, WINDOWS_TO_SCORE)
    .map(([start]) => start);

  let best: { start: number; end: number; score: number } | undefined;
  for (const start of starts) {
    const end = Math.min(fileKeys.length, start + m);
    const score = similarity(searchKeys, fileKeys.slice(start, end));
    if (best === undefined || score > best.score || (score === best.score && start < best.start)) best = { start, end, score };
  }
  if (best === undefined) return undefined;
  return {
    startLine: best.start + 1,
    endLine: best.end,
    text: numberLines(fileLines.slice(best.start, best.end), best.start + 1),
    similarity: Math.round(best.score * 100) / 100,
  };
}

/** Line-level similarity 2·LCS/(|a|+|b|), blank lines ignored (difflib's ratio, by lines). */
function similarity(a: readonly string[], b: readonly string[]): number {
  const x = a.filter((k) => k !== "");
  const y = b.filter((k) => !isBlank(k));
  if (x.length + y.length === 0) return 0;
  if (x.length > MAX_LINES_FOR_ORDER_SCORE || y.length > MAX_LINES_FOR_ORDER_SCORE) {
    const pool = new Map<string, number>();
    for (const k of y) pool.set(k, (pool.get(k) ?? 0) + 1);
    let shared = 0;
    for (const k of x) {
      const n = pool.get(k) ?? 0;
      if (n > 0) {
        shared++;
        pool.set(k, n - 1);
      }
    }
    return (2 * shared) / (x.length + y.length);
  }
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return (2 * (prev[y.length] ?? 0)) / (x.length + y.length);
}

