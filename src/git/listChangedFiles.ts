import { runGit } from "./runGit.js";

/**
 * Files added, modified, renamed or copied on HEAD's branch since it left `baseRef`
 * (diff against the merge base, so commits on the base do not count). Deleted files
 * are left out: they cannot be edited. Paths are repository-relative, sorted.
 */
export async function listChangedFiles(cwd: string, baseRef: string): Promise<string[]> {
  const mergeBase = (await runGit(cwd, ["merge-base", "HEAD", baseRef])).trim();
  const out = await runGit(cwd, ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR", mergeBase, "HEAD", "--"]);
  return out
    .split("\0")
    .filter((p) => p !== "")
    .sort();
}
