import { spawn, type ChildProcess } from "node:child_process";
import { stat } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { BoundedOutput } from "./boundedOutput.js";
import { killProcessGroup } from "./killProcessGroup.js";
import { resolveShell } from "./resolveShell.js";
import { TerminalTextCleaner } from "./terminalTextCleaner.js";
import type { TestRunResult } from "./testRunResult.js";
import { NO_ISOLATION, type CommandIsolation } from "./commandIsolation.js";

export interface RunTestCommandOptions {
  /** Shell command line, run with `bash -c` (or `sh -c` where bash is missing). */
  command: string;
  cwd: string;
  /** Build it with `buildTestEnv`; it is used as given. */
  env: NodeJS.ProcessEnv;
  /** Defaults to `DEFAULT_TEST_TIMEOUT_MS`; 0 or Infinity means no limit. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Budget for `output` (head + tail); defaults to 256 KiB. */
  maxOutputBytes?: number;
  /** Receives cleaned output as it arrives, whole lines at a time. */
  onOutput?: (chunk: string) => void;
  /** Who the command runs as, and what is cleaned up after it; defaults to no isolation. */
  isolation?: CommandIsolation;
}

export const DEFAULT_TEST_TIMEOUT_MS = 10 * 60_000;
/** Time between SIGTERM and SIGKILL for the command's process group. */
const KILL_GRACE_MS = 2_000;
/** After the command exits, how long we wait for leftover holders of its stdout/stderr. */
const DRAIN_AFTER_EXIT_MS = 1_000;
/** If even SIGKILL does not produce an exit (a process stuck in the kernel), give up waiting. */
const GIVE_UP_AFTER_STOP_MS = KILL_GRACE_MS + 5_000;
const NOTE_PREFIX = "[compile-loop]";

type StopReason = "timeout" | "abort";

/**
 * Runs the repository's test command in its own process group, captures
 * stdout and stderr interleaved into one bounded, cleaned text, and always
 * resolves: on timeout or abort the whole group is killed, and processes the
 * command left running in the background are killed when it exits.
 */
export async function runTestCommand(options: RunTestCommandOptions): Promise<TestRunResult> {
  const startedAt = performance.now();
  // A function, not a narrowed property: the signal can fire during the await below.
  const abortedNow = (): boolean => options.signal?.aborted === true;
  if (abortedNow()) {
    return notStarted(startedAt, { aborted: true, note: `${NOTE_PREFIX} The test command was cancelled before it started.` });
  }
  const cwdProblem = await describeDirectoryProblem(options.cwd);
  if (cwdProblem !== undefined) {
    return notStarted(startedAt, { spawnError: cwdProblem, note: `${NOTE_PREFIX} Could not start the test command: ${cwdProblem}` });
  }
  // Checked again: a Ctrl-C during the directory check above must not be missed.
  if (abortedNow()) {
    return notStarted(startedAt, { aborted: true, note: `${NOTE_PREFIX} The test command was cancelled before it started.` });
  }
  return superviseCommand(options, startedAt);
}

function superviseCommand(options: RunTestCommandOptions, startedAt: number): Promise<TestRunResult> {
  return new Promise<TestRunResult>((resolve) => {
    const output = new BoundedOutput(options.maxOutputBytes === undefined ? {} : { maxBytes: options.maxOutputBytes });
    let endsWithNewline = true;
    const emit = (text: string): void => {
      if (text === "") return;
      output.append(text);
      endsWithNewline = text.endsWith("\n");
      if (options.onOutput !== undefined) {
        try {
          options.onOutput(text);
        } catch {
          // A failing progress display must not break the test run.
        }
      }
    };
    const elapsedMs = (): number => Math.round(performance.now() - startedAt);

    const isolation = options.isolation ?? NO_ISOLATION;
    let child: ChildProcess;
    try {
      const launch = isolation.launch(resolveShell(), ["-c", options.command], options.env);
      child = spawn(launch.file, launch.args, {
        cwd: options.cwd,
        env: launch.env,
        ...(launch.uid === undefined ? {} : { uid: launch.uid }),
        ...(launch.gid === undefined ? {} : { gid: launch.gid }),
        // A new process group, so a timeout can kill everything the command started.
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const message = describeError(error);
      resolve(notStarted(startedAt, { spawnError: message, note: `${NOTE_PREFIX} Could not start the test command: ${message}` }));
      return;
    }
    const pid = child.pid;

    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let stopReason: StopReason | undefined;
    let stoppedAfterMs = 0;
    let spawnError: string | undefined;
    let openStreams = 0;
    let finished = false;
    let killScheduled = false;
    let killSent = false;
    const timers: NodeJS.Timeout[] = [];
    // Started once the command ends or is stopped; the result waits for it.
    let leftoversEnded: Promise<void> | undefined;
    const endLeftovers = (): Promise<void> => {
      leftoversEnded ??= isolation.afterRun().catch((error: unknown) => {
        emit(`${endsWithNewline ? "" : "\n"}${NOTE_PREFIX} Cleaning up after the test command failed: ${describeError(error)}\n`);
      });
      return leftoversEnded;
    };

    const sendKill = (): void => {
      killSent = true;
      if (pid !== undefined) killProcessGroup(pid, "SIGKILL");
    };
    /** SIGTERM now, SIGKILL after a grace period if anything of the group is left. */
    const terminateGroup = (): void => {
      if (pid === undefined) return;
      if (killSent) {
        sendKill();
        return;
      }
      if (!killProcessGroup(pid, "SIGTERM") || killScheduled) return;
      killScheduled = true;
      // Not cleared on finish: leftovers that ignore SIGTERM must still die.
      setTimeout(sendKill, KILL_GRACE_MS);
    };
    // If this process exits while the command runs, take the command down with it.
    const killOnExit = (): void => {
      if (pid !== undefined) killProcessGroup(pid, "SIGKILL");
    };
    process.once("exit", killOnExit);

    const stop = (reason: StopReason): void => {
      if (exit !== undefined || stopReason !== undefined || finished) return;
      stopReason = reason;
      stoppedAfterMs = elapsedMs();
      terminateGroup();
      // Processes that left the group (setsid) are only reached this way.
      void endLeftovers();
      timers.push(setTimeout(finish, GIVE_UP_AFTER_STOP_MS));
    };
    const onAbort = (): void => stop("abort");

    const cleaners = { stdout: new TerminalTextCleaner(), stderr: new TerminalTextCleaner() };
    for (const name of ["stdout", "stderr"] as const) {
      const stream = child[name];
      if (stream === null) continue;
      openStreams += 1;
      stream.on("data", (chunk: Buffer) => {
        if (!finished) emit(cleaners[name].push(chunk));
      });
      stream.on("error", () => {
        // Reading a pipe of a killed process can fail; 'close' still follows.
      });
      stream.on("close", () => {
        openStreams -= 1;
        if (exit !== undefined && openStreams === 0) finish();
      });
    }

    child.on("error", (error) => {
      // Only failures to start matter; errors from kill() on a finished process do not.
      if (child.pid !== undefined) return;
      spawnError = describeError(error);
      finish();
    });
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      // The command is done; whatever it left running in the background is not.
      terminateGroup();
      void endLeftovers();
      if (openStreams === 0) finish();
      else timers.push(setTimeout(finish, DRAIN_AFTER_EXIT_MS));
    });

    const timeoutMs = options.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) timers.push(setTimeout(() => stop("timeout"), timeoutMs));
    options.signal?.addEventListener("abort", onAbort, { once: true });

    function finish(): void {
      if (finished) return;
      finished = true;
      void endLeftovers().then(settle);
    }

    function settle(): void {
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      process.removeListener("exit", killOnExit);
      emit(cleaners.stdout.end());
      emit(cleaners.stderr.end());
      child.stdout?.destroy();
      child.stderr?.destroy();
      const note = describeEnding({ exit, stopReason, stoppedAfterMs, spawnError });
      if (note !== undefined) emit(`${endsWithNewline ? "" : "\n"}${note}\n`);
      const exitCode = exit?.code ?? null;
      resolve({
        ok: exitCode === 0 && stopReason === undefined && spawnError === undefined,
        exitCode,
        signal: exit?.signal ?? null,
        timedOut: stopReason === "timeout",
        aborted: stopReason === "abort",
        output: output.toString(),
        elidedBytes: output.elidedBytes,
        durationMs: elapsedMs(),
        ...(spawnError === undefined ? {} : { spawnError }),
      });
    }
  });
}

function describeEnding(state: {
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  stopReason: StopReason | undefined;
  stoppedAfterMs: number;
  spawnError: string | undefined;
}): string | undefined {
  const seconds = formatSeconds(state.stoppedAfterMs);
  if (state.stopReason === "timeout") {
    return `${NOTE_PREFIX} The test command timed out and was stopped after ${seconds} seconds; its whole process group was killed.`;
  }
  if (state.stopReason === "abort") {
    return `${NOTE_PREFIX} The test command was cancelled and stopped after ${seconds} seconds.`;
  }
  if (state.spawnError !== undefined) return `${NOTE_PREFIX} Could not start the test command: ${state.spawnError}`;
  if (state.exit?.code === 127) {
    return `${NOTE_PREFIX} Exit code 127: the shell could not find a command. Check the test command and that its tools are installed and on PATH.`;
  }
  return undefined;
}

function notStarted(startedAt: number, details: { note: string; aborted?: boolean; spawnError?: string }): TestRunResult {
  return {
    ok: false,
    exitCode: null,
    signal: null,
    timedOut: false,
    aborted: details.aborted === true,
    output: `${details.note}\n`,
    elidedBytes: 0,
    durationMs: Math.round(performance.now() - startedAt),
    ...(details.spawnError === undefined ? {} : { spawnError: details.spawnError }),
  };
}

async function describeDirectoryProblem(cwd: string): Promise<string | undefined> {
  try {
    const info = await stat(cwd);
    return info.isDirectory() ? undefined : `the working directory ${cwd} is not a directory.`;
  } catch {
    return `the working directory ${cwd} does not exist or cannot be read.`;
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds));
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
