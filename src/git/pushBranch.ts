import { GitError, PushPermissionError, PushRejectedError } from "./gitError.js";
import type { PushRejectionKind } from "./gitError.js";
import { remoteCredentialConfig, tokenSecrets } from "./remoteCredentials.js";
import { runGit, SAFE_COMMIT_CONFIG } from "./runGit.js";

export interface PushBranchOptions {
  /** Default "origin". */
  remote?: string;
  /** What to push: a local branch, a ref or a SHA. */
  localRef: string;
  /** Branch name on the remote (without refs/heads/). */
  remoteBranch: string;
  /**
   * Where we last saw the remote branch. A SHA: update only if it is still there
   * (force-with-lease); null: create only, fail if the branch exists; undefined:
   * fast-forward only.
   */
  expectedRemoteSha?: string | null;
  /** Token for an https remote, sent as a header for this command only. */
  token?: string;
}

export interface PushResult {
  /** The commit now at the remote branch. */
  sha: string;
  remoteBranch: string;
}

/** Sorts a failed push into rejected (someone else's work is in the way), no permission, or other. */
export function classifyPushFailure(error: GitError, remoteBranch: string): GitError {
  const text = error.stderr;
  if (/returned error: 40[13]|Permission to .* denied|Write access to repository not granted|Authentication failed|could not read Username|permission denied/i.test(text)) {
    return new PushPermissionError(error.args, error.stderr, error.exitCode, remoteBranch);
  }
  let kind: PushRejectionKind | null = null;
  if (/stale info/i.test(text)) kind = "stale_lease";
  else if (/\[rejected\].*\(already exists\)/i.test(text)) kind = "already_exists";
  else if (/non-fast-forward|\(fetch first\)|\[rejected\]/i.test(text)) kind = "non_fast_forward";
  else if (/\[remote rejected\]/i.test(text)) kind = "remote_rejected";
  if (kind !== null) return new PushRejectedError(error.args, error.stderr, error.exitCode, kind, remoteBranch);
  return error;
}

/**
 * Pushes `localRef` to `remoteBranch` without ever overwriting work we have not
 * seen: with a lease on `expectedRemoteSha` (or on the branch not existing).
 * Throws PushRejectedError when the remote moved, PushPermissionError on 401/403.
 */
export async function pushBranch(cwd: string, options: PushBranchOptions): Promise<PushResult> {
  const remote = options.remote ?? "origin";
  await runGit(cwd, ["check-ref-format", "--branch", options.remoteBranch]);
  const sha = (await runGit(cwd, ["rev-parse", "--verify", `${options.localRef}^{commit}`])).trim();
  const target = `refs/heads/${options.remoteBranch}`;
  const args = ["push", "--no-verify"];
  if (options.expectedRemoteSha === null) args.push(`--force-with-lease=${target}:`);
  else if (options.expectedRemoteSha !== undefined) args.push(`--force-with-lease=${target}:${options.expectedRemoteSha}`);
  args.push(remote, `${sha}:${target}`);
  const config = [...SAFE_COMMIT_CONFIG, ...(await remoteCredentialConfig(cwd, remote, options.token, "push"))];
  try {
    await runGit(cwd, args, { config, secrets: tokenSecrets(options.token) });
  } catch (error) {
    if (error instanceof GitError) throw classifyPushFailure(error, options.remoteBranch);
    throw error;
  }
  return { sha, remoteBranch: options.remoteBranch };
}
