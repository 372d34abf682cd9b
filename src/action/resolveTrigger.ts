import type { ActionInputs } from "./actionInputs.js";

export interface PullRequestRefs {
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository. */
  headRepo: string;
  baseRef: string;
  isFork: boolean;
}

/** What started this run and what it asks for, read from the event payload alone. */
export type Trigger =
  | { kind: "pull_request"; pr: PullRequestRefs; actor: string }
  | { kind: "comment"; prNumber: number; commentId: number; commenter: string; instructions: string }
  | { kind: "workflow_run"; runId: number; headSha: string; headBranch: string; actor: string; pullRequestNumbers: number[]; workflowName: string }
  | { kind: "branch"; event: "push" | "workflow_dispatch"; ref: string; sha: string; actor: string }
  | { kind: "ignored"; reason: string };

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return value !== null && typeof value === "object" ? (value as Json) : {};
}
function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

export function isBotLogin(login: string, type?: string): boolean {
  return type === "Bot" || /\[bot\]$/i.test(login);
}

/** Marker every comment compile-loop writes carries; its own comments never trigger it. */
export const OWN_COMMENT_MARKER = "<!-- compile-loop:";

function pullRequestRefs(pr: Json, baseRepo: string): PullRequestRefs {
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headRepo = str(obj(head.repo).full_name);
  return {
    number: num(pr.number),
    headSha: str(head.sha),
    headRef: str(head.ref),
    headRepo,
    baseRef: str(base.ref),
    isFork: headRepo !== "" && headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/**
 * Decides from the event name and payload whether this run has work to do.
 * Anything it does not handle becomes `ignored` with a reason for the log.
 */
export function resolveTrigger(eventName: string, payload: Json, inputs: Pick<ActionInputs, "triggerPhrase" | "branchPrefix">, repoFullName: string): Trigger {
  const sender = obj(payload.sender);
  const actor = str(sender.login);
  switch (eventName) {
    case "pull_request_target":
      // It runs with secrets and a write token on code from forks: too easy to turn into secret theft.
      return { kind: "ignored", reason: "pull_request_target is not handled: it hands secrets to code from forks; use pull_request, a /fix comment or workflow_run" };
    case "pull_request": {
      const action = str(payload.action);
      if (!["opened", "synchronize", "reopened"].includes(action) && action !== "") {
        return { kind: "ignored", reason: `pull_request action '${action}' is not handled (opened, synchronize and reopened are)` };
      }
      const pr = pullRequestRefs(obj(payload.pull_request), repoFullName);
      if (!pr.number || !pr.headSha) return { kind: "ignored", reason: "the pull_request payload has no pull request" };
      if (pr.headRef.startsWith(inputs.branchPrefix)) {
        return { kind: "ignored", reason: `pull request #${pr.number} comes from a fix branch (${pr.headRef}); fixes of fixes are not attempted` };
      }
      return { kind: "pull_request", pr, actor };
    }
    case "issue_comment": {
      if (str(payload.action) !== "created") return { kind: "ignored", reason: `issue_comment action '${str(payload.action)}' is not handled (created is)` };
      const issue = obj(payload.issue);
      const comment = obj(payload.comment);
      if (!issue.pull_request) return { kind: "ignored", reason: `#${num(issue.number)} is an issue, not a pull request` };
      const user = obj(comment.user);
      const login = str(user.login);
      const body = str(comment.body);
      if (isBotLogin(login, str(user.type)) || body.includes(OWN_COMMENT_MARKER)) {
        return { kind: "ignored", reason: `comment by ${login || "a bot"} is from a bot; bots never trigger a run` };
      }
      const trimmed = body.trimStart();
      const phrase = inputs.triggerPhrase;
      const startsWithPhrase = trimmed.toLowerCase().startsWith(phrase.toLowerCase());
      const boundary = trimmed.charAt(phrase.length);
      if (!startsWithPhrase || (boundary !== "" && !/\s/.test(boundary))) {
        return { kind: "ignored", reason: `the comment does not start with '${phrase}'` };
      }
      return { kind: "comment", prNumber: num(issue.number), commentId: num(comment.id), commenter: login, instructions: trimmed.slice(phrase.length).trim() };
    }
    case "workflow_run": {
      const run = obj(payload.workflow_run);
      if (str(payload.action) !== "completed") return { kind: "ignored", reason: `workflow_run action '${str(payload.action)}' is not handled (completed is)` };
      if (str(run.conclusion) !== "failure") return { kind: "ignored", reason: `the workflow run concluded '${str(run.conclusion)}', not 'failure'; nothing to fix` };
      const headBranch = str(run.head_branch);
      if (headBranch.startsWith(inputs.branchPrefix)) {
        return { kind: "ignored", reason: `the failed run is on a fix branch (${headBranch}); fixes of fixes are not attempted` };
      }
      const triggering = obj(run.triggering_actor);
      const prs = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => num(obj(p).number)).filter((n) => n > 0) : [];
      return {
        kind: "workflow_run",
        runId: num(run.id),
        headSha: str(run.head_sha),
        headBranch,
        actor: str(triggering.login) || str(obj(run.actor).login) || actor,
        pullRequestNumbers: prs,
        workflowName: str(run.name),
      };
    }
    case "push":
    case "workflow_dispatch": {
      const ref = str(payload.ref);
      const sha = str(payload.after) || str(obj(payload.head_commit).id);
      const branch = ref.replace(/^refs\/heads\//, "");
      if (branch.startsWith(inputs.branchPrefix)) {
        return { kind: "ignored", reason: `the run is on a fix branch (${branch}); fixes of fixes are not attempted` };
      }
      return { kind: "branch", event: eventName, ref, sha, actor };
    }
    default:
      return { kind: "ignored", reason: `event '${eventName}' is not handled; compile-loop runs on pull_request, issue_comment, workflow_run, workflow_dispatch and push` };
  }
}
