import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import { BUGGY_MATH, FIXED_MATH, MULTI_FILE_FIX, buggyProjectFiles } from "../support/buggyProject.js";
import { makeTempDir } from "../support/tempDir.js";
import { waitUntilGone } from "../runner/processLiveness.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, git, makeRepo, startCli, waitFor } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/**
 * A test that fails fast while add() is wrong; once it is fixed it starts a
 * grandchild, writes both pids and hangs, so the interrupt lands mid-run.
 */
function slowWhenFixedTest(pidFile: string): string {
  return `import { appendFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { add } from "./src/math.js";
if (add(2, 3) !== 5) {
  console.error("src/math.js:2 expected add(2, 3) to be 5");
  process.exit(1);
}
const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
appendFileSync(${JSON.stringify(pidFile)}, process.pid + " " + sleeper.pid + "\\n");
setTimeout(() => {}, 30000);
`;
}

async function setup(): Promise<{ dir: string; pidFile: string }> {
  const store = await makeTempDir();
  cleanups.push(store.remove);
  const pidFile = path.join(store.dir, "pids");
  const made = await makeRepo({ ...buggyProjectFiles(), "slow.test.js": slowWhenFixedTest(pidFile) });
  cleanups.push(made.remove);
  return { dir: made.dir, pidFile };
}

async function readPids(pidFile: string): Promise<number[]> {
  const text = await readFile(pidFile, "utf8").catch(() => "");
  return text.split(/\s+/).filter(Boolean).map(Number);
}

describe.skipIf(!CLI_BUILT)(`compile-loop interrupted with SIGINT (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("during the first test run: exit 130, the test process gone, no model call", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    const { dir, pidFile } = await setup();
    // The first run hangs at once: the project starts out "fixed" for slow.test.js.
    await import("node:fs/promises").then((fs) => fs.writeFile(path.join(dir, "src/math.js"), FIXED_MATH));
    git(dir, ["commit", "-q", "-am", "fixed"]);
    const cli = startCli(["--test", "node slow.test.js", "--base-url", server.baseURL], { cwd: dir });
    cleanups.push(async () => void cli.child.kill("SIGKILL"));
    expect(await waitFor(async () => (await readPids(pidFile)).length === 2)).toBe(true);
    cli.child.kill("SIGINT");
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toContain("interrupted");
    expect(server.completions).toHaveLength(0);
    for (const pid of await readPids(pidFile)) expect(await waitUntilGone(pid, 5_000)).toBe(true);
  });

  it("during the model call: exit 130, nothing written", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    server.enqueue({ type: "hang", maxMs: 20_000 });
    const { dir } = await setup();
    const cli = startCli(["--test", "node slow.test.js", "--base-url", server.baseURL, "--files", "src/**"], { cwd: dir });
    cleanups.push(async () => void cli.child.kill("SIGKILL"));
    expect(await waitFor(() => server.completions.length === 1)).toBe(true);
    cli.child.kill("SIGINT");
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toContain("interrupted");
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("during the test run after an edit: exit 130, the edit complete, the test process group gone", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const { dir, pidFile } = await setup();
    const cli = startCli(["--test", "node slow.test.js", "--base-url", server.baseURL, "--files", "src/**"], { cwd: dir });
    cleanups.push(async () => void cli.child.kill("SIGKILL"));
    expect(await waitFor(async () => (await readPids(pidFile)).length === 2)).toBe(true);
    cli.child.kill("SIGINT");
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(130);
    // Either as before the iteration or with its complete edit; here the edit was written before the tests started.
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    for (const pid of await readPids(pidFile)) expect(await waitUntilGone(pid, 5_000)).toBe(true);
  });

  it("--dry-run interrupted during the test run (twice): every byte is put back", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const { dir, pidFile } = await setup();
    const cli = startCli(["--test", "node slow.test.js", "--base-url", server.baseURL, "--files", "src/**", "--dry-run"], { cwd: dir });
    cleanups.push(async () => void cli.child.kill("SIGKILL"));
    expect(await waitFor(async () => (await readPids(pidFile)).length === 2)).toBe(true);
    cli.child.kill("SIGINT");
    cli.child.kill("SIGINT");
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(130);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
    expect(git(dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
    for (const pid of await readPids(pidFile)) expect(await waitUntilGone(pid, 5_000)).toBe(true);
  });
});
