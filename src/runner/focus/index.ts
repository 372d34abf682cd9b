// The focusing runner and the pure functions it is built from: what the
// pipeline, the CLI and the action wire in (see docs/runner.md, "Re-running
// only the failing tests").
export { createFocusedTestRunner, projectFacts, type FocusedTestRunner, type FocusedTestRunnerOptions, type FocusStats } from "./createFocusedTestRunner.js";
export { extractFailingTests, type ExtractOptions } from "./extractFailingTests.js";
export { describeFailingTest, RUNNER_KINDS, type FailingTest, type FailureExtraction, type FailureSource, type RunnerKind } from "./failingTests.js";
export { expandFocusTemplate, type TemplateExpansion } from "./focusTemplate.js";
export { formatTimeSaved } from "./formatTimeSaved.js";
export { locateTestRunner, type LocatedRunner, type LocateResult } from "./locateTestRunner.js";
export { planFocus, type FocusPlan, type FocusPlanInput, type JUnitReportText } from "./planFocus.js";
export { readJUnitReports } from "./readJUnitXml.js";
export { focusArguments, type EditMode, type ProjectFacts } from "./runnerAdapters.js";
export { parseCommandLine, shellQuote } from "./shellWords.js";
export { describeFocus } from "./describeFocus.js";
