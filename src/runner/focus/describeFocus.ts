import type { TestRunResult } from "../testRunResult.js";

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "focused run of 2 tests, 0.4 s", "focused 0.4 s + full 12.5 s", "full run". */
export function describeFocus(focus: NonNullable<TestRunResult["focus"]>): string {
  const tests = focus.tests !== undefined ? ` of ${focus.tests.length} test${focus.tests.length === 1 ? "" : "s"}` : "";
  if (focus.mode === "focused") return `focused run${tests}${focus.focusedMs !== undefined ? `, ${seconds(focus.focusedMs)}` : ""}`;
  if (focus.mode === "verified") return `focused run${tests} passed, then the full command${focus.fullMs !== undefined ? ` (${seconds(focus.fullMs)})` : ""}`;
  return "full run";
}

