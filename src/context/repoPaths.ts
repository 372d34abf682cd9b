import { realpathSync } from "node:fs";
import path from "node:path";
import { isInsideDotGit, normalizeModelPath } from "../edits/normalizeModelPath.js";
import { safeRealpath } from "../edits/repoContainment.js";

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
  const normalized = normalizeModelPath(repoDir, requested, EXAMPLE);
  if (!normalized.ok) return normalized;
  const rel = normalized.relPath;
  if (rel === "") return { ok: false, reason: `path '${shown}' is the repository root, not a file; use list_files to see the files` };
  if (isInsideDotGit(rel)) return { ok: false, reason: `path '${shown}' is inside .git/, git's own data, which compile-loop never reads or edits` };
  return { ok: true, relPath: rel };
}

export { isInsideDotGit };

/**
 * Where a repository-relative path really is: its real path relative to the
 * repository's real path, or undefined when a symbolic link on the way leads
 * outside. A missing file is resolved through its deepest existing ancestor.
 */
export function realRelativePath(repoDir: string, relPath: string): string | undefined {
  const realRoot = safeRealpath(path.resolve(repoDir));
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
