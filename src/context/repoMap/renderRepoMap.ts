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

/** A budget as the map uses it: whole tokens, and one that is not a number (NaN from a caller's arithmetic) is none, not an unbounded one. */
export function usableBudget(budgetTokens: number): number {
  return Number.isFinite(budgetTokens) ? Math.max(0, Math.floor(budgetTokens)) : 0;
}

/** Tokens a text counts for in the budget: the cost estimate's pessimistic rate, so the map never takes more than it was given. */
export function estimateMapTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, "utf8") * ESTIMATE_TOKENS_PER_BYTE);
}

/** A definition as a line of the map, with what decides whether it is shown. */
interface Entry {
  file: number;
  /** Position in the file's outline (source order). */
  index: number;
  line: string;
  cost: number;
  depth: number;
  /** The enclosing definition's index, for a member. */
  parent?: number;
  mentioned: boolean;
}

/**
 * The map as prompt text, within `budgetTokens` (the whole section, fence
 * included). Which definitions are shown: first those whose names the
 * failing output mentions (with the class or impl they belong to), then
 * the top-level definitions in turns, one per file per turn in the files'
 * order, so one large file cannot crowd out the rest; then members the same
 * way. Files are listed in the order given, definitions in source order; a
 * file shown in part says how many of its definitions were left out, and
 * the map says how many files it left out. Pure.
 */
export function renderRepoMap(outlines: readonly FileOutline[], budgetTokens: number, mentioned: ReadonlySet<string> = new Set()): RenderedRepoMap {
  const files = outlines.filter((o) => o.definitions.length > 0);
  const budget = usableBudget(budgetTokens);
  const cost = (line: string): number => estimateMapTokens(`\n${line}`);
  const headers = files.map((f) => asMapText(f.path));
  const entries = files.map((file, f) => outlineEntries(file, f, mentioned, cost));

  // The section's cost is kept exact as entries are taken: its wrapper, each shown file's header,
  // entries and "more in this file" note, and the note on files left out.
  const taken = files.map(() => new Set<number>());
  const entriesCost = files.map(() => 0);
  const fileCost = (f: number, shown: number, shownCost: number): number => {
    const total = entries[f]?.length ?? 0;
    if (shown === 0) return 0;
    return cost(headers[f] ?? "") + shownCost + (shown < total ? cost(restOfFileNote(total - shown)) : 0);
  };
  const filesNoteCost = (unshown: number): number => {
    const note = filesAfterNote(unshown);
    return note === undefined ? 0 : cost(note);
  };
  let unshown = files.length;
  let used = estimateMapTokens(fenceUntrustedText(REPO_MAP_LABEL, "")) + filesNoteCost(unshown);

  /** Takes the entries (of one file) if the section still fits; all or none. */
  const take = (group: readonly Entry[]): void => {
    const fresh = group.filter((e) => !taken[e.file]?.has(e.index));
    if (fresh.length === 0) return;
    const f = fresh[0]?.file ?? 0;
    const shownBefore = taken[f]?.size ?? 0;
    const before = fileCost(f, shownBefore, entriesCost[f] ?? 0);
    const addedCost = fresh.reduce((sum, e) => sum + e.cost, 0);
    const after = fileCost(f, shownBefore + fresh.length, (entriesCost[f] ?? 0) + addedCost);
    const unshownAfter = shownBefore === 0 ? unshown - 1 : unshown;
    const next = used - before + after - filesNoteCost(unshown) + filesNoteCost(unshownAfter);
    if (next > budget) return;
    for (const e of fresh) taken[f]?.add(e.index);
    entriesCost[f] = (entriesCost[f] ?? 0) + addedCost;
    unshown = unshownAfter;
    used = next;
  };
  const withParent = (e: Entry): Entry[] => {
    const parent = e.parent === undefined ? undefined : entries[e.file]?.[e.parent];
    return parent ? [parent, e] : [e];
  };

  for (const e of entries.flat()) if (e.mentioned) take(withParent(e));
  for (const depth of [0, 1]) {
    const queues = entries.map((list) => list.filter((e) => e.depth === depth));
    const longest = Math.max(0, ...queues.map((q) => q.length));
    for (let turn = 0; turn < longest; turn++) {
      for (const queue of queues) {
        const e = queue[turn];
        if (e !== undefined) take(withParent(e));
      }
    }
  }

  const lines: string[] = [];
  let filesShown = 0;
  let definitionsShown = 0;
  for (const [f, list] of entries.entries()) {
    const shown = list.filter((e) => taken[f]?.has(e.index));
    if (shown.length === 0) continue;
    filesShown++;
    definitionsShown += shown.length;
    lines.push(headers[f] ?? "", ...shown.map((e) => e.line));
    if (shown.length < list.length) lines.push(restOfFileNote(list.length - shown.length));
  }
  const leftOut = files.length - filesShown;
  const note = filesAfterNote(leftOut);
  if (note !== undefined && filesShown > 0) lines.push(note);
  const text = filesShown > 0 ? fenceUntrustedText(REPO_MAP_LABEL, lines.join("\n")) : undefined;
  const stats: RepoMapStats = { budgetTokens: budget, tokens: text === undefined ? 0 : estimateMapTokens(text), filesShown, definitionsShown, filesLeftOut: leftOut };
  return { text, stats };
}

function outlineEntries(file: FileOutline, f: number, mentioned: ReadonlySet<string>, cost: (line: string) => number): Entry[] {
  const width = String(Math.max(...file.definitions.map((d) => d.line))).length;
  let parent: number | undefined;
  return file.definitions.map((d, index) => {
    if (d.depth === 0) parent = index;
    const line = `  ${String(d.line).padStart(width, " ")}| ${"  ".repeat(d.depth)}${asMapText(d.signature)}`;
    // `Money::add` is mentioned as `add`.
    const shortName = d.name.slice(d.name.lastIndexOf(":") + 1);
    return { file: f, index, line, cost: cost(line), depth: d.depth, ...(d.depth > 0 && parent !== undefined ? { parent } : {}), mentioned: mentioned.has(shortName) };
  });
}

/** The identifiers a text mentions (a failing output, say), for the map to show their definitions first. */
export function mentionedIdentifiers(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []);
}

/**
 * A line as the fence will carry it: what sanitising would strip is
 * stripped here, control characters are escaped, and backtick runs are
 * shortened so the fence keeps its counted length.
 */
function asMapText(text: string): string {
  // Control characters (a newline in a file name, say) would start lines of their own: shown escaped.
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return sanitiseUntrustedText(visible).replace(/`{3,}/g, "``");
}

function restOfFileNote(left: number): string {
  return `  ... ${left} more definition${left === 1 ? "" : "s"} in this file`;
}

function filesAfterNote(left: number): string | undefined {
  return left > 0 ? `... ${left} more file${left === 1 ? "" : "s"} with definitions not shown (list_files and read_file reach every file)` : undefined;
}
