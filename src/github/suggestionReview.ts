import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";
import type { SuggestionComment } from "./planSuggestions.js";
import { redact } from "../security/redactSecrets.js";

/** Marks the reviews and review comments compile-loop wrote, so a re-run finds and replaces them. */
export const SUGGESTION_MARKER = "<!-- compile-loop:suggestions -->";
const SUPERSEDED_NOTE = "_Superseded: a later compile-loop run replaced these suggestions._";

export interface SuggestionReviewFacts {
  prNumber: number;
  /** The commit the fix was tested on; the suggestions are positioned against it. */
  headSha: string;
  testCommand: string;
  summary: string;
  secrets: readonly string[];
}

export interface PostedReview {
  id: number;
  htmlUrl: string;
  comments: number;
}

/** A fence longer than any backtick run in the text, so the suggestion cannot close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

export function suggestionCommentBody(comment: SuggestionComment, testCommand: string): string {
  const fence = fenceFor(comment.replacement);
  const lines = comment.startLine === comment.line ? `line ${comment.line}` : `lines ${comment.startLine}–${comment.line}`;
  const reason = `Part of the fix that makes \`${testCommand.replace(/`/g, "'")}\` pass: replaces ${lines} of \`${comment.path}\`.`;
  return `${reason}\n\n${fence}suggestion\n${comment.replacement}${comment.replacement === "" ? "" : "\n"}${fence}\n${SUGGESTION_MARKER}`;
}

/**
 * Deletes the suggestion comments of compile-loop's earlier reviews on the
 * pull request (all but `keepReviewId`, the new one) and marks those reviews superseded (a submitted review itself
 * cannot be deleted, and comment-only reviews cannot be dismissed).
 */
export async function supersedeEarlierSuggestions(client: GitHubClient, repo: RepoRef, prNumber: number, keepReviewId: number): Promise<number> {
  const target = { owner: repo.owner, repo: repo.repo, pull_number: prNumber };
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { ...target, per_page: 100 });
  let removed = 0;
  for (const comment of comments) {
    if (!comment.body.includes(SUGGESTION_MARKER) || comment.pull_request_review_id === keepReviewId) continue;
    await client.rest.pulls.deleteReviewComment({ owner: repo.owner, repo: repo.repo, comment_id: comment.id });
    removed += 1;
  }
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...target, per_page: 100 });
  for (const review of reviews) {
    const body = review.body ?? "";
    if (review.id === keepReviewId || !body.includes(SUGGESTION_MARKER) || body.includes(SUPERSEDED_NOTE)) continue;
    await client.rest.pulls.updateReview({ ...target, review_id: review.id, body: `${SUPERSEDED_NOTE}\n\n${body}` });
  }
  return removed;
}

/** One review holding a suggestion per hunk of the verified fix. */
export async function postSuggestionReview(client: GitHubClient, repo: RepoRef, facts: SuggestionReviewFacts, comments: readonly SuggestionComment[]): Promise<PostedReview> {
  const body = redact(
    `**compile-loop**: ${facts.summary}. The fix below passed \`${facts.testCommand.replace(/`/g, "'")}\` on ${facts.headSha.slice(0, 12)}, exactly as suggested here; commit the suggestions (one by one, or all at once with "Add suggestion to batch").\n\n${SUGGESTION_MARKER}`,
    facts.secrets,
  );
  const { data } = await client.rest.pulls.createReview({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: facts.prNumber,
    commit_id: facts.headSha,
    event: "COMMENT",
    body,
    comments: comments.map((c) => ({
      path: c.path,
      line: c.line,
      side: "RIGHT" as const,
      ...(c.startLine !== c.line ? { start_line: c.startLine, start_side: "RIGHT" as const } : {}),
      body: redact(suggestionCommentBody(c, facts.testCommand), facts.secrets),
    })),
  });
  return { id: data.id, htmlUrl: data.html_url, comments: comments.length };
}
