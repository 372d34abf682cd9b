import type { GitHubClient } from "../github/createGitHubClient.js";
import type { RepoRef } from "../github/repoRef.js";
import type { PullRequestInfo } from "../github/getPullRequest.js";
import { findOrUpdateFixPullRequest, type FixPullRequest } from "../github/findOrUpdateFixPullRequest.js";
import { commitFiles, type GitIdentity } from "../git/commitFiles.js";
import { fixCommitMessage } from "../git/fixCommitMessage.js";
import { pushBranch } from "../git/pushBranch.js";
import { runGit } from "../git/runGit.js";
import { remoteCredentialConfig } from "../git/remoteCredentials.js";
import type { PushingMode } from "./actionInputs.js";
import { redact } from "../security/redactSecrets.js";

export type Delivery =
  | { kind: "branch"; branch: string; sha: string; pullRequest?: FixPullRequest; pullRequestError?: string }
  | { kind: "pr-branch"; branch: string; sha: string }
  | { kind: "suggestions"; reviewUrl: string; comments: number }
  | { kind: "none"; reason: string }
  | { kind: "failed"; reason: string };

export interface PublishRequest {
  client: GitHubClient;
  repo: RepoRef;
  workspace: string;
  push: PushingMode;
  branchPrefix: string;
  token: string;
  author: GitIdentity;
  files: string[];
  /** The commit the fix was made on. */
  headSha: string;
  pr?: PullRequestInfo;
  /** The branch the fix goes into. */
  baseBranch?: string;
  testCommand: string;
  summary: string;
  iterations: number;
  runUrl?: string;
  /** Where the fix branch was when the run started (null: it did not exist); the push's lease. */
  seenFixBranchSha: string | null;
  /** Kept out of the commit message. */
  secrets: readonly string[];
  /** Where `pr-branch` pushes: origin, or a fork's URL when its author allows maintainers to push. */
  remote?: string;
}

/** The fix branch for a pull request or a branch: one per target, updated in place by re-runs. */
export function fixBranchName(prefix: string, pr: PullRequestInfo | undefined, baseBranch: string | undefined): string {
  if (pr) return `${prefix}pr-${pr.number}`;
  return `${prefix}${(baseBranch ?? "detached").replace(/[^\w./-]/g, "-")}`;
}


/** Where a remote branch points now, or null when it does not exist. */
export async function remoteBranchSha(workspace: string, branch: string, token: string): Promise<string | null> {
  const config = await remoteCredentialConfig(workspace, "origin", token, "fetch");
  const out = await runGit(workspace, ["ls-remote", "--heads", "origin", `refs/heads/${branch}`], { config, secrets: [token] });
  const sha = out.trim().split(/\s+/)[0];
  return sha ? sha : null;
}

/**
 * Commits the fix on top of the tested commit and delivers it: a fix branch
 * with a PR into the PR's head branch (updated in place on re-runs), or a
 * commit on the PR's own branch. Pushes use a lease, so nobody's work is
 * overwritten: if the branch moved since we read it, the push is refused.
 */
export async function publishFix(request: PublishRequest): Promise<Delivery> {
  if (request.push === "none") return { kind: "none", reason: "push: none" };
  const sha = await commitFiles(request.workspace, { paths: request.files, message: fixCommitMessage({ ...(request.pr ? { prNumber: request.pr.number } : {}), testCommand: request.testCommand, summary: request.summary, iterations: request.iterations, files: request.files, ...(request.runUrl ? { runUrl: request.runUrl } : {}), secrets: request.secrets }), author: request.author });
  if (request.push === "pr-branch") {
    const branch = request.pr?.headRef ?? request.baseBranch;
    if (!branch) return { kind: "failed", reason: "no branch to commit onto (detached HEAD without a pull request)" };
    // The lease is the SHA we tested: a push by someone else in the meantime makes this fail instead of being overwritten.
    await pushBranch(request.workspace, { ...(request.remote ? { remote: request.remote } : {}), remoteBranch: branch, localRef: sha, expectedRemoteSha: request.headSha, token: request.token });
    return { kind: "pr-branch", branch, sha };
  }
  const branch = fixBranchName(request.branchPrefix, request.pr, request.baseBranch);
  await pushBranch(request.workspace, { remoteBranch: branch, localRef: sha, expectedRemoteSha: request.seenFixBranchSha, token: request.token });
  const base = request.pr?.headRef ?? request.baseBranch;
  if (!base) return { kind: "branch", branch, sha };
  const title = request.pr ? `compile-loop: fix failing tests of #${request.pr.number}` : `compile-loop: fix failing tests on ${base}`;
  const body = [
    request.pr ? `Fixes the failing \`${request.testCommand}\` of #${request.pr.number}.` : `Fixes the failing \`${request.testCommand}\` on \`${base}\`.`,
    "",
    `${request.summary}; files: ${request.files.map((f) => `\`${f}\``).join(", ")}.`,
    ...(request.runUrl ? ["", `Run: ${request.runUrl}`] : []),
    "",
    "Merge this pull request to bring the fix into the branch. Re-runs update it in place.",
  ].join("\n");
  try {
    const pullRequest = await findOrUpdateFixPullRequest(request.client, request.repo, { head: branch, base, title, body: redact(body, request.secrets) });
    return { kind: "branch", branch, sha, pullRequest };
  } catch (error) {
    // The fix is pushed; only the PR is missing. Say so rather than report a failed push.
    return { kind: "branch", branch, sha, pullRequestError: error instanceof Error ? error.message : String(error) };
  }
}
