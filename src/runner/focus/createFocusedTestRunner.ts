import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runTestCommand } from "../runTestCommand.js";
import type { ShellTestRunnerOptions } from "../createShellTestRunner.js";
import type { TestRunner, TestRunResult } from "../testRunResult.js";
import { describeFailingTest, type FailingTest } from "./failingTests.js";
import { planFocus, type FocusPlan } from "./planFocus.js";
import { readNewReports, snapshotReports } from "./reportFiles.js";
import type { ProjectFacts } from "./runnerAdapters.js";

export interface FocusedTestRunnerOptions extends ShellTestRunnerOptions {
  /** `--focus-command` / `focus-command`: how to run some tests, with `{files}` and `{tests}`; replaces the derived command. */
  focusCommand?: string;
  /** `--test-report` / `test-report`: globs (relative to `cwd`) of the JUnit XML reports the test command writes. */
  testReports?: readonly string[];
  /** Told each distinct sentence once: why a run could not be focused, or why focusing stopped. */
  onNotice?: (sentence: string) => void;
  /** What the project says about itself; by default read from `cwd` (package.json scripts, file existence). */
  facts?: ProjectFacts;
}

/** What focusing did over the runner's life, for the final line. */
export interface FocusStats {
  /** Calls of `run()`. */
  runs: number;
  /** Runs of the focused command. */
  focusedRuns: number;
  /** Runs of the full command (first runs, verifications, fallbacks). */
  fullRuns: number;
  /** Against running the full command every time: positive is time saved. */
  savedMs: number;
}

export interface FocusedTestRunner extends TestRunner {
  stats(): FocusStats;
}

type TestRunFocus = NonNullable<TestRunResult["focus"]>;
type ActivePlan = Extract<FocusPlan, { focused: true }>;

/** A focused run that fails without naming its failures this many times in a row ends focusing. */
const MAX_UNREADABLE_FOCUSED_RUNS = 2;
const NOTE = "[compile-loop]";

/**
 * A `TestRunner` that, once a run has failed, re-runs only the tests that
 * failed; when they pass it runs the full command, and only the full run's
 * exit 0 is `ok`. Failures of the full run elsewhere become what the next run
 * focuses on. Where the failures or the runner are not understood it runs the
 * full command, as `createShellTestRunner` does, and says why once through
 * `onNotice`. Build it only when focusing is on (`focus: auto`).
 */
export function createFocusedTestRunner(options: FocusedTestRunnerOptions): FocusedTestRunner {
  const { focusCommand: givenTemplate, testReports, onNotice, facts: givenFacts, ...shell } = options;
  // An empty input (an action input left blank) means no template.
  const focusCommand = givenTemplate?.trim() === "" ? undefined : givenTemplate;
  const fixed: ShellTestRunnerOptions = { ...shell, env: { ...shell.env } };
  const facts = givenFacts ?? projectFacts(fixed.cwd);
  const reports = (testReports ?? []).filter((glob) => glob.trim() !== "");
  const told = new Set<string>();
  const notice = (sentence: string): void => {
    if (told.has(sentence)) return;
    told.add(sentence);
    try {
      onNotice?.(sentence);
    } catch {
      // A failing log must not break the test run.
    }
  };
  const stats: FocusStats = { runs: 0, focusedRuns: 0, fullRuns: 0, savedMs: 0 };
  let plan: ActivePlan | undefined;
  /** Why the next run is full, when focusing is on but could not be used. */
  let reason: string | undefined;
  /** Set when focusing was given up for good. */
  let stopped: string | undefined;
  let lastFullMs: number | undefined;
  let unreadable = 0;

  const execute = async (command: string, signal: AbortSignal | undefined): Promise<{ result: TestRunResult; reports: Awaited<ReturnType<typeof readNewReports>> }> => {
    const before = reports.length > 0 ? await snapshotReports(fixed.cwd, reports) : new Map<string, string>();
    const result = await runTestCommand({ ...fixed, command, ...(signal === undefined ? {} : { signal }) });
    const written = reports.length > 0 ? await readNewReports(fixed.cwd, reports, before) : [];
    return { result, reports: written };
  };

  /** Runs the full command and learns what to focus on next from it. */
  const runFull = async (signal: AbortSignal | undefined): Promise<TestRunResult> => {
    const { result, reports: written } = await execute(fixed.command, signal);
    stats.fullRuns += 1;
    if (!result.aborted && !result.timedOut) lastFullMs = result.durationMs;
    plan = undefined;
    reason = undefined;
    if (result.ok || result.aborted === true || result.timedOut || stopped !== undefined) return result;
    const next = planFocus({ command: fixed.command, output: result.output, cwd: fixed.cwd, reports: written, ...(focusCommand === undefined ? {} : { template: focusCommand }), facts });
    if (next.focused) plan = next;
    else {
      reason = next.reason;
      notice(next.reason);
    }
    return result;
  };

  const saved = (spentMs: number): number => (lastFullMs === undefined ? 0 : lastFullMs - spentMs);

  const run = async (signal?: AbortSignal): Promise<TestRunResult> => {
    stats.runs += 1;
    const active = plan;
    if (active === undefined) {
      const full = await runFull(signal);
      const why = stopped ?? reason;
      return withFocus(full, full.output, { mode: "full", fullMs: full.durationMs, savedMs: 0, ...(why === undefined ? {} : { reason: why }) });
    }
    const fullMsBefore = lastFullMs;
    const { result: focused, reports: written } = await execute(active.command, signal);
    stats.focusedRuns += 1;
    const labels = active.tests.map(describeFailingTest);
    const base: TestRunFocus = { mode: "focused", focusedCommand: active.command, tests: labels, focusedMs: focused.durationMs };
    if (focused.aborted === true || focused.timedOut || signal?.aborted === true) {
      const savedMs = saved(focused.durationMs);
      stats.savedMs += savedMs;
      return withFocus(focused, focusedHeader(active, labels) + focused.output, { ...base, savedMs });
    }

    if (focused.ok) {
      const full = await runFull(signal);
      const savedMs = fullMsBefore === undefined ? 0 : fullMsBefore - focused.durationMs - full.durationMs;
      stats.savedMs += savedMs;
      const again = !full.ok && plan !== undefined ? overlap(active.tests, plan.tests) : [];
      if (again.length > 0) {
        // They pass alone but not with the rest: they depend on other tests, so a focused pass proves nothing.
        stopped = `Focusing stopped: ${again.slice(0, 3).join(", ")}${again.length > 3 ? " and others" : ""} passed when run alone but failed in the full run, so these tests depend on each other; the full test command runs from now on.`;
        plan = undefined;
        notice(stopped);
      }
      const header = `${NOTE} The ${count(labels.length, "test")} that failed before passed when run alone (\`${active.command}\`, ${seconds(focused.durationMs)}); the full test command then ran to verify:\n`;
      return withFocus(full, header + full.output, { ...base, mode: "verified", fullMs: full.durationMs, savedMs }, focused.durationMs + full.durationMs);
    }

    const next = planFocus({ command: fixed.command, output: focused.output, cwd: fixed.cwd, reports: written, facts, ...(focusCommand === undefined ? {} : { template: focusCommand }) });
    if (next.focused) {
      // The focused run names its failures: keep focusing, on what still fails.
      unreadable = 0;
      plan = next;
      const savedMs = saved(focused.durationMs);
      stats.savedMs += savedMs;
      return withFocus(focused, focusedHeader(active, labels) + focused.output, { ...base, savedMs });
    }
    // A failure we cannot read may be a broken focused command as well as broken code: ask the full command.
    unreadable += 1;
    const full = await runFull(signal);
    if (unreadable >= MAX_UNREADABLE_FOCUSED_RUNS && stopped === undefined) {
      stopped = `Focusing stopped: the focused command failed ${unreadable} times in a row without naming failing tests (${next.reason.replace(/^Running the full test command each time: /, "").replace(/\.$/, "")}); the full test command runs from now on.`;
      plan = undefined;
      notice(stopped);
    }
    const savedMs = fullMsBefore === undefined ? 0 : fullMsBefore - focused.durationMs - full.durationMs;
    stats.savedMs += savedMs;
    const header = `${NOTE} The focused run (\`${active.command}\`) failed without naming failing tests; the full test command ran instead:\n`;
    return withFocus(
      full,
      header + full.output,
      { ...base, mode: "full", fullMs: full.durationMs, savedMs, reason: stopped ?? "The focused run failed without naming failing tests, so the full test command ran." },
      focused.durationMs + full.durationMs,
    );
  };

  return { command: fixed.command, run, stats: () => ({ ...stats }) };
}

function withFocus(result: TestRunResult, output: string, focus: TestRunFocus, durationMs = result.durationMs): TestRunResult {
  return { ...result, output, durationMs, focus };
}

function focusedHeader(plan: ActivePlan, labels: readonly string[]): string {
  const shown = labels.slice(0, 5).join(", ");
  const more = labels.length > 5 ? ` and ${labels.length - 5} more` : "";
  return `${NOTE} Focused run: only the ${count(labels.length, "test")} that failed before (${shown}${more}), with \`${plan.command}\`; the full test command runs once they pass.\n`;
}

/** Labels of tests in both lists (compared by file, id and container). */
function overlap(before: readonly FailingTest[], after: readonly FailingTest[]): string[] {
  const key = (test: FailingTest): string => describeFailingTest(test);
  const earlier = new Set(before.map(key));
  return after.map(key).filter((label) => earlier.has(label));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The project's package.json scripts and files, read from the command's directory when asked. */
export function projectFacts(cwd: string): ProjectFacts {
  return {
    packageScripts: (dir) => {
      try {
        const parsed: unknown = JSON.parse(readFileSync(path.join(cwd, dir, "package.json"), "utf8"));
        if (typeof parsed !== "object" || parsed === null || !("scripts" in parsed)) return {};
        const scripts: unknown = parsed.scripts;
        if (typeof scripts !== "object" || scripts === null) return {};
        return Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      } catch {
        return undefined;
      }
    },
    fileExists: (relative) => {
      try {
        return statSync(path.join(cwd, relative)).isFile();
      } catch {
        return false;
      }
    },
  };
}
