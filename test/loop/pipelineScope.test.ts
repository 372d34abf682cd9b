// The pipeline decides whether reading may widen what the model edits:
// globs from the user (--files / target-files) are a hard limit, a selection of ours is not.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/loop/runPipeline.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import { makeTempDir } from "../support/tempDir.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

// The test names only itself; the bug is in lib/money.js, which src/total.js loads by a computed name, so no import leads to it.
const FILES = {
  "package.json": `{ "type": "module" }\n`,
  "src/total.js": `const { cents } = await import("../lib/" + "money.js");\nexport const total = (a, b) => cents(a) + cents(b);\n`,
  "lib/money.js": `export const cents = (x) => Math.round(x * 10);\n`,
  "total.test.js": `import { total } from "./src/total.js";\nif (total(1, 2) !== 300) { console.error("total.test.js: expected 300, got " + total(1, 2)); process.exit(1); }\n`,
};

const readThenFix = (): ScriptedModel =>
  new ScriptedModel([
    { toolCalls: [{ id: "r1", name: "read_file", input: { path: "lib/money.js" } }] },
    "<<< path=lib/money.js >>>\n<<<<<<< SEARCH\nexport const cents = (x) => Math.round(x * 10);\n=======\nexport const cents = (x) => Math.round(x * 100);\n>>>>>>> REPLACE\n",
  ]);

async function project(): Promise<string> {
  const temp = await makeTempDir(FILES, "compile-loop-scope-");
  cleanups.push(temp.remove);
  return temp.dir;
}

describe("runPipeline: what reading makes editable", () => {
  it("without --files, a file the model read becomes editable, and the result names it as outside the initial targets", async () => {
    const dir = await project();
    const result = await runPipeline({ repoDir: dir, testCommand: "node total.test.js", model: readThenFix(), maxIterations: 1 });
    expect(result.ok, result.lastError).toBe(true);
    expect(result.targetFiles).not.toContain("lib/money.js");
    expect(result.editedOutsideTargets).toEqual(["lib/money.js"]);
  });

  it("with --files globs, reading never widens them: the edit is refused, naming the file and how to allow it", async () => {
    const dir = await project();
    const result = await runPipeline({ repoDir: dir, testCommand: "node total.test.js", include: ["src/**"], model: readThenFix(), maxIterations: 1 });
    expect(result.ok).toBe(false);
    expect(result.modifiedFiles).toEqual([]);
    expect(result.history[0]?.feedback).toContain("lib/money.js");
    expect(result.history[0]?.feedback).toContain("--files");
    expect(await readFile(path.join(dir, "lib/money.js"), "utf8")).toBe(FILES["lib/money.js"]);
  });
});
