import { GitError } from "./gitError.js";
import type { FetchOptions } from "./fetchRef.js";
import { fetchRef } from "./fetchRef.js";
import { runGit } from "./runGit.js";

/** True when `sha` names a commit present in the local object store. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await runGit(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

/** Makes sure commit `sha` is available locally, fetching it from `remote` by SHA when it is not (shallow clones). */
export async function ensureShaPresent(cwd: string, sha: string, options: FetchOptions & { remote?: string } = {}): Promise<void> {
  if (await hasCommit(cwd, sha)) return;
  const remote = options.remote ?? "origin";
  try {
    await fetchRef(cwd, remote, sha, options);
  } catch (error) {
    if (error instanceof GitError) {
      throw new GitError(error.args, error.stderr, error.exitCode, `Commit ${sha} is not available locally and could not be fetched from ${remote}: ${error.stderr.trim()}`);
    }
    throw error;
  }
  if (!(await hasCommit(cwd, sha))) {
    throw new GitError(["cat-file", "-e", sha], "", null, `Commit ${sha} is still missing after fetching it from ${remote}`);
  }
}
