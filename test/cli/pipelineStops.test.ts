import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { OpenAITestServer } from "../support/openaiServer.js";
import { MULTI_FILE_FIX, TEST_COMMAND, WRONG_FIX, buggyProjectFiles } from "../support/buggyProject.js";
import { CLI_BUILT, SKIP_MESSAGE, runCliProcess, startModelAndRepo } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const setUp = (): Promise<{ model: OpenAITestServer; dir: string }> => startModelAndRepo(buggyProjectFiles(), cleanups);

describe.skipIf(!CLI_BUILT)(`CLI: stops before the loop come from the engine (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  for (const files of [[], ["--files", "src/**"]]) {
    it(`a test command that does not exist is test_command, not no_target_files (${files.length ? "with" : "without"} --files)`, async () => {
      const { model, dir } = await setUp();
      const run = await runCliProcess(["--test", "definitely-not-a-command", "--base-url", model.baseURL, "--json", ...files], { cwd: dir });
      expect(run.code, run.stderr).toBe(1);
      const result = JSON.parse(run.stdout) as { failureReason: string; failureMessage: string; iterations: number };
      expect(result.failureReason).toBe("test_command");
      expect(result.failureMessage).toContain("exit code 127: command not found");
      expect(result.iterations).toBe(0);
      expect(model.completions).toHaveLength(0);
    });
  }
});

describe.skipIf(!CLI_BUILT)("CLI: --max-cost", () => {
  it("with a model whose price is unknown is a usage error (exit 2) before any test runs", async () => {
    const { model, dir } = await setUp();
    const run = await runCliProcess(["--test", "touch tests-ran; node math.test.js", "--base-url", model.baseURL, "--model", "my-private-model", "--max-cost", "1"], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("error: maxCostUsd");
    expect(existsSync(path.join(dir, "tests-ran"))).toBe(false);
    expect(model.completions).toHaveLength(0);
  });

  it("stops before the call that would cross the cap and says what was spent", async () => {
    const { model, dir } = await setUp();
    model.replyText(WRONG_FIX, { promptTokens: 20_000, completionTokens: 2_000 });
    model.replyText(MULTI_FILE_FIX);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--max-cost", "0.015", "--max-iterations", "3"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("reason: budget: ");
    expect(run.stdout).toContain("$0.0112");
    expect(run.stdout).toContain("tokens: 20000 in, 2000 out; cost $0.0112");
    expect(model.completions).toHaveLength(1);
  });
});
