import { ESTIMATE_TOKENS_PER_BYTE } from "../../models/costEstimate.js";
import type { FileOutline } from "./syntaxNode.js";

/** What the map showed, for logs and `--json`. */
export interface RepoMapStats {
  /** The budget, in estimated tokens. */
  budgetTokens: number;
  /** The map's size in estimated tokens (never above the budget). */
  tokens: number;
  filesShown: number;
  definitionsShown: number;
  /** Files with definitions that did not fit. */
  filesLeftOut: number;
}

export interface RenderedRepoMap {
  /** Undefined when nothing fits the budget, or no file had definitions. */
  text: string | undefined;
  stats: RepoMapStats;
}

export const REPO_MAP_HEADING =
  "Repository map: the definitions in the target files and the files next to them, as `line| first line` (line numbers as of the start of the run; read a file for its current content):";

/** Tokens a text counts for in the budget: the cost estimate's pessimistic rate, so the map never takes more than it was given. */
export function estimateMapTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, "utf8") * ESTIMATE_TOKENS_PER_BYTE);
}

/**
 * The map as prompt text, files in the order given (best first), each with
 * its definitions in source order, cut to fit `budgetTokens`: a file whose
 * definitions do not all fit says how many are left out, and so does the
 * map for the files after the last one shown. Pure.
 */
export function renderRepoMap(outlines: readonly FileOutline[], budgetTokens: number): RenderedRepoMap {
  const files = outlines.filter((o) => o.definitions.length > 0);
  const budget = Math.max(0, Math.floor(budgetTokens));
  const lines: string[] = [REPO_MAP_HEADING];
  // Each line costs its bytes plus the newline joining it to the previous one.
  let used = estimateMapTokens(REPO_MAP_HEADING);
  const cost = (line: string): number => estimateMapTokens(`\n${line}`);
  const costOf = (line: string | undefined): number => (line === undefined ? 0 : cost(line));
  let filesShown = 0;
  let definitionsShown = 0;
  let index = 0;
  for (; index < files.length; index++) {
    const file = files[index] as FileOutline;
    const width = String(Math.max(...file.definitions.map((d) => d.line))).length;
    const entries = file.definitions.map((d) => `  ${String(d.line).padStart(width, " ")}| ${"  ".repeat(d.depth)}${d.signature}`);
    // Room kept for saying how many files are left out, at the most it could be once this file is reached.
    const reserve = costOf(filesAfterNote(files.length - index));
    const headerCost = cost(file.path);
    let shown = 0;
    for (const [i, entry] of entries.entries()) {
      // After this entry there must be room to say how many of the file's definitions were left out.
      const restNote = i < entries.length - 1 ? cost(restOfFileNote(entries.length - i - 1)) : 0;
      const header = shown === 0 ? headerCost : 0;
      if (used + header + cost(entry) + restNote + reserve > budget) break;
      if (shown === 0) lines.push(file.path);
      lines.push(entry);
      used += header + cost(entry);
      shown++;
    }
    if (shown === 0) break;
    filesShown++;
    definitionsShown += shown;
    if (shown < entries.length) {
      const note = restOfFileNote(entries.length - shown);
      lines.push(note);
      used += cost(note);
      index++;
      break;
    }
  }
  const leftOut = files.length - index;
  const note = filesAfterNote(leftOut);
  if (note !== undefined && filesShown > 0) {
    lines.push(note);
  }
  const text = filesShown > 0 ? lines.join("\n") : undefined;
  const stats: RepoMapStats = { budgetTokens: budget, tokens: text === undefined ? 0 : estimateMapTokens(text), filesShown, definitionsShown, filesLeftOut: leftOut };
  return { text, stats };
}

function restOfFileNote(left: number): string {
  return `  ... ${left} more definition${left === 1 ? "" : "s"} in this file`;
}

function filesAfterNote(left: number): string | undefined {
  return left > 0 ? `... ${left} more file${left === 1 ? "" : "s"} with definitions not shown (list_files and read_file reach every file)` : undefined;
}
