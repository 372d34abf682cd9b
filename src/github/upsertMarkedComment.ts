import type { GitHubClient } from "./createGitHubClient.js";
import { fitCommentBody, GITHUB_COMMENT_LIMIT } from "./fitCommentBody.js";
import type { RepoRef } from "./repoRef.js";
import { isBodyTooLong } from "./requestErrors.js";

export interface UpsertedComment {
  id: number;
  html_url: string;
  created: boolean;
  /** The body had to be cut to fit GitHub's limit. */
  truncated: boolean;
}

export interface UpsertCommentOptions {
  /**
   * Only a comment by this login counts as ours (e.g. "github-actions[bot]").
   * Without it, only comments by bots do, so a person cannot plant the marker.
   */
  authorLogin?: string;
}

/**
 * If GitHub still says "too long" (its count can differ from ours for wide
 * characters), retry at a quarter of the limit: even at 4 bytes per character
 * that stays within 65,536 bytes.
 */
const HARD_LIMIT = Math.floor(GITHUB_COMMENT_LIMIT / 4);

interface CommentLike {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
}

function isOurs(comment: CommentLike, marker: string, options: UpsertCommentOptions): boolean {
  if (!(comment.body ?? "").includes(marker)) return false;
  const user = comment.user;
  if (user === null || user === undefined) return false;
  if (options.authorLogin !== undefined) return user.login.toLowerCase() === options.authorLogin.toLowerCase();
  return user.type === "Bot";
}

/** Our earlier comment on the issue or PR (the newest one carrying `marker`), or null. */
export async function findMarkedComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  options: UpsertCommentOptions = {},
): Promise<{ id: number; body: string; html_url: string } | null> {
  let found: { id: number; body: string; html_url: string } | null = null;
  for await (const response of client.paginate.iterator(client.rest.issues.listComments, {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const comment of response.data) {
      if (isOurs(comment, marker, options)) found = { id: comment.id, body: comment.body ?? "", html_url: comment.html_url };
    }
  }
  return found;
}

/**
 * Edits our comment on the issue/PR in place, found by the hidden `marker`
 * (`<!-- compile-loop:... -->`), or creates it. The marker is added when the body
 * lacks it; the body is cut to GitHub's limit with a note.
 */
export async function upsertMarkedComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  options: UpsertCommentOptions = {},
): Promise<UpsertedComment> {
  const marked = body.includes(marker) ? body : `${marker}\n${body}`;
  const existing = await findMarkedComment(client, repo, issueNumber, marker, options);

  const write = async (text: string) => {
    if (existing !== null) {
      const { data } = await client.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: existing.id, body: text });
      return { id: data.id, html_url: data.html_url, created: false };
    }
    const { data } = await client.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body: text });
    return { id: data.id, html_url: data.html_url, created: true };
  };

  const fitted = fitCommentBody(marked);
  try {
    return { ...(await write(ensureMarker(fitted.body, marker))), truncated: fitted.truncated };
  } catch (error) {
    if (!isBodyTooLong(error)) throw error;
    const harder = fitCommentBody(marked, HARD_LIMIT);
    return { ...(await write(ensureMarker(harder.body, marker))), truncated: true };
  }
}

/** A cut must not lose the marker, or the next run would not find the comment. */
function ensureMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body.slice(0, Math.max(0, body.length - marker.length - 1))}`;
}
