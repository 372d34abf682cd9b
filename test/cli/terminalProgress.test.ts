import { spawn, spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../support/openaiServer.js";
import { MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { API_KEY, CLI_BUILT, CLI_PATH, SKIP_MESSAGE, isolatedEnv, makeRepo } from "./cliHarness.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** util-linux `script` gives the CLI a real pseudo-terminal. */
const HAS_SCRIPT = spawnSync("script", ["--version"], { encoding: "utf8" }).stdout?.includes("util-linux") === true;

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** Runs a command under `script` and returns everything the terminal received. */
function runInTerminal(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const limit = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      resolve({ code, output });
    });
  });
}

const canRun = CLI_BUILT && HAS_SCRIPT;
const why = !CLI_BUILT ? SKIP_MESSAGE : !HAS_SCRIPT ? "util-linux script is not installed" : "built CLI under a pseudo-terminal";

describe.skipIf(!canRun)(`compile-loop on a terminal (${why})`, () => {
  it("shows a live status line with a spinner, then the iteration line and the result", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const made = await makeRepo(buggyProjectFiles());
    cleanups.push(made.remove);
    const command = [process.execPath, CLI_PATH, "--test", TEST_COMMAND, "--base-url", server.baseURL, "--files", "src/**"].map(shellQuote).join(" ");
    const run = await runInTerminal(command, made.dir, isolatedEnv({ OPENAI_API_KEY: API_KEY, TERM: "xterm-256color" }));
    expect(run.code, run.output).toBe(0);
    // A spinner frame (braille dots) with the status text, drawn with cursor control codes.
    expect(run.output).toMatch(/[\u2800-\u28ff][^\n]*running the tests · \d+\.\ds · \d+ tokens/);
    expect(run.output).toContain("\u001b[");
    expect(run.output).toMatch(/✔ iteration 1\/5: tests pass · edited src\/math\.js/);
    expect(run.output).toContain("Fixed: PASS in 1 iters.");
    expect(run.output).toContain("+  return a + b;");
    // The plain-mode prefix is not used on a terminal.
    expect(run.output).not.toContain("[compile-loop]");
  });

  it("with CI set, the same terminal gets plain lines and no control codes", async () => {
    const server = await startOpenAIServer({ apiKey: API_KEY });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const made = await makeRepo(buggyProjectFiles());
    cleanups.push(made.remove);
    const command = [process.execPath, CLI_PATH, "--test", TEST_COMMAND, "--base-url", server.baseURL, "--files", "src/**"].map(shellQuote).join(" ");
    const run = await runInTerminal(command, made.dir, isolatedEnv({ OPENAI_API_KEY: API_KEY, TERM: "xterm-256color", CI: "true" }));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain("[compile-loop] iteration 1/5: tests pass");
    expect(run.output).not.toContain("\u001b");
  });
});
