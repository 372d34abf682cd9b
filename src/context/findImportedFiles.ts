import { ImportResolver } from "./importResolver.js";

/**
 * Repository files that `file` imports (one level). A failing test usually
 * names the test file, while the bug sits in a module it imports. Kept for
 * callers that have only the file list; selectTargetFiles uses an
 * ImportResolver that also reads the repository's configuration (Python
 * roots, workspaces, tsconfig paths, Go modules, Rust crates) and follows
 * imports transitively.
 */
export function findImportedFiles(file: string, content: string, repoFiles: ReadonlySet<string>): string[] {
  return new ImportResolver([...repoFiles]).importsOf(file, content).sort();
}
