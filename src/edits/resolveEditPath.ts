import { lstatSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { isWithin, realpathOfDeepestExisting, safeRealpath } from "./repoContainment.js";
import { isInsideDotGit, normalizeModelPath } from "./normalizeModelPath.js";

export interface EditPathPolicy {
  /** Extra rule on the repository-relative POSIX path (e.g. "is one of the target files"). */
  allowed?: (relPath: string) => boolean;
  /** Globs (picomatch, dotfiles included) of paths that must never be edited. */
  protectedGlobs?: readonly string[];
}

export type ResolvedEditPath = { ok: true; relPath: string; absPath: string } | { ok: false; reason: string };

const EXAMPLE = "use a path relative to the repository root such as src/app.ts";

/**
 * Turns a path a model wrote into a safe repository-relative path, or says
 * (in words for the model) why it cannot be edited: outside the repository,
 * inside .git, protected, not allowed, or reached through a symlink.
 * Backslashes are read as separators, since models copy Windows paths; an
 * absolute path inside the repository (from a stack trace) is made relative.
 */
export function resolveEditPath(repoDir: string, requested: string, policy: EditPathPolicy = {}): ResolvedEditPath {
  const shown = requested.length > 200 ? `${requested.slice(0, 200)}...` : requested;
  const normalized = normalizeModelPath(repoDir, requested, EXAMPLE);
  if (!normalized.ok) return normalized;
  const root = path.resolve(repoDir);
  const rel = normalized.relPath;
  if (rel === "") return { ok: false, reason: `path '${shown}' is the repository root, not a file; ${EXAMPLE}` };
  if (isInsideDotGit(rel)) {
    return { ok: false, reason: `path '${shown}' is inside .git, which holds git's own data and cannot be edited` };
  }
  for (const glob of policy.protectedGlobs ?? []) {
    if (picomatch(glob, { dot: true })(rel)) {
      return { ok: false, reason: `path '${rel}' is protected (it matches '${glob}') and cannot be edited` };
    }
  }
  if (policy.allowed && !policy.allowed(rel)) {
    return { ok: false, reason: `path '${rel}' is not one of the files you may edit` };
  }

  const absPath = path.join(root, ...rel.split("/"));
  const realRoot = safeRealpath(root);
  if (!isWithin(realRoot, realpathOfDeepestExisting(absPath))) {
    return { ok: false, reason: `path '${rel}' goes through a symbolic link that leads outside the repository, so it cannot be edited` };
  }
  if (isSymlink(absPath)) {
    const target = path.relative(realRoot, safeRealpath(absPath)).split(path.sep).join("/");
    const hint = target !== "" && !target.startsWith("..") && !path.isAbsolute(target) ? ` (${target})` : "";
    return { ok: false, reason: `path '${rel}' is a symbolic link; edit the file it points to${hint} instead` };
  }
  return { ok: true, relPath: rel, absPath };
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
