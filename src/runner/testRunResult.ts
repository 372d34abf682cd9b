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
}

/** Runs the test command; the loop depends on this interface only. */
export interface TestRunner {
  readonly command: string;
  run(signal?: AbortSignal): Promise<TestRunResult>;
}
