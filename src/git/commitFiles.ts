import { NothingToCommitError } from "./gitError.js";
import { runGit, SAFE_COMMIT_CONFIG } from "./runGit.js";

export interface GitIdentity {
  name: string;
  email: string;
}

/** The identity commits are made with unless the user configures another. */
export const DEFAULT_COMMIT_IDENTITY: GitIdentity = {
  name: "compile-loop[bot]",
  email: "compile-loop[bot]@users.noreply.github.com",
};

export interface CommitFilesOptions {
  /** Repository-relative paths to commit (taken literally); other changes, staged or not, stay out of the commit. */
  paths: readonly string[];
  message: string;
  /** Author and committer; defaults to DEFAULT_COMMIT_IDENTITY. */
  author?: GitIdentity;
}

/**
 * Commits exactly `paths` (new, modified or deleted) on top of HEAD and returns
 * the new commit's SHA. Identity goes through the environment, so no config is
 * written; the repository's hooks do not run.
 */
export async function commitFiles(cwd: string, options: CommitFilesOptions): Promise<string> {
  if (options.paths.length === 0) throw new NothingToCommitError(options.paths);
  const identity = options.author ?? DEFAULT_COMMIT_IDENTITY;
  const env = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  const pathspec = options.paths.map((p) => `:(literal)${p}`);
  // Tell new files to git without touching what else is staged; deleted paths are simply absent.
  const untracked = await runGit(cwd, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...pathspec]);
  const newFiles = untracked.split("\0").filter((p) => p !== "");
  if (newFiles.length > 0) await runGit(cwd, ["add", "--intent-to-add", "--", ...newFiles.map((p) => `:(literal)${p}`)]);
  const changed = await runGit(cwd, ["diff", "--name-only", "-z", "HEAD", "--", ...pathspec]);
  if (changed.split("\0").every((p) => p === "")) throw new NothingToCommitError(options.paths);
  await runGit(cwd, ["commit", "--quiet", "--no-verify", "--only", "--file=-", "--", ...pathspec], {
    env,
    input: options.message,
    config: SAFE_COMMIT_CONFIG,
  });
  return (await runGit(cwd, ["rev-parse", "HEAD"])).trim();
}
