// Start-up figures for what users run: the CLI's --help, the CLI from process
// start to its first test command, the action from process start to its
// first test command, and the bundle sizes.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { median } from "./stats.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const RUNS = 11;

function timeSpawn(args, options) {
  const started = Date.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", ...options });
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  return { started, ms: Date.now() - started };
}

/** Runs `node <entry>` with a test command that writes the time it started; returns the gap. */
async function timeToFirstTest(entry, makeEnv, extraArgs = []) {
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-startup-"));
  const marker = path.join(dir, "started-at");
  const testCommand = `${process.execPath} -e "require('fs').writeFileSync('${marker}', String(Date.now()))"`;
  try {
    const gaps = [];
    for (let i = 0; i < RUNS; i++) {
      const { started } = timeSpawn([entry, ...extraArgs.map((a) => (a === "$TEST" ? testCommand : a))], { cwd: dir, env: makeEnv(dir, testCommand) });
      gaps.push(Number(await readFile(marker, "utf8")) - started);
    }
    return median(gaps);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchStartup() {
  const cli = path.join(ROOT, "dist/cli/index.js");
  const action = path.join(ROOT, "dist/index.js");
  const rows = [];
  const helpTimes = [];
  for (let i = 0; i < RUNS; i++) helpTimes.push(timeSpawn([cli, "--help"]).ms);
  rows.push({ name: "CLI --help", value: median(helpTimes), unit: "ms", target: 300 });
  const gitEnv = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.com", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.com" };
  const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CI: "true" };
  rows.push({
    name: "CLI start to first test command",
    value: await timeToFirstTest(cli, () => ({ ...baseEnv, OPENAI_API_KEY: "sk-bench-unused" }), ["--test", "$TEST", "--quiet"]),
    unit: "ms",
    target: 300,
  });
  try {
    await stat(action);
    rows.push({
      name: "action start to first test command",
      value: await timeToFirstTest(action, (dir, testCommand) => {
        const eventPath = path.join(dir, "event.json");
        // A checkout as actions/checkout leaves it: one commit on a branch.
        const git = (...args) => spawnSync("git", ["-C", dir, ...args], { env: { ...process.env, ...gitEnv } });
        git("init", "-q", "-b", "main");
        writeFileSync(path.join(dir, "README.md"), "bench\n");
        git("add", "README.md");
        git("commit", "-q", "-m", "bench");
        writeFileSync(eventPath, JSON.stringify({ inputs: {}, ref: "refs/heads/main" }));
        // The runner creates these files before the step starts.
        writeFileSync(path.join(dir, "out"), "");
        writeFileSync(path.join(dir, "summary"), "");
        return {
          ...baseEnv,
          ...gitEnv,
          GITHUB_ACTIONS: "true",
          GITHUB_EVENT_NAME: "workflow_dispatch",
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: "bench/repo",
          GITHUB_WORKSPACE: dir,
          GITHUB_API_URL: "http://127.0.0.1:9",
          GITHUB_OUTPUT: path.join(dir, "out"),
          GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
          "INPUT_TEST-COMMAND": testCommand,
          "INPUT_API-KEY": "sk-bench-unused",
          "INPUT_GITHUB-TOKEN": "ghs_bench_unused",
          INPUT_PUSH: "none",
        };
      }),
      unit: "ms",
      target: 1000,
    });
  } catch (error) {
    rows.push({ name: "action start to first test command", value: NaN, unit: "ms", target: 1000, note: String(error.message ?? error).slice(0, 120) });
  }
  for (const [name, file] of [["action bundle (dist/index.js)", action], ["CLI bundle (dist/cli/index.js)", cli]]) {
    try {
      rows.push({ name, value: (await stat(file)).size / 1024 / 1024, unit: "MB", target: undefined });
    } catch {
      // Not built.
    }
  }
  try {
    // index.js loads the model SDKs from chunks beside it on first use; all of them ship with the action.
    const files = (await readdir(path.join(ROOT, "dist"))).filter((f) => f.endsWith(".js"));
    let bytes = 0;
    for (const f of files) bytes += (await stat(path.join(ROOT, "dist", f))).size;
    rows.push({ name: `action bundle with its ${files.length - 1} lazy chunks (dist/*.js)`, value: bytes / 1024 / 1024, unit: "MB", target: undefined });
  } catch {
    // Not built.
  }
  return rows;
}

