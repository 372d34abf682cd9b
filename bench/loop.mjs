// Loop overhead per iteration (everything but the model and the test command)
// with 100 target files: an instant scripted model and an in-process runner,
// so what is left is the engine's own work (prompt building, snapshots,
// parsing, planning, atomic writes, stagnation checks, events).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { median } from "./stats.mjs";

export async function benchLoop() {
  const { runCompileLoop } = await import("../build/loop/runCompileLoop.js");
  const { ScriptedModel } = await import("../build/models/scriptedModel.js");
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-bench-"));
  const files = [];
  for (let i = 0; i < 100; i++) {
    const rel = `src/mod${i}.js`;
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    const body = Array.from({ length: 200 }, (_, j) => `export function f${i}_${j}(x) { return x + ${j}; }`).join("\n");
    await writeFile(path.join(dir, rel), `${body}\nlet counter = 0;\n`);
    files.push(rel);
  }
  const iterations = 10;
  const perIteration = [];
  try {
    for (let round = 0; round < 7; round++) {
      // Each reply changes a different line so no stagnation gate fires.
      const replies = Array.from(
        { length: iterations },
        (_, k) => `<<< path=src/mod${k}.js >>>\n<<<<<<< SEARCH\nlet counter = 0;\n=======\nlet counter = ${round + 1};\n>>>>>>> REPLACE\n`,
      );
      let runs = 0;
      const runner = {
        command: "in-process",
        async run() {
          runs++;
          return { ok: false, exitCode: 1, signal: null, timedOut: false, output: `FAIL run ${runs}\nexpected 1 got 2`, elidedBytes: 0, durationMs: 0 };
        },
      };
      // Reset the counters the replies expect.
      for (const rel of files) {
        const abs = path.join(dir, rel);
        const body = Array.from({ length: 200 }, (_, j) => `export function g_${j}(x) { return x + ${j}; }`).join("\n");
        await writeFile(abs, `${body}\nlet counter = 0;\n`);
      }
      const model = new ScriptedModel(replies.map((text) => ({ text, usage: { inputTokens: 1, outputTokens: 1 } })));
      const started = performance.now();
      const result = await runCompileLoop({ repoDir: dir, runner, model, targetFiles: files, maxIterations: iterations });
      const elapsed = performance.now() - started;
      if (result.history.length !== iterations || result.history.some((h) => h.outcome !== "failed")) {
        throw new Error(`bench loop did not run ${iterations} applied iterations: ${result.summary} ${result.history.map((h) => h.outcome)}`);
      }
      if (round > 0) perIteration.push(elapsed / iterations);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return [{ name: "loop overhead per iteration, 100 target files", value: median(perIteration), unit: "ms", target: 30 }];
}
