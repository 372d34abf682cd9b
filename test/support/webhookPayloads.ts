/**
 * Event payloads for the action tests, built from GitHub's own samples
 * (@octokit/webhooks-examples) with numbers, SHAs, logins and the repository
 * patched to match the test's origin and loopback GitHub.
 */
import { createRequire } from "node:module";

type Json = Record<string, unknown>;

interface WebhookDefinition {
  name: string;
  examples: Json[];
}

const require = createRequire(import.meta.url);
const definitions = require("@octokit/webhooks-examples") as WebhookDefinition[];

function sample(name: string, pick: (example: Json) => boolean = () => true): Json {
  const found = definitions.find((d) => d.name === name)?.examples.find(pick);
  if (found === undefined) throw new Error(`no ${name} sample in @octokit/webhooks-examples`);
  return structuredClone(found);
}

function obj(value: unknown): Json {
  if (value === null || typeof value !== "object") throw new Error("sample is not shaped as expected");
  return value as Json;
}

export const REPO = "Codertocat/Hello-World";

function user(login: string, type: "User" | "Bot" = "User"): Json {
  return { ...obj(sample("pull_request").sender), login, type };
}

export interface PullRequestEventOptions {
  action?: "opened" | "synchronize" | "reopened" | "closed";
  number: number;
  headRef: string;
  headSha: string;
  baseRef?: string;
  baseSha?: string;
  /** owner/name of the head repository (a fork when it differs from REPO). */
  headRepo?: string;
  sender?: string;
}

export function pullRequestEvent(options: PullRequestEventOptions): Json {
  const payload = sample("pull_request", (e) => e.action === "opened");
  payload.action = options.action ?? "opened";
  payload.number = options.number;
  const pr = obj(payload.pull_request);
  pr.number = options.number;
  const head = obj(pr.head);
  const base = obj(pr.base);
  head.ref = options.headRef;
  head.sha = options.headSha;
  const headRepo = options.headRepo ?? REPO;
  head.repo = { ...obj(head.repo), full_name: headRepo, name: headRepo.split("/")[1], fork: headRepo !== REPO };
  head.label = `${headRepo.split("/")[0]}:${options.headRef}`;
  base.ref = options.baseRef ?? "main";
  base.sha = options.baseSha ?? base.sha;
  base.repo = { ...obj(base.repo), full_name: REPO };
  payload.sender = user(options.sender ?? "Codertocat");
  return payload;
}

export interface IssueCommentEventOptions {
  prNumber: number;
  commentId: number;
  body: string;
  login: string;
  userType?: "User" | "Bot";
  /** false: the comment is on a plain issue. */
  onPullRequest?: boolean;
}

export function issueCommentEvent(options: IssueCommentEventOptions): Json {
  const payload = sample("issue_comment", (e) => e.action === "created");
  const issue = obj(payload.issue);
  issue.number = options.prNumber;
  if (options.onPullRequest !== false) {
    issue.pull_request = {
      url: `https://api.github.com/repos/${REPO}/pulls/${options.prNumber}`,
      html_url: `https://github.com/${REPO}/pull/${options.prNumber}`,
      diff_url: `https://github.com/${REPO}/pull/${options.prNumber}.diff`,
      patch_url: `https://github.com/${REPO}/pull/${options.prNumber}.patch`,
      merged_at: null,
    };
  } else {
    delete issue.pull_request;
  }
  const comment = obj(payload.comment);
  comment.id = options.commentId;
  comment.body = options.body;
  comment.user = user(options.login, options.userType);
  payload.sender = user(options.login, options.userType);
  return payload;
}

export interface WorkflowRunEventOptions {
  headSha: string;
  headBranch: string;
  conclusion?: "failure" | "success";
  /** Numbers for the payload's pull_requests; empty as for fork PRs and some pushes. */
  pullRequests?: { number: number; headRef: string; headSha: string }[];
  actor?: string;
}

export function workflowRunEvent(options: WorkflowRunEventOptions): Json {
  const payload = sample("workflow_run", (e) => e.action === "completed" && Array.isArray(obj(e.workflow_run).pull_requests) && obj(e.workflow_run).triggering_actor !== undefined);
  const run = obj(payload.workflow_run);
  run.conclusion = options.conclusion ?? "failure";
  run.head_sha = options.headSha;
  run.head_branch = options.headBranch;
  run.name = "CI";
  run.pull_requests = (options.pullRequests ?? []).map((pr) => ({
    url: `https://api.github.com/repos/${REPO}/pulls/${pr.number}`,
    id: pr.number * 100,
    number: pr.number,
    head: { ref: pr.headRef, sha: pr.headSha, repo: { name: "Hello-World" } },
    base: { ref: "main", sha: "0".repeat(40), repo: { name: "Hello-World" } },
  }));
  const actor = user(options.actor ?? "Codertocat");
  run.actor = actor;
  run.triggering_actor = actor;
  payload.sender = actor;
  return payload;
}

export function workflowDispatchEvent(ref: string): Json {
  const payload = sample("workflow_dispatch");
  payload.ref = ref;
  return payload;
}

export function releaseEvent(): Json {
  return sample("release", (e) => e.action === "published");
}
