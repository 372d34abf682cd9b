import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import type { OpenAITestServer } from "../support/openaiServer.js";
import { BUGGY_MATH, FIXED_MATH, MATH_TEST, MULTI_FILE_FIX, TEST_COMMAND, WRONG_FIX, buggyProjectFiles } from "../support/buggyProject.js";
import { API_KEY, CLI_BUILT, SKIP_MESSAGE, git, hasControlCodes, makeRepo, runCliProcess, snapshotFiles } from "./cliHarness.js";

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

/** The buggy project with a test whose failure names src/math.js, so the default target selection finds it. */
function projectNamingTheSource(): Record<string, string> {
  return { ...buggyProjectFiles(), "math.test.js": MATH_TEST.replace("math.test.js:3 expected", "src/math.js:2 add() is wrong: expected") };
}

function testsPass(dir: string): boolean {
  return spawnSync(process.execPath, ["math.test.js"], { cwd: dir }).status === 0;
}

describe.skipIf(!CLI_BUILT)(`compile-loop run outcomes (${CLI_BUILT ? "built CLI" : SKIP_MESSAGE})`, () => {
  it("converges: exit 0, the tests pass, summary, files changed and a unified diff; one plain line per iteration", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo(projectNamingTheSource());
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(testsPass(dir)).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(run.stdout).toContain("PASS in 1 iters");
    expect(run.stdout).toContain("files changed: src/math.js");
    expect(run.stdout).toContain("--- a/src/math.js\n+++ b/src/math.js\n@@");
    expect(run.stdout).toContain("-  return a - b;\n+  return a + b;");
    // The default selection took the file the failure named (and not the test file's own path, which it does not name).
    expect(run.stderr).toContain("target file(s): src/math.js");
    const iterationLines = run.stderr.split("\n").filter((line) => /iteration \d+\/\d+:/.test(line));
    expect(iterationLines).toHaveLength(1);
    expect(iterationLines[0]).toMatch(/iteration 1\/5: tests pass · edited src\/math\.js/);
    expect(hasControlCodes(run.stdout + run.stderr)).toBe(false);
    expect(model.completions).toHaveLength(1);
  });

  it("already passing: exit 0, says so, and never calls the model", async () => {
    const model = await server();
    const dir = await repo({ ...buggyProjectFiles(), "src/math.js": FIXED_MATH });
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("already pass");
    expect(model.completions).toHaveLength(0);
    expect(git(dir, ["status", "--porcelain"])).toBe("");
  });

  it("gives up: exit 1 with the failure reason and its sentence", async () => {
    const model = await server();
    model.replyText(WRONG_FIX);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--max-iterations", "1"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("give-up: max_iters reached (1)");
    expect(run.stdout).toContain("reason: max_iters: The tests still fail after 1 iterations");
    expect(run.stdout).toContain("expected add(2, 3) to be 5, got 6");
    expect(testsPass(dir)).toBe(false);
  });

  it("gives up on stagnation when the model keeps answering the same unusable reply", async () => {
    const model = await server();
    for (let i = 0; i < 5; i++) model.replyText("I am not sure what to change.");
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("give-up: stagnation at iter 3/5");
    expect(run.stdout).toContain("reason: stagnation: ");
    // Prose with no blocks is a format error: no test run after the first, and the model was asked three times.
    expect(model.completions).toHaveLength(3);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("--dry-run: every byte of the tree is as before, and the fix is printed as a diff", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const files = ["src/math.js", "math.test.js", "package.json"];
    const before = await snapshotFiles(dir, files);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--dry-run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(await snapshotFiles(dir, files)).toEqual(before);
    expect(git(dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
    expect(run.stdout).toContain("PASS in 1 iters");
    expect(run.stdout).toContain("dry run");
    expect(run.stdout).toContain("+  return a + b;");
  });

  it("--json: stdout is the result object, progress goes to stderr", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(1);
    expect(result.summary).toBe("PASS in 1 iters");
    expect(result).toHaveProperty("failureReason", null);
    expect(result.modifiedFiles).toEqual(["src/math.js"]);
    expect(result.diff).toContain("+  return a + b;");
    expect(result.usage).toEqual({ inputTokens: 11, outputTokens: 7 });
    expect(run.stderr).toContain("iteration 1/5: tests pass");
  });

  it("--json when giving up carries the reason and its sentence", async () => {
    const model = await server();
    model.replyText(WRONG_FIX);
    const dir = await repo();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--json", "--max-iterations", "1"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("max_iters");
    expect(String(result.failureMessage)).toContain("still fail after 1 iterations");
  });

  it("--commit: one commit with the fix on compile-loop/<branch>; the original branch is unchanged", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    const mainBefore = git(dir, ["rev-parse", "main"]).trim();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--commit"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("compile-loop/main");
    expect(git(dir, ["rev-parse", "main"]).trim()).toBe(mainBefore);
    expect(git(dir, ["show", "main:src/math.js"])).toBe(BUGGY_MATH);
    expect(git(dir, ["rev-list", "--count", "main..compile-loop/main"]).trim()).toBe("1");
    expect(git(dir, ["show", "compile-loop/main:src/math.js"])).toBe(FIXED_MATH);
    expect(git(dir, ["diff", "--name-only", "main", "compile-loop/main"]).trim()).toBe("src/math.js");
    expect(git(dir, ["status", "--porcelain"])).toBe("");
  });

  it("--commit when compile-loop/<branch> exists already picks a new branch and leaves the old one alone", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo();
    git(dir, ["branch", "compile-loop/main"]);
    const old = git(dir, ["rev-parse", "compile-loop/main"]).trim();
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--commit"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(git(dir, ["rev-parse", "compile-loop/main"]).trim()).toBe(old);
    const current = git(dir, ["branch", "--show-current"]).trim();
    expect(current).toMatch(/^compile-loop\/main-\d+$/);
    expect(run.stdout).toContain(current);
    expect(git(dir, ["show", `${current}:src/math.js`])).toBe(FIXED_MATH);
  });

  it("refuses a target file with uncommitted changes (exit 2, names it); --allow-dirty runs", async () => {
    const model = await server();
    const dir = await repo();
    await writeFile(path.join(dir, "src/math.js"), `${BUGGY_MATH}// my work in progress\n`);
    const refused = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**"], { cwd: dir });
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain("src/math.js");
    expect(refused.stderr).toContain("--allow-dirty");
    expect(model.completions).toHaveLength(0);

    model.replyText(MULTI_FILE_FIX);
    const allowed = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**", "--allow-dirty"], { cwd: dir });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(`${FIXED_MATH}// my work in progress\n`);
  });

  it("an uncommitted change outside the target files does not block the run", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo({ ...buggyProjectFiles(), "NOTES.md": "notes\n" });
    await writeFile(path.join(dir, "NOTES.md"), "notes, edited\n");
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "src/**"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  });

  it("--files restricts edits: a reply editing another file is refused and nothing is written", async () => {
    const model = await server();
    model.replyText(MULTI_FILE_FIX);
    const dir = await repo({ ...buggyProjectFiles(), "lib/util.js": "export const one = 1;\n", "lib/two.js": "export const two = 2;\n" });
    const files = ["src/math.js", "lib/util.js", "lib/two.js", "math.test.js", "package.json"];
    const before = await snapshotFiles(dir, files);
    const run = await runCliProcess(["--test", TEST_COMMAND, "--base-url", model.baseURL, "--files", "lib/**", "--max-iterations", "1", "--verbose"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(await snapshotFiles(dir, files)).toEqual(before);
    expect(git(dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
    expect(run.stderr).toMatch(/iteration 1\/1: (edit did not apply|reply was not a valid edit) \(nothing written\)/);
    // --verbose shows the feedback the model got, which names the refused path.
    expect(run.stderr).toMatch(/src\/math\.js[^\n]*(not|outside|allowed)|(not|outside|allowed)[^\n]*src\/math\.js/);
    expect(run.stderr).toContain("target file(s): lib/two.js, lib/util.js");
  });

  it("--test-env reaches the test command; the API key in the parent environment does not", async () => {
    const model = await server();
    const dir = await repo({ ...buggyProjectFiles(), "src/math.js": FIXED_MATH });
    const envFile = path.join(path.dirname(dir), `${path.basename(dir)}-env.json`);
    cleanups.push(() => import("node:fs/promises").then((fs) => fs.rm(envFile, { force: true })));
    const dump = `${JSON.stringify(process.execPath)} -e "require('fs').writeFileSync(process.argv[1], JSON.stringify(process.env))" ${JSON.stringify(envFile)}`;
    const run = await runCliProcess(["--test", `${dump} && ${TEST_COMMAND}`, "--base-url", model.baseURL, "--test-env", "MY_SETTING=hello world", "--test-env", "OTHER=x=y"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const seen = JSON.parse(await readFile(envFile, "utf8")) as Record<string, string>;
    expect(seen.MY_SETTING).toBe("hello world");
    expect(seen.OTHER).toBe("x=y");
    expect(seen.OPENAI_API_KEY).toBeUndefined();
    expect(Object.values(seen)).not.toContain(API_KEY);
  });
});
