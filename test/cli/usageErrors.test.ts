import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import { TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, isolatedEnv, makeRepo, runCliProcess } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function repo(): Promise<string> {
  const made = await makeRepo(buggyProjectFiles());
  cleanups.push(made.remove);
  return made.dir;
}

/** A test command that leaves a marker, to prove it never ran. */
function markingTest(dir: string): string {
  return `touch ${JSON.stringify(path.join(dir, "..", `${path.basename(dir)}-ran`))} && ${TEST_COMMAND}`;
}

describe.skipIf(!CLI_BUILT)(`compile-loop usage and configuration errors (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("--help lists every option and the exit codes, exit 0", async () => {
    const dir = await repo();
    const run = await runCliProcess(["--help"], { cwd: dir });
    expect(run.code).toBe(0);
    for (const option of ["--test", "--setup", "--files", "--protect", "--provider", "--model", "--base-url", "--api-key-env", "--max-iterations", "--edit-mode", "--instructions", "--test-timeout", "--timeout", "--max-tokens-total", "--dry-run", "--commit", "--json", "--record", "--replay", "--quiet", "--verbose", "--allow-dirty", "--test-env"]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain("130 interrupted");
  });

  it.each([
    [["--test", TEST_COMMAND, "--bogus"], "--bogus"],
    [[], "--test"],
    [["--test", "  "], "--test"],
    [["--test", TEST_COMMAND, "--max-iterations", "0"], "--max-iterations"],
    [["--test", TEST_COMMAND, "--max-iterations", "two"], "--max-iterations"],
    [["--test", TEST_COMMAND, "--provider", "nope"], "--provider"],
    [["--test", TEST_COMMAND, "--edit-mode", "whole"], "--edit-mode"],
    [["--test", TEST_COMMAND, "--dry-run", "--commit"], "--commit"],
    [["--test", TEST_COMMAND, "--record", "a.jsonl", "--replay", "b.jsonl"], "--replay"],
    [["--test", TEST_COMMAND, "--test-env", "NOEQUALS"], "--test-env"],
    [["--test", TEST_COMMAND, "--timeout", "-1"], "--timeout"],
    [["--test", TEST_COMMAND, "--instructions", "@missing-file.txt"], "--instructions"],
    [["--test", TEST_COMMAND, "extra-argument"], "extra-argument"],
  ])("%j: exit 2 naming %s, no test run", async (args, named) => {
    const dir = await repo();
    const withMarker = args.map((a) => (a === TEST_COMMAND ? markingTest(dir) : a));
    const run = await runCliProcess(withMarker, { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stderr).toContain("--help");
    expect(run.stdout).toBe("");
    expect(existsSync(path.join(dir, "..", `${path.basename(dir)}-ran`))).toBe(false);
  });

  it("a missing API key: exit 2 naming OPENAI_API_KEY, before any test runs", async () => {
    const dir = await repo();
    const run = await runCliProcess(["--test", markingTest(dir)], { cwd: dir, env: isolatedEnv() });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("OPENAI_API_KEY");
    expect(existsSync(path.join(dir, "..", `${path.basename(dir)}-ran`))).toBe(false);
  });

  it("a missing key for --provider anthropic and for --api-key-env names that variable", async () => {
    const dir = await repo();
    const anthropic = await runCliProcess(["--test", TEST_COMMAND, "--provider", "anthropic"], { cwd: dir, env: isolatedEnv({ OPENAI_API_KEY: API_KEY }) });
    expect(anthropic.code, anthropic.stderr).toBe(2);
    expect(anthropic.stderr).toContain("ANTHROPIC_API_KEY");
    const custom = await runCliProcess(["--test", TEST_COMMAND, "--api-key-env", "MY_LLM_ACCESS"], { cwd: dir, env: isolatedEnv({ OPENAI_API_KEY: API_KEY }) });
    expect(custom.code, custom.stderr).toBe(2);
    expect(custom.stderr).toContain("MY_LLM_ACCESS");
  });

  it("a wrong key: the server's 401 ends the run with exit 1 and llm_call, and the key is never printed", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    const dir = await repo();
    const wrongKey = "sk-wrong-key-that-must-not-leak-98765";
    for (const [args, env] of [
      [["--files", "src/**"], isolatedEnv({ OPENAI_API_KEY: wrongKey })],
      // A variable whose name does not look secret is still redacted once it is named as the key.
      [["--files", "src/**", "--api-key-env", "LLM_ACCESS"], isolatedEnv({ LLM_ACCESS: wrongKey })],
      [["--files", "src/**", "--json"], isolatedEnv({ OPENAI_API_KEY: wrongKey })],
    ] as const) {
      const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", server.baseURL, ...args], { cwd: dir, env });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout + run.stderr).toContain("llm_call");
      expect(run.stdout + run.stderr).not.toContain(wrongKey);
      expect(run.stdout + run.stderr).not.toContain("must-not-leak");
    }
    expect(server.requests.length).toBeGreaterThanOrEqual(3);
    expect(server.completions).toHaveLength(0);
  });

  it("--commit outside a git repository is a usage error", async () => {
    const { makeTempDir } = await import("../support/tempDir.js");
    const plain = await makeTempDir(buggyProjectFiles());
    cleanups.push(plain.remove);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--commit"], { cwd: plain.dir, env: isolatedEnv({ OPENAI_API_KEY: API_KEY, GIT_CEILING_DIRECTORIES: path.dirname(plain.dir) }) });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("--commit");
  });
});
