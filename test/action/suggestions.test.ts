import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git } from "../support/actionHarness.js";
import { FIXED_MATH, MULTI_FILE_FIX } from "../support/buggyProject.js";
import { pullRequestEvent, workflowRunEvent } from "../support/webhookPayloads.js";
import { createEvidence, type Evidence } from "../support/hostileTestCommand.js";
import { USER_ISOLATION_SKIP_REASON, userIsolationAvailable } from "../support/userIsolation.js";
import { TEST_COMMAND } from "../support/buggyProject.js";
import { API_KEY, GITHUB_TOKEN, startActionScenario, type ActionScenario } from "./actionFixture.js";
import type { FakeReviewComment } from "../support/githubServer.js";
import { expectContained, testUserUid } from "../isolation/isolationAssertions.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
let evidence: Evidence | undefined;
afterEach(async () => {
  await scenario?.close();
  await evidence?.remove();
  scenario = undefined;
  evidence = undefined;
});

/** The PR's real diff of a file, as GitHub's pulls files endpoint gives it (hunks only). */
async function prPatch(s: ActionScenario, file: string): Promise<string> {
  const diff = await git(s.repo.origin, ["diff", s.repo.baseSha, s.repo.headSha, "--", file]);
  return diff.slice(diff.indexOf("@@"));
}

/** Applies suggestion comments to a file's text as "Commit suggestion" does. */
function applySuggestions(text: string, comments: readonly FakeReviewComment[]): string {
  const lines = text.split("\n");
  const sorted = [...comments].sort((a, b) => b.line - a.line);
  for (const c of sorted) {
    const suggestion = /```+suggestion\n([\s\S]*?)\n?```+/.exec(c.body);
    if (suggestion === null) throw new Error(`no suggestion block in: ${c.body}`);
    const start = (c.startLine ?? c.line) - 1;
    const replacement = suggestion[1] === "" ? [] : (suggestion[1] ?? "").split("\n");
    lines.splice(start, c.line - start, ...replacement);
  }
  return lines.join("\n");
}

function openedEvent(s: ActionScenario) {
  return pullRequestEvent({ number: s.repo.prNumber, headRef: s.repo.headRef, headSha: s.repo.headSha });
}

suite("action: fixes delivered as suggested changes", () => {
  it("push: auto (the default) delivers a small fix inside the diff as one review whose suggestions apply cleanly to the PR head", async () => {
    const s = (scenario = await startActionScenario());
    s.pr.patches = { "src/math.js": await prPatch(s, "src/math.js") };
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), {});
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.ghRepo.reviews).toHaveLength(1);
    expect(s.ghRepo.reviews[0]?.commitId).toBe(s.repo.headSha);
    expect(run.outputs["review-url"]).toContain(`#pullrequestreview-${s.ghRepo.reviews[0]?.id}`);
    const headMath = await git(s.repo.origin, ["show", `${s.repo.headSha}:src/math.js`]);
    expect(applySuggestions(headMath, s.ghRepo.reviewComments)).toBe(FIXED_MATH);
    // Nothing pushed, no fix PR: the suggestions are the delivery.
    expect(await git(s.repo.origin, ["for-each-ref", "refs/heads/compile-loop/"])).toBe("");
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    expect(s.statusComments().at(-1)).toContain("Suggested as 1 change in [a review]");
  });

  it("a fix outside the PR's diff falls back to a fix branch and PR, and the comment says why", async () => {
    const s = (scenario = await startActionScenario());
    // The PR touches only double(), so the fix to add() is off the diff.
    s.pr.patches = { "src/math.js": "@@ -6,1 +6,1 @@\n-  return n + n;\n+  return n * 2;" };
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), {});
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.ghRepo.reviews).toHaveLength(0);
    expect(run.outputs.branch).toBe("compile-loop/pr-7");
    expect(run.outputs["pull-request-number"]).not.toBe("");
    expect(s.statusComments().at(-1)).toContain("Not suggested: line 2 of src/math.js is outside the pull request's diff, where GitHub does not accept suggestions.");
  });

  it("a review GitHub refuses (422: the PR's diff changed meanwhile) falls back to a fix PR and says why", async () => {
    const s = (scenario = await startActionScenario());
    s.pr.patches = { "src/math.js": await prPatch(s, "src/math.js") };
    s.gh.onRequest = (call) => {
      // Someone pushes to the PR between our read of its diff and the review: line 2 is no longer in it.
      if (call.method === "POST" && call.path.endsWith("/reviews")) s.pr.patches = { "src/math.js": "@@ -6,1 +6,1 @@\n-  return n + n;\n+  return n * 2;" };
    };
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), {});
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.ghRepo.reviews).toHaveLength(0);
    expect(run.outputs.branch).toBe("compile-loop/pr-7");
    expect(s.statusComments().at(-1)).toContain("Not suggested: GitHub refused the suggestions");
  });

  it("a re-run replaces its earlier suggestions instead of piling them up", async () => {
    const s = (scenario = await startActionScenario());
    s.pr.patches = { "src/math.js": await prPatch(s, "src/math.js") };
    s.model.replyText(MULTI_FILE_FIX);
    s.model.replyText(MULTI_FILE_FIX);
    expect((await s.run("pull_request", openedEvent(s), {})).outputs.ok).toBe("true");
    // A re-run starts from a fresh checkout of the same head, as on a new runner.
    await git(s.repo.workspace, ["checkout", "--", "."]);
    const run = await s.run("pull_request", openedEvent(s), {});
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.ghRepo.reviews).toHaveLength(2);
    const [first, second] = s.ghRepo.reviews;
    expect(s.ghRepo.reviewComments.map((c) => c.reviewId)).toEqual([second?.id]);
    expect(first?.body).toContain("Superseded");
    expect(second?.body).not.toContain("Superseded");
  });

  it("a read-only token (a fork's pull_request run) gets 403 on writes: the run ends with the reason, nothing half-written", async () => {
    const s = (scenario = await startActionScenario({ fork: true }));
    s.gh.readOnlyTokens.add(GITHUB_TOKEN);
    const run = await s.run("pull_request", openedEvent(s), { "api-key": "" }, { OPENAI_API_KEY: "" });
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("fork");
    expect(run.stdout).toContain("pull_request runs from forks get no secrets and a read-only token; fix fork pull requests from workflow_run instead");
    expect(s.gh.calls.filter((c) => c.method !== "GET")).toHaveLength(0);
    expect(s.model.completions).toHaveLength(0);
  });
});

const withUser = bundleBuilt && userIsolationAvailable ? describe : describe.skip;
withUser(`action: a fork pull request fixed through workflow_run (${USER_ISOLATION_SKIP_REASON ?? "user isolation"})`, () => {
  it("fork-prs: auto runs the fork's code only as the test user and delivers suggestions; no secret is reachable from it", async () => {
    const s = (scenario = await startActionScenario({ fork: true }));
    const e = (evidence = await createEvidence());
    s.pr.patches = { "src/math.js": await prPatch(s, "src/math.js") };
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run(
      "workflow_run",
      workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef }),
      { "test-command": e.command(TEST_COMMAND) },
      { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN },
    );
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.isolation).toBe("user");
    await expectContained(e, [API_KEY, GITHUB_TOKEN], testUserUid(run.stdout));
    expect(s.ghRepo.reviews).toHaveLength(1);
    expect(run.outputs.branch).toBe("");
    const headMath = await git(s.repo.origin, ["show", `${s.repo.headSha}:src/math.js`]);
    expect(applySuggestions(headMath, s.ghRepo.reviewComments)).toBe(FIXED_MATH);
  });

  it("fork-prs: auto with test-isolation: none skips the fork and says what would enable it", async () => {
    const s = (scenario = await startActionScenario({ fork: true }));
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef }), { "test-isolation": "none" }, { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN });
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("fork");
    expect(run.stdout).toContain("with test-isolation: none its code could read them. Set test-isolation: auto (or user) to fix fork pull requests safely");
    expect(s.model.completions).toHaveLength(0);
    // The pull request hears it too, with what would enable it.
    expect(s.statusComments().at(-1)).toContain("Set test-isolation: auto (or user) to fix fork pull requests safely");
  });
});

suite("action: a fork pull request whose fix does not fit as suggestions", () => {
  async function forkScenario(maintainerCanModify: boolean): Promise<{ s: ActionScenario; fork: string }> {
    const s = (scenario = await startActionScenario({ fork: true }));
    // The fork: a bare repository holding the PR's head branch, which the action may push to only if the author allows it.
    const fork = `${s.repo.root}/fork.git`;
    await git(s.repo.root, ["clone", "--quiet", "--bare", s.repo.origin, fork]);
    s.pr.headCloneUrl = fork;
    s.pr.maintainerCanModify = maintainerCanModify;
    s.model.replyText(MULTI_FILE_FIX);
    return { s, fork };
  }

  it("fork-prs: push commits onto the fork's branch when its author allows edits from maintainers, with the tested head as the lease", async () => {
    const { s, fork } = await forkScenario(true);
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef }), { "fork-prs": "push" }, { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe(s.repo.headRef);
    const pushed = (await git(fork, ["rev-parse", `refs/heads/${s.repo.headRef}`])).trim();
    expect((await git(fork, ["rev-parse", `${pushed}^`])).trim()).toBe(s.repo.headSha);
    expect(await git(fork, ["show", `${pushed}:src/math.js`])).toBe(FIXED_MATH);
    // The base repository's copy of the branch is untouched.
    expect((await git(s.repo.origin, ["rev-parse", `refs/heads/${s.repo.headRef}`])).trim()).toBe(s.repo.headSha);
  });

  it("fork-prs: push without the author's permission pushes nothing and says why", async () => {
    const { s, fork } = await forkScenario(false);
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef }), { "fork-prs": "push" }, { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe("");
    expect((await git(fork, ["rev-parse", `refs/heads/${s.repo.headRef}`])).trim()).toBe(s.repo.headSha);
    expect(s.statusComments().at(-1)).toContain("its author does not allow edits from maintainers");
  });
});
