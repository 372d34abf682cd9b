import path from "node:path";
import { relativeInsideRoot } from "./repoContainment.js";

export type NormalizedModelPath = { ok: true; relPath: string } | { ok: false; reason: string };

/**
 * The one reading of a path a model wrote (in a tool call or an edit) as a
 * repository-relative POSIX path: backslashes are separators (models copy
 * Windows paths from logs), an absolute path inside the repository, as given
 * or through its real path, is made relative (models copy them from stack
 * traces), and NUL bytes, empty paths, drive paths on POSIX and anything
 * outside are refused. `relPath` is "" for the repository root; what a
 * caller allows beyond that (root, .git, protected files) is the caller's rule.
 */
export function normalizeModelPath(repoDir: string, requested: string, example: string): NormalizedModelPath {
  const shown = requested.length > 200 ? `${requested.slice(0, 200)}...` : requested;
  if (requested.includes("\0")) return { ok: false, reason: `path '${shown.replace(/\0/g, "\\0")}' contains a NUL byte; ${example}` };
  const cleaned = requested.trim().replace(/\\/g, "/");
  if (cleaned === "") return { ok: false, reason: `the path is empty; ${example}` };
  const outside: NormalizedModelPath = { ok: false, reason: `path '${shown}' is outside the repository; ${example}` };
  const drive = /^[A-Za-z]:\//.test(cleaned);
  // On POSIX a drive path is never inside the repository; path.resolve would read it relative to process.cwd().
  if (drive && path.sep === "/") return outside;
  let rel: string;
  if (path.isAbsolute(cleaned) || drive) {
    const inside = relativeInsideRoot(path.resolve(repoDir), cleaned);
    if (inside === undefined) return outside;
    rel = inside;
  } else {
    rel = path.posix.normalize(cleaned);
  }
  rel = rel.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  if (rel === ".." || rel.startsWith("../")) return outside;
  return { ok: true, relPath: rel === "." ? "" : rel };
}

/** Any segment named .git (any case: case-insensitive file systems open .GIT/config as .git/config). */
export function isInsideDotGit(relPath: string): boolean {
  return relPath.split("/").some((segment) => segment.toLowerCase() === ".git");
}
