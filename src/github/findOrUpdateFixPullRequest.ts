import type { GitHubClient } from "./createGitHubClient.js";
import { fitCommentBody, GITHUB_COMMENT_LIMIT } from "./fitCommentBody.js";
import type { RepoRef } from "./repoRef.js";
import { hasStatus } from "./requestErrors.js";

export interface FixPullRequestRequest {
  /** Branch holding the fix, in `repo`. */
  head: string;
  /** Branch the fix should go into (the PR's head branch, or the pushed branch). */
  base: string;
  title: string;
  body: string;
}

export interface FixPullRequest {
  number: number;
  html_url: string;
  /** false when an open PR from head to base already existed and was updated. */
  created: boolean;
}

async function findOpen(client: GitHubClient, repo: RepoRef, request: FixPullRequestRequest): Promise<{ number: number; html_url: string } | null> {
  const { data } = await client.rest.pulls.list({
    owner: repo.owner,
    repo: repo.repo,
    state: "open",
    head: `${repo.owner}:${request.head}`,
    base: request.base,
    per_page: 10,
  });
  const first = data[0];
  return first === undefined ? null : { number: first.number, html_url: first.html_url };
}

/**
 * Reuses the open pull request from `head` into `base` (updating its title and
 * body) or opens one, so re-runs never pile up PRs.
 */
export async function findOrUpdateFixPullRequest(client: GitHubClient, repo: RepoRef, request: FixPullRequestRequest): Promise<FixPullRequest> {
  const body = fitCommentBody(request.body, GITHUB_COMMENT_LIMIT).body;
  const update = async (existing: { number: number }) => {
    const { data } = await client.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: existing.number, title: request.title, body });
    return { number: data.number, html_url: data.html_url, created: false };
  };
  const existing = await findOpen(client, repo, request);
  if (existing !== null) return update(existing);
  try {
    const { data } = await client.rest.pulls.create({ owner: repo.owner, repo: repo.repo, head: request.head, base: request.base, title: request.title, body });
    return { number: data.number, html_url: data.html_url, created: true };
  } catch (error) {
    // Another run opened it between our list and create.
    if (hasStatus(error, 422)) {
      const raced = await findOpen(client, repo, request);
      if (raced !== null) return update(raced);
    }
    throw error;
  }
}
