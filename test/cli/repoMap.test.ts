// The repository map through the built CLI: the bundle loads the tree-sitter
// runtime and grammars from dist/grammars, and the option reaches the engine.
import { afterEach, describe, expect, it } from "vitest";
import type { OpenAITestServer } from "../support/openaiServer.js";
import { MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { CLI_BUILT, SKIP_MESSAGE, runCliProcess, startModelAndRepo } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const setUp = (): Promise<{ model: OpenAITestServer; dir: string }> => startModelAndRepo(buggyProjectFiles(), cleanups);

/** The user prompt of the first model call. */
function firstPrompt(model: OpenAITestServer): string {
  const body = model.completions[0]?.body as { messages?: Array<{ role: string; content: unknown }> } | undefined;
  const user = body?.messages?.find((m) => m.role === "user");
  return typeof user?.content === "string" ? user.content : JSON.stringify(user?.content ?? "");
}

describe.skipIf(!CLI_BUILT)(`CLI: --repo-map-tokens (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("by default the prompt carries the map of the target's definitions, and --json and --verbose report it", async () => {
    const { model, dir } = await setUp();
    model.replyText(MULTI_FILE_FIX);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--json", "--verbose"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const prompt = firstPrompt(model);
    expect(prompt).toContain("math.test.js\n  2| const got = add(2, 3)\nsrc/math.js\n  1| export function add(a, b)\n  5| export function double(n)");
    const result = JSON.parse(run.stdout) as { repoMap?: { stats: { budgetTokens: number; definitionsShown: number }; skipped?: string } };
    expect(result.repoMap?.skipped).toBeUndefined();
    expect(result.repoMap?.stats.budgetTokens).toBe(1024);
    expect(result.repoMap?.stats.definitionsShown).toBe(3);
    expect(run.stderr).toMatch(/repository map: 3 definitions from 2 files \(~\d+ of 1024 tokens, \d+ ms\)/);
  });

  it("0 turns the map off", async () => {
    const { model, dir } = await setUp();
    model.replyText(MULTI_FILE_FIX);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--json", "--repo-map-tokens", "0"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(firstPrompt(model)).not.toContain("Repository map");
    expect((JSON.parse(run.stdout) as { repoMap?: unknown }).repoMap).toBeUndefined();
  });

  it("a value that is not a whole number is a usage error naming the option, before any test runs", async () => {
    const { model, dir } = await setUp();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--repo-map-tokens", "-5"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--repo-map-tokens");
    expect(run.stderr).toContain("must be a whole number, 0 or more");
    expect(model.completions).toHaveLength(0);
  });
});
