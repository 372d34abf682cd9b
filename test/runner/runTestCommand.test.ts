import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elisionMarker } from "../../src/runner/boundedOutput.js";
import { buildTestEnv } from "../../src/runner/buildTestEnv.js";
import { createShellTestRunner } from "../../src/runner/createShellTestRunner.js";
import { runTestCommand, type RunTestCommandOptions } from "../../src/runner/runTestCommand.js";
import { waitUntilGone } from "./processLiveness.js";

let dir: string;
const env = buildTestEnv(process.env);
const spawned: number[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "runner-test-"));
});

afterAll(async () => {
  // Belt and braces: nothing a test started may outlive the suite.
  for (const pid of spawned) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await rm(dir, { recursive: true, force: true });
});

function run(command: string, extra: Partial<RunTestCommandOptions> = {}) {
  return runTestCommand({ command, cwd: dir, env, timeoutMs: 20_000, ...extra });
}

async function readPid(name: string): Promise<number> {
  const pid = Number((await readFile(join(dir, name), "utf8")).trim());
  expect(Number.isInteger(pid) && pid > 0).toBe(true);
  spawned.push(pid);
  return pid;
}

describe("runTestCommand: exit status", () => {
  it("reports a passing command", async () => {
    const result = await run("echo hello");
    expect(result).toMatchObject({ ok: true, exitCode: 0, signal: null, timedOut: false, aborted: false, output: "hello\n", elidedBytes: 0 });
    expect(result.spawnError).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("reports a failing command with its exit code", async () => {
    const result = await run("echo '1 test failed'; exit 3");
    expect(result).toMatchObject({ ok: false, exitCode: 3, signal: null, timedOut: false });
    expect(result.output).toBe("1 test failed\n");
  });

  it("runs in the given directory", async () => {
    const result = await run("pwd");
    expect(result.output.trim()).toBe(dir);
  });

  it("reports the signal when the command is killed by one", async () => {
    const result = await run("echo before; kill -TERM $$");
    expect(result).toMatchObject({ ok: false, exitCode: null, signal: "SIGTERM", timedOut: false });
    expect(result.output).toContain("before\n");
  });

  it("gives a clear non-zero result for a command that does not exist", async () => {
    const result = await run("definitely-not-a-command-4f1c");
    expect(result.ok).toBe(false);
    expect(result.exitCode).toBe(127);
    expect(result.output).toMatch(/definitely-not-a-command-4f1c.*not found/);
    expect(result.output).toContain("could not find a command");
  });

  it("reports a working directory that does not exist without starting anything", async () => {
    const missing = join(dir, "no-such-dir");
    const result = await runTestCommand({ command: "echo never", cwd: missing, env });
    expect(result).toMatchObject({ ok: false, exitCode: null, signal: null });
    expect(result.spawnError).toContain(missing);
    expect(result.output).not.toContain("never");
  });
});

describe("runTestCommand: output", () => {
  it("interleaves stdout and stderr in arrival order", async () => {
    const result = await run("echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three");
    expect(result.output).toBe("one\ntwo\nthree\n");
  });

  it("never mixes the two streams inside one line", async () => {
    const result = await run("printf 'partial '; echo err >&2; sleep 0.2; echo end");
    expect(result.output).toBe("err\npartial end\n");
  });

  it("strips ANSI escape codes", async () => {
    const result = await run("printf '\\033[31mred\\033[0m \\033]0;title\\007plain\\n'");
    expect(result.output).toBe("red plain\n");
  });

  it("collapses carriage-return progress bars and CRLF line ends", async () => {
    const result = await run("printf '10%%\\r50%%'; sleep 0.1; printf '\\r100%%\\r\\ndone\\r\\n'");
    expect(result.output).toBe("100%\ndone\n");
  });

  it("decodes a UTF-8 character split across two writes", async () => {
    const result = await run("printf '\\342\\202'; sleep 0.2; printf '\\254 ok\\n'");
    expect(result.output).toBe("€ ok\n");
  });

  it("bounds 5 MB of output, keeping head and tail and marking the gap", async () => {
    const result = await run("seq 1 1000000");
    let total = 0;
    for (let i = 1; i <= 1_000_000; i += 1) total += String(i).length + 1;
    expect(total).toBeGreaterThan(5_000_000);
    expect(result.ok).toBe(true);
    expect(result.elidedBytes).toBeGreaterThan(0);
    const marker = elisionMarker(result.elidedBytes);
    expect(result.output).toContain(`\n${marker}\n`);
    expect(result.output.startsWith("1\n2\n3\n")).toBe(true);
    expect(result.output.endsWith("999999\n1000000\n")).toBe(true);
    const shownBytes = Buffer.byteLength(result.output) - Buffer.byteLength(`${marker}\n`);
    expect(shownBytes).toBeLessThanOrEqual(256 * 1024);
    expect(shownBytes + result.elidedBytes).toBe(total);
    const [head = "", tail = ""] = result.output.split(`${marker}\n`);
    // Consecutive numbers on each side: nothing lost or duplicated within a part.
    for (const part of [head, tail]) {
      const numbers = part.trimEnd().split("\n").map(Number);
      numbers.forEach((n, i) => expect(n).toBe((numbers[0] ?? 0) + i));
    }
  });

  it("honours a smaller output budget", async () => {
    const result = await run("seq 1 10000", { maxOutputBytes: 1000 });
    expect(Buffer.byteLength(result.output)).toBeLessThan(1100);
    expect(result.output.endsWith("10000\n")).toBe(true);
  });

  it("streams cleaned output to onOutput", async () => {
    const chunks: string[] = [];
    const result = await run("printf '\\033[1mbold\\033[0m\\n'; echo second", { onOutput: (chunk) => chunks.push(chunk) });
    expect(chunks.join("")).toBe(result.output);
    expect(result.output).toBe("bold\nsecond\n");
  });
});

describe("runTestCommand: stopping", () => {
  it("kills the whole process group on timeout, background children included", async () => {
    const result = await run("sleep 100 & echo $! > timeout-bg.pid; echo waiting; sleep 100", { timeoutMs: 500 });
    expect(result).toMatchObject({ ok: false, exitCode: null, timedOut: true, aborted: false });
    expect(result.signal).not.toBeNull();
    expect(result.output).toContain("waiting\n");
    expect(result.output).toMatch(/timed out and was stopped after 0\.\d seconds/);
    expect(await waitUntilGone(await readPid("timeout-bg.pid"))).toBe(true);
  });

  it("escalates to SIGKILL when the command ignores SIGTERM", async () => {
    const result = await run("trap '' TERM; echo $$ > stubborn.pid; sleep 100; sleep 100", { timeoutMs: 300 });
    expect(result).toMatchObject({ timedOut: true, signal: "SIGKILL", exitCode: null });
    expect(await waitUntilGone(await readPid("stubborn.pid"))).toBe(true);
  });

  it("stops on abort and says so", async () => {
    const controller = new AbortController();
    const result = await run("sleep 100 & echo $! > abort-bg.pid; echo started; sleep 100", {
      signal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.includes("started")) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, timedOut: false, aborted: true });
    expect(result.output).toContain("started\n");
    expect(result.output).toMatch(/cancelled and stopped after/);
    expect(await waitUntilGone(await readPid("abort-bg.pid"))).toBe(true);
  });

  it("does not start when the signal is already aborted", async () => {
    const result = await run("echo ran > ran.txt", { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, aborted: true, exitCode: null });
    await expect(readFile(join(dir, "ran.txt"), "utf8")).rejects.toThrow();
  });

  it("resolves when the command exits and kills a background child holding stdout", async () => {
    const result = await run("sleep 100 & echo $! > leftover.pid; echo done");
    expect(result).toMatchObject({ ok: true, exitCode: 0, timedOut: false, output: "done\n" });
    expect(await waitUntilGone(await readPid("leftover.pid"))).toBe(true);
  });

  it("resolves even when the leftover child ignores SIGTERM, and kills it later", async () => {
    const result = await run("(trap '' TERM; exec sleep 100) & echo $! > deaf.pid; echo done");
    expect(result).toMatchObject({ ok: true, exitCode: 0, output: "done\n" });
    expect(await waitUntilGone(await readPid("deaf.pid"))).toBe(true);
  });
});

describe("runTestCommand: environment", () => {
  it("passes allowlisted variables and extras, never secrets or runner controls", async () => {
    const parent: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      OPENAI_API_KEY: "sk-should-not-leak",
      GITHUB_TOKEN: "ghs_should_not_leak",
      INPUT_FOO: "input-should-not-leak",
      ACTIONS_RUNTIME_TOKEN: "runtime-should-not-leak",
      GITHUB_OUTPUT: "/tmp/should-not-leak",
      RANDOM_PARENT_VAR: "not-allowlisted",
    };
    const result = await runTestCommand({
      command: "env",
      cwd: dir,
      env: buildTestEnv(parent, { MY_EXTRA: "extra-value", GITHUB_OUTPUT: "/tmp/extra-should-not-pass" }),
    });
    const names = new Map(
      result.output
        .split("\n")
        .filter((line) => line.includes("="))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
    );
    expect(names.get("PATH")).toBe(process.env.PATH);
    expect(names.get("MY_EXTRA")).toBe("extra-value");
    expect(names.get("TERM")).toBe("dumb");
    for (const name of ["OPENAI_API_KEY", "GITHUB_TOKEN", "INPUT_FOO", "ACTIONS_RUNTIME_TOKEN", "GITHUB_OUTPUT", "RANDOM_PARENT_VAR"]) {
      expect(names.has(name), name).toBe(false);
    }
    expect(result.output).not.toContain("should-not-leak");
    expect(result.output).not.toContain("should-not-pass");
  });
});

describe("createShellTestRunner", () => {
  it("runs the same command each time and passes the signal through", async () => {
    const runner = createShellTestRunner({ command: "echo x >> runs.txt; wc -l < runs.txt", cwd: dir, env, timeoutMs: 10_000 });
    expect(runner.command).toBe("echo x >> runs.txt; wc -l < runs.txt");
    expect((await runner.run()).output.trim()).toBe("1");
    expect((await runner.run()).output.trim()).toBe("2");
    const aborted = await runner.run(AbortSignal.abort());
    expect(aborted.aborted).toBe(true);
  });
});
