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
  /** Kill git after this many milliseconds (default DEFAULT_GIT_TIMEOUT_MS, 10 minutes). */
  timeoutMs?: number;
}

export interface GitOutput {
  stdout: string;
  stderr: string;
}

const MAX_BUFFER = 256 * 1024 * 1024;
/** git is killed after this long unless the caller says otherwise. */
export const DEFAULT_GIT_TIMEOUT_MS = 600_000;

/**
 * Variables git gets from our environment. Git runs beside the API key and
 * the token, so it gets an allowlist: what it needs to find itself, the user's
 * configuration and a locale; never `INPUT_*`, `ACTIONS_*` or a key, which a
 * planted hook, fsmonitor or helper could otherwise read.
 */
const GIT_ENV_NAMES: ReadonlySet<string> = new Set(["PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "XDG_CONFIG_HOME", "GIT_EXEC_PATH", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM"]);

/**
 * Settings on every git command: the repository's hooks and fsmonitor are
 * programs the pull request or the test command could have planted, and
 * must never run inside our git with a token around.
 */
export const HARDENED_GIT_CONFIG: readonly GitConfigEntry[] = [
  { key: "core.hooksPath", value: "/dev/null" },
  { key: "core.fsmonitor", value: "false" },
];

/** Builds the environment for git: an allowlist, never interactive, config entries via GIT_CONFIG_COUNT. */
export function gitEnvironment(parent: NodeJS.ProcessEnv, options: RunGitOptions = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && (GIT_ENV_NAMES.has(name) || name.startsWith("LC_"))) env[name] = value;
  }
  Object.assign(env, { GIT_TERMINAL_PROMPT: "0" }, options.env);
  const entries = [...HARDENED_GIT_CONFIG, ...(options.config ?? [])];
  entries.forEach((entry, i) => {
    env[`GIT_CONFIG_KEY_${i}`] = entry.key;
    env[`GIT_CONFIG_VALUE_${i}`] = entry.value;
  });
  env.GIT_CONFIG_COUNT = String(entries.length);
  return env;
}

/** Runs git (no shell) and returns stdout and stderr; throws GitError on a non-zero exit. */
export function runGitFull(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...args],
      { cwd, env: gitEnvironment(process.env, options), maxBuffer: MAX_BUFFER, timeout: options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS, encoding: "utf8" },
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

/** Settings for commands that could prompt for a signature (hooks are off on every command). */
export const SAFE_COMMIT_CONFIG: readonly GitConfigEntry[] = [{ key: "commit.gpgSign", value: "false" }];
