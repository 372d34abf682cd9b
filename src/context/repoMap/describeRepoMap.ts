import type { RepoMapReport } from "./buildRepoMap.js";

/** One line on the map for the CLI's progress and the action's log. */
export function describeRepoMap(report: RepoMapReport): string {
  if (report.skipped !== undefined) return `repository map skipped: ${report.skipped}`;
  const { stats } = report;
  const notParsed = report.filesNotParsed > 0 ? `, ${report.filesNotParsed} not parsed (too slow to parse, or the parser failed on them)` : "";
  if (stats.filesShown === 0) return `repository map: no definitions found in ${report.filesParsed} file${report.filesParsed === 1 ? "" : "s"} parsed${notParsed}`;
  const leftOut = `${stats.filesLeftOut > 0 ? `, ${stats.filesLeftOut} more left out by the budget` : ""}${notParsed}`;
  return `repository map: ${stats.definitionsShown} definition${stats.definitionsShown === 1 ? "" : "s"} from ${stats.filesShown} file${stats.filesShown === 1 ? "" : "s"}${leftOut} (~${stats.tokens} of ${stats.budgetTokens} tokens, ${report.durationMs} ms)`;
}
