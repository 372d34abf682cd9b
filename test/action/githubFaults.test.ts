import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, originRef } from "../support/actionHarness.js";
import { MULTI_FILE_FIX } from "../support/buggyProject.js";
import { pullRequestEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

function openedEvent(s: ActionScenario) {
  return pullRequestEvent({ number: s.repo.prNumber, headRef: s.repo.headRef, headSha: s.repo.headSha });
}

suite("action under GitHub API faults", () => {
  it("a 500 on creating the comment is retried and the run completes with one comment", async () => {
    const s = (scenario = await startActionScenario());
    s.gh.injectFault({ method: "POST", path: /\/issues\/7\/comments$/ }, { kind: "server_error", status: 500 }, 1);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(s.gh.callsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(s.statusComments()).toHaveLength(1);
    expect(s.statusComments()[0]).toContain("✅ fixed");
    expect(run.outputs["comment-url"]).toMatch(/#issuecomment-\d+$/);
  });

  it("a 422 'body is too long' is answered with a shorter body", async () => {
    const s = (scenario = await startActionScenario());
    s.gh.injectFault({ method: "POST", path: /\/issues\/7\/comments$/ }, { kind: "body_too_long" }, 1);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(s.gh.callsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(s.statusComments()).toHaveLength(1);
    expect(s.statusComments()[0]).toContain("✅ fixed");
  });

  it("a very long failing output still makes a comment within GitHub's limit", async () => {
    const s = (scenario = await startActionScenario());
    const noisy = `node -e "console.error('x'.repeat(200000))"; node math.test.js`;
    s.model.replyText(MULTI_FILE_FIX);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { "test-command": noisy, "max-iterations": "1", push: "none" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const body = s.statusComments()[0] ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("✅ fixed");
  });

  it("a fix PR that cannot be opened still leaves the pushed branch, and the comment says what to do", async () => {
    const s = (scenario = await startActionScenario());
    // GitHub refuses the PR (as with "GitHub Actions is not permitted to create pull requests").
    s.gh.injectFault({ method: "POST", path: /\/pulls$/ }, { kind: "body_too_long" }, 1);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(run.outputs["failure-reason"]).toBe("");
    expect(run.outputs.branch).toBe("compile-loop/pr-7");
    expect(run.outputs["pull-request-number"]).toBe("");
    expect(await originRef(s.repo, "refs/heads/compile-loop/pr-7")).not.toBeNull();
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("✅ fixed");
    expect(body).toContain("the fix PR could not be opened");
    expect(run.stdout).toContain("::warning::compile-loop: pushed compile-loop/pr-7 but could not open the fix PR");
  });
});

