import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import { FIXED_MATH, MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { makeTempDir } from "../support/tempDir.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, git, isolatedEnv, makeRepo, runCliProcess } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function repo(): Promise<string> {
  const made = await makeRepo(buggyProjectFiles());
  cleanups.push(made.remove);
  return made.dir;
}

describe.skipIf(!CLI_BUILT)(`compile-loop --record / --replay (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("a recorded run replays offline on a fresh copy, and the transcript holds no key", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    // A tool call first, so the replay has to follow a two-call conversation.
    server.replyToolCalls([{ name: "read_file", arguments: { path: "src/math.js" } }]);
    server.replyText(MULTI_FILE_FIX);
    const store = await makeTempDir();
    cleanups.push(store.remove);
    const transcript = path.join(store.dir, "run.jsonl");

    const recorded = await runCliProcess(["--test", TEST_COMMAND, "--base-url", server.baseURL, "--files", "src/**", "--record", transcript], { cwd: await repo() });
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(server.completions).toHaveLength(2);
    const text = await readFile(transcript, "utf8");
    expect(text.trim().split("\n")).toHaveLength(2);
    expect(text).not.toContain(API_KEY);
    expect(text).toContain("return a + b;");
    await server.close();

    // No server, no key: everything the model says comes from the file.
    const fresh = await repo();
    const replayed = await runCliProcess(["--test", TEST_COMMAND, "--files", "src/**", "--replay", transcript], { cwd: fresh, env: isolatedEnv() });
    expect(replayed.code, replayed.stderr).toBe(0);
    expect(replayed.stdout).toContain("PASS in 1 iters");
    expect(await readFile(path.join(fresh, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(git(fresh, ["status", "--porcelain"]).trim()).toBe("M src/math.js");
  });

  it("--replay of a missing file is a configuration error (exit 2) naming the file", async () => {
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--replay", "no-such-transcript.jsonl"], { cwd: dir, env: isolatedEnv() });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("no-such-transcript.jsonl");
  });
});
