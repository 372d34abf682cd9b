import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git } from "../support/actionHarness.js";
import { MULTI_FILE_FIX, TEST_COMMAND } from "../support/buggyProject.js";
import { pullRequestEvent } from "../support/webhookPayloads.js";
import { API_KEY, GITHUB_TOKEN, startActionScenario, type ActionScenario } from "./actionFixture.js";

const suite = bundleBuilt ? describe : describe.skip;

let scenario: ActionScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** actions/checkout persists the token like this unless persist-credentials is false. */
const CHECKOUT_HEADER = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString("base64")}`;
const SECRET_FORMS = [API_KEY, GITHUB_TOKEN, Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString("base64")];

function expectNoSecret(where: string, text: string): void {
  for (const secret of SECRET_FORMS) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
}

suite("action secrets", () => {
  it("the test command sees no secret in its environment or in .git/config; nothing the action writes contains one", async () => {
    const s = (scenario = await startActionScenario());
    await git(s.repo.workspace, ["config", "--local", "http.https://github.com/.extraheader", CHECKOUT_HEADER]);
    const configBefore = await readFile(path.join(s.repo.workspace, ".git/config"), "utf8");
    expect(configBefore).toContain("extraheader");
    // The test command records everything it can see, then runs the real tests.
    const spy = `{ echo "=== env"; env; echo "=== .git/config"; cat .git/config; } >> captured.txt; ${TEST_COMMAND}`;
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", pullRequestEvent({ number: 7, headRef: s.repo.headRef, headSha: s.repo.headSha }), { "test-command": spy, push: "branch" }, { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");

    const captured = await readFile(path.join(s.repo.workspace, "captured.txt"), "utf8");
    // Two test runs: the failing one and the one after the fix.
    expect(captured.match(/=== env/g)).toHaveLength(2);
    expectNoSecret("the test command's environment and .git/config", captured);
    expect(captured).not.toMatch(/extraheader/i);
    expect(captured).not.toMatch(/^INPUT_/m);
    expect(captured).not.toMatch(/^(GITHUB_TOKEN|OPENAI_API_KEY|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)=/m);

    // Put back afterwards, byte for byte.
    expect(await readFile(path.join(s.repo.workspace, ".git/config"), "utf8")).toBe(configBefore);

    for (const c of s.ghRepo.comments) expectNoSecret("a comment", c.body);
    for (const p of s.ghRepo.pulls) expectNoSecret("a pull request body", p.body ?? "");
    expectNoSecret("GITHUB_OUTPUT", run.outputFile);
    expectNoSecret("the job summary", run.summary);
    // The only place a secret may be printed is the ::add-mask:: command that registers it with the runner.
    const stdout = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    expectNoSecret("stdout", stdout);
    expectNoSecret("stderr", run.stderr);
    for (const secret of [API_KEY, GITHUB_TOKEN]) expect(run.stdout).toContain(`::add-mask::${secret}`);
    // The commit message and the pushed tree carry no secret either.
    expectNoSecret("the fix commit", await git(s.repo.origin, ["log", "-p", "-1", "refs/heads/compile-loop/pr-7"]));
  });

  it("a secret the user passes to the tests (test-env) and the tests print is redacted from the prompt, the comment and the log", async () => {
    const s = (scenario = await startActionScenario());
    const leak = `echo "token is $LEAKY_VALUE"; ${TEST_COMMAND}`;
    s.model.replyText(MULTI_FILE_FIX);
    const run = await s.run("pull_request", pullRequestEvent({ number: 7, headRef: s.repo.headRef, headSha: s.repo.headSha }), { "test-command": leak, "test-env": `LEAKY_VALUE=${API_KEY}`, push: "none" });
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    for (const c of s.ghRepo.comments) expectNoSecret("a comment", c.body);
    expectNoSecret("the model prompt", JSON.stringify(s.model.completions.map((c) => c.body)));
    const stdout = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    expectNoSecret("stdout", stdout);
    expectNoSecret("the job summary", run.summary);
    // The test did print it (the value reached the tests as asked), redacted on the way out.
    expect(JSON.stringify(s.model.completions[0]?.body)).toContain("token is ");
  });
});
