import { existsSync, lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/** True when `candidate` is `root` or inside it (both absolute, already resolved). */
export function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
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
