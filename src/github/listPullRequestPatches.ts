import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";

/** Each changed file's unified patch (absent for binary or very large files, which GitHub does not diff). */
export async function listPullRequestPatches(client: GitHubClient, repo: RepoRef, number: number): Promise<Map<string, string>> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: repo.owner, repo: repo.repo, pull_number: number, per_page: 100 });
  const patches = new Map<string, string>();
  for (const file of files) if (file.patch !== undefined && file.status !== "removed") patches.set(file.filename, file.patch);
  return patches;
}
