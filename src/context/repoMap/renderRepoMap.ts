import { ESTIMATE_TOKENS_PER_BYTE } from "../../models/costEstimate.js";
import { fenceUntrustedText, sanitiseUntrustedText } from "../../security/fenceUntrustedText.js";
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
  /** The prompt section, heading and fence included; undefined when nothing fits the budget, or no file had definitions. */
  text: string | undefined;
  stats: RepoMapStats;
}

/** The map's label; the lines are repository code, so they go in the prompt fenced as data. */
export const REPO_MAP_LABEL =
  "Repository map (definitions in the targets and the files next to them, as line| first line, at the start of the run)";

/** Tokens a text counts for in the budget: the cost estimate's pessimistic rate, so the map never takes more than it was given. */
export function estimateMapTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, "utf8") * ESTIMATE_TOKENS_PER_BYTE);
}

/**
 * The map as prompt text, files in the order given (best first), each with
 * its definitions in source order, cut to fit `budgetTokens`: a file whose
 * definitions do not all fit says how many are left out, and so does the
 * map for the files after the last one shown. The whole section, fence
 * included, stays within the budget. Pure.
 */
export function renderRepoMap(outlines: readonly FileOutline[], budgetTokens: number): RenderedRepoMap {
  const files = outlines.filter((o) => o.definitions.length > 0);
  const budget = Math.max(0, Math.floor(budgetTokens));
  const lines: string[] = [];
  // The label and fence around no lines; each line then costs its bytes and a newline.
  let used = estimateMapTokens(fenceUntrustedText(REPO_MAP_LABEL, ""));
  const cost = (line: string): number => estimateMapTokens(`\n${line}`);
  const costOf = (line: string | undefined): number => (line === undefined ? 0 : cost(line));
  let filesShown = 0;
  let definitionsShown = 0;
  let index = 0;
  for (; index < files.length; index++) {
    const file = files[index] as FileOutline;
    const width = String(Math.max(...file.definitions.map((d) => d.line))).length;
    const entries = file.definitions.map((d) => `  ${String(d.line).padStart(width, " ")}| ${"  ".repeat(d.depth)}${asMapText(d.signature)}`);
    const header = asMapText(file.path);
    // Room kept for saying how many files are left out, at the most it could be once this file is reached.
    const reserve = costOf(filesAfterNote(files.length - index));
    const headerCost = cost(header);
    let shown = 0;
    for (const [i, entry] of entries.entries()) {
      // After this entry there must be room to say how many of the file's definitions were left out.
      const restNote = i < entries.length - 1 ? cost(restOfFileNote(entries.length - i - 1)) : 0;
      const headerNow = shown === 0 ? headerCost : 0;
      if (used + headerNow + cost(entry) + restNote + reserve > budget) break;
      if (shown === 0) lines.push(header);
      lines.push(entry);
      used += headerNow + cost(entry);
      shown++;
    }
    if (shown === 0) break;
    filesShown++;
    definitionsShown += shown;
    if (shown < entries.length) {
      // Room for this note was kept when the last entry was placed.
      lines.push(restOfFileNote(entries.length - shown));
      index++;
      break;
    }
  }
  const leftOut = files.length - index;
  const note = filesAfterNote(leftOut);
  if (note !== undefined && filesShown > 0) {
    lines.push(note);
  }
  const text = filesShown > 0 ? fenceUntrustedText(REPO_MAP_LABEL, lines.join("\n")) : undefined;
  const stats: RepoMapStats = { budgetTokens: budget, tokens: text === undefined ? 0 : estimateMapTokens(text), filesShown, definitionsShown, filesLeftOut: leftOut };
  return { text, stats };
}

/**
 * A line as the fence will carry it: what sanitising would strip is
 * stripped here, and backtick runs are shortened so the fence keeps its
 * counted length.
 */
function asMapText(text: string): string {
  return sanitiseUntrustedText(text).replace(/`{3,}/g, "``");
}

function restOfFileNote(left: number): string {
  return `  ... ${left} more definition${left === 1 ? "" : "s"} in this file`;
}

function filesAfterNote(left: number): string | undefined {
  return left > 0 ? `... ${left} more file${left === 1 ? "" : "s"} with definitions not shown (list_files and read_file reach every file)` : undefined;
}
