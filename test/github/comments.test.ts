import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addReaction } from "../../src/github/addReaction.js";
import { GITHUB_COMMENT_LIMIT } from "../../src/github/fitCommentBody.js";
import { upsertMarkedComment } from "../../src/github/upsertMarkedComment.js";
import type { GitHubServer } from "../support/githubServer.js";
import { startGitHubServer } from "../support/githubServer.js";
import { clientFor } from "./clientFor.js";

const REPO = { owner: "octo", repo: "app" };
const MARKER = "<!-- compile-loop:status -->";
let gh: GitHubServer;

beforeEach(async () => {
  gh = await startGitHubServer();
  gh.addRepo("octo", "app");
  gh.addPullRequest("octo/app", { number: 7, headRef: "feature", headSha: "a".repeat(40) });
});
afterEach(async () => {
  await gh.close();
});

const comments = () => gh.repos.get("octo/app")?.comments ?? [];

describe("upsertMarkedComment", () => {
  it("creates the comment, then edits the same one in place", async () => {
    const { client } = clientFor(gh);
    const first = await upsertMarkedComment(client, REPO, 7, MARKER, `${MARKER}\nrunning`);
    expect(first).toMatchObject({ created: true, truncated: false });
    expect(first.html_url).toContain(`#issuecomment-${first.id}`);
    const second = await upsertMarkedComment(client, REPO, 7, MARKER, `${MARKER}\ndone`);
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${MARKER}\ndone`);
    expect(gh.callsTo("PATCH", `/repos/octo/app/issues/comments/${first.id}`)).toHaveLength(1);
  });

  it("adds the marker when the body lacks it", async () => {
    const { client } = clientFor(gh);
    await upsertMarkedComment(client, REPO, 7, MARKER, "plain");
    expect(comments()[0]?.body).toBe(`${MARKER}\nplain`);
  });

  it("finds its comment after more than 100 others (pagination)", async () => {
    for (let i = 0; i < 130; i++) gh.addComment("octo/app", 7, { body: `chatter ${i}`, user: { login: `user${i % 7}` } });
    const ours = gh.addComment("octo/app", 7, { body: `${MARKER}\nold`, user: { login: "github-actions[bot]", type: "Bot" } });
    for (let i = 0; i < 120; i++) gh.addComment("octo/app", 7, { body: `more ${i}`, user: { login: "late" } });
    const { client } = clientFor(gh);
    const result = await upsertMarkedComment(client, REPO, 7, MARKER, `${MARKER}\nnew`);
    expect(result).toMatchObject({ id: ours.id, created: false });
    expect(ours.body).toBe(`${MARKER}\nnew`);
    expect(gh.callsTo("GET", "/repos/octo/app/issues/7/comments")).toHaveLength(3);
    expect(gh.callsTo("POST", "/repos/octo/app/issues/7/comments")).toHaveLength(0);
  });

  it("ignores the marker in a person's comment (no hijacking), and honours authorLogin", async () => {
    const planted = gh.addComment("octo/app", 7, { body: `${MARKER} I planted this`, user: { login: "mallory" } });
    const { client } = clientFor(gh);
    const result = await upsertMarkedComment(client, REPO, 7, MARKER, "ours");
    expect(result.created).toBe(true);
    expect(planted.body).toBe(`${MARKER} I planted this`);

    const patBot = gh.addComment("octo/app", 8, { body: `${MARKER}\nby a PAT user`, user: { login: "fixer-account" } });
    const viaPat = await upsertMarkedComment(client, REPO, 8, MARKER, "updated", { authorLogin: "fixer-account" });
    expect(viaPat).toMatchObject({ id: patBot.id, created: false });
  });

  it("cuts a body over GitHub's limit, with a note, keeping the marker", async () => {
    const { client } = clientFor(gh);
    const result = await upsertMarkedComment(client, REPO, 7, MARKER, `${MARKER}\n${"x".repeat(200_000)}\nEND`);
    expect(result.truncated).toBe(true);
    const body = comments()[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("characters were cut here");
    expect(body.endsWith("END")).toBe(true);
  });

  it("on a 422 'body is too long' retries once with a harder cut", async () => {
    const { client } = clientFor(gh);
    gh.injectFault({ method: "POST", path: "/repos/octo/app/issues/7/comments" }, { kind: "body_too_long" }, 1);
    const result = await upsertMarkedComment(client, REPO, 7, MARKER, `${MARKER}\n${"é".repeat(60_000)}`);
    expect(result).toMatchObject({ created: true, truncated: true });
    const posts = gh.callsTo("POST", "/repos/octo/app/issues/7/comments");
    expect(posts).toHaveLength(2);
    const sent = (posts[1]?.body as { body: string }).body;
    expect(sent.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT / 4);
    expect(sent.startsWith(MARKER)).toBe(true);
  });

  it("does not retry other 422s or loop on a second 'too long'", async () => {
    const { client } = clientFor(gh);
    gh.injectFault({ method: "POST", path: "/repos/octo/app/issues/7/comments" }, { kind: "body_too_long" }, 2);
    await expect(upsertMarkedComment(client, REPO, 7, MARKER, "short")).rejects.toMatchObject({ status: 422 });
    expect(gh.callsTo("POST", "/repos/octo/app/issues/7/comments")).toHaveLength(2);
  });
});

describe("addReaction", () => {
  it("reacts with eyes to a comment", async () => {
    const comment = gh.addComment("octo/app", 7, { body: "/fix please", user: { login: "alice" } });
    const { client } = clientFor(gh);
    await addReaction(client, REPO, comment.id);
    expect(gh.repos.get("octo/app")?.reactions).toEqual([expect.objectContaining({ commentId: comment.id, content: "eyes" })]);
    expect(gh.callsTo("POST", `/repos/octo/app/issues/comments/${comment.id}/reactions`)[0]?.body).toEqual({ content: "eyes" });
  });
});
