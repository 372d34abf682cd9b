import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git } from "../support/actionHarness.js";
import { MULTI_FILE_FIX } from "../support/buggyProject.js";
import { issueCommentEvent, pullRequestEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

suite("action on pull requests from forks", () => {
  it("pull_request from a fork runs, falls back to push: none and says so on the PR", async () => {
    const s = (scenario = await startActionScenario({ fork: true }));
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    s.model.replyText(MULTI_FILE_FIX);
    const event = pullRequestEvent({ number: 7, headRef: s.repo.headRef, headSha: s.repo.headSha, headRepo: "forker/Hello-World", sender: "forker" });
    const run = await s.run("pull_request", event, { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(run.outputs.branch).toBe("");
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("comes from a fork");
    expect(body).toContain("+  return a + b;");
  });

  it("/fix on a fork PR with fork-prs: report is skipped with the reason", async () => {
    const s = (scenario = await startActionScenario({ fork: true }));
    s.ghRepo.permissions.alice = "write";
    const comment = s.gh.addComment("Codertocat/Hello-World", 7, { body: "/fix", user: { login: "alice" } });
    const run = await s.run("issue_comment", issueCommentEvent({ prNumber: 7, commentId: comment.id, body: "/fix", login: "alice" }), { "fork-prs": "report" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("fork");
    expect(run.stdout).toContain("#7 comes from a fork; /fix runs hold secrets, and fork-prs: report never runs a fork's code next to them");
    expect(s.model.requests).toHaveLength(0);
  });

  it("/fix on a fork PR with fork-prs: run runs and shows the diff without pushing", async () => {
    const s = (scenario = await startActionScenario({ fork: true, singleBranch: true }));
    s.ghRepo.permissions.alice = "write";
    s.model.replyText(MULTI_FILE_FIX);
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    const comment = s.gh.addComment("Codertocat/Hello-World", 7, { body: "/fix", user: { login: "alice" } });
    const run = await s.run("issue_comment", issueCommentEvent({ prNumber: 7, commentId: comment.id, body: "/fix", login: "alice" }), { "fork-prs": "run" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe("");
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.statusComments().join("\n")).toContain("+  return a + b;");
  });
});
