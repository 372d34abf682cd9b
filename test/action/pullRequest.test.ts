import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git, originRef } from "../support/actionHarness.js";
import { FIXED_MATH, MULTI_FILE_FIX } from "../support/buggyProject.js";
import { pullRequestEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;
if (!bundleBuilt) console.warn("test/action: dist/index.js is missing; run scripts/build to run the action integration tests");

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

function openedEvent(s: ActionScenario, action: "opened" | "synchronize" = "opened") {
  return pullRequestEvent({ action, number: s.repo.prNumber, headRef: s.repo.headRef, headSha: s.repo.headSha, baseSha: s.repo.baseSha });
}

suite("action on pull_request", () => {
  it("converges and pushes the fix to compile-loop/pr-N with a fix PR into the PR's branch", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);

    expect(run.outputs.ok).toBe("true");
    expect(run.outputs.iterations).toBe("1");
    expect(run.outputs["failure-reason"]).toBe("");
    expect(JSON.parse(run.outputs["modified-files"] ?? "")).toEqual(["src/math.js"]);
    expect(run.outputs.branch).toBe("compile-loop/pr-7");

    // Origin: one commit on top of the PR head, by the bot, containing the fix.
    const fixSha = await originRef(s.repo, "refs/heads/compile-loop/pr-7");
    expect(fixSha).not.toBeNull();
    expect((await git(s.repo.origin, ["rev-parse", `${fixSha}^`])).trim()).toBe(s.repo.headSha);
    expect((await git(s.repo.origin, ["log", "-1", "--format=%an <%ae>", fixSha ?? ""])).trim()).toBe("compile-loop[bot] <compile-loop[bot]@users.noreply.github.com>");
    expect(await git(s.repo.origin, ["show", `${fixSha}:src/math.js`])).toBe(FIXED_MATH);
    expect((await git(s.repo.origin, ["diff", "--name-only", s.repo.headSha, fixSha ?? ""])).trim()).toBe("src/math.js");
    const message = await git(s.repo.origin, ["log", "-1", "--format=%B", fixSha ?? ""]);
    expect(message).toContain("#7");
    expect(message).toContain("node math.test.js");
    // The PR's own branch is untouched.
    expect(await originRef(s.repo, `refs/heads/${s.repo.headRef}`)).toBe(s.repo.headSha);

    // The fix PR: head compile-loop/pr-7 into the PR's head branch.
    const created = s.gh.callsTo("POST", /\/pulls$/);
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ head: "compile-loop/pr-7", base: "feature/sum" });
    const fixPr = s.ghRepo.pulls.find((p) => p.headRef === "compile-loop/pr-7");
    expect(fixPr?.baseRef).toBe("feature/sum");
    expect(run.outputs["pull-request-number"]).toBe(String(fixPr?.number));
    expect(run.outputs["pull-request-url"]).toBe(`https://github.com/Codertocat/Hello-World/pull/${fixPr?.number}`);

    // One status comment, edited in place: a row for the iteration and the success line.
    const comments = s.statusComments();
    expect(comments).toHaveLength(1);
    const body = comments[0] ?? "";
    expect(body).toContain("✅ fixed");
    expect(body).toMatch(/\| 1 \| ✅ passed \| 0 \| `src\/math\.js` \|/);
    expect(body).toContain("compile-loop/pr-7");
    expect(body).toContain(`[#${fixPr?.number}]`);
    expect(body).toContain("https://github.com/Codertocat/Hello-World/actions/runs/4242");
    expect(run.outputs["comment-url"]).toMatch(/^https:\/\/github\.com\/Codertocat\/Hello-World\/pull\/7#issuecomment-\d+$/);

    // Job summary with the same table.
    expect(run.summary).toContain("compile-loop");
    expect(run.summary).toMatch(/\| 1 \| passed \| 0 \| src\/math\.js \|/);

    // The model saw the failing test output.
    expect(s.model.completions).toHaveLength(1);
  });
});
