import { randomUUID } from "node:crypto";
import type { GitHubClient, GitHubClientOptions, RateLimitNotice } from "../../src/github/createGitHubClient.js";
import { createGitHubClient } from "../../src/github/createGitHubClient.js";
import type { GitHubServer } from "../support/githubServer.js";

export const TEST_TOKEN = "ghs_loopbackTestToken0123456789";

/** A real Octokit client pointed at the loopback server, with retry delays shrunk to milliseconds. */
export function clientFor(gh: GitHubServer, extra: Partial<GitHubClientOptions> = {}): { client: GitHubClient; notices: RateLimitNotice[]; logs: string[] } {
  const notices: RateLimitNotice[] = [];
  const logs: string[] = [];
  const client = createGitHubClient({
    token: TEST_TOKEN,
    baseUrl: gh.url,
    retryDelayUnitMs: 5,
    // A fresh throttling id per client: write spacing from other tests does not carry over.
    throttleId: randomUUID(),
    spaceOutWrites: false,
    onRateLimit: (notice) => notices.push(notice),
    log: (level, message) => logs.push(`${level}: ${message}`),
    ...extra,
  });
  return { client, notices, logs };
}
