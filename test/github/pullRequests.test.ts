import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrUpdateFixPullRequest } from "../../src/github/findOrUpdateFixPullRequest.js";
import { findPullRequestForRun } from "../../src/github/findPullRequestForRun.js";
import { getPullRequest } from "../../src/github/getPullRequest.js";
import type { GitHubServer } from "../support/githubServer.js";
import { startGitHubServer } from "../support/githubServer.js";
import { clientFor } from "./clientFor.js";

const REPO = { owner: "octo", repo: "app" };
const SHA_A = "a".repeat(40);
const SHA_B = "b".repeat(40);
const SHA_FORK = "c".repeat(40);
let gh: GitHubServer;

beforeEach(async () => {
  gh = await startGitHubServer();
  gh.addRepo("octo", "app");
  gh.addPullRequest("octo/app", { number: 1, headRef: "old", headSha: SHA_A, state: "closed", merged: true });
  gh.addPullRequest("octo/app", { number: 2, headRef: "feature", headSha: SHA_A, title: "Add feature", body: "text" });
  gh.addPullRequest("octo/app", { number: 3, headRef: "main", headSha: SHA_FORK, headRepoFullName: "forker/app" });
  gh.addPullRequest("octo/app", { number: 4, headRef: "gone", headSha: SHA_B, headRepoFullName: null });
});
afterEach(async () => {
  await gh.close();
});

describe("getPullRequest", () => {
  it("returns head, base and fork status", async () => {
    const { client } = clientFor(gh);
    expect(await getPullRequest(client, REPO, 2)).toMatchObject({
      number: 2,
      state: "open",
      headSha: SHA_A,
      headRef: "feature",
      headRepoFullName: "octo/app",
      baseRef: "main",
      baseRepoFullName: "octo/app",
      isFork: false,
      title: "Add feature",
      htmlUrl: "https://github.com/octo/app/pull/2",
    });
    expect(await getPullRequest(client, REPO, 3)).toMatchObject({ isFork: true, headRepoFullName: "forker/app" });
    expect(await getPullRequest(client, REPO, 4)).toMatchObject({ isFork: true, headRepoFullName: null });
  });
});

describe("findPullRequestForRun", () => {
  it("uses the payload's pull_requests when present", async () => {
    const { client } = clientFor(gh);
    const found = await findPullRequestForRun(client, REPO, { head_sha: SHA_A, pull_requests: [{ number: 2, head: { sha: SHA_A, ref: "feature" } }] });
    expect(found).toMatchObject({ source: "payload", pullRequest: { number: 2 } });
    expect(gh.callsTo("GET", /\/commits\//)).toHaveLength(0);
  });

  it("falls back to the commit's pull requests, skipping closed ones", async () => {
    const { client } = clientFor(gh);
    const found = await findPullRequestForRun(client, REPO, { head_sha: SHA_A, pull_requests: [] });
    expect(found).toMatchObject({ source: "commit", pullRequest: { number: 2, state: "open" } });
    expect(gh.callsTo("GET", `/repos/octo/app/commits/${SHA_A}/pulls`)).toHaveLength(1);
  });

  it("finds a fork PR by scanning open PRs (paginated) for the head SHA", async () => {
    for (let n = 10; n < 160; n++) gh.addPullRequest("octo/app", { number: n, headRef: `b${n}`, headSha: n.toString(16).padStart(40, "0") });
    gh.addPullRequest("octo/app", { number: 200, headRef: "late", headSha: "d".repeat(40), headRepoFullName: "other/app" });
    const { client } = clientFor(gh);
    expect(await findPullRequestForRun(client, REPO, { head_sha: SHA_FORK })).toMatchObject({ source: "open_pulls", pullRequest: { number: 3, isFork: true } });
    expect(await findPullRequestForRun(client, REPO, { head_sha: "d".repeat(40), pull_requests: null })).toMatchObject({ source: "open_pulls", pullRequest: { number: 200 } });
    expect(gh.callsTo("GET", "/repos/octo/app/pulls").length).toBeGreaterThanOrEqual(3);
  });

  it("returns null when no open PR has that head", async () => {
    const { client } = clientFor(gh);
    expect(await findPullRequestForRun(client, REPO, { head_sha: "e".repeat(40) })).toBeNull();
  });
});

describe("findOrUpdateFixPullRequest", () => {
  it("creates the fix PR once, then updates the same one on a re-run", async () => {
    const { client } = clientFor(gh);
    const request = { head: "compile-loop/pr-2", base: "feature", title: "compile-loop: fix tests for #2", body: "first run" };
    const first = await findOrUpdateFixPullRequest(client, REPO, request);
    expect(first.created).toBe(true);
    const second = await findOrUpdateFixPullRequest(client, REPO, { ...request, body: "second run" });
    expect(second).toEqual({ number: first.number, html_url: first.html_url, created: false });
    const repo = gh.repos.get("octo/app");
    expect(repo?.pulls.filter((p) => p.headRef === "compile-loop/pr-2")).toHaveLength(1);
    expect(repo?.pulls.find((p) => p.number === first.number)?.body).toBe("second run");
    const listCall = gh.callsTo("GET", "/repos/octo/app/pulls").at(-1);
    expect(listCall?.query).toMatchObject({ head: "octo:compile-loop/pr-2", base: "feature", state: "open" });
  });

  it("recovers when another run created the PR between its list and create (422)", async () => {
    const { client } = clientFor(gh);
    // The other run's PR is not there when we list, and appears just before our create arrives.
    gh.onRequest = (call) => {
      if (call.method === "POST" && call.path === "/repos/octo/app/pulls" && gh.repos.get("octo/app")?.pulls.every((p) => p.number !== 50)) {
        gh.addPullRequest("octo/app", { number: 50, headRef: "compile-loop/pr-9", headSha: SHA_B, baseRef: "feature" });
      }
    };
    const result = await findOrUpdateFixPullRequest(client, REPO, { head: "compile-loop/pr-9", base: "feature", title: "t", body: "b" });
    expect(result).toMatchObject({ number: 50, created: false });
    expect(gh.callsTo("POST", "/repos/octo/app/pulls")).toHaveLength(1);
    expect(gh.callsTo("PATCH", "/repos/octo/app/pulls/50")).toHaveLength(1);
    expect(gh.repos.get("octo/app")?.pulls.filter((p) => p.headRef === "compile-loop/pr-9")).toHaveLength(1);
  });
});
