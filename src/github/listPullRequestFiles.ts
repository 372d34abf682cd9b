import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";

/** Paths a pull request adds or modifies (removed files cannot be edited); GitHub lists at most 3,000. */
export async function listPullRequestFiles(client: GitHubClient, repo: RepoRef, number: number): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: repo.owner, repo: repo.repo, pull_number: number, per_page: 100 });
  return files.filter((f) => f.status !== "removed").map((f) => f.filename).sort();
}
