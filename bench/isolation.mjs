// What isolation adds to one test run: spawning as the test user and the
// sweep for its leftover processes (plus the .git guard), against a plain run
// of the same command. Set-up and release happen once per run of
// compile-loop and are reported separately. Needs root or passwordless sudo
// and setfacl; elsewhere the rows say why they are missing.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { spawnSync } from "node:child_process";
import { median } from "./stats.mjs";

const RUNS = 31;
const COMMAND = "true";

export async function benchIsolation() {
  const { runTestCommand } = await import("../build/runner/runTestCommand.js");
  const { buildTestEnv } = await import("../build/runner/buildTestEnv.js");
  const { prepareTestIsolation } = await import("../build/isolation/prepareTestIsolation.js");
  const dir = await mkdtemp(join(tmpdir(), "bench-isolation-"));
  try {
    spawnSync("git", ["init", "-q", dir]);
    await mkdir(join(dir, "src"));
    for (let i = 0; i < 200; i++) await writeFile(join(dir, "src", `f${i}.js`), "export {};\n");
    const env = buildTestEnv(process.env);
    const setupStarted = performance.now();
    const prepared = await prepareTestIsolation({ setting: "user", workTree: dir, isGitRepo: true });
    const setupMs = performance.now() - setupStarted;
    const plain = await prepareTestIsolation({ setting: "none", workTree: dir, isGitRepo: true });
    const time = async (isolation) => {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const result = await runTestCommand({ command: COMMAND, cwd: dir, env, isolation });
        if (!result.ok) throw new Error(`the benchmark command failed: ${result.output}`);
        samples.push(performance.now() - started);
      }
      return median(samples);
    };
    // Interleaved warm-up so neither side pays for first-run costs.
    await time(plain.isolation);
    await time(prepared.isolation);
    const plainMs = await time(plain.isolation);
    const isolatedMs = await time(prepared.isolation);
    const releaseStarted = performance.now();
    await prepared.release();
    const releaseMs = performance.now() - releaseStarted;
    return [
      { name: `test run \`${COMMAND}\`, no isolation`, value: plainMs, unit: "ms" },
      { name: `test run \`${COMMAND}\` as ${"compile-loop-test"} (spawn + leftover sweep + .git guard)`, value: isolatedMs, unit: "ms" },
      { name: "isolation added per test run (median difference)", value: isolatedMs - plainMs, unit: "ms", target: 50 },
      { name: "isolation set-up once per run (user, ACLs on 200 files)", value: setupMs, unit: "ms" },
      { name: "isolation release once per run (chown back, ACLs removed)", value: releaseMs, unit: "ms" },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
