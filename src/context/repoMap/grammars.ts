import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The tree-sitter grammars compile-loop ships (dist/grammars/tree-sitter-<name>.wasm). */
export type GrammarName = "python" | "javascript" | "typescript" | "tsx" | "rust" | "java" | "c" | "cpp" | "go";

export const GRAMMAR_NAMES: readonly GrammarName[] = ["python", "javascript", "typescript", "tsx", "rust", "java", "c", "cpp", "go"];

/** The runtime's own wasm module and its JavaScript, loaded once before any grammar. */
export const TREE_SITTER_RUNTIME_FILE = "web-tree-sitter.wasm";
export const TREE_SITTER_RUNTIME_MODULE = "web-tree-sitter.js";

export function grammarFileName(grammar: GrammarName): string {
  return `tree-sitter-${grammar}.wasm`;
}

const BY_EXTENSION: Readonly<Record<string, GrammarName>> = {
  ".py": "python",
  ".pyi": "python",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".rs": "rust",
  ".java": "java",
  ".c": "c",
  ".cc": "cpp",
  ".cpp": "cpp",
  ".cxx": "cpp",
  ".hpp": "cpp",
  ".hh": "cpp",
  ".hxx": "cpp",
  ".go": "go",
};

/**
 * The grammar a file is parsed with, or undefined when none is shipped.
 * A `.h` header is C unless the repository has C++ sources: the extension
 * is shared, and the C grammar misreads classes and namespaces.
 */
export function grammarForPath(relPath: string, repositoryHasCpp: boolean): GrammarName | undefined {
  const ext = path.posix.extname(relPath).toLowerCase();
  if (ext === ".h") return repositoryHasCpp ? "cpp" : "c";
  return BY_EXTENSION[ext];
}

export function isCppSource(relPath: string): boolean {
  return BY_EXTENSION[path.posix.extname(relPath).toLowerCase()] === "cpp";
}

/**
 * Where the grammar files are: `grammars/` next to the bundle (dist/ and
 * dist/cli/ share dist/grammars), or the package's dist/grammars when
 * running from build/ or the sources. Undefined when none is found.
 */
export function locateGrammarDirectory(fromFile: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = path.dirname(fromFile);
  for (let level = 0; level < 5; level++) {
    for (const candidate of [path.join(dir, "grammars"), path.join(dir, "dist", "grammars")]) {
      if (existsSync(path.join(candidate, TREE_SITTER_RUNTIME_FILE))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
