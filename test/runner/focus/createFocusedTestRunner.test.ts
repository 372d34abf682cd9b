import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildTestEnv } from "../../../src/runner/buildTestEnv.js";
import type { CommandIsolation } from "../../../src/runner/commandIsolation.js";
import { createFocusedTestRunner } from "../../../src/runner/focus/createFocusedTestRunner.js";
import { formatTimeSaved } from "../../../src/runner/focus/formatTimeSaved.js";
import { makeTempDir } from "../../support/tempDir.js";
import { missingTool, readMarkers } from "./realRunnerSupport.js";

const env = buildTestEnv(process.env);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A node --test project: each file's tests write `markers/<file>.<n>` and pass unless `failing` names them. */
async function nodeProject(files: Record<string, string>): Promise<string> {
  const project = await makeTempDir({ "package.json": JSON.stringify({ type: "module" }), ...files }, "focus-runner-");
  cleanups.push(project.remove);
  await mkdir(path.join(project.dir, "markers"));
  return project.dir;
}

const nodeTest = (marker: string, body: string): string =>
  `import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { writeFileSync, existsSync, readFileSync } from "node:fs";\nconst mark = (name) => writeFileSync(new URL("../markers/" + name, import.meta.url), "");\ntest("${marker}", () => { mark("${marker}"); ${body} });\n`;

async function clearMarkers(dir: string): Promise<void> {
  await rm(path.join(dir, "markers"), { recursive: true, force: true });
  await mkdir(path.join(dir, "markers"));
}

describe("createFocusedTestRunner", () => {
  it("passes its isolation to both the focused and the full command", async () => {
    const dir = await nodeProject({
      "value.mjs": "export const value = 1;\n",
      "test/a.test.mjs": nodeTest("a", `assert.equal((await import("../value.mjs")).value, 2);`).replace("() => {", "async () => {"),
      "test/b.test.mjs": nodeTest("b", ""),
    });
    const launched: string[] = [];
    let cleanedUp = 0;
    const isolation: CommandIsolation = {
      level: "none",
      launch: (shell, args, launchEnv) => {
        launched.push(args[args.length - 1] ?? "");
        return { file: shell, args: [...args], env: launchEnv };
      },
      afterRun: () => {
        cleanedUp += 1;
        return Promise.resolve();
      },
    };
    const runner = createFocusedTestRunner({ command: "node --test", cwd: dir, env, isolation });
    await runner.run();
    await writeFile(path.join(dir, "value.mjs"), "export const value = 2;\n");
    const result = await runner.run();
    expect(result.ok).toBe(true);
    expect(result.focus?.mode).toBe("verified");
    expect(launched).toEqual(["node --test", "node --test test/a.test.mjs", "node --test"]);
    expect(cleanedUp).toBe(3);
  });

  it("stops focusing when tests pass alone but fail in the full run (they depend on each other)", async () => {
    // a writes a file that makes b fail; alone, b passes once `value` is right. One file at a time, in name order.
    const dir = await nodeProject({
      "value.mjs": "export const value = 1;\n",
      "test/a.test.mjs": nodeTest("a", `writeFileSync(new URL("../polluted", import.meta.url), "");`),
      "test/b.test.mjs": nodeTest("b", `assert.equal((await import("../value.mjs")).value, 2); assert.ok(!existsSync(new URL("../polluted", import.meta.url)));`).replace("() => {", "async () => {"),
    });
    const notices: string[] = [];
    const runner = createFocusedTestRunner({ command: "node --test --test-concurrency=1", cwd: dir, env, onNotice: (sentence) => notices.push(sentence) });
    expect((await runner.run()).ok).toBe(false);
    await writeFile(path.join(dir, "value.mjs"), "export const value = 2;\n");
    await rm(path.join(dir, "polluted"), { force: true });
    const verified = await runner.run();
    expect(verified.focus?.mode, verified.output).toBe("verified");
    expect(verified.ok).toBe(false);
    expect(notices).toEqual([expect.stringMatching(/^Focusing stopped: test\/b\.test\.mjs > b passed when run alone but failed in the full run/)]);
    await clearMarkers(dir);
    const after = await runner.run();
    expect(after.focus).toMatchObject({ mode: "full", reason: notices[0] });
    expect(await readMarkers(dir)).toEqual(["a", "b"]);
  });

  it("a focused run that fails without naming tests is followed by the full command, and twice in a row ends focusing", async () => {
    const dir = await nodeProject({ "test/a.test.mjs": nodeTest("a", "assert.fail('no');"), "test/b.test.mjs": nodeTest("b", "") });
    const notices: string[] = [];
    const runner = createFocusedTestRunner({ command: "node --test", cwd: dir, env, focusCommand: "echo nothing to see {files}; exit 3", onNotice: (sentence) => notices.push(sentence) });
    await runner.run();
    await clearMarkers(dir);
    const first = await runner.run();
    expect(first.focus).toMatchObject({ mode: "full", focusedCommand: "echo nothing to see test/a.test.mjs; exit 3" });
    expect(first.output).toMatch(/^\[compile-loop\] The focused run \(`echo nothing to see test\/a\.test\.mjs; exit 3`\) failed without naming failing tests; the full test command ran instead:\n/);
    expect(await readMarkers(dir)).toEqual(["a", "b"]);
    const second = await runner.run();
    expect(second.focus?.mode).toBe("full");
    expect(notices).toEqual([expect.stringMatching(/^Focusing stopped: the focused command failed 2 times in a row without naming failing tests/)]);
    const third = await runner.run();
    expect(third.focus?.focusedCommand).toBeUndefined();
  });

  it("reads the failures from the JUnit report the run wrote, not from one left by an earlier run", async (context) => {
    const missing = missingTool("python3", ["-m", "pytest", "--version"]);
    if (missing !== undefined) context.skip(missing);
    const project = await makeTempDir(
      {
        "tests/test_a.py": "def test_x():\n    assert False\n\ndef test_y():\n    pass\n",
        "tests/test_b.py": "def test_z():\n    pass\n",
        // A stale report naming another test: it was not written by the run, so it is not read.
        "reports/old.xml": `<testsuites><testsuite><testcase classname="tests.test_b" name="test_z"><failure/></testcase></testsuite></testsuites>`,
      },
      "focus-junit-",
    );
    cleanups.push(project.remove);
    const pytestEnv = buildTestEnv(process.env, { PYTEST_DISABLE_PLUGIN_AUTOLOAD: "1", PYTHONDONTWRITEBYTECODE: "1" });
    // -rN hides the short summary, so only the report names the failure.
    const command = "python3 -m pytest -q -rN -p no:cacheprovider --junitxml=reports/junit.xml";
    const runner = createFocusedTestRunner({ command, cwd: project.dir, env: pytestEnv, testReports: ["reports/*.xml"] });
    const first = await runner.run();
    expect(first.ok).toBe(false);
    const second = await runner.run();
    expect(second.focus).toMatchObject({ mode: "focused", focusedCommand: `${command} tests/test_a.py::test_x`, tests: ["tests.test_a.test_x"] });
  });

  it("counts the time focused runs save against the last full run", async () => {
    const slow = `await new Promise((resolve) => setTimeout(resolve, 600));`;
    const dir = await nodeProject({
      "test/a.test.mjs": nodeTest("a", "assert.fail('no');"),
      "test/slow.test.mjs": nodeTest("slow", slow).replace("() => {", "async () => {"),
    });
    const runner = createFocusedTestRunner({ command: "node --test", cwd: dir, env });
    const full = await runner.run();
    const focused = await runner.run();
    expect(focused.focus?.mode).toBe("focused");
    expect(focused.durationMs).toBeLessThan(full.durationMs);
    expect(focused.focus?.savedMs).toBe(full.durationMs - focused.durationMs);
    const stats = runner.stats();
    expect(stats).toEqual({ runs: 2, focusedRuns: 1, fullRuns: 1, savedMs: full.durationMs - focused.durationMs });
    expect(formatTimeSaved(stats)).toMatch(/^focused runs saved \d+\.\ds against full runs \(1 focused, 1 full\)$/);
  });

  it("a cancelled focused run is returned as it is, without a full run", async () => {
    const dir = await nodeProject({ "test/a.test.mjs": nodeTest("a", "assert.fail('no');"), "test/b.test.mjs": nodeTest("b", "") });
    const runner = createFocusedTestRunner({ command: "node --test", cwd: dir, env });
    await runner.run();
    const controller = new AbortController();
    controller.abort();
    const result = await runner.run(controller.signal);
    expect(result).toMatchObject({ ok: false, aborted: true, focus: { mode: "focused" } });
    expect(runner.stats()).toMatchObject({ focusedRuns: 1, fullRuns: 1 });
  });
});

describe("formatTimeSaved", () => {
  it("says saved or cost, in seconds, minutes or hours", () => {
    expect(formatTimeSaved({ runs: 3, focusedRuns: 2, fullRuns: 2, savedMs: 192_400 })).toBe("focused runs saved 3m 12s against full runs (2 focused, 2 full)");
    expect(formatTimeSaved({ runs: 2, focusedRuns: 1, fullRuns: 2, savedMs: -1_250 })).toBe("focused runs cost 1.3s against full runs (1 focused, 2 full)");
    expect(formatTimeSaved({ runs: 9, focusedRuns: 8, fullRuns: 2, savedMs: 2 * 3_600_000 + 5 * 60_000 })).toBe("focused runs saved 2h 5m against full runs (8 focused, 2 full)");
  });
});
