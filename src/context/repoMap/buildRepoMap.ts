import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Parser } from "web-tree-sitter";
import { ImportResolver } from "../importResolver.js";
import { isInsideDotGit, realRelativePath } from "../repoPaths.js";
import { isSecretLookingPath } from "../secretPaths.js";
import { chooseMapFiles } from "./chooseMapFiles.js";
import { grammarForPath, isCppSource, type GrammarName } from "./grammars.js";
import { LANGUAGE_RULES } from "./languageRules.js";
import { loadParser } from "./loadParser.js";
import { outlineTree } from "./outlineTree.js";
import { mentionedIdentifiers, renderRepoMap, type RepoMapStats } from "./renderRepoMap.js";
import type { FileOutline } from "./syntaxNode.js";

/** The map's default size, in estimated tokens: a few dozen definitions, small next to the files the model reads. */
export const DEFAULT_REPO_MAP_TOKENS = 1024;
/** Files larger than this are not parsed for the map (generated or vendored code, mostly). */
export const MAX_MAP_FILE_BYTES = 256 * 1024;

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
}

/** What the map was, for logs, `--json` and the result. */
export interface RepoMapReport {
  stats: RepoMapStats;
  /** Files parsed. */
  filesParsed: number;
  /** Why there is no map, when a grammar could not be loaded or parsing failed. */
  skipped?: string;
  durationMs: number;
}

export interface RepoMap {
  /** The prompt section; undefined when there is nothing to show or the map was skipped. */
  text: string | undefined;
  report: RepoMapReport;
}

/**
 * The compact repository map of the multi-file prompt: the top-level
 * definitions (and direct members) of the targets and their neighbours,
 * parsed with tree-sitter, within a token budget, those the failure
 * mentions first. Built once per run, so
 * its size does not grow with the iteration count. A file is read only
 * when its real path stays inside the repository and is neither in .git
 * nor secret-looking, as for the model's own reads.
 */
export async function buildRepoMap(input: RepoMapInput): Promise<RepoMap> {
  const startedAt = performance.now();
  if (input.budgetTokens <= 0) return { text: undefined, report: { stats: renderRepoMap([], 0).stats, filesParsed: 0, durationMs: 0 } };
  const repositoryHasCpp = input.repoFiles.some(isCppSource);
  const grammarOf = (file: string): GrammarName | undefined => grammarForPath(file, repositoryHasCpp);
  const sources = new Map<string, string | undefined>();
  const read = (file: string): string | undefined => {
    if (!sources.has(file)) sources.set(file, readMapSource(input.repoDir, file));
    return sources.get(file);
  };
  const resolver = new ImportResolver(input.repoFiles, read);
  const files = chooseMapFiles({
    targets: input.targets,
    repoFiles: input.repoFiles,
    canOutline: (file) => grammarOf(file) !== undefined,
    importsOf: (file) => {
      const content = read(file);
      return content === undefined ? [] : resolver.importsOf(file, content);
    },
  });
  const parsers = new Map<GrammarName, Parser>();
  const outlines: FileOutline[] = [];
  let skipped: string | undefined;
  try {
    for (const file of files) {
      const grammar = grammarOf(file);
      const source = read(file);
      if (grammar === undefined || source === undefined) continue;
      let parser = parsers.get(grammar);
      if (parser === undefined) {
        parser = await loadParser(grammar);
        parsers.set(grammar, parser);
      }
      const tree = parser.parse(source);
      if (tree === null) continue;
      try {
        outlines.push({ path: file, definitions: outlineTree(tree.rootNode, LANGUAGE_RULES[grammar], source) });
      } finally {
        tree.delete();
      }
    }
  } catch (error) {
    // The map helps; it is never a reason for the run to fail.
    skipped = error instanceof Error ? error.message : String(error);
  } finally {
    for (const parser of parsers.values()) parser.delete();
  }
  const rendered = renderRepoMap(skipped === undefined ? outlines : [], input.budgetTokens, mentionedIdentifiers(input.failingOutput ?? ""));
  return {
    text: rendered.text,
    report: {
      stats: rendered.stats,
      filesParsed: outlines.length,
      ...(skipped !== undefined ? { skipped } : {}),
      durationMs: Math.round(performance.now() - startedAt),
    },
  };
}

/** A file's text for the map, or undefined when it may not or need not be read. */
function readMapSource(repoDir: string, relPath: string): string | undefined {
  const real = realRelativePath(repoDir, relPath);
  if (real === undefined || isInsideDotGit(real) || isSecretLookingPath(real)) return undefined;
  try {
    const abs = path.join(repoDir, ...real.split("/"));
    const stat = statSync(abs);
    if (!stat.isFile() || stat.size > MAX_MAP_FILE_BYTES) return undefined;
    const text = readFileSync(abs, "utf8");
    // A NUL byte means a binary file with a source extension.
    return text.includes("\0") ? undefined : text;
  } catch {
    return undefined;
  }
}
