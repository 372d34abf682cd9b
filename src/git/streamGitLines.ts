import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { DEFAULT_GIT_TIMEOUT_MS, gitEnvironment, type RunGitOptions } from "./runGit.js";

export interface StreamedGit {
  /** git's exit code; null when it was killed (by `stop`, or the timeout). */
  exitCode: number | null;
  stderr: string;
  /** The caller said it had enough and git was stopped. */
  stopped: boolean;
  timedOut: boolean;
}

/** stderr kept at most: enough for git's one-line errors. */
const MAX_STDERR_CHARS = 64 * 1024;
/** A line is passed on cut to this length (a minified file's line can be megabytes). */
export const MAX_LINE_CHARS = 1024 * 1024;
/** How long output is still read after git exited, when something it started holds the pipe. */
const EXIT_GRACE_MS = 1000;

/**
 * Runs git (no shell, the hardened environment of runGit) and hands its
 * stdout to `onLine` a line at a time, as it comes; `onLine` returning
 * false stops git there. For output that can be huge when only its start
 * is wanted (`git grep` with a match in every file).
 */
export function streamGitLines(cwd: string, args: readonly string[], onLine: (line: string) => boolean, options: Pick<RunGitOptions, "timeoutMs" | "env" | "config"> = {}): Promise<StreamedGit> {
  return new Promise((resolve) => {
    // Its own process group, so stopping it also stops anything it started (an alias's shell, a pager).
    const child = spawn("git", [...args], { cwd, env: gitEnvironment(process.env, options), stdio: ["ignore", "pipe", "pipe"], detached: true });
    // The current line so far, kept up to MAX_LINE_CHARS; only each new chunk is scanned for newlines.
    let pending = "";
    let stderr = "";
    let stopped = false;
    let timedOut = false;
    let spawnError: string | undefined;
    let grace: NodeJS.Timeout | undefined;
    const stop = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      // Nothing more is read; a process that kept the pipe open cannot hold up the result.
      child.stdout.destroy();
      child.stderr.destroy();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS);
    // Its own process group does not get the terminal's Ctrl-C: if compile-loop exits first, git goes too.
    const onExit = (): void => stop();
    process.once("exit", onExit);
    const append = (piece: string): void => {
      if (pending.length < MAX_LINE_CHARS) pending += piece.slice(0, MAX_LINE_CHARS - pending.length);
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (stopped) return;
      let from = 0;
      for (let newline = chunk.indexOf("\n"); newline >= 0; newline = chunk.indexOf("\n", from)) {
        append(chunk.slice(from, newline));
        from = newline + 1;
        const line = pending;
        pending = "";
        if (!onLine(line)) {
          stopped = true;
          stop();
          return;
        }
      }
      append(chunk.slice(from));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk;
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      // spawn says "git ENOENT" for a missing folder too.
      spawnError = error.code === "ENOENT" && !existsSync(cwd) ? `the folder ${cwd} does not exist` : error.message;
    });
    // git has exited: if something it started still holds the pipe, its output is not waited for long.
    child.on("exit", () => {
      grace = setTimeout(stop, EXIT_GRACE_MS);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      process.removeListener("exit", onExit);
      if (grace !== undefined) clearTimeout(grace);
      // A last line without a newline (not the cut-off line of a run that was stopped).
      if (!stopped && !timedOut && pending !== "") onLine(pending);
      resolve({ exitCode: stopped || timedOut ? null : code, stderr: spawnError ?? stderr, stopped, timedOut });
    });
  });
}
