import type { GitHubClient } from "./createGitHubClient.js";
import type { PullRequestInfo } from "./getPullRequest.js";
import { getPullRequest, toPullRequestInfo } from "./getPullRequest.js";
import type { RepoRef } from "./repoRef.js";

/** The fields of a `workflow_run` payload used to find its pull request. */
export interface WorkflowRunLike {
  head_sha: string;
  head_branch?: string | null;
  /** Empty for runs on fork PRs (a GitHub limitation), hence the fallbacks. */
  pull_requests?: readonly { number: number; head?: { sha?: string; ref?: string } }[] | null;
}

export interface FoundPullRequest {
  pullRequest: PullRequestInfo;
  /** Where it was found: the payload, the commit's associated PRs, or a scan of open PRs. */
  source: "payload" | "commit" | "open_pulls";
}

/**
 * The open pull request a workflow run was for: from the payload's
 * `pull_requests`, else the PRs associated with the head commit, else the open
 * PR whose head is that commit. null when none is found.
 */
export async function findPullRequestForRun(client: GitHubClient, repo: RepoRef, run: WorkflowRunLike): Promise<FoundPullRequest | null> {
  const listed = run.pull_requests ?? [];
  const fromPayload = listed.find((pr) => pr.head?.sha === run.head_sha) ?? listed[0];
  if (fromPayload !== undefined) {
    return { pullRequest: await getPullRequest(client, repo, fromPayload.number), source: "payload" };
  }

  const { data: associated } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: run.head_sha,
  });
  const byCommit = associated.map(toPullRequestInfo).find((pr) => pr.state === "open" && pr.headSha === run.head_sha);
  if (byCommit !== undefined) return { pullRequest: byCommit, source: "commit" };

  // Fork heads are unknown to the base repository's commit API; their PRs still show the head SHA.
  for await (const response of client.paginate.iterator(client.rest.pulls.list, { owner: repo.owner, repo: repo.repo, state: "open", per_page: 100 })) {
    const match = response.data.map(toPullRequestInfo).find((pr) => pr.headSha === run.head_sha);
    if (match !== undefined) return { pullRequest: match, source: "open_pulls" };
  }
  return null;
}
