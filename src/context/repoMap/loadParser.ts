import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as WebTreeSitter from "web-tree-sitter";
import type { Language, Parser } from "web-tree-sitter";
import { grammarFileName, locateGrammarDirectory, TREE_SITTER_RUNTIME_FILE, TREE_SITTER_RUNTIME_MODULE, type GrammarName } from "./grammars.js";

type TreeSitter = typeof WebTreeSitter;

/** Why there is no parser: said in the run's log, never a failure of the run. */
export class GrammarUnavailableError extends Error {
  override readonly name = "GrammarUnavailableError";
}

interface Runtime {
  dir: string;
  treeSitter: TreeSitter;
}

let runtime: Promise<Runtime> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();
/** Bumped when a runtime is discarded, so the next start imports a fresh instance of the module. */
let generation = 0;
/** Instances one process may load: a discarded one stays in Node's module cache, with its memory. */
const MAX_RUNTIME_INSTANCES = 4;

/**
 * Throws the runtime away after a wasm trap (some inputs overflow a
 * grammar's stack): its memory is in an unknown state, so parsers and
 * languages of it are never used again, and the next parser comes from a
 * new instance of the module.
 */
export function discardTreeSitterRuntime(): void {
  runtime = undefined;
  languages.clear();
  generation++;
}

/**
 * Starts the tree-sitter runtime once per process: its module and wasm
 * from the shipped grammar folder (never fetched). The module is imported
 * from disk at run time rather than bundled (see scripts/copy-grammars).
 */
function startRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    if (generation >= MAX_RUNTIME_INSTANCES) throw new GrammarUnavailableError(`the parser failed ${generation} times in this process; the repository map is off until it restarts`);
    const dir = locateGrammarDirectory();
    if (dir === undefined) throw new GrammarUnavailableError("the tree-sitter grammars (dist/grammars) are missing from this installation");
    const base = pathToFileURL(path.join(dir, TREE_SITTER_RUNTIME_MODULE)).href;
    // The module keeps its wasm instance in module state: a new URL is a new instance.
    const moduleUrl = generation === 0 ? base : `${base}?instance=${generation}`;
    const treeSitter = (await import(/* webpackIgnore: true */ moduleUrl)) as TreeSitter;
    const wasmBinary = await readFile(path.join(dir, TREE_SITTER_RUNTIME_FILE));
    await treeSitter.Parser.init({ wasmBinary, locateFile: (file: string) => path.join(dir, file) });
    return { dir, treeSitter };
  })();
  // A failed start is not cached: the next run tries again.
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

function loadLanguage(grammar: GrammarName): Promise<Language> {
  let loading = languages.get(grammar);
  if (loading === undefined) {
    loading = (async () => {
      const { dir, treeSitter } = await startRuntime();
      const bytes = await readFile(path.join(dir, grammarFileName(grammar))).catch(() => {
        throw new GrammarUnavailableError(`the ${grammar} grammar (${grammarFileName(grammar)}) is missing from ${dir}`);
      });
      return treeSitter.Language.load(new Uint8Array(bytes));
    })();
    languages.set(grammar, loading);
    loading.catch(() => languages.delete(grammar));
  }
  return loading;
}

/**
 * A parser for one grammar. Grammars are compiled once per process and
 * shared; the parser is the caller's, to `delete()` when done (tree-sitter
 * memory lives in the wasm heap, not in JavaScript's).
 */
export async function loadParser(grammar: GrammarName): Promise<Parser> {
  const language = await loadLanguage(grammar);
  const { treeSitter } = await startRuntime();
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  return parser;
}
