import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleBuilt, git } from "../support/actionHarness.js";
import { TEST_COMMAND } from "../support/buggyProject.js";
import { createEvidence, secretForms, type Evidence } from "../support/hostileTestCommand.js";
import { pullRequestEvent } from "../support/webhookPayloads.js";
import { USER_ISOLATION_SKIP_REASON, userIsolationAvailable } from "../support/userIsolation.js";
import { API_KEY, GITHUB_TOKEN, startActionScenario, type ActionScenario } from "../action/actionFixture.js";
import { MULTI_FILE_FIX } from "../support/buggyProject.js";
import { RAN_PLANTED_CODE, expectContained, filesOwnedBy, testUserUid } from "./isolationAssertions.js";

const RUNTIME_TOKEN = "actions-runtime-token-0123456789abcdefghij";
const CHECKOUT_HEADER = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString("base64")}`;

let scenario: ActionScenario | undefined;
let evidence: Evidence | undefined;
afterEach(async () => {
  await scenario?.close();
  await evidence?.remove();
  scenario = undefined;
  evidence = undefined;
});

async function runHostile(isolation: "auto" | "user" | "none") {
  const s = (scenario = await startActionScenario());
  const e = (evidence = await createEvidence());
  await git(s.repo.workspace, ["config", "--local", "http.https://github.com/.extraheader", CHECKOUT_HEADER]);
  s.model.replyText(MULTI_FILE_FIX);
  const run = await s.run(
    "pull_request",
    pullRequestEvent({ number: 7, headRef: s.repo.headRef, headSha: s.repo.headSha }),
    { "test-command": e.command(TEST_COMMAND), push: "branch", "test-isolation": isolation },
    { OPENAI_API_KEY: API_KEY, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN },
  );
  return { s, e, run };
}

const withUser = bundleBuilt && userIsolationAvailable ? describe : describe.skip;

withUser(`action: the code under test is isolated (${USER_ISOLATION_SKIP_REASON ?? "dist/index.js, root or sudo, setfacl"})`, () => {
  for (const level of ["auto", "user"] as const) {
    it(`test-isolation: ${level}: hostile tests read no secret, plant nothing, leave nothing running; the fix is still pushed`, async () => {
      const { s, e, run } = await runHostile(level);
      expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
      expect(run.outputs.isolation).toBe("user");
      const uid = testUserUid(run.stdout);
      await expectContained(e, [API_KEY, GITHUB_TOKEN, RUNTIME_TOKEN], uid);
      // Pushed, and the leftover was dead before the push.
      const pushedRef = path.join(s.repo.origin, "refs/heads/compile-loop/pr-7");
      const pushedAt = (await stat(pushedRef)).mtimeMs;
      const lastAlive = await e.lastHeartbeatMs();
      expect(lastAlive).toBeDefined();
      expect(lastAlive ?? Infinity).toBeLessThan(pushedAt);
      expect(run.stdout).toContain("compile-loop: test isolation: user: the setup and test commands run as the unprivileged user compile-loop-test");
      expect(s.statusComments().at(-1)).toContain("Test isolation: `user`");
      expect(run.summary).toContain("Test isolation: `user`");
      // The files the tests created belong to the job's user again.
      expect(existsSync(path.join(s.repo.workspace, "test-output/created-by-tests.txt"))).toBe(true);
      expect(filesOwnedBy(s.repo.workspace, uid)).toEqual([]);
    });
  }
});

describe.skipIf(!bundleBuilt)("action: test-isolation none", () => {
  it("is unprotected, as documented: the hostile tests read the api-key from /proc; the output and comment say so; our git still runs nothing planted", async () => {
    const { s, e, run } = await runHostile("none");
    expect(run.outputs.ok, run.stdout + run.stderr).toBe("true");
    expect(run.outputs.isolation).toBe("none");
    const files = await e.read();
    const seen = (files["proc-first.txt"] ?? "") + (files["proc-leftover.txt"] ?? "");
    expect(seen).toContain(`INPUT_API-KEY=${API_KEY}`);
    expect(seen).toContain(`ACTIONS_RUNTIME_TOKEN=${RUNTIME_TOKEN}`);
    // Planted as the same user; compile-loop's git ran none of it, and put the config back.
    expect(files["planted.txt"]).toContain("fsmonitor");
    for (const name of RAN_PLANTED_CODE) expect(files[name], `${name}: planted code ran`).toBeUndefined();
    expect(await git(s.repo.workspace, ["config", "--local", "--get-regexp", "core\\.fsmonitor|credential\\.|core\\.sshcommand"]).catch(() => "")).toBe("");
    expect(s.statusComments().at(-1)).toContain("Test isolation: `none`");
    expect(s.statusComments().at(-1)).toContain("could read the API key and the GitHub token");
    for (const secret of [API_KEY, GITHUB_TOKEN]) for (const form of secretForms(secret)) expect(s.statusComments().join("\n")).not.toContain(form);
  });
});
