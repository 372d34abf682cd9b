import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { OpenAITestServer } from "../support/openaiServer.js";
import { CLI_BUILT, SKIP_MESSAGE, runCliProcess, startModelAndRepo } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

// Two node:test files; each appends its name to runs.log when it runs, so the log shows what every test run ran.
const mark = (name: string): string => `import { appendFileSync } from "node:fs";\nappendFileSync("runs.log", "${name}\\n");\n`;
const PROJECT = {
  "package.json": `{ "type": "module" }\n`,
  "src/math.js": "export function add(a, b) {\n  return a - b;\n}\nexport function double(n) {\n  return n * 2;\n}\n",
  "add.test.js": `${mark("add")}import test from "node:test";\nimport assert from "node:assert";\nimport { add } from "./src/math.js";\ntest("adds", () => assert.strictEqual(add(2, 3), 5));\n`,
  "double.test.js": `${mark("double")}import test from "node:test";\nimport assert from "node:assert";\nimport { double } from "./src/math.js";\ntest("doubles", () => assert.strictEqual(double(4), 8));\n`,
};
const FIX = "<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE\n";
// Fixes add() but breaks double(): the focused run (add.test.js only) passes, the full command does not.
const FIX_THAT_BREAKS_DOUBLE = "<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE\n<<<<<<< SEARCH\n  return n * 2;\n=======\n  return n * 3;\n>>>>>>> REPLACE\n";

const setUp = (): Promise<{ model: OpenAITestServer; dir: string }> => startModelAndRepo(PROJECT, cleanups);

async function ran(dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const line of (await readFile(path.join(dir, "runs.log"), "utf8")).split("\n").filter(Boolean)) counts[line] = (counts[line] ?? 0) + 1;
  return counts;
}

interface Json {
  ok: boolean;
  failureReason: string | null;
  history: { test?: { focus?: { mode: string; tests?: string[] } } }[];
  focus?: { runs: number; focusedRuns: number; fullRuns: number; savedMs: number };
}

describe.skipIf(!CLI_BUILT)(`CLI: iterations re-run only the failing tests (${CLI_BUILT ? "built CLI, node --test" : SKIP_MESSAGE})`, () => {
  it("the iteration runs only add.test.js, then the full command verifies; the result and the final line say so", async () => {
    const { model, dir } = await setUp();
    model.replyText(FIX);
    const run = await runCliProcess(["--test", "node --test", "--base-url", model.baseURL, "--files", "src/**", "--json"], { cwd: dir, limitMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    // First full run: both; the iteration: add only (focused), then both again (verification).
    expect(await ran(dir)).toEqual({ add: 3, double: 2 });
    const result = JSON.parse(run.stdout) as Json;
    expect(result.history[0]?.test?.focus?.mode).toBe("verified");
    expect(result.history[0]?.test?.focus?.tests).toEqual(["add.test.js > adds"]);
    expect(result.focus).toMatchObject({ focusedRuns: 1 });
  });

  it("a fix that passes the focused run but breaks another test is not ok, and the next iteration starts from the full run's failure", async () => {
    const { model, dir } = await setUp();
    model.replyText(FIX_THAT_BREAKS_DOUBLE);
    const run = await runCliProcess(["--test", "node --test", "--base-url", model.baseURL, "--files", "src/**", "--json", "--max-iterations", "1"], { cwd: dir, limitMs: 60_000 });
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as Json;
    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("max_iters");
    expect(result.history[0]?.test?.focus?.mode).toBe("verified");
  });

  it("without --json the final lines say how the runs went", async () => {
    const { model, dir } = await setUp();
    model.replyText(FIX);
    const run = await runCliProcess(["--test", "node --test", "--base-url", model.baseURL, "--files", "src/**"], { cwd: dir, limitMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("against full runs (1 focused, 2 full)");
    expect(run.stderr).toContain("focused run of 1 test passed, then the full command");
  });

  it("--no-focus runs the whole command every time", async () => {
    const { model, dir } = await setUp();
    model.replyText(FIX);
    const run = await runCliProcess(["--test", "node --test", "--base-url", model.baseURL, "--files", "src/**", "--json", "--no-focus"], { cwd: dir, limitMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(await ran(dir)).toEqual({ add: 2, double: 2 });
    expect((JSON.parse(run.stdout) as Json).history[0]?.test?.focus).toBeUndefined();
  });
});
