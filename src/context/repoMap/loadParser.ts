import { readFile } from "node:fs/promises";
import path from "node:path";
import { Language, Parser } from "web-tree-sitter";
import { grammarFileName, locateGrammarDirectory, TREE_SITTER_RUNTIME_FILE, type GrammarName } from "./grammars.js";

/** Why there is no parser: said in the run's log, never a failure of the run. */
export class GrammarUnavailableError extends Error {
  override readonly name = "GrammarUnavailableError";
}

let runtime: Promise<string> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();

/** Starts the tree-sitter runtime once per process, from the shipped wasm file (never fetched). */
function startRuntime(): Promise<string> {
  runtime ??= (async () => {
    const dir = locateGrammarDirectory();
    if (dir === undefined) throw new GrammarUnavailableError("the tree-sitter grammars (dist/grammars) are missing from this installation");
    const wasmBinary = await readFile(path.join(dir, TREE_SITTER_RUNTIME_FILE));
    await Parser.init({ wasmBinary, locateFile: (file: string) => path.join(dir, file) });
    return dir;
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
      const dir = await startRuntime();
      const bytes = await readFile(path.join(dir, grammarFileName(grammar))).catch(() => {
        throw new GrammarUnavailableError(`the ${grammar} grammar (${grammarFileName(grammar)}) is missing from ${dir}`);
      });
      return Language.load(new Uint8Array(bytes));
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
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
