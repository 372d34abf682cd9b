import path from "node:path";

// Relative module specifiers in JavaScript/TypeScript (import/export from, require, dynamic import).
const JS_SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
// Python relative imports: "from .x import y", "from ..pkg.mod import y".
const PY_RELATIVE = /^\s*from\s+(\.+)([\w.]*)\s+import\b/gm;

const JS_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js"];

/**
 * Repository files that `file` imports with relative specifiers. A failing
 * test usually names the test file, while the bug sits in the module it
 * imports; following one level of imports puts that module in reach.
 */
export function findImportedFiles(file: string, content: string, repoFiles: ReadonlySet<string>): string[] {
  const dir = path.posix.dirname(file);
  const found = new Set<string>();
  for (const match of content.matchAll(JS_SPECIFIER)) {
    const spec = match[1] ?? "";
    const base = path.posix.normalize(path.posix.join(dir, spec));
    // TypeScript sources import "./x.js" while the file is x.ts.
    const stems = [base, base.replace(/\.(m|c)?js$/, "")];
    for (const stem of stems) {
      const hit = JS_EXTENSIONS.map((ext) => stem + ext).find((candidate) => repoFiles.has(candidate) && candidate !== file);
      if (hit) {
        found.add(hit);
        break;
      }
    }
  }
  for (const match of content.matchAll(PY_RELATIVE)) {
    const dots = (match[1] ?? ".").length;
    let base = dir;
    for (let i = 1; i < dots; i++) base = path.posix.dirname(base);
    const modulePath = (match[2] ?? "").split(".").filter(Boolean).join("/");
    const stem = modulePath ? path.posix.join(base, modulePath) : base;
    for (const candidate of [`${stem}.py`, `${stem}/__init__.py`]) {
      if (repoFiles.has(candidate) && candidate !== file) {
        found.add(candidate);
        break;
      }
    }
  }
  return [...found].sort();
}
