/** What one run of the repository's test command produced. */
export interface TestRunResult {
  ok: boolean;
  /** null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The time limit ran out and the command's process group was killed. */
  timedOut: boolean;
  /** The caller's AbortSignal stopped the run (optional so hand-made results stay short). */
  aborted?: boolean;
  /** stdout and stderr interleaved as they arrived, ANSI codes stripped, bounded (head and tail kept). */
  output: string;
  /** Bytes elided from the middle of `output` to keep memory bounded. */
  elidedBytes: number;
  durationMs: number;
  /** Set when the command could not be started at all. */
  spawnError?: string;
  /**
   * Set by the focusing runner (src/runner/focus): what this run ran. `full`:
   * the whole test command; `focused`: only the tests that failed last time,
   * and they still fail (this result is theirs); `verified`: those tests
   * passed alone, then the whole command ran and this result is its.
   */
  focus?: {
    mode: "full" | "focused" | "verified";
    /** The command that ran only the failing tests, when one ran. */
    focusedCommand?: string;
    /** Labels of the tests the focused command ran (`tests/test_a.py::test_x`, `src/a.test.ts > adds`). */
    tests?: string[];
    focusedMs?: number;
    fullMs?: number;
    /** The last full run's duration minus this run's: what focusing saved (negative when a verifying full run followed). */
    savedMs?: number;
    /** Why the whole command ran when focusing was on: one sentence. */
    reason?: string;
  };
}

/** Runs the test command; the loop depends on this interface only. */
export interface TestRunner {
  readonly command: string;
  run(signal?: AbortSignal): Promise<TestRunResult>;
}
