import { retry } from "@octokit/plugin-retry";
import type { ThrottlingOptions } from "@octokit/plugin-throttling";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

/** A rate limit GitHub reported, and what the client does about it. */
export interface RateLimitNotice {
  kind: "primary" | "secondary";
  /** Seconds until GitHub allows the request again (from retry-after or x-ratelimit-reset). */
  retryAfterSeconds: number;
  method: string;
  url: string;
  /** Retries already made for this request. */
  retryCount: number;
  willRetry: boolean;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root: https://api.github.com, GHES `https://host/api/v3`, or GITHUB_API_URL in tests. */
  baseUrl?: string;
  userAgent?: string;
  /** Retries for 5xx and network errors (default 3). */
  retries?: number;
  /** Retries after a rate limit (default 2). */
  rateLimitRetries?: number;
  /** Do not wait longer than this for a rate limit to reset (default 900 s); give up instead. */
  maxRateLimitWaitSeconds?: number;
  onRateLimit?: (notice: RateLimitNotice) => void;
  /** Octokit's own warnings and errors (deprecations, plugin messages). */
  log?: (level: "warn" | "error", message: string) => void;
  /** Length of one "second" of retry delay, in milliseconds (default 1000; tests shrink it). */
  retryDelayUnitMs?: number;
  /** Clients with the same id share write throttling. */
  throttleId?: string;
  /**
   * Space out writes as GitHub asks integrations to (1 s between writes, 3 s
   * between ones that notify people). Default true; tests against a loopback
   * server turn it off.
   */
  spaceOutWrites?: boolean;
}

type ThrottleGroup = NonNullable<ThrottlingOptions["write"]>;

/** A stand-in for the plugin's write/notification limiter groups that never waits. */
const UNSPACED_GROUP = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(job(...args)),
  }),
} as unknown as ThrottleGroup;

const GitHubOctokit = Octokit.plugin(retry, throttling);

/** The client every function in src/github takes; a plain Octokit works too. */
export type GitHubClient = Octokit;

const DEFAULT_BASE_URL = "https://api.github.com";

/** Octokit with retries for 5xx and throttling that waits out rate limits (honouring retry-after / x-ratelimit-reset). */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 900;
  const unit = options.retryDelayUnitMs ?? 1000;

  const decide = (kind: RateLimitNotice["kind"]) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
    options.onRateLimit?.({ kind, retryAfterSeconds: retryAfter, method: request.method, url: request.url, retryCount, willRetry });
    return willRetry;
  };
  const log = options.log;
  const silent = () => undefined;

  return new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    userAgent: options.userAgent ?? "compile-loop",
    log: {
      debug: silent,
      info: silent,
      warn: (message: string) => log?.("warn", message),
      error: (message: string) => log?.("error", message),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: unit },
    throttle: {
      id: options.throttleId ?? "compile-loop",
      retryAfterBaseValue: unit,
      onRateLimit: decide("primary"),
      onSecondaryRateLimit: decide("secondary"),
      ...(options.spaceOutWrites === false ? { write: UNSPACED_GROUP, notifications: UNSPACED_GROUP } : {}),
    },
  });
}
