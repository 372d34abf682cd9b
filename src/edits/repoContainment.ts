import { existsSync, lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/** True when `candidate` is `root` or inside it (both absolute, already resolved). */
export function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * `absPath` relative to `root` (POSIX separators) when it is inside the root
 * as given or inside the root's realpath (a path copied from a stack trace
 * may use either); undefined when it is inside neither.
 */
export function relativeInsideRoot(root: string, absPath: string): string | undefined {
  const resolvedRoot = path.resolve(root);
  const abs = path.resolve(absPath);
  let base: string | undefined = isWithin(resolvedRoot, abs) ? resolvedRoot : undefined;
  if (base === undefined) {
    const realRoot = safeRealpath(resolvedRoot);
    if (isWithin(realRoot, abs)) base = realRoot;
  }
  return base === undefined ? undefined : path.relative(base, abs).split(path.sep).join("/");
}

export function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The real path of the deepest part of `absPath` that exists (the file itself, or an ancestor). */
export function realpathOfDeepestExisting(absPath: string): string {
  let current = absPath;
  const missing: string[] = [];
  for (;;) {
    if (existsOrDangling(current)) {
      try {
        return path.join(realpathSync(current), ...missing.reverse());
      } catch {
        // A dangling symlink: where it points cannot be known, so treat it as leaving the repository.
        return path.join(path.sep, "\0dangling-link");
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return absPath;
    missing.push(path.basename(current));
    current = parent;
  }
}

function existsOrDangling(p: string): boolean {
  if (existsSync(p)) return true;
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
