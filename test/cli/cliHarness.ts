/**
 * Runs the built CLI (dist/cli/index.js) as a real child process in a real
 * temporary git repository. Async spawn on purpose: the loopback model server
 * lives in the test process and must keep answering while the CLI runs.
 */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempDir } from "../support/tempDir.js";
import { startOpenAIServer, type OpenAITestServer } from "../support/openaiServer.js";

export const CLI_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/cli/index.js");
export const CLI_BUILT = existsSync(CLI_PATH);
export const SKIP_MESSAGE = "dist/cli/index.js is missing: run scripts/build first";

export const API_KEY = "sk-cli-test-key-0123456789abcdef";

/** A child environment that sees no user or system git configuration. */
export function isolatedEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: "C.UTF-8",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "CLI Test",
    GIT_AUTHOR_EMAIL: "cli-test@example.invalid",
    GIT_COMMITTER_NAME: "CLI Test",
    GIT_COMMITTER_EMAIL: "cli-test@example.invalid",
  };
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function git(cwd: string, args: string[]): string {
  const result = spawnSync("git", args, { cwd, env: isolatedEnv(), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** A git repository on branch `main` with the given files in one commit. */
export async function makeRepo(files: Record<string, string>): Promise<{ dir: string; remove: () => Promise<void> }> {
  const temp = await makeTempDir(files, "compile-loop-cli-");
  git(temp.dir, ["init", "-q", "-b", "main"]);
  git(temp.dir, ["add", "-A"]);
  git(temp.dir, ["commit", "-q", "-m", "initial"]);
  return temp;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The child is killed after this long (the test then fails on its exit code). */
  limitMs?: number;
}

export interface StartedCli {
  child: ChildProcess;
  /** Output so far. */
  readonly stdout: string;
  readonly stderr: string;
  done: Promise<CliRun>;
}

export function startCli(args: string[], options: StartOptions): StartedCli {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: options.env ?? isolatedEnv({ OPENAI_API_KEY: API_KEY }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const limit = setTimeout(() => child.kill("SIGKILL"), options.limitMs ?? 25_000);
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    done,
  };
}

export function runCliProcess(args: string[], options: StartOptions): Promise<CliRun> {
  return startCli(args, options).done;
}

/** Every file's bytes under dir except .git, for byte-for-byte comparisons. */
export async function snapshotFiles(dir: string, rels: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of rels) out[rel] = (await readFile(path.join(dir, rel))).toString("base64");
  return out;
}

/** True when the text holds an ANSI escape or a carriage return. */
export function hasControlCodes(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u001b|\r/.test(text);
}

/** Polls until check() is true or limitMs passed. */
export async function waitFor(check: () => boolean | Promise<boolean>, limitMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/** A model server and a repository with `files`, both removed by the `cleanups` the caller runs after each test. */
export async function startModelAndRepo(files: Record<string, string>, cleanups: (() => Promise<void>)[]): Promise<{ model: OpenAITestServer; dir: string }> {
  const model = await startOpenAIServer({ apiKey: API_KEY });
  cleanups.push(() => model.close());
  const repo = await makeRepo(files);
  cleanups.push(repo.remove);
  return { model, dir: repo.dir };
}
