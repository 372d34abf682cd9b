import { execFile, spawnSync } from "node:child_process";
import { chmod, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer, type OpenAITestServer } from "../support/openaiServer.js";
import { MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles, MATH_TEST } from "../support/buggyProject.js";
import { createEvidence, type Evidence } from "../support/hostileTestCommand.js";
import { USER_ISOLATION_SKIP_REASON, userIsolationAvailable } from "../support/userIsolation.js";
import { API_KEY, CLI_BUILT, CLI_PATH, isolatedEnv, makeRepo, runCliProcess } from "../cli/cliHarness.js";
import { RAN_PLANTED_CODE, expectContained, filesOwnedBy, testUserUid } from "./isolationAssertions.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setUp(): Promise<{ model: OpenAITestServer; evidence: Evidence; dir: string }> {
  const model = await startOpenAIServer({ apiKey: API_KEY });
  cleanups.push(() => model.close());
  const evidence = await createEvidence();
  cleanups.push(() => evidence.remove());
  // The failure names src/math.js, so the default selection offers it.
  const repo = await makeRepo({ ...buggyProjectFiles(), "math.test.js": MATH_TEST.replace("math.test.js:3 expected", "src/math.js:2 add() is wrong: expected") });
  cleanups.push(repo.remove);
  model.replyText(MULTI_FILE_FIX);
  return { model, evidence, dir: repo.dir };
}

interface CliJson {
  ok: boolean;
  branch?: string;
  isolation?: { level: string; requested: string; detail: string };
}

const withUser = CLI_BUILT && userIsolationAvailable ? describe : describe.skip;

withUser(`CLI: --isolate keeps the key from the code under test (${USER_ISOLATION_SKIP_REASON ?? "built CLI, root or sudo, setfacl"})`, () => {
  for (const level of ["auto", "user"] as const) {
    it(`--isolate ${level}: hostile tests read no key, plant nothing, leave nothing running; the fix is committed`, async () => {
      const { model, evidence, dir } = await setUp();
      const run = await runCliProcess(["--test", evidence.command(TEST_COMMAND), "--base-url", model.baseURL, "--isolate", level, "--commit", "--json"], { cwd: dir, limitMs: 60_000 });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as CliJson;
      expect(result.isolation?.level).toBe("user");
      expect(result.isolation?.requested).toBe(level);
      const uid = testUserUid(result.isolation?.detail ?? "");
      await expectContained(evidence, [API_KEY], uid);
      expect(result.branch).toBe("compile-loop/main");
      const committedAt = (await stat(path.join(dir, ".git/refs/heads/compile-loop/main"))).mtimeMs;
      expect((await evidence.lastHeartbeatMs()) ?? Infinity).toBeLessThan(committedAt);
      expect(filesOwnedBy(dir, uid)).toEqual([]);
      expect(run.stderr).toContain("isolation: user: the setup and test commands run as the unprivileged user compile-loop-test");
    });
  }
});

describe.skipIf(!CLI_BUILT)("CLI: --isolate none (the default) and machines without a second user", () => {
  it("none is unprotected, as documented: the code under test reads the key from the CLI's environment; --json says none", async () => {
    const { model, evidence, dir } = await setUp();
    const run = await runCliProcess(["--test", evidence.command(TEST_COMMAND), "--base-url", model.baseURL, "--commit", "--json"], { cwd: dir, limitMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as CliJson;
    expect(result.isolation?.level).toBe("none");
    expect(result.isolation?.detail).toContain("could read the API key");
    const files = await evidence.read();
    expect((files["proc-first.txt"] ?? "") + (files["proc-leftover.txt"] ?? "")).toContain(`OPENAI_API_KEY=${API_KEY}`);
    // Still: compile-loop's own git (the commit) ran none of what was planted.
    expect(files["planted.txt"]).toContain("pre-commit");
    for (const name of RAN_PLANTED_CODE) expect(files[name], `${name}: planted code ran`).toBeUndefined();
  });

  const plainUser = process.getuid?.() === 0 && spawnSync("id", ["-u", "nobody"]).status === 0;
  describe.skipIf(!plainUser)("as a plain user without root or sudo (run through setpriv as nobody)", () => {
    async function runAsNobody(args: string[]) {
      const { model, evidence, dir } = await setUp();
      for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) await chmod(d, (await stat(d)).mode | 0o005).catch(() => undefined);
      spawnSync("chown", ["-R", "nobody", dir]);
      const env = isolatedEnv({ OPENAI_API_KEY: API_KEY, HOME: "/tmp" });
      // Not spawnSync: the model server answers from this process's event loop.
      return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        execFile(
          "setpriv",
          ["--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath, CLI_PATH, "--test", evidence.command(TEST_COMMAND), "--base-url", model.baseURL, "--json", ...args],
          { cwd: dir, env, encoding: "utf8", timeout: 60_000 },
          (error, stdout, stderr) => {
            if (error !== null && typeof error.code !== "number") reject(error);
            else resolve({ status: error === null ? 0 : (error.code as number), stdout, stderr });
          },
        );
      });
    }

    it("--isolate user fails at once with exit 2, naming what is missing, before any test runs", async () => {
      const child = await runAsNobody(["--isolate", "user"]);
      expect(child.status, child.stderr).toBe(2);
      expect(child.stderr).toContain("error: --isolate user / test-isolation: user is not available here: running the tests as another user needs root or passwordless sudo, and compile-loop it is not root and");
    });

    it("--isolate auto falls back to none with a warning and says so in --json", async () => {
      const child = await runAsNobody(["--isolate", "auto"]);
      expect(child.status, child.stderr).toBe(0);
      expect(child.stderr).toContain("warning: --isolate auto fell back to none: no separate user for the tests: running the tests as another user needs root or passwordless sudo");
      const result = JSON.parse(child.stdout) as CliJson;
      expect(result.isolation).toMatchObject({ requested: "auto", level: "none" });
    });
  });
});
