import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git, originRef, pushCommitToOrigin } from "../support/actionHarness.js";
import { BUGGY_MATH, FIXED_MATH, MULTI_FILE_FIX } from "../support/buggyProject.js";
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
    // The bundle parses with the grammars of dist/grammars: the map held the target's two functions.
    expect(run.stdout).toMatch(/compile-loop: repository map: \d+ definitions from \d+ files? \(~\d+ of 1024 tokens, \d+ ms\)/);
    const modelPrompt = JSON.stringify(s.model.completions[0]?.body ?? "");
    expect(modelPrompt).toContain("src/math.js\\n  1| export function add(a, b)\\n  5| export function double(n)");

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
    expect(body).toMatch(/\| 1 \| ✅ passed \| 0 \| full run \| `src\/math\.js` \|/);
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

  it("a re-run after a new push to the PR updates the same fix branch (lease), the same fix PR and the same comment", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText(MULTI_FILE_FIX);
    const first = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(first.outputs.ok, first.stdout).toBe("true");
    const firstFix = await originRef(s.repo, "refs/heads/compile-loop/pr-7");
    const fixPrNumber = first.outputs["pull-request-number"];

    // The author pushes another commit that keeps the bug; GitHub sends synchronize with the new head.
    const newHead = await pushCommitToOrigin(s.repo, s.repo.headRef, "NOTES.md", "more notes\n");
    await git(s.repo.origin, ["update-ref", "refs/pull/7/head", newHead]);
    s.pr.headSha = newHead;
    s.model.replyText(MULTI_FILE_FIX);
    const second = await s.run("pull_request", pullRequestEvent({ action: "synchronize", number: 7, headRef: s.repo.headRef, headSha: newHead }), { push: "branch" });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs.ok, second.stdout).toBe("true");
    expect(second.outputs.branch).toBe("compile-loop/pr-7");
    expect(second.outputs["pull-request-number"]).toBe(fixPrNumber);

    // The fix branch was moved (not fast-forward: its old commit sits on the old head) onto the new head.
    const secondFix = await originRef(s.repo, "refs/heads/compile-loop/pr-7");
    expect(secondFix).not.toBe(firstFix);
    expect((await git(s.repo.origin, ["rev-parse", `${secondFix}^`])).trim()).toBe(newHead);
    expect(await git(s.repo.origin, ["show", `${secondFix}:src/math.js`])).toBe(FIXED_MATH);

    // Same PR (updated, not re-created), same comment (edited, not re-posted).
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(1);
    expect(s.gh.callsTo("PATCH", new RegExp(`/pulls/${fixPrNumber}$`)).length).toBeGreaterThanOrEqual(1);
    expect(s.ghRepo.pulls.filter((p) => p.headRef === "compile-loop/pr-7")).toHaveLength(1);
    expect(s.gh.callsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(s.statusComments()).toHaveLength(1);
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
    expect(s.statusComments()[0]).toContain(newHead.slice(0, 12));

    // The second run's prompt carries what the first attempt did (the comment's hidden record).
    const prompt = JSON.stringify(s.model.completions[1]?.body);
    expect(prompt).toContain("Attempt 1");
  });

  it("push: pr-branch commits onto the PR's own branch", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "pr-branch" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe("feature/sum");
    expect(run.outputs["pull-request-number"]).toBe("");
    const tip = await originRef(s.repo, "refs/heads/feature/sum");
    expect((await git(s.repo.origin, ["rev-parse", `${tip}^`])).trim()).toBe(s.repo.headSha);
    expect((await git(s.repo.origin, ["log", "-1", "--format=%an", tip ?? ""])).trim()).toBe("compile-loop[bot]");
    expect(await git(s.repo.origin, ["show", `${tip}:src/math.js`])).toBe(FIXED_MATH);
    expect(await originRef(s.repo, "refs/heads/compile-loop/pr-7")).toBeNull();
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    expect(s.statusComments()[0]).toContain("✅ fixed");
    expect(s.statusComments()[0]).toContain("feature/sum");
  });

  it("push: pr-branch refuses to overwrite a commit pushed after the event (lease) and says so", async () => {
    const s = (scenario = await startActionScenario());
    // Someone pushes to the PR branch after the event was sent: the event's SHA is now stale.
    const theirs = await pushCommitToOrigin(s.repo, s.repo.headRef, "THEIRS.md", "their work\n");
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "pr-branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("push_rejected");
    expect(run.outputs.branch).toBe("");
    expect(await originRef(s.repo, `refs/heads/${s.repo.headRef}`)).toBe(theirs);
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("❌");
    expect(body).toContain("push_rejected");
    expect(run.stdout).toMatch(/::warning::|::error::/);
  });

  it("push: none pushes nothing and shows the diff in the comment", async () => {
    const s = (scenario = await startActionScenario());
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "none" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.branch).toBe("");
    expect(run.outputs["pull-request-url"]).toBe("");
    expect(JSON.parse(run.outputs["modified-files"] ?? "")).toEqual(["src/math.js"]);
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("Diff of the last attempt");
    expect(body).toContain("-  return a - b;");
    expect(body).toContain("+  return a + b;");
    expect(body).toContain("Not pushed");
    // The workspace still holds the fixed file for later steps.
    expect(BUGGY_MATH).not.toBe(FIXED_MATH);
  });

  it("by default edits the files the PR changes plus the modules the failing tests import", async () => {
    const s = (scenario = await startActionScenario());
    s.pr.files = ["README.md"];
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { push: "none", "target-files": "" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(s.gh.callsTo("GET", /\/pulls\/7\/files$/)).toHaveLength(1);
    const prompt = JSON.stringify(s.model.completions[0]?.body);
    // math.test.js is named in the failure; src/math.js is what it imports; README.md is not in the repository's files here.
    expect(prompt).toMatch(/Target files[^"]*math\.test\.js/);
    expect(prompt).toContain("src/math.js");
  });
});

