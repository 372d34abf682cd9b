import { afterEach, describe, expect, it } from "vitest";
import { prepareTestIsolation, type PreparedIsolation } from "../../src/isolation/prepareTestIsolation.js";
import { runTestCommand } from "../../src/runner/runTestCommand.js";
import { buildTestEnv } from "../../src/runner/buildTestEnv.js";
import { makeTempDir } from "../support/tempDir.js";
import { USER_ISOLATION_SKIP_REASON, userIsolationAvailable } from "../support/userIsolation.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function isolatedDir(): Promise<{ dir: string; prepared: PreparedIsolation }> {
  const temp = await makeTempDir({ "test.sh": "echo ok\n" }, "compile-loop-concurrent-");
  cleanups.push(temp.remove);
  const prepared = await prepareTestIsolation({ setting: "user", workTree: temp.dir, isGitRepo: false });
  cleanups.push(() => prepared.release());
  return { dir: temp.dir, prepared };
}

describe.skipIf(!userIsolationAvailable)(`two isolated runs on one machine (${USER_ISOLATION_SKIP_REASON ?? "root or sudo, setfacl"})`, () => {
  it("each gets its own test user, so one run's sweep never kills the other's tests", async () => {
    const a = await isolatedDir();
    const b = await isolatedDir();
    expect(a.prepared.report.detail).not.toBe(b.prepared.report.detail);
    const env = buildTestEnv(process.env);
    const long = runTestCommand({ command: "sleep 1; echo survived", cwd: a.dir, env, isolation: a.prepared.isolation, timeoutMs: 20_000 });
    // While a's tests run, b's run ends and sweeps its own user's processes.
    const short = await runTestCommand({ command: "sleep 0.2; true", cwd: b.dir, env, isolation: b.prepared.isolation, timeoutMs: 20_000 });
    expect(short.ok).toBe(true);
    const result = await long;
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain("survived");
  });
});
