import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer, type OpenAITestServer } from "../support/openaiServer.js";
import { buggyProjectFiles } from "../support/buggyProject.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, makeRepo, runCliProcess } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setUp(): Promise<{ model: OpenAITestServer; dir: string }> {
  const model = await startOpenAIServer({ apiKey: API_KEY });
  cleanups.push(() => model.close());
  const repo = await makeRepo(buggyProjectFiles());
  cleanups.push(repo.remove);
  return { model, dir: repo.dir };
}

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
