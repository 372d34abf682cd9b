import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git, originRef } from "../support/actionHarness.js";
import { FIXED_MATH, MULTI_FILE_FIX } from "../support/buggyProject.js";
import { workflowDispatchEvent, workflowRunEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

suite("action on workflow_run and workflow_dispatch", () => {
  it("a failed run with an empty pull_requests list finds the PR by head SHA and fixes it", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef, pullRequests: [] }), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(s.gh.callsTo("GET", `/repos/Codertocat/Hello-World/commits/${s.repo.headSha}/pulls`)).toHaveLength(1);
    expect(s.gh.callsTo("GET", "/repos/Codertocat/Hello-World/collaborators/Codertocat/permission")).toHaveLength(1);
    const fix = await originRef(s.repo, "refs/heads/compile-loop/pr-7");
    expect((await git(s.repo.origin, ["rev-parse", `${fix}^`])).trim()).toBe(s.repo.headSha);
    expect(await git(s.repo.origin, ["show", `${fix}:src/math.js`])).toBe(FIXED_MATH);
    expect(s.gh.callsTo("POST", /\/pulls$/)[0]?.body).toMatchObject({ head: "compile-loop/pr-7", base: "feature/sum" });
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("failed run of CI");
    expect(body).toContain("✅ fixed");
  });

  it("a failed run on a compile-loop/ branch is skipped: no fix of a fix", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: "compile-loop/pr-7" }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("not_handled");
    expect(run.stdout).toContain("fixes of fixes are not attempted");
    expect(s.gh.calls).toHaveLength(0);
    expect(s.model.requests).toHaveLength(0);
  });

  it("a successful run is not acted on", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef, conclusion: "success" }));
    expect(run.outputs.ok).toBe("false");
    expect(run.stdout).toContain("not 'failure'");
    expect(s.gh.calls).toHaveLength(0);
  });

  it("a failed run started by a user without write permission is refused", async () => {
    const s = (scenario = await startActionScenario());
    s.ghRepo.permissions.outsider = "read";
    const run = await s.run("workflow_run", workflowRunEvent({ headSha: s.repo.headSha, headBranch: s.repo.headRef, actor: "outsider" }));
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("unauthorized");
    expect(s.model.requests).toHaveLength(0);
    expect(await originRef(s.repo, "refs/heads/compile-loop/pr-7")).toBeNull();
  });

  it("workflow_dispatch on a branch pushes a fix branch with a PR into that branch", async () => {
    const s = (scenario = await startActionScenario());
    await git(s.repo.workspace, ["checkout", "-q", s.repo.headRef]);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("workflow_dispatch", workflowDispatchEvent(`refs/heads/${s.repo.headRef}`), { push: "branch" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe("compile-loop/feature/sum");
    const fix = await originRef(s.repo, "refs/heads/compile-loop/feature/sum");
    expect((await git(s.repo.origin, ["rev-parse", `${fix}^`])).trim()).toBe(s.repo.headSha);
    expect(s.gh.callsTo("POST", /\/pulls$/)[0]?.body).toMatchObject({ head: "compile-loop/feature/sum", base: "feature/sum" });
    // No pull request to comment on: the job summary is the report.
    expect(s.statusComments()).toHaveLength(0);
    expect(run.summary).toContain("✅");
  });
});
