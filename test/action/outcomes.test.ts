import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git } from "../support/actionHarness.js";
import { existsSync } from "node:fs";
import { MULTI_FILE_FIX, WRONG_FIX } from "../support/buggyProject.js";
import { pullRequestEvent, releaseEvent } from "../support/webhookPayloads.js";
import { startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** A second wrong edit that applies on top of WRONG_FIX, so the last error is the failing test. */
const WRONG_AGAIN = "<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return a * b;\n=======\n  return a / b;\n>>>>>>> REPLACE\n";

function openedEvent(s: ActionScenario) {
  return pullRequestEvent({ number: s.repo.prNumber, headRef: s.repo.headRef, headSha: s.repo.headSha });
}

suite("action outcomes", () => {
  it("gives up after max-iterations wrong fixes: nothing pushed, ❌ with the reason and the last error, ok=false, step not failed", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText(WRONG_FIX);
    s.model.replyText(WRONG_AGAIN);
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    const run = await s.run("pull_request", openedEvent(s), { "max-iterations": "2", push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).not.toBe("");
    expect(run.outputs.branch).toBe("");
    expect(run.outputs["pull-request-number"]).toBe("");
    expect(run.outputs.iterations).toBe("2");
    expect(run.outputs["failure-reason"]).toBe("max_iters");
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    expect(s.model.completions).toHaveLength(2);

    const body = s.statusComments()[0] ?? "";
    expect(s.statusComments()).toHaveLength(1);
    expect(body).toContain("❌ gave up");
    expect(body).toContain(`Failure reason: \`${run.outputs["failure-reason"]}\``);
    expect(body).toContain("<details><summary>Last test failure (tail)</summary>");
    expect(body).toContain("expected add(2, 3) to be 5");
    expect(body).toContain("Nothing was pushed.");
    expect(body).toMatch(/\| 1 \| ❌ tests failed \| 1 \|/);
    expect(body).toMatch(/\| 2 \| ❌ tests failed \| 1 \|/);
    expect(body).toContain("got 0.6");
    // A warning annotation, not a failed step.
    expect(run.stdout).toContain("::warning::compile-loop gave up");
    expect(run.stdout).not.toContain("::error::");
    expect(run.summary).toContain("❌");
  });

  for (const targets of ["", "src/**"]) {
    it(`a test command that does not exist ends as test_command with no model call (target-files ${targets === "" ? "unset" : targets})`, async () => {
      const s = (scenario = await startActionScenario());
      const run = await s.run("pull_request", openedEvent(s), { "test-command": "definitely-not-a-command", "target-files": targets, push: "branch" });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.ok).toBe("false");
      expect(run.outputs["failure-reason"]).toBe("test_command");
      expect(run.outputs.iterations).toBe("0");
      expect(s.model.completions).toHaveLength(0);
      expect(s.statusComments().at(-1)).toContain("exit code 127: command not found");
    });
  }

  it("a give-up after an edit that did not apply shows the last test failure and a plain sentence, not the feedback written for the model", async () => {
    const s = (scenario = await startActionScenario());
    s.model.replyText("<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return a ** b;\n=======\n  return a + b;\n>>>>>>> REPLACE\n");
    const run = await s.run("pull_request", openedEvent(s), { "max-iterations": "1", push: "branch" });
    expect(run.outputs["failure-reason"]).toBe("max_iters");
    const body = s.statusComments().at(-1) ?? "";
    expect(body).toContain("The model's last edit did not match src/math.js; nothing of it was applied.");
    const tail = body.slice(body.indexOf("<summary>Last test failure (tail)</summary>"));
    expect(tail).toContain("math.test.js:3 expected add(2, 3) to be 5, got -1");
    expect(tail).not.toMatch(/SEARCH|Send the edit again|Reply with/);
    expect(run.summary).toContain("The model's last edit did not match src/math.js");
    expect(run.summary).toContain("math.test.js:3 expected add(2, 3) to be 5, got -1");
  });

  it("max-cost-usd stops the run before the call that would cross it; the spend is in the outputs, the comment and the summary", async () => {
    const s = (scenario = await startActionScenario());
    // The first call costs 20,000 × $0.40/M + 2,000 × $1.60/M = $0.0112; the next one's estimate would pass $0.015.
    s.model.replyText(WRONG_FIX, { promptTokens: 20_000, completionTokens: 2_000 });
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", openedEvent(s), { "max-iterations": "3", "max-cost-usd": "0.015", push: "branch" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("budget");
    expect(s.model.completions).toHaveLength(1);
    expect(run.outputs["input-tokens"]).toBe("20000");
    expect(run.outputs["output-tokens"]).toBe("2000");
    expect(run.outputs["cost-usd"]).toBe("0.011200");
    const body = s.statusComments().at(-1) ?? "";
    expect(body).toContain("Usage: 20,000 input + 2,000 output tokens, $0.0112.");
    expect(body).toContain("$0.015");
    expect(run.summary).toContain("| 1 | failed | 1 | src/math.js | 22000 | $0.0112 |");
  });

  it("max-cost-usd with a model whose price is unknown is a configuration error before any test runs", async () => {
    const s = (scenario = await startActionScenario());
    const marker = `${s.repo.root}/tests-ran`;
    const run = await s.run("pull_request", openedEvent(s), { model: "my-private-model", "max-cost-usd": "1", "test-command": `touch ${marker}; node math.test.js` });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["failure-reason"]).toBe("configuration");
    expect(run.stdout + run.stderr).toContain("maxCostUsd");
    expect(s.model.completions).toHaveLength(0);
    expect(existsSync(marker)).toBe(false);
  });

  it("tests that already pass: ok=true, 0 iterations, no model call, nothing pushed", async () => {
    const s = (scenario = await startActionScenario({ headPasses: true }));
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    const run = await s.run("pull_request", openedEvent(s), { push: "branch" });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(run.outputs.iterations).toBe("0");
    expect(run.outputs["failure-reason"]).toBe("");
    expect(run.outputs["modified-files"]).toBe("[]");
    expect(run.outputs.branch).toBe("");
    expect(s.model.requests).toHaveLength(0);
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.gh.callsTo("POST", /\/pulls$/)).toHaveLength(0);
    expect(s.statusComments()[0]).toContain("✅ tests already pass");
  });

  it("an unhandled event (release) logs why, sets ok=false, exits 0 and calls nothing", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("release", releaseEvent());
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("not_handled");
    expect(run.stdout).toContain("event 'release' is not handled");
    expect(s.gh.calls).toHaveLength(0);
    expect(s.model.requests).toHaveLength(0);
    expect(run.stdout).not.toContain("::error::");
  });

  it("the fix PR's own pull_request event (head on compile-loop/) is skipped: no fix of a fix", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("pull_request", pullRequestEvent({ number: 8, headRef: "compile-loop/pr-7", headSha: s.repo.headSha, baseRef: s.repo.headRef }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.stdout).toContain("fixes of fixes are not attempted");
    expect(s.gh.calls).toHaveLength(0);
  });

  it("a pull_request 'closed' action is not handled", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("pull_request", pullRequestEvent({ action: "closed", number: 7, headRef: s.repo.headRef, headSha: s.repo.headSha }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(s.gh.calls).toHaveLength(0);
  });

  it("a missing test-command fails the step with a message naming the input", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("pull_request", openedEvent(s), { "test-command": "" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::input 'test-command': is required");
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("configuration");
    expect(s.gh.calls).toHaveLength(0);
  });

  it("repo-map-tokens that is not a whole number fails the step naming the input; 0 runs without a map", async () => {
    const s = (scenario = await startActionScenario());
    const bad = await s.run("pull_request", openedEvent(s), { "repo-map-tokens": "lots" });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::input 'repo-map-tokens': must be a whole number, 0 or more (got 'lots')");
    expect(s.model.completions).toHaveLength(0);
    s.model.replyText(MULTI_FILE_FIX);
    const off = await s.run("pull_request", openedEvent(s), { "repo-map-tokens": "0", push: "none" });
    expect(off.outputs.ok, off.stdout).toBe("true");
    expect(off.stdout).not.toContain("repository map");
    expect(JSON.stringify(s.model.completions[0]?.body ?? "")).not.toContain("Repository map");
  });

  it("no API key: the comment says how to configure it and nothing runs the model", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("pull_request", openedEvent(s), { "api-key": "" });
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("configuration");
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("OPENAI_API_KEY");
    expect(body).toContain("compile-loop is not configured");
    expect(body).not.toContain("`internal`");
    expect(s.model.requests).toHaveLength(0);
  });

  it("a failing setup-command stops before the tests with its output on the PR", async () => {
    const s = (scenario = await startActionScenario());
    const run = await s.run("pull_request", openedEvent(s), { "setup-command": "echo 'npm ERR! missing lockfile' >&2; exit 3" });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("setup_command");
    expect(run.stdout).toContain("::error::The setup command failed (exit 3)");
    const body = s.statusComments()[0] ?? "";
    expect(body).toContain("the setup command failed");
    expect(body).toContain("npm ERR! missing lockfile");
    expect(s.model.requests).toHaveLength(0);
  });

  it("a cancelled workflow (SIGINT) stops the tests, reports 'aborted' and pushes nothing", async () => {
    const s = (scenario = await startActionScenario());
    const refsBefore = await git(s.repo.origin, ["for-each-ref"]);
    const run = await s.run(
      "pull_request",
      openedEvent(s),
      { "test-command": "echo started; sleep 30", push: "branch" },
      {},
      { signalWhen: { stdoutIncludes: "running the tests", signal: "SIGINT" } },
    );
    expect(run.signal, run.stdout + run.stderr).toBeNull();
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs["failure-reason"]).toBe("aborted");
    expect(s.model.requests).toHaveLength(0);
    expect(await git(s.repo.origin, ["for-each-ref"])).toBe(refsBefore);
    expect(s.statusComments()[0]).toContain("❌");
  });
});

