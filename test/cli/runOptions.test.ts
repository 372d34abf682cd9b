import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import type { OpenAITestServer } from "../support/openaiServer.js";
import { BUGGY_MATH, FIXED_MATH, MULTI_FILE_FIX, TEST_COMMAND, WRONG_FIX, buggyProjectFiles } from "../support/buggyProject.js";
import { makeTempDir } from "../support/tempDir.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, isolatedEnv, makeRepo, runCliProcess } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(): Promise<OpenAITestServer> {
  const started = await startOpenAIServer({ apiKey: API_KEY });
  cleanups.push(() => started.close());
  return started;
}

async function repo(files: Record<string, string> = buggyProjectFiles()): Promise<string> {
  const made = await makeRepo(files);
  cleanups.push(made.remove);
  return made.dir;
}

async function scratch(): Promise<string> {
  const made = await makeTempDir();
  cleanups.push(made.remove);
  return made.dir;
}

describe.skipIf(!CLI_BUILT)(`compile-loop options (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("--setup runs once, before the first test run", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const log = path.join(await scratch(), "log");
    const setup = `echo setup >> ${JSON.stringify(log)}`;
    const test = `echo test >> ${JSON.stringify(log)} && ${TEST_COMMAND}`;
    const run = await runCliProcess(["--test", test, "--setup", setup, "--base-url", model.baseURL, "--files", "src/**"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect((await readFile(log, "utf8")).trim().split("\n")).toEqual(["setup", "test", "test"]);
  });

  it("a failing --setup stops the run with exit 1 and says so, without calling the model", async () => {
    const model = await server();
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--setup", "echo cannot install >&2; exit 3", "--base-url", model.baseURL], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    // Ends like every other give-up: summary, reason code and sentence, then the output's tail.
    expect(run.stdout).toContain("Gave up: give-up: the setup command failed\nreason: setup_command: The setup command failed (exit 3), so the tests were not run; fix it or remove it.\nlast error:\ncannot install");
    expect(model.completions).toHaveLength(0);
  });

  it("--edit-mode full: the model rewrites the one target file", async () => {
    const model = await server();
    model.replyText(`\`\`\`js\n${FIXED_MATH}\`\`\`\n`);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/math.js", "--edit-mode", "full"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
  });

  it("--edit-mode full with several target files is a usage error", async () => {
    const model = await server();
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "**/*.js", "--edit-mode", "full"], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("--edit-mode full");
  });

  it("--instructions @FILE reaches the model's prompt", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const notes = path.join(await scratch(), "notes.txt");
    await writeFile(notes, "Prefer the smallest possible change, marker 7f3a.\n");
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--instructions", `@${notes}`], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.stringify(model.completions[0]?.body)).toContain("marker 7f3a");
  });

  it("--quiet prints only the result", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--quiet"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("PASS in 1 iters");
  });

  it("no file to edit: exit 1 with no_target_files and what to do, no model call", async () => {
    const model = await server();
    const dir = await repo();
    const run = await runCliProcess(["--test", "echo something broke; exit 1", "--base-url", model.baseURL], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("no_target_files");
    expect(run.stdout).toContain("--files");
    expect(model.completions).toHaveLength(0);
  });

  it("--protect removes a file from the targets even when --files names it (exit 2, says why)", async () => {
    const model = await server();
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/math.js", "--protect", "src/**"], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("--files");
    expect(run.stderr).toContain("src/math.js matched but is protected by --protect / protected-files (src/**,.git/**)");
    expect(model.completions).toHaveLength(0);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("--files matching nothing is a usage error naming the option", async () => {
    const model = await server();
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "lib/**/*.ts"], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("error: --files / target-files (lib/**/*.ts) match no file of the repository");
    expect(model.completions).toHaveLength(0);
  });

  it("--max-tokens-total stops the run with the budget reason", async () => {
    const model = await server();
    model.replyText(WRONG_FIX);
    model.replyText(WRONG_FIX);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--max-tokens-total", "10"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("reason: budget:");
    expect(model.completions).toHaveLength(1);
  });

  it("--timeout ends a run whose model never answers, with exit 1 and the timeout reason", async () => {
    const model = await server();
    model.enqueue({ type: "hang", maxMs: 20_000 });
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--timeout", "1.5"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("reason: timeout:");
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("works outside a git repository (no dirty check, files found by walking the directory)", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const plain = await makeTempDir(buggyProjectFiles());
    cleanups.push(plain.remove);
    const env = isolatedEnv({ OPENAI_API_KEY: API_KEY, GIT_CEILING_DIRECTORIES: path.dirname(plain.dir) });
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**"], { cwd: plain.dir, env });
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(plain.dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
  });

  it("run from a subdirectory, the tests run there and paths stay repository-relative", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX.replace("path=src/math.js", "path=packages/app/src/math.js"));
    const files = Object.fromEntries(Object.entries(buggyProjectFiles()).map(([rel, text]) => [`packages/app/${rel}`, text]));
    const dir = await repo({ ...files, "README.md": "monorepo\n" });
    const app = path.join(dir, "packages/app");
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "packages/app/src/**"], { cwd: app });
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(app, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(run.stdout).toContain("files changed: packages/app/src/math.js");
  });
});
