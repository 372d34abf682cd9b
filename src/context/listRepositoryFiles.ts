import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { runGit } from "../git/runGit.js";

const SKIPPED_DIRS = new Set([".git", "node_modules", ".tools", "dist", "build", "target", "__pycache__", ".venv", "vendor"]);
const MAX_WALKED_FILES = 50_000;

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

/** The branch's upstream, else the remote's default branch, else undefined. */
export async function findBaseRef(repoDir: string): Promise<string | undefined> {
  const attempts: string[][] = [
    ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"],
    ["symbolic-ref", "--short", "refs/remotes/origin/HEAD"],
  ];
  for (const args of attempts) {
    try {
      const ref = (await runGit(repoDir, args)).trim();
      if (ref) return ref;
    } catch {
      // No upstream / no origin HEAD: try the next.
    }
  }
  for (const candidate of ["origin/main", "origin/master"]) {
    try {
      await runGit(repoDir, ["rev-parse", "--verify", "--quiet", candidate]);
      return candidate;
    } catch {
      // Not there.
    }
  }
  return undefined;
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
