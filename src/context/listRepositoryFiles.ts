import { listChangedFiles } from "../git/listChangedFiles.js";
import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { runGit } from "../git/runGit.js";

/** Folders a walk outside git skips: dependencies, build output and caches, which git repositories ignore too. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([".git", "node_modules", ".tools", "dist", "build", "target", "__pycache__", ".venv", "vendor"]);
export const MAX_WALKED_FILES = 50_000;

/** Repository-relative POSIX paths: git's tracked and untracked-but-not-ignored files, or a directory walk outside git. */
export async function listRepositoryFiles(repoDir: string, isGitRepo: boolean): Promise<string[]> {
  if (isGitRepo) {
    const out = await runGit(repoDir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
    return [...new Set(out.split("\0").filter((p) => p !== ""))].sort();
  }
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (files.length >= MAX_WALKED_FILES) return;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) await walk(path.join(dir, entry.name));
      else if (entry.isFile()) files.push(path.relative(repoDir, path.join(dir, entry.name)).split(path.sep).join("/"));
    }
  };
  await walk(repoDir);
  return files.sort();
}

/**
 * What the branch is compared with to find its changes: the repository's
 * default branch, as a reviewer would (`origin/HEAD`, then `origin/main`,
 * `origin/master`, then a local `main` / `master`), and only when there is
 * none, the branch's upstream. The upstream alone misses the usual cases:
 * after `git push -u` or `gh pr checkout` it is the same branch (no diff),
 * and with no remote there is none. Callers diff against the merge base
 * with HEAD, so commits made on the base since do not count.
 */
export async function findBaseRef(repoDir: string): Promise<string | undefined> {
  const verify = async (ref: string): Promise<boolean> =>
    runGit(repoDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(
      () => true,
      () => false,
    );
  try {
    const originHead = (await runGit(repoDir, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"])).trim();
    if (originHead && (await verify(originHead))) return originHead;
  } catch {
    // No origin/HEAD (a clone made by `git init` + `git remote add`, or no remote): try the usual names.
  }
  for (const candidate of ["refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master"]) {
    if (await verify(candidate)) return candidate.replace(/^refs\/(remotes|heads)\//, "");
  }
  try {
    const upstream = (await runGit(repoDir, ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"])).trim();
    if (upstream) return upstream;
  } catch {
    // No upstream either: nothing to compare with.
  }
  return undefined;
}

/** Files the branch changed since it left its base (see findBaseRef), or [] when there is no base or HEAD is the base. */
export async function listBranchChanges(repoDir: string): Promise<string[]> {
  const base = await findBaseRef(repoDir);
  if (!base) return [];
  try {
    return await listChangedFiles(repoDir, base);
  } catch {
    // No common history (an orphan branch) or no HEAD yet.
    return [];
  }
}

/** Files larger than this are not read to follow their imports. */
const MAX_IMPORT_SCAN_BYTES = 512 * 1024;

/** A reader for target selection: a repository file's text, or undefined when missing or too large. */
export function readRepoFileSync(repoDir: string): (relPath: string) => string | undefined {
  return (relPath) => {
    try {
      const abs = path.join(repoDir, relPath);
      if (statSync(abs).size > MAX_IMPORT_SCAN_BYTES) return undefined;
      return readFileSync(abs, "utf8");
    } catch {
      return undefined;
    }
  };
}
