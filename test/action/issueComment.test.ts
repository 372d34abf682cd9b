import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git, originRef } from "../support/actionHarness.js";
import { FIXED_MATH, MULTI_FILE_FIX } from "../support/buggyProject.js";
import { issueCommentEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** Seeds the /fix comment in the fake GitHub (so it can be reacted to) and returns its event. */
function fixComment(s: ActionScenario, login: string, body: string, userType: "User" | "Bot" = "User") {
  const comment = s.gh.addComment("Codertocat/Hello-World", s.repo.prNumber, { body, user: { login, type: userType } });
  return issueCommentEvent({ prNumber: s.repo.prNumber, commentId: comment.id, body, login, userType });
}

suite("action on issue_comment", () => {
  it("/fix by a user with write permission: reacts 👀, checks out the PR head read from the API, passes the instructions to the model", async () => {
    // A /fix run starts on the default branch: the PR head is not in the checkout and must be fetched.
    const s = (scenario = await startActionScenario({ singleBranch: true }));
    s.ghRepo.permissions.alice = "write";
    s.model.replyText(MULTI_FILE_FIX);
    const event = fixComment(s, "alice", "/fix please use a loop");
    const run = await s.run("issue_comment", event, { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");

    expect(s.gh.callsTo("GET", "/repos/Codertocat/Hello-World/collaborators/alice/permission")).toHaveLength(1);
    expect(s.ghRepo.reactions).toEqual([expect.objectContaining({ content: "eyes" })]);
    expect(s.gh.callsTo("GET", "/repos/Codertocat/Hello-World/pulls/7").length).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toContain(`checked out ${s.repo.headSha}`);

    const fix = await originRef(s.repo, "refs/heads/compile-loop/pr-7");
    expect((await git(s.repo.origin, ["rev-parse", `${fix}^`])).trim()).toBe(s.repo.headSha);
    expect(await git(s.repo.origin, ["show", `${fix}:src/math.js`])).toBe(FIXED_MATH);

    const prompt = JSON.stringify(s.model.completions[0]?.body);
    expect(prompt).toContain("please use a loop");
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("/fix by @alice");
    expect(body).toContain("✅ fixed");
  });

  it("/fix on a PR whose branch is gone from origin still checks out its head (by SHA or refs/pull/N/head)", async () => {
    const s = (scenario = await startActionScenario({ singleBranch: true }));
    await git(s.repo.origin, ["update-ref", "-d", `refs/heads/${s.repo.headRef}`]);
    s.ghRepo.permissions.alice = "write";
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("issue_comment", fixComment(s, "alice", "/fix"), { push: "none" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.stdout).toContain(`checked out ${s.repo.headSha}`);
    expect((await git(s.repo.workspace, ["rev-parse", "HEAD"])).trim()).toBe(s.repo.headSha);
  });

  it("/fix by a user with read permission: no run, unauthorized, no model call", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.mallory = "read";
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    const run = await s.run("issue_comment", fixComment(s, "mallory", "/fix"));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("unauthorized");
    expect(run.stdout).toContain("@mallory may not start a run");
    expect(s.model.requests).toHaveLength(0);
    expect(s.ghRepo.reactions).toHaveLength(0);
    expect(s.statusComments()).toHaveLength(0);
    expect(s.gh.calls.filter((c) => c.method !== "GET")).toHaveLength(0);
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
  });

  it("/fix by someone who is not a collaborator (permission API 404) is refused", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("issue_comment", fixComment(s, "drive-by", "/fix"));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("unauthorized");
    expect(s.model.requests).toHaveLength(0);
    expect(s.ghRepo.reactions).toHaveLength(0);
  });

  it("a user listed in allowed-users may trigger without write permission", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.reviewer = "read";
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("issue_comment", fixComment(s, "reviewer", "/fix"), { "allowed-users": "@Reviewer", push: "none" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.model.completions).toHaveLength(1);
  });

  it("a comment by a bot is ignored without any API call", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("issue_comment", fixComment(s, "some-app[bot]", "/fix now", "Bot"));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("not_handled");
    expect(run.stdout).toContain("bots never trigger a run");
    expect(s.gh.calls).toHaveLength(0);
    expect(s.model.requests).toHaveLength(0);
  });

  it("a bot typed only by user.type (no [bot] suffix) is ignored too", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.automation = "admin";
    const run = await s.run("issue_comment", fixComment(s, "automation", "/fix", "Bot"));
    expect(run.outputs.ok).toBe("false");
    expect(s.gh.calls).toHaveLength(0);
  });

  it("a comment that does not start with /fix is ignored", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.alice = "write";
    for (const body of ["please /fix this", "/fixed it myself"]) {
      const run = await s.run("issue_comment", fixComment(s, "alice", body));
      expect(run.exitCode).toBe(0);
      expect(run.outputs.ok).toBe("false");
      expect(run.outputs["failure-reason"]).toBe("not_handled");
      expect(run.stdout).toContain("does not start with '/fix'");
    }
    expect(s.gh.calls).toHaveLength(0);
    expect(s.model.requests).toHaveLength(0);
  });

  it("a custom trigger-phrase replaces /fix", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.alice = "write";
    s.model.replyText(MULTI_FILE_FIX);
    const ignored = await s.run("issue_comment", fixComment(s, "alice", "/fix"), { "trigger-phrase": "@compile-loop", push: "none" });
    expect(ignored.outputs["failure-reason"]).toBe("not_handled");
    const run = await s.run("issue_comment", fixComment(s, "alice", "@compile-loop keep it short"), { "trigger-phrase": "@compile-loop", push: "none" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(JSON.stringify(s.model.completions[0]?.body)).toContain("keep it short");
  });
});
