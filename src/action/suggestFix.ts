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
  const replaced = await supersedeEarlierSuggestions(request.client, request.repo, request.prNumber);
  const review = await postSuggestionReview(
    request.client,
    request.repo,
    { prNumber: request.prNumber, headSha: request.headSha, testCommand: request.testCommand, summary: request.summary, secrets: request.secrets },
    plan.comments,
  );
  return { kind: "suggested", reviewUrl: review.htmlUrl, comments: review.comments, replaced };
}
