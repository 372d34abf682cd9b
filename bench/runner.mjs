// Memory and speed of the test runner under a flood of output: a command
// printing 200 MB must cost this process no more than a bounded buffer.
// Imports the compiled library from build/ (scripts/node24 node_modules/typescript/bin/tsc -p tsconfig.build.json).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval } from "node:timers";

const OUTPUT_BYTES = 200 * 1024 * 1024;
const SAMPLE_EVERY_MS = 20;
const MB = 1024 * 1024;
const LINE = "x".repeat(99);

const SCENARIOS = [
  // A very chatty test suite: many short lines.
  { label: "200 MB in 100-byte lines", command: `yes '${LINE}' | head -c ${OUTPUT_BYTES}` },
  // One endless line: exercises the cap on the held-back partial line.
  { label: "200 MB without a newline", command: `head -c ${OUTPUT_BYTES} /dev/zero | tr '\\0' 'x'` },
];

export async function benchRunner() {
  const { runTestCommand } = await import("../build/runner/runTestCommand.js");
  const { buildTestEnv } = await import("../build/runner/buildTestEnv.js");
  const cwd = await mkdtemp(join(tmpdir(), "bench-runner-"));
  const rows = [];
  try {
    const env = buildTestEnv(process.env);
    // Warm up so the baseline includes compiled code rather than first-run allocations.
    await runTestCommand({ command: "seq 1 100000", cwd, env });
    for (const scenario of SCENARIOS) {
      const { growthMb, wallMs } = await measure(() => runTestCommand({ command: scenario.command, cwd, env, timeoutMs: 300_000 }));
      rows.push(
        { name: `runner: peak RSS growth, ${scenario.label}`, value: round(growthMb), target: 64, unit: "MB" },
        { name: `runner: wall time, ${scenario.label}`, value: Math.round(wallMs), target: 20_000, unit: "ms" },
      );
    }
    return rows;
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

async function measure(run) {
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, SAMPLE_EVERY_MS);
  const started = performance.now();
  let result;
  try {
    result = await run();
  } finally {
    clearInterval(sampler);
  }
  const wallMs = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!result.ok || result.elidedBytes < OUTPUT_BYTES - 512 * 1024) {
    throw new Error(`benchRunner: unexpected result (exit ${result.exitCode}, elided ${result.elidedBytes} bytes)`);
  }
  return { growthMb: (peak - baseline) / MB, wallMs };
}

function round(value) {
  return Math.round(value * 10) / 10;
}
