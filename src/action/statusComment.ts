import type { GitHubClient } from "../github/createGitHubClient.js";
import type { RepoRef } from "../github/repoRef.js";
import { upsertMarkedComment } from "../github/upsertMarkedComment.js";
import { renderPullRequestComment } from "../github/renderPullRequestComment.js";
import { STATUS_COMMENT_MARKER, type PullRequestCommentState } from "../github/commentState.js";

/** Iteration updates closer together than this are folded into the next one (GitHub asks for ~1 s between writes). */
const MIN_UPDATE_INTERVAL_MS = 2000;

/**
 * The one status comment on the pull request: rendered from state, edited in
 * place. Failures to write it are logged and never stop the fix.
 */
export class StatusComment {
  url: string | undefined;
  private lastWrite = 0;
  /** Writes go out one at a time, in call order: a late iteration update must never land after the final status. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly prNumber: number,
    private readonly warn: (message: string) => void,
    /** Whose comments count as ours (a PAT's user); bots' when undefined. */
    private readonly authorLogin: string | undefined = undefined,
    private readonly now: () => number = Date.now,
  ) {}

  write(state: PullRequestCommentState, options: { force?: boolean } = {}): Promise<void> {
    if (!options.force && this.now() - this.lastWrite < MIN_UPDATE_INTERVAL_MS) return this.queue;
    this.lastWrite = this.now();
    // Rendered now, so each write shows the state as it was when asked for.
    let body: string;
    try {
      body = renderPullRequestComment({ ...state, rows: [...state.rows], marker: STATUS_COMMENT_MARKER });
    } catch (error) {
      this.warn(`could not render the status comment: ${error instanceof Error ? error.message : String(error)}`);
      return this.queue;
    }
    this.queue = this.queue.then(async () => {
      try {
        const written = await upsertMarkedComment(this.client, this.repo, this.prNumber, STATUS_COMMENT_MARKER, body, this.authorLogin ? { authorLogin: this.authorLogin } : {});
        this.url = written.html_url;
      } catch (error) {
        this.warn(`could not update the status comment on #${this.prNumber}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return this.queue;
  }
}
