import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";

export type ReactionContent = "+1" | "-1" | "laugh" | "confused" | "heart" | "hooray" | "rocket" | "eyes";

/** Reacts to an issue or PR comment (👀 says "seen, working on it"). Reacting twice is harmless. */
export async function addReaction(client: GitHubClient, repo: RepoRef, commentId: number, content: ReactionContent = "eyes"): Promise<void> {
  await client.rest.reactions.createForIssueComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, content });
}
