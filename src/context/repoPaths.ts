import { realpathSync } from "node:fs";
import path from "node:path";

/** A path the model wrote, made repository-relative, or the reason it cannot be (in words for the model). */
export type RequestedPath = { ok: true; relPath: string } | { ok: false; reason: string };

const EXAMPLE = "paths are relative to the repository root, for example src/app.ts";

/**
 * Turns a path from a tool call or an edit into a repository-relative POSIX
 * path. Models copy absolute paths from stack traces and Windows paths from
 * logs, so both are accepted when they point inside the repository (as given
 * or through its real path); `..`, NUL bytes and `.git` are refused here,
 * before anything touches the disk.
 */
export function toRequestedRepoPath(repoDir: string, requested: string): RequestedPath {
  const shown = requested.length > 200 ? `${requested.slice(0, 200)}...` : requested;
  if (requested.includes("\0")) return { ok: false, reason: `path '${shown.replace(/\0/g, "\\0")}' contains a NUL byte; ${EXAMPLE}` };
  const cleaned = requested.trim().replace(/\\/g, "/");
  if (cleaned === "") return { ok: false, reason: `the path is empty; ${EXAMPLE}` };
  let rel: string;
  const drive = /^[A-Za-z]:\//.test(cleaned);
  if (drive && path.sep === "/") return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
  if (path.isAbsolute(cleaned) || drive) {
    const inside = insideRoot(repoDir, cleaned);
    if (inside === undefined) return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
    rel = inside;
  } else {
    rel = path.posix.normalize(cleaned);
  }
  rel = rel.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  if (rel === ".." || rel.startsWith("../")) return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
  if (rel === "" || rel === ".") return { ok: false, reason: `path '${shown}' is the repository root, not a file; use list_files to see the files` };
  if (isInsideDotGit(rel)) return { ok: false, reason: `path '${shown}' is inside .git/, git's own data, which compile-loop never reads or edits` };
  return { ok: true, relPath: rel };
}

/** Any segment named .git (any case: case-insensitive file systems open .GIT/config as .git/config). */
export function isInsideDotGit(relPath: string): boolean {
  return relPath.split("/").some((segment) => segment.toLowerCase() === ".git");
}

/** `abs` relative to `root` when inside it as given or inside its real path; undefined otherwise. */
function insideRoot(root: string, abs: string): string | undefined {
  const resolved = path.resolve(abs);
  for (const base of [path.resolve(root), realpathOr(path.resolve(root))]) {
    const rel = path.relative(base, resolved);
    if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) return rel.split(path.sep).join("/");
  }
  return undefined;
}

export function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Where a repository-relative path really is: its real path relative to the
 * repository's real path, or undefined when a symbolic link on the way leads
 * outside. A missing file is resolved through its deepest existing ancestor.
 */
export function realRelativePath(repoDir: string, relPath: string): string | undefined {
  const realRoot = realpathOr(path.resolve(repoDir));
  let probe = path.join(path.resolve(repoDir), ...relPath.split("/"));
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(probe);
      const full = path.join(real, ...rest);
      const rel = path.relative(realRoot, full);
      if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
      return rel.split(path.sep).join("/");
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return undefined;
      rest.unshift(path.basename(probe));
      probe = parent;
    }
  }
}
