import path from "node:path";
import { extractFailingTests } from "./extractFailingTests.js";
import { runnerLabel, type FailingTest, type FailureExtraction, type FailureSource, type RunnerKind } from "./failingTests.js";
import { expandFocusTemplate } from "./focusTemplate.js";
import { locateTestRunner, type LocateResult } from "./locateTestRunner.js";
import { readJUnitReports } from "./readJUnitXml.js";
import { focusArguments, type ProjectFacts } from "./runnerAdapters.js";

/** A JUnit XML report the run wrote: where, and its text. */
export interface JUnitReportText {
  path: string;
  xml: string;
}

export interface FocusPlanInput {
  /** The full test command. */
  command: string;
  /** The failing run's output. */
  output: string;
  /** The directory the command runs in (absolute), to relativise absolute paths in the output. */
  cwd?: string;
  /** JUnit XML reports this run wrote (`--test-report`); read before the output when they name the failures. */
  reports?: readonly JUnitReportText[];
  /** The user's focus command with `{files}` / `{tests}` (`--focus-command`); replaces the derived one. */
  template?: string;
  facts?: ProjectFacts;
}

export type FocusPlan =
  | {
      focused: true;
      /** The command that runs only the failing tests. */
      command: string;
      /** The runner the command calls, when compile-loop recognised it (always, unless a template was given). */
      runner?: RunnerKind;
      /** Where the failures were read: the runner's output or a JUnit report. */
      source: FailureSource;
      tests: FailingTest[];
    }
  | {
      focused: false;
      /** One sentence for the log: why the full command runs instead. */
      reason: string;
      /** The failures, when they were read but no focused command could be made from them. */
      tests?: FailingTest[];
    };

/**
 * From a failing run, the command that re-runs only its failing tests, or
 * why there is none. The failures come from the JUnit reports when given and
 * readable, else from the output (read as the recognised runner's when the
 * command calls one); the command is the user's template filled in, or the
 * recognised runner's invocation narrowed to them.
 */
export function planFocus(input: FocusPlanInput): FocusPlan {
  const facts = input.facts ?? {};
  const located = locateTestRunner(input.command, facts);
  const runner = located.ok ? located.located.runner : undefined;
  const runnerCwd = input.cwd !== undefined && located.ok ? path.resolve(input.cwd, located.located.dir) : input.cwd;
  const extractions: FailureExtraction[] = [];
  if (input.reports !== undefined && input.reports.length > 0) extractions.push(readJUnitReports(input.reports, runnerCwd));
  extractions.push(extractFailingTests(input.output, { ...(runner === undefined ? {} : { runner }), ...(runnerCwd === undefined ? {} : { cwd: runnerCwd }) }));
  const readTests = extractions.find((extraction) => extraction.understood)?.tests;
  const fullCommand = (reasons: readonly string[]): FocusPlan => ({
    focused: false,
    reason: `Running the full test command each time: ${[...new Set(reasons)].join("; ")}${input.template === undefined ? TEMPLATE_HINT : ""}.`,
    ...(readTests === undefined ? {} : { tests: readTests }),
  });
  // Without a template, the command itself must be one we can narrow; that is the reason to give first.
  if (!located.ok && input.template === undefined) return fullCommand([located.reason]);

  const reasons: string[] = [];
  for (const extraction of extractions) {
    if (!extraction.understood) {
      reasons.push(extraction.reason);
      continue;
    }
    const focused = focusedCommand(input, located, extraction.tests);
    if (focused.ok) {
      return { focused: true, command: focused.command, ...(runner === undefined ? {} : { runner }), source: extraction.source, tests: extraction.tests };
    }
    reasons.push(focused.reason);
  }
  return fullCommand(reasons);
}

const TEMPLATE_HINT = " (a --focus-command / focus-command with {files} or {tests} says how to run only some tests)";

type FocusedCommand = { ok: true; command: string } | { ok: false; reason: string };

function focusedCommand(input: FocusPlanInput, located: LocateResult, tests: readonly FailingTest[]): FocusedCommand {
  if (input.template !== undefined) return expandFocusTemplate(input.template, tests);
  if (!located.ok) return located;
  const { runner, args, mode, dir, build } = located.located;
  const focused = focusArguments(runner, args, tests, { mode, facts: input.facts ?? {}, dir });
  if (!focused.ok) return { ok: false, reason: `${focused.reason} (${runnerLabel(runner)})` };
  return { ok: true, command: build(focused.args) };
}
