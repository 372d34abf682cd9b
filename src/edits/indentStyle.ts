import { isBlank, leadingWhitespace } from "./lineKeys.js";

type IndentStyle = "tab" | "space";

// Spaces per level when neither the matched lines nor any indentation step says.
const DEFAULT_SPACES_PER_LEVEL = 4;

interface Level {
  level: number;
  /** Columns beyond whole levels (alignment), kept as spaces. */
  extra: number;
}

/**
 * REPLACE re-indented in the style of the lines it replaces, when the model
 * indented with the other character (spaces where the file has tabs, or
 * tabs where it has spaces); undefined when the styles agree or either side
 * has no indentation. Levels are mapped, not characters, so nothing is left
 * half tabs, half spaces: how many spaces make a level comes from the
 * matched lines (how the spaces grow with the tabs), else from the most
 * common indentation step of the space side, else 4. The level offset is the
 * one most matched lines show. Blank REPLACE lines become empty.
 */
export function convertIndentStyle(
  fileLines: readonly string[],
  start: number,
  searchLines: readonly string[],
  replaceLines: readonly string[],
): string[] | undefined {
  const region = fileLines.slice(start, start + searchLines.length);
  // The region decides, so an edit inside an already mixed file follows the lines around it.
  const fileStyle = styleOf(region) ?? styleOf(fileLines);
  const modelLines = [...searchLines, ...replaceLines];
  const modelStyle = styleOf(modelLines);
  if (fileStyle === undefined || modelStyle === undefined || fileStyle === modelStyle) return undefined;

  const pairs: { file: string; model: string }[] = [];
  searchLines.forEach((line, j) => {
    const fileLine = region[j] ?? "";
    if (!isBlank(line) && !isBlank(fileLine)) pairs.push({ file: leadingWhitespace(fileLine), model: leadingWhitespace(line) });
  });
  const spacesOnFileSide = fileStyle === "space";
  const width =
    widthFromPairs(pairs.map((p) => (spacesOnFileSide ? { tabs: p.model, spaces: p.file } : { tabs: p.file, spaces: p.model }))) ??
    commonStep(spacesOnFileSide ? fileLines : modelLines) ??
    DEFAULT_SPACES_PER_LEVEL;

  const offset = mostCommon(pairs.map((p) => levelOf(p.file, fileStyle, width).level - levelOf(p.model, modelStyle, width).level)) ?? 0;
  return replaceLines.map((line) => {
    if (isBlank(line)) return "";
    const lead = leadingWhitespace(line);
    const { level, extra } = levelOf(lead, modelStyle, width);
    return render(Math.max(0, level + offset), extra, fileStyle, width) + line.slice(lead.length);
  });
}

/** "tab" or "space" by what most indented lines start with; undefined when none is indented or it is a tie. */
function styleOf(lines: readonly string[]): IndentStyle | undefined {
  let tabs = 0;
  let spaces = 0;
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if (first !== 9 && first !== 32) continue;
    if (isBlank(line)) continue;
    if (first === 9) tabs++;
    else spaces++;
  }
  if (tabs === spaces) return undefined;
  return tabs > spaces ? "tab" : "space";
}

function levelOf(indent: string, style: IndentStyle, width: number): Level {
  if (style === "tab") {
    let tabs = 0;
    while (indent.charCodeAt(tabs) === 9) tabs++;
    return { level: tabs, extra: indent.length - tabs };
  }
  // A stray tab on the space side counts as one level.
  let columns = 0;
  for (const ch of indent) columns += ch === "\t" ? width : 1;
  return { level: Math.floor(columns / width), extra: columns % width };
}

function render(level: number, extra: number, style: IndentStyle, width: number): string {
  return style === "tab" ? "\t".repeat(level) + " ".repeat(extra) : " ".repeat(level * width + extra);
}

/** Spaces per tab level from matched lines at different depths: (spaces at the deepest - at the shallowest) / (tab difference). */
function widthFromPairs(pairs: readonly { tabs: string; spaces: string }[]): number | undefined {
  let low: { t: number; s: number } | undefined;
  let high: { t: number; s: number } | undefined;
  for (const pair of pairs) {
    const t = levelOf(pair.tabs, "tab", 1).level;
    const s = pair.spaces.length;
    if (low === undefined || t < low.t) low = { t, s };
    if (high === undefined || t > high.t) high = { t, s };
  }
  if (low === undefined || high === undefined || high.t === low.t) return undefined;
  const width = (high.s - low.s) / (high.t - low.t);
  return Number.isInteger(width) && width > 0 ? width : undefined;
}

/** The most common increase in leading spaces from one non-blank line to the next. */
function commonStep(lines: readonly string[]): number | undefined {
  const steps: number[] = [];
  let previous: number | undefined;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const lead = leadingWhitespace(line);
    if (lead.includes("\t")) {
      previous = undefined;
      continue;
    }
    if (previous !== undefined && lead.length > previous) steps.push(lead.length - previous);
    previous = lead.length;
  }
  return mostCommon(steps);
}

/** The most frequent value, the first seen on a tie; undefined for none. */
function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
