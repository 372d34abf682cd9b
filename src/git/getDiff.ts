import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runGit } from "./runGit.js";

export interface GetDiffOptions {
  /** Limit the diff to these repository-relative paths (taken literally, not as globs). */
  paths?: readonly string[];
}

/**
 * Unified diff of the work tree against HEAD, new untracked files included
 * (ignored files are not). Works on a copy of the index so the real index is
 * never modified.
 */
export async function getDiff(cwd: string, options: GetDiffOptions = {}): Promise<string> {
  const realIndex = path.resolve(cwd, (await runGit(cwd, ["rev-parse", "--git-path", "index"])).trim());
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-index-"));
  const tempIndex = path.join(dir, "index");
  try {
    await copyFile(realIndex, tempIndex).catch((error: unknown) => {
      // A repository whose index was never written: git starts from an empty one.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    });
    const env = { GIT_INDEX_FILE: tempIndex };
    const pathspec = options.paths === undefined ? ["."] : options.paths.map((p) => `:(literal)${p}`);
    if (pathspec.length === 0) return "";
    // Stage everything in the throwaway index: a pathspec naming a file that no longer exists would make `git add` fail.
    await runGit(cwd, ["add", "--all", "--", "."], { env });
    return await runGit(cwd, ["diff", "--cached", "--no-color", "--no-ext-diff", "--binary", "HEAD", "--", ...pathspec], { env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
