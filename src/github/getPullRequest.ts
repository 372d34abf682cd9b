import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";

/** What the action needs to know about a pull request. */
export interface PullRequestInfo {
  number: number;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  title: string;
  body: string;
  htmlUrl: string;
  authorLogin: string;
  headSha: string;
  headRef: string;
  /** "owner/name" of the head repository; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRef: string;
  baseRepoFullName: string;
  /** The head lives in another repository: the workflow token cannot push to it. */
  isFork: boolean;
  /** The author lets maintainers push to the head branch (only meaningful for forks). */
  maintainerCanModify: boolean;
  /** Where the head repository is fetched and pushed; null when it was deleted. */
  headCloneUrl: string | null;
}

/** The subset of the REST pull request object read here (list and get responses share it). */
export interface PullRequestPayload {
  number: number;
  state: string;
  merged?: boolean | null;
  draft?: boolean | null;
  title: string;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
  head: { sha: string; ref: string; repo?: { full_name: string; clone_url?: string } | null };
  maintainer_can_modify?: boolean | null;
  base: { ref: string; repo: { full_name: string } };
}

export function toPullRequestInfo(pr: PullRequestPayload): PullRequestInfo {
  const headRepo = pr.head.repo?.full_name ?? null;
  const baseRepo = pr.base.repo.full_name;
  return {
    number: pr.number,
    state: pr.state === "open" ? "open" : "closed",
    merged: pr.merged === true,
    draft: pr.draft === true,
    title: pr.title,
    body: pr.body ?? "",
    htmlUrl: pr.html_url,
    authorLogin: pr.user?.login ?? "",
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headRepoFullName: headRepo,
    baseRef: pr.base.ref,
    baseRepoFullName: baseRepo,
    // A deleted fork is still a fork: nothing can be pushed to it.
    isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    maintainerCanModify: pr.maintainer_can_modify === true,
    headCloneUrl: pr.head.repo?.clone_url ?? null,
  };
}

export async function getPullRequest(client: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number });
  return toPullRequestInfo(data);
}
