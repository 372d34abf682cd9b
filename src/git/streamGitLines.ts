import { spawn } from "node:child_process";
import { gitEnvironment, type RunGitOptions } from "./runGit.js";

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
    let pending = "";
    let stderr = "";
    let stopped = false;
    let timedOut = false;
    let spawnError: string | undefined;
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
    }, options.timeoutMs ?? 600_000);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (stopped) return;
      pending += chunk;
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (!onLine(line)) {
          stopped = true;
          stop();
          return;
        }
        newline = pending.indexOf("\n");
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk;
    });
    child.on("error", (error) => {
      spawnError = error.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // A last line without a newline.
      if (!stopped && pending !== "") onLine(pending);
      resolve({ exitCode: stopped || timedOut ? null : code, stderr: spawnError ?? stderr, stopped, timedOut });
    });
  });
}
