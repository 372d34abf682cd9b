/**
 * A loopback HTTP server (127.0.0.1, random port) that plays enough of the
 * GitHub REST API for Octokit, with in-memory state, a record of every call and
 * fault injection. Reuse it in any test that talks to GitHub.
 *
 * API
 *   const gh = await startGitHubServer();           // gh.url is the API base URL (GITHUB_API_URL)
 *   const repo = gh.addRepo("octo", "app");          // state lives in plain objects you can seed and inspect
 *   repo.permissions.alice = "write";                // or { permission: "read", role_name: "triage" }
 *   const pr = gh.addPullRequest("octo/app", { number: 7, headRef: "feat", headSha: "abc", baseRef: "main" });
 *   gh.addComment("octo/app", 7, { body: "hi", user: { login: "bob" } });
 *   gh.calls                                         // [{ method, path, query, body, hasAuth }] in order
 *   gh.callsTo("POST", /\/comments$/)                // filtered calls
 *   gh.injectFault({ method: "POST", path: /\/comments$/ }, { kind: "server_error", status: 502 }, 2)
 *       fault kinds: server_error (5xx) | rate_limit (403, x-ratelimit-remaining: 0, x-ratelimit-reset = now + resetInSeconds)
 *                    | secondary_rate_limit (403 + retry-after) | body_too_long (422 like GitHub's)
 *   gh.onRequest = (call) => { ... }                 // runs before each request is answered: mutate state to stage races
 *   gh.requireAuth = true                            // 401 for calls without an Authorization header (default true)
 *   await gh.close();                                // in afterEach/afterAll
 *
 * Routes
 *   GET    /repos/{o}/{r}
 *   GET    /repos/{o}/{r}/collaborators/{user}/permission   (404 for users not seeded, like an unknown login)
 *   GET    /repos/{o}/{r}/issues/{n}/comments               (per_page/page, Link header)
 *   POST   /repos/{o}/{r}/issues/{n}/comments               (422 "body is too long" over 65,536 characters)
 *   PATCH  /repos/{o}/{r}/issues/comments/{id}              (same limit)
 *   POST   /repos/{o}/{r}/issues/comments/{id}/reactions
 *   GET    /repos/{o}/{r}/pulls                             (state, head=owner:branch, base, per_page/page)
 *   POST   /repos/{o}/{r}/pulls                             (422 when an open PR for head→base exists)
 *   GET    /repos/{o}/{r}/pulls/{n}
 *   PATCH  /repos/{o}/{r}/pulls/{n}
 *   GET    /repos/{o}/{r}/pulls/{n}/files                   (from the seeded PR's `files`)
 *   GET    /repos/{o}/{r}/commits/{sha}/pulls
 *   POST   /repos/{o}/{r}/pulls/{n}/reviews                 (422 for a comment on a line outside the PR's diff, as GitHub)
 *   GET    /repos/{o}/{r}/pulls/{n}/reviews, PUT .../reviews/{id} (body)
 *   GET    /repos/{o}/{r}/pulls/{n}/comments, DELETE /repos/{o}/{r}/pulls/comments/{id}
 *
 * Tokens: gh.readOnlyTokens.add(token) makes every non-GET call with that token a 403, as GitHub does for the
 * read-only token of a pull_request run from a fork. List endpoints return the short PR shape (no `merged`).
 *   GET    /user                                            (the actor; 403 for a bot, as for an installation token)
 *   anything else: 404 with GitHub's JSON error shape
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export const GITHUB_COMMENT_LIMIT = 65_536;

export interface FakeUser {
  login: string;
  type?: "User" | "Bot";
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeReaction {
  commentId: number;
  content: string;
  user: FakeUser;
}

export interface FakePullRequest {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string | null;
  headRef: string;
  headSha: string;
  /** "owner/name" of the head repository; differs from the base for forks; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRef: string;
  baseSha: string;
  user: FakeUser;
  draft: boolean;
  merged: boolean;
  /** Files the PR adds or modifies, served by GET .../pulls/{n}/files. */
  files?: string[];
  /** Unified patch per file (from "@@"), served as `patch`; review comments are only accepted on its lines. */
  patches?: Record<string, string>;
  /** The author allows maintainers to push to the head branch (default false). */
  maintainerCanModify?: boolean;
  /** Served as head.repo.clone_url instead of the github.com URL (a local bare repository in tests). */
  headCloneUrl?: string;
}

export interface FakeReviewComment {
  id: number;
  reviewId: number;
  path: string;
  line: number;
  startLine: number | null;
  body: string;
}

export interface FakeReview {
  id: number;
  pullNumber: number;
  commitId: string;
  event: string;
  body: string;
  user: FakeUser;
}

export type FakePermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface FakeRepo {
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  /** login → permission; maintain/triage are reported as role_name with the legacy permission write/read. */
  permissions: Record<string, FakePermission | { permission: string; role_name?: string }>;
  pulls: FakePullRequest[];
  comments: FakeComment[];
  reactions: FakeReaction[];
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  hasAuth: boolean;
}

export type Fault =
  | { kind: "server_error"; status?: 500 | 502 | 503 | 504 }
  | { kind: "rate_limit"; resetInSeconds?: number }
  | { kind: "secondary_rate_limit"; retryAfterSeconds?: number }
  | { kind: "body_too_long" };

export interface FaultMatcher {
  method?: string;
  path: RegExp | string;
}

interface PendingFault {
  matcher: FaultMatcher;
  fault: Fault;
  remaining: number;
}

export interface GitHubServer {
  url: string;
  calls: RecordedCall[];
  repos: Map<string, FakeRepo>;
  requireAuth: boolean;
  /** Called with each recorded call before it is answered; tests use it to change state mid-flight (races). */
  onRequest: ((call: RecordedCall) => void) | null;
  /** The login comments and PRs are created as (the token's identity). */
  actor: FakeUser;
  /** Tokens that may only read: every other method gets 403. */
  readOnlyTokens: Set<string>;
  addRepo(owner: string, name: string, defaultBranch?: string): FakeRepo;
  addPullRequest(fullName: string, pr: Partial<FakePullRequest> & { number: number; headRef: string; headSha: string }): FakePullRequest;
  addComment(fullName: string, issueNumber: number, comment: { body: string; user: FakeUser }): FakeComment;
  /** The next `times` requests matching `matcher` get `fault` instead of an answer. */
  injectFault(matcher: FaultMatcher, fault: Fault, times?: number): void;
  callsTo(method: string, path: RegExp | string): RecordedCall[];
  close(): Promise<void>;
}

const NOT_FOUND = { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" };

function userJson(user: FakeUser, id: number): Record<string, unknown> {
  return { login: user.login, id, type: user.type ?? "User", html_url: `https://github.com/${user.login}` };
}

function parseJsonOrText(raw: string): unknown {
  if (raw === "") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function matches(matcher: FaultMatcher, method: string, path: string): boolean {
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== method) return false;
  return typeof matcher.path === "string" ? matcher.path === path : matcher.path.test(path);
}

/** RIGHT-side line numbers inside the hunks of a unified patch: where GitHub takes review comments. */
function rightSideLines(patch: string): Set<number> {
  const out = new Set<number>();
  let next = 0;
  for (const row of patch.split("\n")) {
    const hunk = row.match(/^@@ -[\d,]+ \+(\d+)/);
    if (hunk) next = Number(hunk[1]);
    else if (next > 0 && (row[0] === "+" || row[0] === " ")) out.add(next++);
  }
  return out;
}

export async function startGitHubServer(): Promise<GitHubServer> {
  const repos = new Map<string, FakeRepo>();
  const calls: RecordedCall[] = [];
  const faults: PendingFault[] = [];
  let nextId = 1000;
  const clock = () => new Date().toISOString();
  let baseUrl = "";

  const state: GitHubServer = {
    url: "",
    calls,
    repos,
    requireAuth: true,
    onRequest: null,
    actor: { login: "github-actions[bot]", type: "Bot" },
    readOnlyTokens: new Set<string>(),
    addRepo(owner, name, defaultBranch = "main") {
      const repo: FakeRepo = { owner, name, fullName: `${owner}/${name}`, defaultBranch, permissions: {}, pulls: [], comments: [], reactions: [], reviews: [], reviewComments: [] };
      repos.set(repo.fullName.toLowerCase(), repo);
      return repo;
    },
    addPullRequest(fullName, pr) {
      const repo = mustRepo(fullName);
      const full: FakePullRequest = {
        state: "open",
        title: `PR ${pr.number}`,
        body: "",
        headRepoFullName: repo.fullName,
        baseRef: repo.defaultBranch,
        baseSha: "0".repeat(40),
        user: { login: "octocat" },
        draft: false,
        merged: false,
        ...pr,
      };
      repo.pulls.push(full);
      return full;
    },
    addComment(fullName, issueNumber, comment) {
      const repo = mustRepo(fullName);
      const now = clock();
      const created: FakeComment = { id: nextId++, issueNumber, body: comment.body, user: comment.user, createdAt: now, updatedAt: now };
      repo.comments.push(created);
      return created;
    },
    injectFault(matcher, fault, times = 1) {
      faults.push({ matcher, fault, remaining: times });
    },
    callsTo(method, path) {
      return calls.filter((c) => matches({ method, path }, c.method, c.path));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  function mustRepo(fullName: string): FakeRepo {
    const repo = repos.get(fullName.toLowerCase());
    if (repo === undefined) throw new Error(`githubServer: no repo ${fullName}; call addRepo first`);
    return repo;
  }

  function prJson(repo: FakeRepo, pr: FakePullRequest): Record<string, unknown> {
    const headRepo =
      pr.headRepoFullName === null
        ? null
        : {
            full_name: pr.headRepoFullName,
            name: pr.headRepoFullName.split("/")[1],
            owner: { login: pr.headRepoFullName.split("/")[0] },
            fork: pr.headRepoFullName.toLowerCase() !== repo.fullName.toLowerCase(),
            clone_url: pr.headCloneUrl ?? `https://github.com/${pr.headRepoFullName}.git`,
          };
    const headOwner = pr.headRepoFullName?.split("/")[0] ?? "unknown";
    return {
      id: pr.number * 10,
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      draft: pr.draft,
      merged: pr.merged,
      maintainer_can_modify: pr.maintainerCanModify ?? false,
      html_url: `https://github.com/${repo.fullName}/pull/${pr.number}`,
      url: `${baseUrl}/repos/${repo.fullName}/pulls/${pr.number}`,
      user: userJson(pr.user, 1),
      head: { ref: pr.headRef, sha: pr.headSha, label: `${headOwner}:${pr.headRef}`, repo: headRepo },
      base: {
        ref: pr.baseRef,
        sha: pr.baseSha,
        label: `${repo.owner}:${pr.baseRef}`,
        repo: { full_name: repo.fullName, name: repo.name, owner: { login: repo.owner }, fork: false },
      },
    };
  }

  function shortPrJson(repo: FakeRepo, pr: FakePullRequest): Record<string, unknown> {
    const { merged: _merged, ...short } = prJson(repo, pr);
    return short;
  }

  function reviewJson(repo: FakeRepo, r: FakeReview): Record<string, unknown> {
    return { id: r.id, body: r.body, state: r.event === "COMMENT" ? "COMMENTED" : r.event, commit_id: r.commitId, user: userJson(r.user, 6), html_url: `https://github.com/${repo.fullName}/pull/${r.pullNumber}#pullrequestreview-${r.id}` };
  }

  function commentJson(repo: FakeRepo, c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      body: c.body,
      user: userJson(c.user, 2),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: `https://github.com/${repo.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${baseUrl}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    };
  }

  function page<T>(items: T[], query: Record<string, string>, path: string, res: http.ServerResponse): T[] {
    const perPage = Math.min(Math.max(Number(query.per_page ?? "30") || 30, 1), 100);
    const pageNumber = Math.max(Number(query.page ?? "1") || 1, 1);
    const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    if (pageNumber < last) {
      const link = (n: number) => {
        const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
        return `${baseUrl}${path}?${params.toString()}`;
      };
      res.setHeader("link", `<${link(pageNumber + 1)}>; rel="next", <${link(last)}>; rel="last"`);
    }
    return slice;
  }

  const tooLong = {
    message: "Validation Failed",
    errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }],
    documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
    status: "422",
  };

  type Handler = (m: RegExpMatchArray, ctx: { query: Record<string, string>; body: Record<string, unknown>; path: string; res: http.ServerResponse }) => [number, unknown];
  const routes: [string, RegExp, Handler][] = [
    ["GET", /^\/repos\/([^/]+)\/([^/]+)$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      return [200, { full_name: repo.fullName, name: repo.name, owner: { login: repo.owner }, default_branch: repo.defaultBranch, fork: false }];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const login = decodeURIComponent(m[3] ?? "");
      const entry = repo?.permissions[login];
      if (repo === undefined || entry === undefined) return [404, NOT_FOUND];
      const legacy: Record<FakePermission, string> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read", none: "none" };
      const shaped = typeof entry === "string" ? { permission: legacy[entry], role_name: entry } : entry;
      return [200, { ...shaped, user: userJson({ login }, 3) }];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      const all = repo.comments.filter((c) => c.issueNumber === Number(m[3]));
      return [200, page(all, ctx.query, ctx.path, ctx.res).map((c) => commentJson(repo, c))];
    }],
    ["POST", /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      const body = typeof ctx.body.body === "string" ? ctx.body.body : "";
      if (body.length > GITHUB_COMMENT_LIMIT) return [422, tooLong];
      return [201, commentJson(repo, state.addComment(repo.fullName, Number(m[3]), { body, user: state.actor }))];
    }],
    ["PATCH", /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const comment = repo?.comments.find((c) => c.id === Number(m[3]));
      if (repo === undefined || comment === undefined) return [404, NOT_FOUND];
      const body = typeof ctx.body.body === "string" ? ctx.body.body : "";
      if (body.length > GITHUB_COMMENT_LIMIT) return [422, tooLong];
      comment.body = body;
      comment.updatedAt = clock();
      return [200, commentJson(repo, comment)];
    }],
    ["POST", /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const commentId = Number(m[3]);
      if (repo === undefined || !repo.comments.some((c) => c.id === commentId)) return [404, NOT_FOUND];
      const content = String(ctx.body.content ?? "");
      const existing = repo.reactions.find((r) => r.commentId === commentId && r.content === content && r.user.login === state.actor.login);
      if (existing !== undefined) return [200, { id: 1, content, user: userJson(state.actor, 4) }];
      repo.reactions.push({ commentId, content, user: state.actor });
      return [201, { id: repo.reactions.length, content, user: userJson(state.actor, 4) }];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      const wanted = ctx.query.state ?? "open";
      const list = repo.pulls.filter((pr) => {
        if (wanted !== "all" && pr.state !== wanted) return false;
        if (ctx.query.base !== undefined && pr.baseRef !== ctx.query.base) return false;
        if (ctx.query.head !== undefined) {
          const [owner, ref] = ctx.query.head.includes(":") ? ctx.query.head.split(":", 2) : [repo.owner, ctx.query.head];
          if (pr.headRef !== ref || (pr.headRepoFullName ?? "").split("/")[0]?.toLowerCase() !== owner?.toLowerCase()) return false;
        }
        return true;
      });
      // List endpoints return the short shape: no `merged`, as GitHub's pull-request-simple.
      return [200, page(list, ctx.query, ctx.path, ctx.res).map((pr) => shortPrJson(repo, pr))];
    }],
    ["POST", /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      const head = String(ctx.body.head ?? "");
      const base = String(ctx.body.base ?? "");
      const [owner, ref] = head.includes(":") ? head.split(":", 2) : [repo.owner, head];
      if (repo.pulls.some((pr) => pr.state === "open" && pr.headRef === ref && pr.baseRef === base)) {
        return [422, { message: "Validation Failed", errors: [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${owner}:${ref}.` }], status: "422" }];
      }
      const number = Math.max(0, ...repo.pulls.map((p) => p.number)) + 1;
      const pr = state.addPullRequest(repo.fullName, {
        number,
        headRef: ref ?? head,
        headSha: "f".repeat(40),
        headRepoFullName: `${owner}/${repo.name}`,
        baseRef: base,
        title: String(ctx.body.title ?? ""),
        body: typeof ctx.body.body === "string" ? ctx.body.body : null,
        user: state.actor,
      });
      return [201, prJson(repo, pr)];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const pr = repo?.pulls.find((p) => p.number === Number(m[3]));
      if (repo === undefined || pr === undefined) return [404, NOT_FOUND];
      return [200, prJson(repo, pr)];
    }],
    ["PATCH", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const pr = repo?.pulls.find((p) => p.number === Number(m[3]));
      if (repo === undefined || pr === undefined) return [404, NOT_FOUND];
      if (typeof ctx.body.title === "string") pr.title = ctx.body.title;
      if (typeof ctx.body.body === "string") pr.body = ctx.body.body;
      if (ctx.body.state === "open" || ctx.body.state === "closed") pr.state = ctx.body.state;
      return [200, prJson(repo, pr)];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const pr = repo?.pulls.find((p) => p.number === Number(m[3]));
      if (repo === undefined || pr === undefined) return [404, NOT_FOUND];
      const names = pr.files ?? Object.keys(pr.patches ?? {});
      return [200, names.map((filename, i) => ({ sha: String(i).padStart(40, "0"), filename, status: "modified", additions: 1, deletions: 1, changes: 2, ...(pr.patches?.[filename] !== undefined ? { patch: pr.patches[filename] } : {}) }))];
    }],
    ["GET", /^\/user$/, () => {
      if (state.actor.type === "Bot") return [403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user" }];
      return [200, userJson(state.actor, 1)];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/pulls$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      // GitHub only knows commits in this repository: fork heads are not found this way.
      const list = repo.pulls.filter((pr) => pr.headSha === m[3] && pr.headRepoFullName?.toLowerCase() === repo.fullName.toLowerCase());
      return [200, list.map((pr) => shortPrJson(repo, pr))];
    }],
    ["POST", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const pr = repo?.pulls.find((p) => p.number === Number(m[3]));
      if (repo === undefined || pr === undefined) return [404, NOT_FOUND];
      const requested = Array.isArray(ctx.body.comments) ? (ctx.body.comments as Record<string, unknown>[]) : [];
      for (const c of requested) {
        const patch = pr.patches?.[String(c.path)];
        const last = Number(c.line);
        const first = c.start_line === undefined ? last : Number(c.start_line);
        const onDiff = patch !== undefined && rightSideLines(patch);
        for (let n = first; n <= last; n++) {
          if (onDiff === false || !onDiff.has(n) || c.side !== "RIGHT") {
            return [422, { message: "Unprocessable Entity", errors: ["Line could not be resolved"], documentation_url: "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request", status: "422" }];
          }
        }
      }
      const review: FakeReview = { id: nextId++, pullNumber: pr.number, commitId: String(ctx.body.commit_id ?? pr.headSha), event: String(ctx.body.event ?? "PENDING"), body: String(ctx.body.body ?? ""), user: state.actor };
      repo.reviews.push(review);
      for (const c of requested) {
        repo.reviewComments.push({ id: nextId++, reviewId: review.id, path: String(c.path), line: Number(c.line), startLine: c.start_line === undefined ? null : Number(c.start_line), body: String(c.body ?? "") });
      }
      return [200, reviewJson(repo, review)];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      return [200, page(repo.reviews.filter((r) => r.pullNumber === Number(m[3])), ctx.query, ctx.path, ctx.res).map((r) => reviewJson(repo, r))];
    }],
    ["PUT", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews\/(\d+)$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const review = repo?.reviews.find((r) => r.id === Number(m[4]) && r.pullNumber === Number(m[3]));
      if (repo === undefined || review === undefined) return [404, NOT_FOUND];
      review.body = String(ctx.body.body ?? "");
      return [200, reviewJson(repo, review)];
    }],
    ["GET", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/, (m, ctx) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (repo === undefined) return [404, NOT_FOUND];
      const reviewIds = new Set(repo.reviews.filter((r) => r.pullNumber === Number(m[3])).map((r) => r.id));
      const list = repo.reviewComments.filter((c) => reviewIds.has(c.reviewId));
      return [200, page(list, ctx.query, ctx.path, ctx.res).map((c) => ({ id: c.id, pull_request_review_id: c.reviewId, path: c.path, line: c.line, start_line: c.startLine, body: c.body, user: userJson(state.actor, 5) }))];
    }],
    ["DELETE", /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)$/, (m) => {
      const repo = repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const index = repo?.reviewComments.findIndex((c) => c.id === Number(m[3])) ?? -1;
      if (repo === undefined || index < 0) return [404, NOT_FOUND];
      repo.reviewComments.splice(index, 1);
      return [204, null];
    }],
  ];

  function faultResponse(fault: Fault, res: http.ServerResponse): void {
    const send = (status: number, headers: Record<string, string>, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));
    };
    switch (fault.kind) {
      case "server_error":
        send(fault.status ?? 502, {}, { message: "Server Error" });
        return;
      case "rate_limit": {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 0);
        send(403, { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "x-ratelimit-resource": "core" }, {
          message: "API rate limit exceeded for installation ID 1.",
          documentation_url: "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
          status: "403",
        });
        return;
      }
      case "secondary_rate_limit":
        send(403, { "retry-after": String(fault.retryAfterSeconds ?? 1) }, {
          message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        });
        return;
      case "body_too_long":
        send(422, {}, tooLong);
        return;
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = (req.method ?? "GET").toUpperCase();
      const path = url.pathname;
      const query = Object.fromEntries(url.searchParams.entries());
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = parseJsonOrText(raw);
      const hasAuth = typeof req.headers.authorization === "string" && req.headers.authorization !== "";
      const call: RecordedCall = { method, path, query, body, hasAuth };
      calls.push(call);
      state.onRequest?.(call);

      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-ratelimit-remaining": "4999" }).end(status === 204 ? undefined : JSON.stringify(payload));
      };
      if (state.requireAuth && !hasAuth) {
        send(401, { message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" });
        return;
      }
      const token = (req.headers.authorization ?? "").replace(/^(token|bearer)\s+/i, "");
      if (method !== "GET" && state.readOnlyTokens.has(token)) {
        send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" });
        return;
      }
      const pending = faults.find((f) => f.remaining > 0 && matches(f.matcher, method, path));
      if (pending !== undefined) {
        pending.remaining--;
        faultResponse(pending.fault, res);
        return;
      }
      for (const [routeMethod, pattern, handler] of routes) {
        if (routeMethod !== method) continue;
        const m = path.match(pattern);
        if (m === null) continue;
        const objectBody = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
        const [status, payload] = handler(m, { query, body: objectBody, path, res });
        send(status, payload);
        return;
      }
      send(404, NOT_FOUND);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  state.url = baseUrl;
  return state;
}
