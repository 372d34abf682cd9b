// The repository map in the multi-file prompt: built once per run by the pipeline,
// the same in every iteration's prompt, within its budget, and off with a budget of 0.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/loop/runPipeline.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { estimateMapTokens } from "../../src/context/repoMap/renderRepoMap.js";
import { makeTempDir } from "../support/tempDir.js";
import { repoMapSection } from "../support/readRepoMap.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const FILES = {
  "package.json": `{ "type": "module" }\n`,
  "src/total.js": `import { cents } from "./money.js";\nexport function total(a, b) {\n  return cents(a) + cents(b);\n}\n`,
  "src/money.js": `export function cents(x) {\n  return Math.round(x * 10);\n}\nexport class Wallet {\n  add(amount) {\n    return amount;\n  }\n}\n`,
  "src/format.js": `export const formatCents = (c) => (c / 100).toFixed(2);\n`,
  "total.test.js": `import { total } from "./src/total.js";\nif (total(1, 2) !== 300) { console.error("total.test.js:2 expected 300, got " + total(1, 2)); process.exit(1); }\n`,
};

const wrongThenRight = (): ScriptedModel =>
  new ScriptedModel([
    "<<< path=src/money.js >>>\n<<<<<<< SEARCH\n  return Math.round(x * 10);\n=======\n  return Math.round(x * 1000);\n>>>>>>> REPLACE\n",
    "<<< path=src/money.js >>>\n<<<<<<< SEARCH\n  return Math.round(x * 1000);\n=======\n  return Math.round(x * 100);\n>>>>>>> REPLACE\n",
  ]);


async function project(): Promise<string> {
  const temp = await makeTempDir(FILES, "compile-loop-map-prompt-");
  cleanups.push(temp.remove);
  return temp.dir;
}

describe("runPipeline: the repository map in the prompt", () => {
  it("is in every iteration's prompt, the same text, within the budget, and reported", async () => {
    const dir = await project();
    const model = wrongThenRight();
    const events: LoopEvent[] = [];
    const result = await runPipeline({ repoDir: dir, testCommand: "node total.test.js", model, maxIterations: 2, repoMapTokens: 400, onEvent: (e) => events.push(e) });
    expect(result.ok, result.lastError).toBe(true);
    expect(model.requests).toHaveLength(2);
    const first = repoMapSection(model.requests[0]);
    expect(first).toContain("src/money.js\n  1| export function cents(x)\n  4| export class Wallet\n  5|   add(amount)");
    expect(repoMapSection(model.requests[1])).toBe(first);
    expect(estimateMapTokens(first ?? "")).toBeLessThanOrEqual(400);
    const reported = events.find((e): e is Extract<LoopEvent, { type: "repo_map" }> => e.type === "repo_map");
    expect(reported?.report.stats.budgetTokens).toBe(400);
    expect(result.repoMap?.stats.definitionsShown).toBeGreaterThanOrEqual(4);
    expect(result.repoMap?.stats.tokens).toBe(estimateMapTokens(first ?? ""));
  });

  it("a smaller budget gives a smaller map, saying what it left out", async () => {
    const dir = await project();
    const model = wrongThenRight();
    const smallRun = await runPipeline({ repoDir: dir, testCommand: "node total.test.js", model, maxIterations: 1, repoMapTokens: 170 });
    const small = repoMapSection(model.requests[0]) ?? "";
    expect(estimateMapTokens(small)).toBeLessThanOrEqual(170);
    expect(small).toMatch(/\.\.\. \d+ more (definitions? in this file|files? with definitions not shown)/);
    const largeDir = await project();
    const largeRun = await runPipeline({ repoDir: largeDir, testCommand: "node total.test.js", model: wrongThenRight(), maxIterations: 1, repoMapTokens: 1024 });
    expect(smallRun.repoMap?.stats.definitionsShown).toBeLessThan(largeRun.repoMap?.stats.definitionsShown ?? 0);
  });

  it("a budget that is not a whole number stops the run as configuration before anything runs", async () => {
    const dir = await project();
    const model = wrongThenRight();
    const result = await runPipeline({ repoDir: dir, testCommand: "touch ran; node total.test.js", model, repoMapTokens: Number.NaN });
    expect(result.failureReason).toBe("configuration");
    expect(result.failureMessage).toContain("repoMapTokens must be a whole number, 0 or more (got NaN)");
    expect(result.initialTest).toBeUndefined();
    expect(existsSync(path.join(dir, "ran"))).toBe(false);
    expect(model.requests).toHaveLength(0);
  });

  it("with a budget of 0 the prompt has no map", async () => {
    const dir = await project();
    const model = wrongThenRight();
    const result = await runPipeline({ repoDir: dir, testCommand: "node total.test.js", model, maxIterations: 1, repoMapTokens: 0 });
    expect(repoMapSection(model.requests[0])).toBeUndefined();
    expect(result.repoMap).toBeUndefined();
  });
});
