import { lstatSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { isWithin, realpathOfDeepestExisting, relativeInsideRoot, safeRealpath } from "./repoContainment.js";

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
  if (requested.includes("\0")) return { ok: false, reason: `path '${shown.replace(/\0/g, "\\0")}' contains a NUL byte; ${EXAMPLE}` };
  const cleaned = requested.trim().replace(/\\/g, "/");
  if (cleaned === "") return { ok: false, reason: `the path is empty; ${EXAMPLE}` };

  const root = path.resolve(repoDir);
  let rel: string;
  const drive = /^[A-Za-z]:\//.test(cleaned);
  // On POSIX a drive path is never inside the repository; path.resolve would read it relative to process.cwd().
  if (drive && path.sep === "/") return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
  if (path.isAbsolute(cleaned) || drive) {
    const inside = relativeInsideRoot(root, cleaned);
    if (inside === undefined) return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
    rel = inside;
  } else {
    rel = path.posix.normalize(cleaned);
  }
  rel = rel.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  if (rel === ".." || rel.startsWith("../")) return { ok: false, reason: `path '${shown}' is outside the repository; ${EXAMPLE}` };
  if (rel === "" || rel === ".") return { ok: false, reason: `path '${shown}' is the repository root, not a file; ${EXAMPLE}` };
  if (rel.split("/").some((segment) => segment.toLowerCase() === ".git")) {
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
