import { execFile, spawnSync } from "node:child_process";
import { mkdir, readdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";
import { buildTestEnv } from "../../../src/runner/buildTestEnv.js";
import { createFocusedTestRunner, type FocusedTestRunnerOptions } from "../../../src/runner/focus/createFocusedTestRunner.js";
import { extractFailingTests } from "../../../src/runner/focus/extractFailingTests.js";
import type { FailingTest, RunnerKind } from "../../../src/runner/focus/failingTests.js";
import type { TestRunResult } from "../../../src/runner/testRunResult.js";
import { makeTempDir } from "../../support/tempDir.js";

const run = promisify(execFile);

/** Where npm-installed runners are kept between test runs, one folder per package and version. */
const RUNNER_CACHE = path.join(tmpdir(), "compile-loop-focus-runners");

/**
 * Installs `spec` (`vitest@4.1.12`) from the npm registry once per machine and
 * returns its node_modules folder, or why it could not (offline, registry
 * down), for the test to skip with. Installs go to a staging folder renamed
 * into place, so a half-finished install is never used.
 */
export async function cachedNpmRunner(spec: string): Promise<{ nodeModules: string } | { skip: string }> {
  const target = path.join(RUNNER_CACHE, spec.replace(/[^\w.@-]/g, "_"));
  const nodeModules = path.join(target, "node_modules");
  if (existsSync(path.join(target, ".complete"))) return { nodeModules };
  const staging = `${target}.staging-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await writeFile(path.join(staging, "package.json"), JSON.stringify({ private: true }));
    await run("npm", ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", spec], {
      cwd: staging,
      timeout: 240_000,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    await writeFile(path.join(staging, ".complete"), "");
    await rename(staging, target).catch(async () => {
      // Another worker finished first: its copy is as good.
      await rm(staging, { recursive: true, force: true });
    });
    return { nodeModules };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error);
    return { skip: `npm could not install ${spec} from the registry (${message.slice(0, 300)})` };
  }
}

/** Why a toolchain command cannot be used here, or undefined when `program --version`-like probing works. */
export function missingTool(program: string, args: readonly string[]): string | undefined {
  const probe = spawnSync(program, args, { encoding: "utf8", timeout: 30_000 });
  if (probe.error !== undefined) return `${program} is not installed on this machine (${probe.error.message})`;
  if (probe.status !== 0) return `${program} ${args.join(" ")} failed here (exit ${probe.status}): ${(probe.stderr || probe.stdout).trim().slice(0, 200)}`;
  return undefined;
}

/**
 * One runner's end-to-end story, on a generated project of three test files
 * whose tests each write a marker file `markers/<name>` when they run:
 * `add` fails (the code subtracts); a "fix" repairs add but breaks `mul`; the
 * real fix repairs both.
 */
export interface RunnerScenario {
  runner: RunnerKind;
  command: string;
  files: Record<string, string>;
  /** Fixes add, breaks mul. */
  badFix: Record<string, string>;
  /** Fixes both. */
  goodFix: Record<string, string>;
  /** The first run's failures, exactly. */
  expectedFailures: FailingTest[];
  /** The focused command for them. */
  expectedFocusedCommand: string;
  /** Markers of the first focused run (only the add tests run). */
  focusedMarkers: string[];
  /** Markers of the focused run after the bad fix (only the mul tests run). */
  refocusedMarkers: string[];
  /** Every test's marker: a full run. */
  allMarkers: string[];
  /** The same tests behind a command compile-loop does not recognise. */
  unknownCommand: string;
  env?: Record<string, string>;
  /** A node_modules folder to link into the project. */
  nodeModules?: string;
  timeoutMs?: number;
}

export async function exerciseScenario(scenario: RunnerScenario): Promise<void> {
  const project = await makeTempDir({ ...scenario.files }, `focus-${scenario.runner}-`);
  try {
    if (scenario.nodeModules !== undefined) await symlink(scenario.nodeModules, path.join(project.dir, "node_modules"), "dir");
    const notices: string[] = [];
    const options: FocusedTestRunnerOptions = {
      command: scenario.command,
      cwd: project.dir,
      env: buildTestEnv(process.env, scenario.env ?? {}),
      timeoutMs: scenario.timeoutMs ?? 60_000,
      onNotice: (sentence) => notices.push(sentence),
    };
    const runner = createFocusedTestRunner(options);
    const step = async (): Promise<{ result: TestRunResult; markers: string[] }> => {
      await rm(path.join(project.dir, "markers"), { recursive: true, force: true });
      await mkdir(path.join(project.dir, "markers"));
      const result = await runner.run();
      return { result, markers: await readMarkers(project.dir) };
    };

    // 1. The first run is the full command; its failures are read exactly.
    const first = await step();
    expect(first.result.ok, first.result.output).toBe(false);
    expect(first.result.focus?.mode).toBe("full");
    expect(first.markers).toEqual(scenario.allMarkers);
    const extraction = extractFailingTests(first.result.output, { runner: scenario.runner, cwd: project.dir });
    expect(extraction.understood && extraction.tests, first.result.output).toEqual(scenario.expectedFailures);

    // 2. The next run runs only them.
    const focused = await step();
    expect(focused.result.focus, focused.result.output).toMatchObject({ mode: "focused", focusedCommand: scenario.expectedFocusedCommand });
    expect(focused.result.ok).toBe(false);
    expect(focused.markers).toEqual(scenario.focusedMarkers);

    // 3. A fix that passes the focused run but breaks another test is not ok: the full run says so.
    await writeFiles(project.dir, scenario.badFix);
    const verified = await step();
    expect(verified.result.focus?.mode, verified.result.output).toBe("verified");
    expect(verified.result.ok).toBe(false);
    expect(verified.result.output).toMatch(/passed when run alone .*the full test command then ran to verify/);
    expect(verified.markers).toEqual(scenario.allMarkers);

    // 4. Its new failure is what the next run focuses on.
    const refocused = await step();
    expect(refocused.result.focus?.mode, refocused.result.output).toBe("focused");
    expect(refocused.markers).toEqual(scenario.refocusedMarkers);

    // 5. The real fix: the focused run passes, the full run passes, only now ok.
    await writeFiles(project.dir, scenario.goodFix);
    const done = await step();
    expect(done.result.focus?.mode, done.result.output).toBe("verified");
    expect(done.result.ok, done.result.output).toBe(true);
    expect(done.markers).toEqual(scenario.allMarkers);
    expect(notices).toEqual([]);
    expect(runner.stats()).toMatchObject({ runs: 5, focusedRuns: 4, fullRuns: 3 });

    // An unknown wrapper around the same tests: the full command every time, said once.
    await writeFiles(project.dir, scenario.files);
    const unknown = createFocusedTestRunner({ ...options, command: scenario.unknownCommand });
    await rm(path.join(project.dir, "markers"), { recursive: true, force: true });
    await mkdir(path.join(project.dir, "markers"));
    const firstUnknown = await unknown.run();
    await rm(path.join(project.dir, "markers"), { recursive: true, force: true });
    await mkdir(path.join(project.dir, "markers"));
    const secondUnknown = await unknown.run();
    expect(firstUnknown.ok).toBe(false);
    expect(secondUnknown.focus).toMatchObject({ mode: "full", reason: expect.stringMatching(/^Running the full test command each time: /) });
    expect(await readMarkers(project.dir)).toEqual(scenario.allMarkers);
    expect(notices).toHaveLength(1);
  } finally {
    await project.remove();
  }
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

export async function readMarkers(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, "markers")).catch(() => [] as string[])).sort();
}
