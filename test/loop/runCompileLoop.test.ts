import { readFile, writeFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCompileLoop } from "../../src/loop/runCompileLoop.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import { ModelCallError, type ChatRequest, type ChatResponse } from "../../src/models/chatModel.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { LoopOptionsError } from "../../src/loop/validateLoopOptions.js";
import { makeTempDir } from "../support/tempDir.js";
import {
  BUGGY_MATH,
  FIXED_MATH,
  MULTI_FILE_FIX,
  TEST_COMMAND,
  WRONG_FIX,
  buggyProjectFiles,
} from "../support/buggyProject.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function project(extra: Record<string, string> = {}): Promise<string> {
  const { dir, remove } = await makeTempDir({ ...buggyProjectFiles(), ...extra });
  cleanups.push(remove);
  return dir;
}

function userText(request: ChatRequest | undefined): string {
  return (request?.messages ?? [])
    .map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content)))
    .join("\n");
}

const readCall = (id: string, p: string) => ({ toolCalls: [{ id, name: "read_file", input: { path: p } }] });
const wholeFile = (content: string): string => "```js\n" + content + "```\n";

describe("runCompileLoop: converging", () => {
  it("finishes with ok and 0 iterations, without calling the model, when the tests already pass", async () => {
    const dir = await project({ "src/math.js": FIXED_MATH });
    const model = new ScriptedModel([]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"] });
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(0);
    expect(result.summary).toBe("PASS in 0 iters");
    expect(model.requests).toHaveLength(0);
    expect(result.failureReason).toBeUndefined();
  });

  it("multi-file: reads the file with a tool, edits it, and converges in one iteration", async () => {
    const dir = await project();
    const model = new ScriptedModel([readCall("t1", "src/math.js"), { text: MULTI_FILE_FIX, usage: { inputTokens: 100, outputTokens: 20 } }]);
    const events: LoopEvent["type"][] = [];
    const result = await runCompileLoop({
      repoDir: dir,
      testCommand: TEST_COMMAND,
      model,
      targetFiles: ["src/math.js", "math.test.js"],
      onEvent: (e) => events.push(e.type),
    });
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(1);
    expect(result.summary).toBe("PASS in 1 iters");
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(result.modifiedFiles).toEqual(["src/math.js"]);
    expect(result.history[0]?.outcome).toBe("passed");
    expect(result.history[0]?.toolCalls).toBe(1);
    // The tool result carried the real file content back to the model.
    const second = model.requests[1];
    expect(JSON.stringify(second?.messages)).toContain("return a - b;");
    expect(second?.tools?.map((t) => t.name)).toEqual(["read_file", "read_file_range", "list_files", "search_code"]);
    // The first prompt carries the failing test output.
    expect(userText(model.requests[0])).toContain("expected add(2, 3) to be 5");
    expect(result.usage.outputTokens).toBeGreaterThanOrEqual(20);
    expect(events).toEqual(expect.arrayContaining(["start", "initial_test", "iteration_start", "model_call", "tool_use", "edit_applied", "test_start", "test_result", "iteration_end", "converged"]));
    expect(events.indexOf("initial_test")).toBeLessThan(events.indexOf("iteration_start"));
  });

  it("targetFile in diff mode is the multi-file mode with that one file: path headers, read tools", async () => {
    const dir = await project();
    const model = new ScriptedModel([MULTI_FILE_FIX]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", onEvent: (e) => events.push(e) });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    const start = events.find((e) => e.type === "start");
    expect(start?.type === "start" && start.mode).toBe("multi-diff");
    expect(model.requests[0]?.system).toContain("<<< path=");
    expect(model.requests[0]?.tools?.map((t) => t.name)).toEqual(["read_file", "read_file_range", "list_files", "search_code"]);
  });

  it("whole-file mode: writes the fenced file from the reply", async () => {
    const dir = await project();
    const model = new ScriptedModel(["Here it is:\n```js\n" + FIXED_MATH + "```\n"]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full" });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(model.requests[0]?.system).toContain("complete contents");
  });

  it("targetFile in diff mode on a missing file: the model creates it with an empty SEARCH", async () => {
    const { dir, remove } = await makeTempDir({ "math.test.js": buggyProjectFiles()["math.test.js"] ?? "", "package.json": '{ "type": "module" }' });
    cleanups.push(remove);
    const create = `<<< path=src/math.js >>>\n<<<<<<< SEARCH\n=======\n${FIXED_MATH}>>>>>>> REPLACE\n`;
    const model = new ScriptedModel([create]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "diff" });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
  });

  it("whole-file mode feeds the failing output back and keeps the conversation", async () => {
    const dir = await project();
    const model = new ScriptedModel([wholeFile(BUGGY_MATH.replace("a - b", "a * b")), wholeFile(FIXED_MATH)]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full" });
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(2);
    const second = model.requests[1];
    expect(second?.messages).toHaveLength(3);
    expect(second?.messages[2]?.content).toContain("The tests still FAIL (exit code 1). Fix the code and send the WHOLE corrected file again in a single ```js block.");
    expect(second?.messages[2]?.content).toContain("got 6");
    // The opening message shows the file as it is now, not as it was at the start.
    expect(second?.messages[0]?.content).toContain("return a * b;");
    expect(second?.messages[0]?.content).not.toContain("return a - b;");
  });
});

describe("runCompileLoop: edits are all-or-nothing", () => {
  it("writes nothing when one block of a multi-file reply fails, and tells the model which", async () => {
    const dir = await project({ "src/other.js": "export const x = 1;\n" });
    const reply = `${MULTI_FILE_FIX}<<< path=src/other.js >>>\n<<<<<<< SEARCH\nexport const y = 2;\n=======\nexport const y = 3;\n>>>>>>> REPLACE\n`;
    const model = new ScriptedModel([reply, MULTI_FILE_FIX]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({
      repoDir: dir,
      testCommand: TEST_COMMAND,
      model,
      targetFiles: ["src/math.js", "src/other.js"],
      onEvent: (e) => events.push(e),
    });
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(2);
    expect(result.history[0]?.outcome).toBe("edit_failed");
    expect(result.history[0]?.filesEdited).toEqual([]);
    const failed = events.find((e) => e.type === "edit_failed");
    expect(failed?.type === "edit_failed" && failed.failed.map((f) => f.block.path)).toEqual(["src/other.js"]);
    // Iteration 2's prompt says which block failed and that nothing of the reply was written.
    const prompt2 = userText(model.requests[1]);
    expect(prompt2).toContain("1 of 2 SEARCH/REPLACE blocks could not be applied, so none of the edits in your reply were applied");
    expect(prompt2).toContain("## Block 2 (src/other.js)");
    expect(prompt2).toContain("Your previous reply was NOT applied");
    // math.js had not been written by iteration 1: the prompt lists no change and the test output is the first one.
    expect(prompt2).not.toMatch(/src\/math\.js \| modified/);
    expect(prompt2).toContain("got -1");
    expect(result.history[1]?.filesEdited).toEqual(["src/math.js"]);
  });

  it("refuses paths outside the targets and never writes them", async () => {
    const dir = await project();
    const reply = `<<< path=../escape.js >>>\n<<<<<<< SEARCH\n=======\nboom\n>>>>>>> REPLACE\n`;
    const model = new ScriptedModel([reply]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 1 });
    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("max_iters");
    const parent = await readdir(path.dirname(dir));
    expect(parent).not.toContain("escape.js");
    expect(result.history[0]?.outcome).toBe("format_error");
  });
});

describe("runCompileLoop: give-up gates", () => {
  it("max_iters: stops after the iteration limit with the seed's summary", async () => {
    const dir = await project();
    const model = new ScriptedModel([WRONG_FIX, WRONG_FIX.replace("a * b", "a / b").replace("a - b", "a * b")]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 2 });
    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("max_iters");
    expect(result.summary).toBe("give-up: max_iters reached (2)");
    expect(result.failureMessage).toMatch(/2 iterations/);
    expect(result.lastError).toContain("expected add(2, 3) to be 5");
    expect(result.modifiedFiles).toEqual(["src/math.js"]);
  });

  it("stagnation (multi-file): the same edit three times while failing", async () => {
    const dir = await project();
    const model = new ScriptedModel([WRONG_FIX, WRONG_FIX, WRONG_FIX, WRONG_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 5 });
    expect(result.failureReason).toBe("stagnation");
    expect(result.iterations).toBe(3);
    expect(result.summary).toBe("give-up: stagnation at iter 3/5 (same result 3x)");
    expect(model.remaining).toBe(1);
    // The repeated blocks no longer match: the feedback says the REPLACE text is already there.
    expect(result.history[1]?.outcome).toBe("edit_failed");
  });

  it("stagnation (whole-file): different files, the same test failure three times", async () => {
    const dir = await project();
    // Each reply is a different file, but every one of them still makes add(2, 3) return -1.
    const replies = ["a - b + 0", "a - b + 0 * 1", "a - b + 0 * 2", "a - b + 0 * 3"].map((expr) => wholeFile(BUGGY_MATH.replace("a - b", expr)));
    const model = new ScriptedModel(replies);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 5, dumpMode: "meta", onEvent: (e) => events.push(e) });
    expect(result.history.map((h) => h.outcome)).toEqual(["failed", "failed", "failed"]);
    expect(result.failureReason).toBe("stagnation");
    expect(result.iterations).toBe(3);
    expect(model.remaining).toBe(1);
    const dump = events.find((e) => e.type === "dump" && e.event === "stagnation");
    expect(dump?.type === "dump" && dump.fields.compared).toBe("test_output");
  });

  it("llm_call: a failing model call ends the run with the provider's message", async () => {
    const dir = await project();
    const model = new ScriptedModel([new ModelCallError("auth", "401 Unauthorized: check the API key in OPENAI_API_KEY", { status: 401 })]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"] });
    expect(result.failureReason).toBe("llm_call");
    expect(result.iterations).toBe(0);
    expect(result.summary).toBe("give-up: llm_call failed at iter 0/5");
    expect(result.lastError).toContain("OPENAI_API_KEY");
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("tool_loop: more tool calls in one iteration than allowed", async () => {
    const dir = await project();
    const turns = Array.from({ length: 10 }, (_, i) => readCall(`t${i}`, "src/math.js"));
    const model = new ScriptedModel(turns);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"] });
    expect(result.failureReason).toBe("tool_loop");
    expect(result.lastError).toContain("8 tool calls");
    expect(model.requests.length).toBe(9);
  });

  it("timeout: the whole-run clock stops a hanging model call", async () => {
    const dir = await project();
    const hang = (request: ChatRequest): Promise<ChatResponse> =>
      new Promise((_, reject) => {
        const timer = setTimeout(() => reject(new Error("test safety: not aborted")), 10_000);
        request.signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new ModelCallError("aborted", "aborted"));
        });
      });
    const model = new ScriptedModel([hang]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], timeoutMs: 1500 });
    expect(result.failureReason).toBe("timeout");
    // 1,500 ms is reported rounded to whole seconds.
    expect(result.failureMessage).toContain("The run hit its time limit of 2 s;");
  });

  it("aborted: an outside AbortSignal stops the run and says so", async () => {
    const dir = await project();
    const controller = new AbortController();
    const model = new ScriptedModel([
      (request) => {
        controller.abort();
        return Promise.reject(request.signal?.aborted ? new ModelCallError("aborted", "aborted") : new Error("signal not linked"));
      },
    ]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], signal: controller.signal });
    expect(result.failureReason).toBe("aborted");
  });

  it("budget: stops before the next model call once the token cap is spent", async () => {
    const dir = await project();
    const model = new ScriptedModel([{ text: WRONG_FIX, usage: { inputTokens: 900, outputTokens: 200 } }, MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxTokensTotal: 1000 });
    expect(result.failureReason).toBe("budget");
    expect(result.iterations).toBe(1);
    expect(result.lastError).toContain("1100 of 1000");
    expect(model.remaining).toBe(1);
  });

  it("test_command: a test command that does not exist is not handed to the model", async () => {
    const dir = await project();
    const model = new ScriptedModel([]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: "definitely-not-a-command-xyz", model, targetFiles: ["src/math.js"] });
    expect(result.failureReason).toBe("test_command");
    expect(model.requests).toHaveLength(0);
    expect(result.failureMessage).toMatch(/could not run/);
  });
});

describe("runCompileLoop: prompts", () => {
  it("lists AGENTS.md guidance, skills, and the files changed since the previous iteration", async () => {
    const dir = await project({
      "AGENTS.md": "Always keep functions pure.\n",
      "skills/testing/SKILL.md": "---\ndescription: How to run the tests here\n---\nUse node.\n",
    });
    const model = new ScriptedModel([WRONG_FIX, MULTI_FILE_FIX.replace("a - b", "a * b")]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"] });
    expect(result.ok).toBe(true);
    const first = userText(model.requests[0]);
    expect(first).toContain("Always keep functions pure.");
    expect(first).toContain("skills/testing/SKILL.md: How to run the tests here");
    const second = userText(model.requests[1]);
    expect(second).toMatch(/src\/math\.js \| modified \| \d+ bytes/);
    expect(second).toContain("got 6");
  });

  it("rebuilds the multi-file prompt each iteration so it does not grow", async () => {
    const dir = await project();
    const wrong = (from: string, to: string) => `<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return ${from};\n=======\n  return ${to};\n>>>>>>> REPLACE\n`;
    const model = new ScriptedModel([wrong("a - b", "a * b"), wrong("a * b", "a - b - 0"), wrong("a - b - 0", "a * b * 1"), wrong("a * b * 1", "b - a")]);
    await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 4 });
    const sizes = model.requests.map((r) => userText(r).length);
    expect(sizes).toHaveLength(4);
    expect(model.requests.every((r) => r.messages.length === 1)).toBe(true);
    // Iterations 2-4 each carry one test failure and one previous edit: the same size, give or take the numbers in them.
    expect(Math.max(...sizes.slice(1)) - Math.min(...sizes.slice(1))).toBeLessThan(100);
  });

  it("bounds the whole-file conversation and says how many exchanges were dropped", async () => {
    const dir = await project();
    // Each file fails differently (got 0, 1, 2, 3), so no stagnation gate fires.
    const replies = ["a - b + 1", "a - b + 2", "a - b + 3", "a - b + 4"].map((expr) => wholeFile(BUGGY_MATH.replace("a - b", expr)));
    const model = new ScriptedModel(replies);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 4, limits: { conversationBudgetChars: 1200 } });
    expect(result.history.map((h) => h.outcome)).toEqual(["failed", "failed", "failed", "failed"]);
    const last = model.requests[3];
    expect(last?.messages.length).toBeLessThan(7);
    expect(String(last?.messages[0]?.content)).toMatch(/earlier attempt\(s\) were dropped/);
  });

  it("redacts secrets from test output before the model sees it", async () => {
    const secret = "sk-test-1234567890abcdef";
    const dir = await project({ "leak.test.js": `console.error("key is " + process.env.LEAKY); process.exit(1);\n` });
    const model = new ScriptedModel([MULTI_FILE_FIX]);
    const result = await runCompileLoop({
      repoDir: dir,
      testCommand: "node leak.test.js",
      testEnv: { LEAKY: secret },
      model,
      targetFiles: ["src/math.js"],
      maxIterations: 1,
      secrets: [secret],
    });
    expect(userText(model.requests[0])).toContain("key is");
    expect(userText(model.requests[0])).not.toContain(secret);
    expect(result.lastError).not.toContain(secret);
  });

  it("digests a large file instead of sending it whole", async () => {
    const big = Array.from({ length: 600 }, (_, i) => `export function f${i}(x) {\n  return x + ${i};\n}`).join("\n") + "\n";
    const dir = await project({ "src/big.js": big });
    const digestReply = (request: ChatRequest): ChatResponse => {
      const match = /lines (\d+)-(\d+)/.exec(userText(request));
      return { text: `Defines helper functions for lines ${match?.[1]}-${match?.[2]}.`, toolCalls: [], usage: { inputTokens: 10, outputTokens: 5 }, stopReason: "end_turn" };
    };
    const chunks = Math.ceil(1800 / 200);
    const model = new ScriptedModel([readCall("t1", "src/big.js"), ...Array.from({ length: chunks }, () => digestReply), MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/big.js"] });
    expect(result.ok).toBe(true);
    const digestCalls = model.requests.filter((r) => r.purpose === "digest");
    expect(digestCalls.length).toBe(chunks);
    const toolResult = JSON.stringify(model.requests[model.requests.length - 1]?.messages);
    expect(toolResult).toContain("[Line index]");
    // Chunks are cut just before the next definition, so the first ends at line 201 ("}").
    expect(toolResult).toContain("L1-201");
    expect(toolResult).not.toContain("return x + 599");
  });
});

describe("runCompileLoop: bad input", () => {
  const model = new ScriptedModel([]);
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["maxIterations", { maxIterations: 0 }, "maxIterations"],
    ["maxIterations fraction", { maxIterations: 1.5 }, "maxIterations"],
    ["empty test command", { testCommand: "  " }, "testCommand"],
    ["both targets", { targetFile: "src/math.js" }, "targetFile/targetFiles"],
    ["neither target", { targetFiles: undefined }, "targetFile/targetFiles"],
    ["target outside", { targetFiles: ["../outside.js"] }, "targetFiles[0]"],
    ["target in .git", { targetFiles: [".git/config"] }, "targetFiles[0]"],
    ["full edit mode with several files", { editMode: "full", targetFiles: ["a.js", "b.js"] }, "editMode"],
    ["unknown limit", { limits: { nope: 1 } }, "limits.nope"],
    ["negative timeout", { timeoutMs: -5 }, "timeoutMs"],
  ];
  for (const [name, override, option] of cases) {
    it(`rejects ${name} naming '${option}' and writes nothing`, async () => {
      const dir = await project();
      const before = await readdir(dir, { recursive: true });
      const options = { repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], ...override };
      await expect(runCompileLoop(options as never)).rejects.toSatisfy((e: unknown) => e instanceof LoopOptionsError && e.option === option);
      expect(await readdir(dir, { recursive: true })).toEqual(before);
      expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
    });
  }

  it("downgrades a full dump to meta in production and says so", async () => {
    const dir = await project({ "src/math.js": FIXED_MATH });
    const events: LoopEvent[] = [];
    await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model: new ScriptedModel([]), targetFiles: ["src/math.js"], dumpMode: "full", environment: "production", onEvent: (e) => events.push(e) });
    const warning = events.find((e) => e.type === "dump" && e.event === "dump_mode_downgraded");
    expect(warning).toBeDefined();
  });

  it("a throwing event callback does not break the run", async () => {
    const dir = await project();
    const result = await runCompileLoop({
      repoDir: dir,
      testCommand: TEST_COMMAND,
      model: new ScriptedModel([MULTI_FILE_FIX]),
      targetFiles: ["src/math.js"],
      onEvent: () => {
        throw new Error("progress UI bug");
      },
    });
    expect(result.ok).toBe(true);
  });

  it("writes a new file the model creates with an empty SEARCH", async () => {
    const dir = await project();
    await writeFile(path.join(dir, "math.test.js"), `import { add } from "./src/add.js";\nif (add(2,3) !== 5) process.exit(1);\n`);
    const reply = `<<< path=src/add.js >>>\n<<<<<<< SEARCH\n=======\nexport const add = (a, b) => a + b;\n>>>>>>> REPLACE\n`;
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model: new ScriptedModel([reply]), targetFiles: ["src/add.js"] });
    expect(result.ok).toBe(true);
    expect(result.modifiedFiles).toEqual(["src/add.js"]);
  });
});
