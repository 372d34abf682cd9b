import type { FocusStats } from "./createFocusedTestRunner.js";

/**
 * The final line's words for what focusing did: `focused runs saved 3m 12s
 * against full runs (4 focused, 2 full)`, or `cost` when verification runs
 * took longer than they saved.
 */
export function formatTimeSaved(stats: FocusStats): string {
  const verb = stats.savedMs >= 0 ? "saved" : "cost";
  return `focused runs ${verb} ${formatDuration(Math.abs(stats.savedMs))} against full runs (${stats.focusedRuns} focused, ${stats.fullRuns} full)`;
}

function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const secondsLeft = totalSeconds % 60;
  if (minutes === 0) return `${secondsLeft}s`;
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes}m ${secondsLeft}s` : `${hours}h ${minutes % 60}m`;
}
