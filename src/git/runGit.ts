import { execFile } from "node:child_process";
import { redact } from "../security/redactSecrets.js";
import { GitError } from "./gitError.js";

/** A `git -c key=value` setting passed through the environment (GIT_CONFIG_COUNT), so it appears neither in the process list nor in error messages. */
export interface GitConfigEntry {
  key: string;
  value: string;
}

export interface RunGitOptions {
  /** Extra environment variables, merged over process.env. */
  env?: Record<string, string>;
  /** Written to git's stdin. */
  input?: string;
  /** Per-command configuration, in order (an empty value resets multi-valued keys such as http.extraheader). */
  config?: readonly GitConfigEntry[];
  /** Strings (tokens) removed from stderr before it is put in an error. */
  secrets?: readonly string[];
  /** Kill git after this many milliseconds (default 10 minutes). */
  timeoutMs?: number;
}

export interface GitOutput {
  stdout: string;
  stderr: string;
}

const MAX_BUFFER = 256 * 1024 * 1024;

/** Builds the environment for git: never interactive, config entries via GIT_CONFIG_COUNT. */
function gitEnvironment(options: RunGitOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", ...options.env };
  // Entries already in the caller's environment are kept; ours are appended after them.
  const inherited = Number(env.GIT_CONFIG_COUNT ?? "0");
  const base = Number.isInteger(inherited) && inherited > 0 ? inherited : 0;
  const entries = options.config ?? [];
  entries.forEach((entry, i) => {
    env[`GIT_CONFIG_KEY_${base + i}`] = entry.key;
    env[`GIT_CONFIG_VALUE_${base + i}`] = entry.value;
  });
  if (entries.length > 0) env.GIT_CONFIG_COUNT = String(base + entries.length);
  return env;
}

/** Runs git (no shell) and returns stdout and stderr; throws GitError on a non-zero exit. */
export function runGitFull(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...args],
      { cwd, env: gitEnvironment(options), maxBuffer: MAX_BUFFER, timeout: options.timeoutMs ?? 600_000, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) {
          const secrets = options.secrets ?? [];
          const code = typeof error.code === "number" ? error.code : null;
          const text = stderr || (error.killed ? "git was killed (timeout)" : error.message);
          reject(new GitError(args, redact(text, secrets), code));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Runs git (no shell) in `cwd` and returns its stdout. */
export async function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<string> {
  return (await runGitFull(cwd, args, options)).stdout;
}

/** Settings for every command that could run the repository's own code (hooks) or prompt for a signature. */
export const SAFE_COMMIT_CONFIG: readonly GitConfigEntry[] = [
  // The repository's hooks are code from the pull request; they must not run while a token is around.
  { key: "core.hooksPath", value: "/dev/null" },
  { key: "commit.gpgSign", value: "false" },
];
