import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GitHubClient } from "../github/createGitHubClient.js";
import type { RepoRef } from "../github/repoRef.js";
import { listPullRequestPatches } from "../github/listPullRequestPatches.js";
import { planSuggestions, type FixedFile } from "../github/planSuggestions.js";
import { postSuggestionReview, supersedeEarlierSuggestions } from "../github/suggestionReview.js";
import { runGit } from "../git/runGit.js";

export interface SuggestRequest {
  client: GitHubClient;
  repo: RepoRef;
  workspace: string;
  prNumber: number;
  /** The tested commit: the files' "before" and the review's position. */
  headSha: string;
  files: readonly string[];
  testCommand: string;
  summary: string;
  maxLines: number;
  secrets: readonly string[];
}

export type SuggestOutcome = { kind: "suggested"; reviewUrl: string; comments: number; replaced: number } | { kind: "not_suggestable"; reason: string };

async function fixedFile(workspace: string, headSha: string, file: string): Promise<FixedFile> {
  const before = await runGit(workspace, ["show", `${headSha}:${file}`]).catch(() => null);
  const after = await readFile(path.join(workspace, file), "utf8").catch(() => null);
  return { path: file, before, after };
}

/**
 * Delivers a verified fix as one review of suggested changes when GitHub can
 * take it (see planSuggestions); replaces the suggestions of earlier runs.
 * Otherwise says why, and the caller falls back to a fix branch.
 */
export async function suggestFix(request: SuggestRequest): Promise<SuggestOutcome> {
  const files = await Promise.all(request.files.map((f) => fixedFile(request.workspace, request.headSha, f)));
  const patches = await listPullRequestPatches(request.client, request.repo, request.prNumber);
  const plan = planSuggestions(files, patches, request.maxLines);
  if (plan.kind === "not_suggestable") return plan;
  let review;
  try {
    review = await postSuggestionReview(
      request.client,
      request.repo,
      { prNumber: request.prNumber, headSha: request.headSha, testCommand: request.testCommand, summary: request.summary, secrets: request.secrets },
      plan.comments,
    );
  } catch (error) {
    // 422: GitHub placed a line outside the diff after all (the pull request changed since we read it).
    if (statusOf(error) === 422) return { kind: "not_suggestable", reason: `GitHub refused the suggestions (${error instanceof Error ? error.message : String(error)})` };
    throw error;
  }
  // Only once the new review is there: a refused one must not leave the pull request without the earlier suggestions.
  const replaced = await supersedeEarlierSuggestions(request.client, request.repo, request.prNumber, review.id);
  return { kind: "suggested", reviewUrl: review.htmlUrl, comments: review.comments, replaced };
}

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : undefined;
}
