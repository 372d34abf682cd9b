/**
 * Runs the action's bundle (dist/index.js) the way the GitHub runner does: a
 * child `node` process with INPUT_* (every input of action.yml at its default
 * unless overridden), GITHUB_* variables, an event payload file, GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files, and a workspace cloned from a local bare
 * repository that plays `origin`.
 *
 *   const repo = await createOriginWithPullRequest({ prNumber: 7 });   // bare origin + workspace clone
 *   const run = await runActionBundle({ workspace: repo.workspace, eventName: "pull_request", payload, inputs: {...}, githubApiUrl });
 *   run.outputs["ok"], run.summary, run.stdout, run.exitCode
 *   await repo.remove();
 */
import { execFile, spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buggyProjectFiles, FIXED_MATH } from "./buggyProject.js";
import { makeTempDir } from "./tempDir.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");

/**
 * scripts/build removes dist/ and writes the action bundle before the CLI's:
 * when the CLI bundle is there, the action's is complete. A build running
 * while the tests start is waited for (up to a minute) rather than skipped.
 */
function waitForCompleteBundle(): boolean {
  const complete = () => existsSync(path.join(DIST, "index.js")) && existsSync(path.join(DIST, "cli/index.js"));
  const buildRunning = () => existsSync(path.join(ROOT, "build")) && !existsSync(path.join(DIST, "cli/index.js"));
  const until = Date.now() + 60_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!complete() && buildRunning() && Date.now() < until) Atomics.wait(pause, 0, 0, 250);
  return existsSync(path.join(DIST, "index.js"));
}

export const bundleBuilt = waitForCompleteBundle();

let snapshot: string | undefined;

/**
 * A private copy of the bundle (index.js, its lazily loaded chunks,
 * package.json and grammars/), taken once per test process: a rebuild of dist/ while the
 * tests run (rm -rf, then ncc) must not break them halfway.
 */
export function actionBundle(): string {
  if (snapshot !== undefined) return snapshot;
  const dir = mkdtempSync(path.join(tmpdir(), "compile-loop-dist-"));
  for (const name of readdirSync(DIST)) {
    const file = path.join(DIST, name);
    if (statSync(file).isFile()) copyFileSync(file, path.join(dir, name));
  }
  // The tree-sitter runtime and grammars the repository map loads, as the action's checkout has them.
  cpSync(path.join(DIST, "grammars"), path.join(dir, "grammars"), { recursive: true });
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  snapshot = path.join(dir, "index.js");
  return snapshot;
}

// Taken now, while the bundle is known to be complete.
if (bundleBuilt) actionBundle();

/** git with no user or system configuration, a fixed identity and no prompts. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_AUTHOR_NAME: "Pat Author",
  GIT_AUTHOR_EMAIL: "pat@example.com",
  GIT_COMMITTER_NAME: "Pat Author",
  GIT_COMMITTER_EMAIL: "pat@example.com",
};

export function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(" ")} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    // git may exit before reading stdin; a closed pipe is not an error here.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(input ?? "");
  });
}

/** The defaults the runner would pass for each input of action.yml (a small reader for its flat `inputs:` block). */
export function actionInputDefaults(): Record<string, string> {
  const text = readFileSync(path.join(ROOT, "action.yml"), "utf8");
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | undefined;
  for (const line of text.split("\n")) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith("inputs:");
      current = undefined;
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name?.[1]) {
      current = name[1];
      defaults[current] = "";
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value?.[1] !== undefined && current) defaults[current] = unquote(value[1].trim());
  }
  return defaults;
}

function unquote(value: string): string {
  if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) return value.slice(1, -1);
  return value;
}

export interface OriginRepo {
  root: string;
  /** The bare repository acting as `origin`. */
  origin: string;
  /** The clone the action runs in (GITHUB_WORKSPACE). */
  workspace: string;
  /** main: the project with the working code. */
  baseSha: string;
  /** The PR head: the commit that breaks src/math.js. */
  headSha: string;
  headRef: string;
  prNumber: number;
  remove(): Promise<void>;
}

export interface OriginOptions {
  prNumber?: number;
  headRef?: string;
  /** Clone only main into the workspace (as a /fix run starts on the default branch with a shallow, single-branch checkout). */
  singleBranch?: boolean;
  /** Leave the PR head fixed instead of buggy (tests already pass). */
  headPasses?: boolean;
}

/**
 * A bare origin with `main` (working code) and a PR branch whose head commit
 * breaks `add`; `refs/pull/N/head` points at it as on GitHub. The workspace is
 * a clone, as actions/checkout leaves it.
 */
export async function createOriginWithPullRequest(options: OriginOptions = {}): Promise<OriginRepo> {
  const prNumber = options.prNumber ?? 7;
  const headRef = options.headRef ?? "feature/sum";
  const tmp = await makeTempDir({}, "compile-loop-action-");
  const root = tmp.dir;
  const origin = path.join(root, "origin.git");
  const seed = path.join(root, "seed");
  const workspace = path.join(root, "workspace");
  await mkdir(seed);
  await git(root, ["init", "-q", "--bare", "-b", "main", origin]);
  await git(seed, ["init", "-q", "-b", "main"]);
  const files = buggyProjectFiles();
  for (const [rel, content] of Object.entries({ ...files, "src/math.js": FIXED_MATH })) {
    await mkdir(path.dirname(path.join(seed, rel)), { recursive: true });
    await writeFile(path.join(seed, rel), content);
  }
  await git(seed, ["add", "-A"]);
  await git(seed, ["commit", "-q", "-m", "project"]);
  const baseSha = (await git(seed, ["rev-parse", "HEAD"])).trim();
  await git(seed, ["checkout", "-q", "-b", headRef]);
  if (!options.headPasses) await writeFile(path.join(seed, "src/math.js"), files["src/math.js"] ?? "");
  await writeFile(path.join(seed, "NOTES.md"), "a change on the branch\n");
  await git(seed, ["add", "-A"]);
  await git(seed, ["commit", "-q", "-m", "refactor add"]);
  const headSha = (await git(seed, ["rev-parse", "HEAD"])).trim();
  await git(seed, ["push", "-q", origin, "main", headRef]);
  await git(origin, ["update-ref", `refs/pull/${prNumber}/head`, headSha]);
  await git(root, ["clone", "-q", ...(options.singleBranch ? ["--single-branch", "--branch", "main"] : []), origin, workspace]);
  return { root, origin, workspace, baseSha, headSha, headRef, prNumber, remove: tmp.remove };
}

/** Adds a commit to `branch` in origin (someone pushing after the event); returns its SHA. */
export async function pushCommitToOrigin(repo: OriginRepo, branch: string, file: string, content: string): Promise<string> {
  const dir = path.join(repo.root, `other-${Date.now()}`);
  await git(repo.root, ["clone", "-q", "--branch", branch, repo.origin, dir]);
  await writeFile(path.join(dir, file), content);
  await git(dir, ["add", "-A"]);
  await git(dir, ["commit", "-q", "-m", "someone else's work"]);
  await git(dir, ["push", "-q", "origin", `HEAD:refs/heads/${branch}`]);
  return (await git(dir, ["rev-parse", "HEAD"])).trim();
}

/** Where `ref` points in the bare origin, or null. */
export async function originRef(repo: OriginRepo, ref: string): Promise<string | null> {
  try {
    return (await git(repo.origin, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() || null;
  } catch {
    return null;
  }
}

export interface ActionRunRequest {
  workspace: string;
  eventName: string;
  payload: unknown;
  /** Overrides of action.yml's defaults, by input name (e.g. "test-command"). */
  inputs: Record<string, string>;
  githubApiUrl: string;
  repository?: string;
  extraEnv?: Record<string, string>;
  timeoutMs?: number;
  /** Sends `signal` once stdout contains `stdoutIncludes` (a cancelled workflow: SIGINT, then SIGTERM). */
  signalWhen?: { stdoutIncludes: string; signal: NodeJS.Signals };
}

export interface ActionRunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file. */
  outputFile: string;
  summary: string;
}

/** Parses the runner's file command format: `name<<DELIM\nvalue\nDELIM` or `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i++] ?? "");
      outputs[heredoc[1]] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** Runs `node dist/index.js` as the runner does and collects what it left behind. */
export async function runActionBundle(request: ActionRunRequest): Promise<ActionRunResult> {
  const files = await makeTempDir({}, "compile-loop-runner-");
  const eventPath = path.join(files.dir, "event.json");
  const outputPath = path.join(files.dir, "github_output");
  const summaryPath = path.join(files.dir, "step_summary");
  await writeFile(eventPath, JSON.stringify(request.payload));
  await writeFile(outputPath, "");
  await writeFile(summaryPath, "");
  const inputs = { ...actionInputDefaults(), ...request.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: files.dir,
    ...GIT_ENV,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: request.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: request.repository ?? "Codertocat/Hello-World",
    GITHUB_API_URL: request.githubApiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: request.workspace,
    RUNNER_TEMP: files.dir,
    ...request.extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  try {
    const child = spawn(process.execPath, [actionBundle()], { cwd: request.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let signalled = false;
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString("utf8");
      if (request.signalWhen && !signalled && stdout.includes(request.signalWhen.stdoutIncludes)) {
        signalled = true;
        child.kill(request.signalWhen.signal);
      }
    });
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const timeoutMs = request.timeoutMs ?? 60_000;
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.on("close", (c, s) => {
        clearTimeout(timer);
        resolve({ code: c, signal: s });
      });
    });
    const outputFile = await readFile(outputPath, "utf8");
    return { exitCode: code, signal, stdout, stderr, outputs: parseOutputFile(outputFile), outputFile, summary: await readFile(summaryPath, "utf8") };
  } finally {
    await files.remove();
  }
}
