/**
 * The GitHub-hosted runner's situation: compile-loop runs as a plain user
 * (not called `runner`) whose home other users cannot enter, with
 * passwordless sudo. The test creates such a user (idempotently) and runs the
 * built CLI as it, so the sudo path of the isolation is exercised for real.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import { MATH_TEST, MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { createEvidence } from "../support/hostileTestCommand.js";
import { API_KEY, CLI_BUILT, CLI_PATH, isolatedEnv } from "../cli/cliHarness.js";
import { expectContained, filesOwnedBy, testUserUid } from "./isolationAssertions.js";

const RUNNER = "compile-loop-sudo-runner";
const RUNNER_HOME = `/home/${RUNNER}`;

function whySkip(): string | undefined {
  if (!CLI_BUILT) return "dist/cli/index.js is missing";
  if (process.getuid?.() !== 0) return "needs root to create a runner user with sudo";
  if (spawnSync("sudo", ["--version"]).status !== 0) return "sudo is not installed (.ci/run installs it)";
  if (spawnSync("setfacl", ["--version"]).status !== 0) return "setfacl is not installed (.ci/run installs it)";
  return undefined;
}
const SKIP = whySkip();

/** A runner-like account with passwordless sudo and a home only it can enter; created once per machine. */
async function ensureSudoRunner(): Promise<{ uid: number; gid: number }> {
  if (spawnSync("id", ["-u", RUNNER]).status !== 0) {
    const made = spawnSync("useradd", ["--system", "--user-group", "--home-dir", RUNNER_HOME, "--shell", "/bin/bash", RUNNER], { encoding: "utf8" });
    if (made.status !== 0 && made.status !== 9) throw new Error(`useradd ${RUNNER}: ${made.stderr}`);
  }
  await writeFile(`/etc/sudoers.d/${RUNNER}`, `${RUNNER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
  const uid = Number(spawnSync("id", ["-u", RUNNER], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", RUNNER], { encoding: "utf8" }).stdout.trim());
  await mkdir(RUNNER_HOME, { recursive: true });
  await chmod(RUNNER_HOME, 0o750);
  spawnSync("chown", [`${uid}:${gid}`, RUNNER_HOME]);
  return { uid, gid };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe.skipIf(SKIP !== undefined)(`CLI as a sudo-capable runner user (${SKIP ?? `${RUNNER}, home 0750, passwordless sudo`})`, () => {
  it("--isolate user goes through sudo: hostile tests read no key, plant nothing, leave nothing; the fix is committed; the runner owns every file after", async () => {
    const runner = await ensureSudoRunner();
    const model = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => model.close());
    const evidence = await createEvidence();
    cleanups.push(() => evidence.remove());
    model.replyText(MULTI_FILE_FIX);

    const work = await mkdtemp(path.join(RUNNER_HOME, "work-"));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const files = { ...buggyProjectFiles(), "math.test.js": MATH_TEST.replace("math.test.js:3 expected", "src/math.js:2 add() is wrong: expected") };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(work, name)), { recursive: true });
      await writeFile(path.join(work, name), content);
    }
    spawnSync("chown", ["-R", `${runner.uid}:${runner.gid}`, work]);
    await chmod(work, 0o700);
    const asRunner = ["--reuid", String(runner.uid), "--regid", String(runner.gid), "--init-groups"];
    const env = isolatedEnv({ HOME: RUNNER_HOME, USER: RUNNER, OPENAI_API_KEY: API_KEY });
    for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "initial"]]) {
      const done = spawnSync("setpriv", [...asRunner, "git", ...args], { cwd: work, env, encoding: "utf8" });
      expect(done.status, done.stderr).toBe(0);
    }
    // The CLI's Node must be reachable by the runner user, as on a hosted runner.
    const node = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        "setpriv",
        [...asRunner, node, CLI_PATH, "--test", evidence.command(TEST_COMMAND), "--base-url", model.baseURL, "--isolate", "user", "--commit", "--json"],
        { cwd: work, env, encoding: "utf8", timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr }),
      );
    });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { branch?: string; isolation?: { level: string; detail: string } };
    expect(result.isolation?.level).toBe("user");
    expect(result.isolation?.detail).toContain("through sudo");
    const uid = testUserUid(result.isolation?.detail ?? "");
    await expectContained(evidence, [API_KEY], uid);
    expect(result.branch).toBe("compile-loop/main");
    const committedAt = (await stat(path.join(work, ".git/refs/heads/compile-loop/main"))).mtimeMs;
    expect((await evidence.lastHeartbeatMs()) ?? Infinity).toBeLessThan(committedAt);
    expect(existsSync(path.join(work, "test-output/created-by-tests.txt"))).toBe(true);
    expect(filesOwnedBy(work, uid)).toEqual([]);
    // The runner's home is as private as before: no entry for the test user is left on it.
    expect(spawnSync("getfacl", ["-p", RUNNER_HOME], { encoding: "utf8" }).stdout).not.toContain("compile-loop-test");
  });
});
