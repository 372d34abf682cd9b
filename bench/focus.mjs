// Focused test runs (issue 12): a generated node --test suite of 40 files
// whose test each takes 0.25 s, one of them failing. Measures one iteration's
// test run focused (only the failing file) against the full command, and the
// end-to-end time of a scripted two-iteration fix (a wrong edit, then the
// right one) through runCompileLoop, with focus on and off.
// Imports the compiled library from build/ (bench/run.mjs compiles it).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "./stats.mjs";

const FILES = 40;
const TEST_MS = 250;
const FAILING = 17;
const EXTRA_FOCUSED_SAMPLES = 4;

export async function benchFocus() {
  const { createFocusedTestRunner } = await import("../build/runner/focus/createFocusedTestRunner.js");
  const { createShellTestRunner } = await import("../build/runner/createShellTestRunner.js");
  const { buildTestEnv } = await import("../build/runner/buildTestEnv.js");
  const { runCompileLoop } = await import("../build/loop/runCompileLoop.js");
  const { ScriptedModel } = await import("../build/models/scriptedModel.js");
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-bench-focus-"));
  const env = buildTestEnv(process.env);
  const options = { command: "node --test", cwd: dir, env, timeoutMs: 300_000 };
  try {
    await writeSuite(dir);
    // The same fix twice: a wrong value first (still failing), then the right one.
    const fix = () =>
      new ScriptedModel([
        { text: reply(1, 3), usage: { inputTokens: 1, outputTokens: 1 } },
        { text: reply(3, 2), usage: { inputTokens: 1, outputTokens: 1 } },
      ]);
    const loop = (runner) => runCompileLoop({ repoDir: dir, runner, model: fix(), targetFiles: ["src/value.mjs"], maxIterations: 3 });

    await setValue(dir, 1);
    const offStarted = performance.now();
    const off = await loop(createShellTestRunner(options));
    const offMs = performance.now() - offStarted;
    expectFixed(off, "focus off");
    // With focus off every test run is a full one: the initial run and both iterations'.
    const fullSamples = [off.initialTest.durationMs, ...off.history.map((record) => record.test.durationMs)];

    await setValue(dir, 1);
    const focused = createFocusedTestRunner(options);
    const onStarted = performance.now();
    const on = await loop(focused);
    const onMs = performance.now() - onStarted;
    expectFixed(on, "focus on");
    const modes = on.history.map((record) => record.test.focus?.mode).join(",");
    if (modes !== "focused,verified") throw new Error(`benchFocus: expected a focused then a verified run, got ${modes}`);
    const focusedSamples = [on.history[0].test.durationMs];

    // More samples of a focused iteration that still fails: the full run has told the runner what failed.
    await setValue(dir, 1);
    const sampler = createFocusedTestRunner(options);
    await sampler.run();
    for (let i = 0; i < EXTRA_FOCUSED_SAMPLES; i++) {
      const result = await sampler.run();
      if (result.focus?.mode !== "focused") throw new Error(`benchFocus: sample ${i} ran ${result.focus?.mode}`);
      focusedSamples.push(result.durationMs);
    }

    const focusedMs = median(focusedSamples);
    const fullMs = median(fullSamples);
    const suite = `${FILES} files × ${TEST_MS / 1000} s, one failing`;
    return [
      { name: `focus: one iteration's test run, focused (${suite})`, value: Math.round(focusedMs), unit: "ms" },
      { name: `focus: one iteration's test run, full (${suite})`, value: Math.round(fullMs), unit: "ms" },
      { name: "focus: focused run as a share of the full run", value: round((100 * focusedMs) / fullMs), unit: "%", target: 15 },
      { name: "focus: scripted two-iteration fix end to end, focus on", value: Math.round(onMs), unit: "ms" },
      { name: "focus: scripted two-iteration fix end to end, focus off", value: Math.round(offMs), unit: "ms" },
      { name: "focus: two-iteration fix, focus on as a share of off", value: round((100 * onMs) / offMs), unit: "%" },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeSuite(dir) {
  await mkdir(path.join(dir, "test"), { recursive: true });
  await mkdir(path.join(dir, "src"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (let i = 0; i < FILES; i++) {
    const name = `t${String(i).padStart(2, "0")}`;
    const check = i === FAILING ? `assert.equal((await import("../src/value.mjs")).value, 2);` : "";
    await writeFile(
      path.join(dir, "test", `${name}.test.mjs`),
      `import { test } from "node:test";\nimport assert from "node:assert/strict";\ntest("${name}", async () => {\n  await new Promise((resolve) => setTimeout(resolve, ${TEST_MS}));\n  ${check}\n});\n`,
    );
  }
}

function setValue(dir, value) {
  return writeFile(path.join(dir, "src", "value.mjs"), `export const value = ${value};\n`);
}

function reply(from, to) {
  return `<<< path=src/value.mjs >>>\n<<<<<<< SEARCH\nexport const value = ${from};\n=======\nexport const value = ${to};\n>>>>>>> REPLACE\n`;
}

function expectFixed(result, label) {
  if (!result.ok || result.iterations !== 2) throw new Error(`benchFocus (${label}): expected a fix in 2 iterations, got ${result.summary}`);
}

function round(value) {
  return Math.round(value * 10) / 10;
}
