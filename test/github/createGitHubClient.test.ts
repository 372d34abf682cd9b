import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPullRequest } from "../../src/github/getPullRequest.js";
import { asHttpError } from "../../src/github/requestErrors.js";
import type { GitHubServer } from "../support/githubServer.js";
import { startGitHubServer } from "../support/githubServer.js";
import { clientFor, TEST_TOKEN } from "./clientFor.js";

const REPO = { owner: "octo", repo: "app" };
let gh: GitHubServer;

beforeEach(async () => {
  gh = await startGitHubServer();
  gh.addRepo("octo", "app");
  gh.addPullRequest("octo/app", { number: 5, headRef: "feature", headSha: "a".repeat(40) });
});
afterEach(async () => {
  await gh.close();
});

describe("createGitHubClient", () => {
  it("sends the token and talks to the configured base URL", async () => {
    const { client } = clientFor(gh);
    expect((await getPullRequest(client, REPO, 5)).headRef).toBe("feature");
    expect(gh.calls.at(-1)).toMatchObject({ method: "GET", path: "/repos/octo/app/pulls/5", hasAuth: true });
  });

  it("retries 5xx responses and then succeeds", async () => {
    gh.injectFault({ method: "GET", path: "/repos/octo/app/pulls/5" }, { kind: "server_error", status: 502 }, 2);
    const { client } = clientFor(gh, { retries: 3 });
    expect((await getPullRequest(client, REPO, 5)).number).toBe(5);
    expect(gh.callsTo("GET", "/repos/octo/app/pulls/5")).toHaveLength(3);
  });

  it("gives up after the configured number of 5xx retries with the status on the error", async () => {
    gh.injectFault({ path: "/repos/octo/app/pulls/5" }, { kind: "server_error", status: 503 }, 10);
    const { client } = clientFor(gh, { retries: 2 });
    const error = await getPullRequest(client, REPO, 5).catch((e: unknown) => e);
    expect(asHttpError(error)?.status).toBe(503);
    expect(gh.callsTo("GET", "/repos/octo/app/pulls/5")).toHaveLength(3);
  });

  it("waits out a primary rate limit (403, x-ratelimit-remaining: 0) using the reset header, then succeeds", async () => {
    gh.injectFault({ path: "/repos/octo/app/pulls/5" }, { kind: "rate_limit", resetInSeconds: 3 }, 1);
    const { client, notices } = clientFor(gh);
    expect((await getPullRequest(client, REPO, 5)).number).toBe(5);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "primary", retryCount: 0, willRetry: true, method: "GET" });
    // reset is 3 s ahead; the plugin adds one second so the retry lands after the reset.
    expect(notices[0]?.retryAfterSeconds).toBeGreaterThanOrEqual(3);
    expect(notices[0]?.retryAfterSeconds).toBeLessThanOrEqual(5);
    expect(gh.callsTo("GET", "/repos/octo/app/pulls/5")).toHaveLength(2);
  });

  it("honours retry-after on a secondary rate limit", async () => {
    gh.injectFault({ path: "/repos/octo/app/pulls/5" }, { kind: "secondary_rate_limit", retryAfterSeconds: 7 }, 1);
    const { client, notices } = clientFor(gh);
    expect((await getPullRequest(client, REPO, 5)).number).toBe(5);
    expect(notices).toEqual([expect.objectContaining({ kind: "secondary", retryAfterSeconds: 7, willRetry: true })]);
  });

  it("stops retrying rate limits after rateLimitRetries and surfaces the 403", async () => {
    gh.injectFault({ path: "/repos/octo/app/pulls/5" }, { kind: "rate_limit", resetInSeconds: 0 }, 5);
    const { client, notices } = clientFor(gh, { rateLimitRetries: 1 });
    const error = await getPullRequest(client, REPO, 5).catch((e: unknown) => e);
    expect(asHttpError(error)?.status).toBe(403);
    expect(notices.map((n) => n.willRetry)).toEqual([true, false]);
    expect(gh.callsTo("GET", "/repos/octo/app/pulls/5")).toHaveLength(2);
  });

  it("does not wait for a reset further away than maxRateLimitWaitSeconds", async () => {
    gh.injectFault({ path: "/repos/octo/app/pulls/5" }, { kind: "rate_limit", resetInSeconds: 3600 }, 1);
    const { client, notices } = clientFor(gh, { maxRateLimitWaitSeconds: 60 });
    const error = await getPullRequest(client, REPO, 5).catch((e: unknown) => e);
    expect(asHttpError(error)?.status).toBe(403);
    expect(notices[0]?.willRetry).toBe(false);
  });

  it("keeps the token out of thrown errors", async () => {
    const { client } = clientFor(gh, { retries: 0 });
    const error = await getPullRequest(client, REPO, 999).catch((e: unknown) => e);
    expect(asHttpError(error)?.status).toBe(404);
    const request = (error as { request?: unknown }).request;
    expect(`${String(error)} ${JSON.stringify(request)}`).not.toContain(TEST_TOKEN);
  });
});
