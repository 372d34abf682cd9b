import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Parser } from "web-tree-sitter";
import { ImportResolver } from "../importResolver.js";
import { checkReadablePath } from "../checkReadablePath.js";
import { looksBinary } from "../searchCode.js";
import { chooseMapFiles } from "./chooseMapFiles.js";
import { grammarForPath, isCppSource, type GrammarName } from "./grammars.js";
import { LANGUAGE_RULES } from "./languageRules.js";
import { discardTreeSitterRuntime, GrammarUnavailableError, loadParser } from "./loadParser.js";
import { outlineTree } from "./outlineTree.js";
import { mentionedIdentifiers, renderRepoMap, usableBudget, type RepoMapStats } from "./renderRepoMap.js";
import type { FileOutline } from "./syntaxNode.js";

/** The map's default size, in estimated tokens: a few dozen definitions, small next to the files the model reads. */
export const DEFAULT_REPO_MAP_TOKENS = 1024;
/** Files larger than this are not parsed for the map (generated or vendored code, mostly). */
export const MAX_MAP_FILE_BYTES = 256 * 1024;
/** One file's parse is cancelled after this long: pathological input makes some grammars slow. */
export const MAX_PARSE_MS_PER_FILE = 250;
/** No file is parsed once the map has taken this long; what was parsed is shown. */
export const MAX_MAP_MS = 1500;
/** After this many wasm traps the map gives up: each costs a fresh runtime. */
const MAX_PARSER_CRASHES = 2;

export interface RepoMapInput {
  repoDir: string;
  /** Tracked (or, outside git, listed) repository files. */
  repoFiles: readonly string[];
  /** The initial targets, best first. */
  targets: readonly string[];
  /** Estimated tokens the map may take in the prompt; 0 or less: no map. */
  budgetTokens: number;
  /** The failing output: definitions whose names it mentions are shown first. */
  failingOutput?: string;
  /** The resolver target selection used over the same files, so the repository is indexed once. */
  importResolver?: ImportResolver;
  /** Time limits; the defaults are MAX_PARSE_MS_PER_FILE and MAX_MAP_MS. */
  limits?: { parseMsPerFile?: number; mapMs?: number };
}

/** What the map was, for logs, `--json` and the result. */
export interface RepoMapReport {
  stats: RepoMapStats;
  /** Files parsed. */
  filesParsed: number;
  /** Files whose parse was cancelled (too slow) or crashed the parser, and files not reached before the map's time ran out. */
  filesNotParsed: number;
  /** Why there is no map, when a grammar could not be loaded or parsing failed. */
  skipped?: string;
  durationMs: number;
}

export interface RepoMap {
  /** The prompt section; undefined when there is nothing to show or the map was skipped. */
  text: string | undefined;
  report: RepoMapReport;
}

/** No map, and why: for a caller that could not even list the files. */
export function skippedRepoMap(reason: string, budgetTokens: number): RepoMap {
  return { text: undefined, report: { stats: renderRepoMap([], budgetTokens).stats, filesParsed: 0, filesNotParsed: 0, skipped: reason, durationMs: 0 } };
}

/**
 * The compact repository map of the multi-file prompt: the top-level
 * definitions (and direct members) of the targets and their neighbours,
 * parsed with tree-sitter, within a token budget, those the failure
 * mentions first. Built once per run, so its size does not grow with the
 * iteration count. Files are read by the rule of the model's own reads
 * (readMapSource).
 */
export async function buildRepoMap(input: RepoMapInput): Promise<RepoMap> {
  const startedAt = performance.now();
  const budget = usableBudget(input.budgetTokens);
  const finish = (outlines: readonly FileOutline[], filesNotParsed: number, skipped?: string): RepoMap => {
    // A skipped map is not half shown: the prompt has none, as the log says.
    const rendered = renderRepoMap(skipped === undefined ? outlines : [], budget, mentionedIdentifiers(input.failingOutput ?? ""));
    return {
      text: rendered.text,
      report: { stats: rendered.stats, filesParsed: outlines.length, filesNotParsed, ...(skipped !== undefined ? { skipped } : {}), durationMs: Math.round(performance.now() - startedAt) },
    };
  };
  if (budget <= 0) return finish([], 0);
  try {
    const files = chooseFiles(input);
    const parsed = await parseOutlines(files.list, files.grammarOf, files.read, { startedAt, parseMsPerFile: input.limits?.parseMsPerFile ?? MAX_PARSE_MS_PER_FILE, mapMs: input.limits?.mapMs ?? MAX_MAP_MS });
    return finish(parsed.outlines, parsed.notParsed, parsed.skipped);
  } catch (error) {
    // The map helps; it is never a reason for the run to fail.
    return finish([], 0, error instanceof Error ? error.message : String(error));
  }
}

function chooseFiles(input: RepoMapInput): { list: string[]; grammarOf: (file: string) => GrammarName | undefined; read: (file: string) => string | undefined } {
  const repositoryHasCpp = input.repoFiles.some(isCppSource);
  const grammarOf = (file: string): GrammarName | undefined => grammarForPath(file, repositoryHasCpp);
  const sources = new Map<string, string | undefined>();
  const listed = new Set(input.repoFiles);
  const read = (file: string): string | undefined => {
    if (!sources.has(file)) sources.set(file, readMapSource(input.repoDir, file, listed));
    return sources.get(file);
  };
  // The resolver reads only layout files (pyproject.toml, tsconfig.json, package.json) itself; sources come from `read`.
  const resolver = input.importResolver ?? new ImportResolver(input.repoFiles, read);
  const list = chooseMapFiles({
    targets: input.targets,
    repoFiles: input.repoFiles,
    canOutline: (file) => grammarOf(file) !== undefined,
    importsOf: (file) => {
      const content = read(file);
      return content === undefined ? [] : resolver.importsOf(file, content);
    },
  });
  return { list, grammarOf, read };
}

/**
 * Parses each file within its own deadline and the map's; a file that
 * crashes the parser (a wasm trap) is left out and the runtime replaced.
 */
async function parseOutlines(
  files: readonly string[],
  grammarOf: (file: string) => GrammarName | undefined,
  read: (file: string) => string | undefined,
  time: { startedAt: number; parseMsPerFile: number; mapMs: number },
): Promise<{ outlines: FileOutline[]; notParsed: number; skipped?: string }> {
  const parsers = new Map<GrammarName, Parser>();
  const outlines: FileOutline[] = [];
  let notParsed = 0;
  let crashes = 0;
  const releaseParsers = (): void => {
    for (const parser of parsers.values()) {
      try {
        // delete() unregisters the parser's finalizer before it frees anything.
        parser.delete();
      } catch {
        // A runtime that failed: its memory goes with it.
      }
    }
    parsers.clear();
  };
  try {
    for (const [index, file] of files.entries()) {
      if (performance.now() - time.startedAt > time.mapMs) {
        notParsed += files.length - index;
        break;
      }
      const grammar = grammarOf(file);
      const source = read(file);
      if (grammar === undefined || source === undefined) continue;
      try {
        let parser = parsers.get(grammar);
        if (parser === undefined) {
          parser = await loadParser(grammar);
          parsers.set(grammar, parser);
        }
        const deadline = performance.now() + time.parseMsPerFile;
        // Returning true cancels the parse; parse then returns null.
        const tree = parser.parse(source, null, { progressCallback: () => performance.now() > deadline });
        if (tree === null) {
          // A cancelled parse would otherwise be resumed by the next file's.
          parser.reset();
          notParsed++;
          continue;
        }
        try {
          outlines.push({ path: file, definitions: outlineTree(tree.rootNode, LANGUAGE_RULES[grammar], source) });
        } finally {
          tree.delete();
        }
      } catch (error) {
        if (error instanceof GrammarUnavailableError) return { outlines, notParsed: notParsed + files.length - index, skipped: error.message };
        // A trap inside the wasm: this runtime is not used again. Its parsers are still deleted, which
        // may throw, so that no finalizer calls into the broken runtime later, outside any catch.
        notParsed++;
        crashes++;
        releaseParsers();
        discardTreeSitterRuntime();
        if (crashes >= MAX_PARSER_CRASHES) return { outlines, notParsed: notParsed + files.length - index - 1, skipped: `the parser failed on ${crashes} files (the last: ${file})` };
      }
    }
  } finally {
    releaseParsers();
  }
  return { outlines, notParsed };
}

/**
 * A file's text for the map, or undefined when it may not or need not be
 * read: the model's reading rule (checkReadablePath), and the real file must
 * be listed (tracked, or new and not ignored), as for read_file.
 */
function readMapSource(repoDir: string, relPath: string, listed: ReadonlySet<string>): string | undefined {
  const where = checkReadablePath(repoDir, relPath);
  if (!where.ok || !listed.has(where.realRelPath)) return undefined;
  try {
    const abs = path.join(repoDir, ...where.realRelPath.split("/"));
    const stat = statSync(abs);
    if (!stat.isFile() || stat.size > MAX_MAP_FILE_BYTES) return undefined;
    const bytes = readFileSync(abs);
    return looksBinary(bytes) ? undefined : bytes.toString("utf8");
  } catch {
    return undefined;
  }
}
