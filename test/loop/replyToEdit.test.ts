// Issue 10: one interpreter from a model reply to an edit, for every mode.
// Each test scripts replies a real model does send and checks, through the
// public runCompileLoop, what is written, what runs and what the model is told.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCompileLoop } from "../../src/loop/runCompileLoop.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import type { ChatRequest, ChatResponse, StopReason } from "../../src/models/chatModel.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { makeTempDir } from "../support/tempDir.js";
import { BUGGY_MATH, FIXED_MATH, MULTI_FILE_FIX, TEST_COMMAND, WRONG_FIX, buggyProjectFiles } from "../support/buggyProject.js";

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

/** A scripted reply that ended for the given reason (ScriptedModel's plain turns always end normally). */
function endedBy(stopReason: StopReason, text: string): () => ChatResponse {
  return () => ({ text, toolCalls: [], usage: { inputTokens: 10, outputTokens: 10 }, stopReason });
}

const block = (file: string, search: string, replace: string): string =>
  `<<< path=${file} >>>\n<<<<<<< SEARCH\n${search}\n=======\n${replace}\n>>>>>>> REPLACE\n`;

const mathPath = (dir: string): string => path.join(dir, "src/math.js");

describe("a reply with no SEARCH/REPLACE blocks", () => {
  it("is a format error fed back to the model, runs no test, and three in a row are stagnation", async () => {
    const dir = await project();
    const model = new ScriptedModel([
      "I am not sure what to change here.",
      "Could you show me more of the code?",
      "The bug is probably in add(), which subtracts.",
      MULTI_FILE_FIX,
    ]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], onEvent: (e) => events.push(e) });
    expect(result.history.map((h) => h.outcome)).toEqual(["format_error", "format_error", "format_error"]);
    expect(events.filter((e) => e.type === "test_start")).toHaveLength(0);
    expect(result.failureReason).toBe("stagnation");
    expect(result.summary).toBe("give-up: stagnation at iter 3/5 (same result 3x)");
    expect(result.history[0]?.feedback).toContain("Your reply contains no SEARCH/REPLACE block");
    // The next prompt says nothing was applied, and never that the edit was.
    const second = userText(model.requests[1]);
    expect(second).toContain("Your reply contains no SEARCH/REPLACE block");
    expect(second).toContain("NOT applied");
    expect(second).not.toMatch(/edit was applied|which was applied/);
    expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
  });

  it("with targetFile and diff mode it is a format error too, never 'your previous edit was applied'", async () => {
    const dir = await project();
    const model = new ScriptedModel(["I think add() is wrong.", MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js" });
    expect(result.ok).toBe(true);
    expect(result.history.map((h) => h.outcome)).toEqual(["format_error", "passed"]);
    expect(userText(model.requests[1])).not.toContain("your previous edit was applied");
  });
});

describe("a cut-off reply is never written", () => {
  for (const stopReason of ["max_tokens", "other"] as const) {
    it(`whole-file mode, stopReason ${stopReason}: the file stays as it was and the model is told why`, async () => {
      const dir = await project();
      const model = new ScriptedModel([endedBy(stopReason, "I will rewrite add() so that it adds its two arguments instead of")]);
      const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 1 });
      expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
      expect(result.history[0]?.outcome).toBe("format_error");
      expect(result.history[0]?.filesEdited).toEqual([]);
      expect(result.history[0]?.feedback).toContain(`stop reason: ${stopReason}`);
      expect(result.history[0]?.feedback).toContain("nothing of it was written");
      expect(result.modifiedFiles).toEqual([]);
    });
  }

  it("whole-file mode: a cut-off reply with a complete fenced file is not written either", async () => {
    const dir = await project();
    const model = new ScriptedModel([endedBy("max_tokens", "```js\n" + FIXED_MATH + "```\nThis fixes add() by"), "```js\n" + FIXED_MATH + "```\n"]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full" });
    expect(result.history.map((h) => h.outcome)).toEqual(["format_error", "passed"]);
    // The conversation carries the reason to the model.
    expect(userText(model.requests[1])).toContain("was cut off");
  });

  it("multi-file mode: complete blocks in a cut-off reply are not applied", async () => {
    const dir = await project();
    const model = new ScriptedModel([endedBy("max_tokens", MULTI_FILE_FIX + "\nThis fixes add(). Next I will also change"), MULTI_FILE_FIX]);
    const events: LoopEvent["type"][] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], onEvent: (e) => events.push(e.type) });
    expect(result.history.map((h) => h.outcome)).toEqual(["format_error", "passed"]);
    expect(result.history[0]?.filesEdited).toEqual([]);
    expect(events.filter((t) => t === "test_start")).toHaveLength(1);
    expect(userText(model.requests[1])).toContain("was cut off");
    expect(userText(model.requests[1])).toContain("stop reason: max_tokens");
  });
});

describe("whole-file replies must be exactly one fenced block", () => {
  it("a reply without a fence is a format error and the file is left alone", async () => {
    const dir = await project();
    const model = new ScriptedModel(["The function add should return a + b instead of a - b."]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 1 });
    expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
    expect(result.history[0]?.outcome).toBe("format_error");
    expect(result.history[0]?.feedback).toContain("no fenced code block");
  });

  it("a reply with two fenced blocks is a format error: which one is the file is a guess", async () => {
    const dir = await project();
    const reply = "Before:\n```js\n" + BUGGY_MATH + "```\nAfter:\n```js\n" + FIXED_MATH + "```\n";
    const model = new ScriptedModel([reply]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 1 });
    expect(result.history[0]?.outcome).toBe("format_error");
    expect(result.history[0]?.feedback).toContain("2 fenced code blocks");
    expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
  });

  it("a fence that is never closed is a format error", async () => {
    const dir = await project();
    const model = new ScriptedModel(["```js\n" + FIXED_MATH]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", maxIterations: 1 });
    expect(result.history[0]?.outcome).toBe("format_error");
    expect(result.history[0]?.feedback).toContain("never closed");
  });
});

describe("whole-file edits go through the same path policy as blocks", () => {
  it("a protected target is never written, and the model is told why", async () => {
    const dir = await project();
    const model = new ScriptedModel(["```js\n" + FIXED_MATH + "```\n"]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFile: "src/math.js", editMode: "full", protectedPaths: ["src/**"], maxIterations: 1 });
    expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
    expect(result.history[0]?.outcome).toBe("edit_failed");
    expect(result.history[0]?.feedback).toContain("is protected (it matches 'src/**')");
    expect(result.modifiedFiles).toEqual([]);
  });
});

describe("path defences run end to end, past the parser", () => {
  it("a target the test command swapped for a symlink out of the repository is not written through", async () => {
    const outside = await makeTempDir({ "victim.js": BUGGY_MATH }, "compile-loop-outside-");
    cleanups.push(outside.remove);
    const victim = path.join(outside.dir, "victim.js");
    // The (hostile) test command replaces the target with a symlink after the loop has checked its options.
    const swap = `import { rmSync, symlinkSync } from "node:fs"; rmSync("src/math.js"); symlinkSync(${JSON.stringify(victim)}, "src/math.js"); process.exit(1);\n`;
    const dir = await project({ "swap.js": swap });
    const model = new ScriptedModel([MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: "node swap.js", model, targetFiles: ["src/math.js"], maxIterations: 1 });
    // The block names an allowed path and its SEARCH matches what the link points at: only the write-time check stops it.
    expect(result.history[0]?.outcome).toBe("edit_failed");
    expect(result.history[0]?.failedBlocks?.map((f) => f.kind)).toEqual(["refused_path"]);
    expect(result.history[0]?.feedback).toContain("symbolic link");
    expect(await readFile(victim, "utf8")).toBe(BUGGY_MATH);
    expect(result.modifiedFiles).toEqual([]);
  });
});

describe("stagnation compares the parsed edit, not the prose around it", () => {
  it("the same edit in different words and whitespace three times is stagnation", async () => {
    const dir = await project();
    const model = new ScriptedModel([
      `Here is the fix:\n${WRONG_FIX}`,
      `Let me try again.\n\n${WRONG_FIX.replace("a * b", "a *  b")}\nThat should do it.`,
      `${WRONG_FIX.replace("  return a - b;", "    return a - b;")}`,
      `Once more:\n${WRONG_FIX}`,
      `Last try:\n${WRONG_FIX}`,
    ]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], dumpMode: "meta", onEvent: (e) => events.push(e) });
    expect(result.failureReason).toBe("stagnation");
    expect(result.iterations).toBe(3);
    expect(model.remaining).toBe(2);
    // The dump says what was compared, under names that say what they are.
    const dump = events.find((e) => e.type === "dump" && e.event === "stagnation");
    expect(dump?.type === "dump" && dump.fields).toMatchObject({ iter: 3, compared: "edit", repeats: 3 });
    expect(dump?.type === "dump" && typeof dump.fields.repeated_key).toBe("string");
    expect(events.some((e) => e.type === "dump" && e.event === "stagnation_v2")).toBe(false);
  });

  it("different edits with the same prose are not stagnation", async () => {
    const dir = await project();
    const say = (edit: string): string => `I changed add().\n${edit}\nThis should fix it.`;
    const model = new ScriptedModel([
      say(block("src/math.js", "  return a - b;", "  return a * b;")),
      say(block("src/math.js", "  return a * b;", "  return a - b - 0;")),
      say(block("src/math.js", "  return a - b - 0;", "  return b - a;")),
      say(block("src/math.js", "  return b - a;", "  return a + b;")),
    ]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"] });
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(4);
  });
});

describe("no sticky state the model cannot see", () => {
  const wrongMath = block("src/math.js", "  return a - b;", "  return a * b;");
  const badOther = block("src/other.js", "export const y = 2;", "export const y = 3;");
  const fixedOther = block("src/other.js", "export const x = 1;", "export const x = 3;");

  it("a corrected whole reply converges in 2 iterations: the wrong block of the failed reply is not applied first", async () => {
    const dir = await project({ "src/other.js": "export const x = 1;\n" });
    const model = new ScriptedModel([wrongMath + badOther, MULTI_FILE_FIX + fixedOther]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/other.js"], maxIterations: 4 });
    expect(result.history.map((h) => h.outcome)).toEqual(["edit_failed", "passed"]);
    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(2);
    expect(result.history[1]?.filesEdited).toEqual(["src/math.js", "src/other.js"]);
    expect(await readFile(mathPath(dir), "utf8")).toBe(FIXED_MATH);
    expect(await readFile(path.join(dir, "src/other.js"), "utf8")).toBe("export const x = 3;\n");
  });

  it("the next prompt shows the reply that was not applied, its blocks numbered as the model sent them", async () => {
    const dir = await project({ "src/other.js": "export const x = 1;\n" });
    const model = new ScriptedModel([wrongMath + badOther, MULTI_FILE_FIX + fixedOther]);
    await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/other.js"] });
    const prompt = userText(model.requests[1]);
    expect(prompt).toContain("1 of 2 SEARCH/REPLACE blocks could not be applied");
    expect(prompt).toContain("## Block 2 (src/other.js)");
    expect(prompt).toContain("Send ALL the blocks of your reply again");
    expect(prompt).toContain("Block 1 (src/math.js):\n<<< path=src/math.js >>>\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return a * b;\n>>>>>>> REPLACE");
    expect(prompt).toContain("Block 2 (src/other.js):");
    // The test output is still there for the model, next to the edit feedback.
    expect(prompt).toContain("expected add(2, 3) to be 5, got -1");
  });

  it("block numbers in the feedback count the blocks of the reply the model sent", async () => {
    const dir = await project({ "src/other.js": "export const x = 1;\n" });
    const stillBad = block("src/other.js", "export const z = 2;", "export const z = 3;");
    const model = new ScriptedModel([MULTI_FILE_FIX + badOther, stillBad]);
    const events: LoopEvent[] = [];
    await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/other.js"], maxIterations: 2, onEvent: (e) => events.push(e) });
    const failures = events.flatMap((e) => (e.type === "edit_failed" ? [e] : []));
    expect(failures.map((f) => f.failed.map((b) => b.index))).toEqual([[1], [0]]);
    expect(failures[1]?.message).toContain("1 of 1 SEARCH/REPLACE block");
    expect(failures[1]?.message).toContain("## Block 1 (src/other.js)");
    expect(failures[1]?.message).not.toContain("Block 2");
  });

  it("a block that matched in a failed reply is not kept: only what the model sends next is applied", async () => {
    const dir = await project({ "src/other.js": "export const x = 1;\n" });
    const model = new ScriptedModel([MULTI_FILE_FIX + badOther, fixedOther]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/other.js"], maxIterations: 2 });
    expect(result.history.map((h) => h.outcome)).toEqual(["edit_failed", "failed"]);
    expect(result.history[1]?.filesEdited).toEqual(["src/other.js"]);
    expect(await readFile(mathPath(dir), "utf8")).toBe(BUGGY_MATH);
  });
});

describe("digest calls go through the run's budget check", () => {
  it("stops summarising once the token budget is spent, and reports each digest call", async () => {
    const big = Array.from({ length: 600 }, (_, i) => `export function f${i}(x) {\n  return x + ${i};\n}`).join("\n") + "\n";
    const dir = await project({ "src/big.js": big });
    const digest = (): ChatResponse => ({ text: "Defines helpers.", toolCalls: [], usage: { inputTokens: 400, outputTokens: 100 }, stopReason: "end_turn" });
    const model = new ScriptedModel([
      { toolCalls: [{ id: "t1", name: "read_file", input: { path: "src/big.js" } }], usage: { inputTokens: 100, outputTokens: 0 } },
      ...Array.from({ length: 9 }, () => digest),
      MULTI_FILE_FIX,
    ]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({
      repoDir: dir,
      testCommand: TEST_COMMAND,
      model,
      targetFiles: ["src/math.js", "src/big.js"],
      maxTokensTotal: 1000,
      onEvent: (e) => events.push(e),
    });
    // 100 + 2 × 500 tokens reach the cap of 1000: the third digest call is never made.
    expect(model.requests.filter((r) => r.purpose === "digest")).toHaveLength(2);
    expect(result.failureReason).toBe("budget");
    expect(result.usage).toEqual({ inputTokens: 900, outputTokens: 200 });
    const digestEvents = events.filter((e) => e.type === "model_call" && e.purpose === "digest");
    expect(digestEvents).toHaveLength(2);
  });
});

describe("paths a model really writes name the target file", () => {
  const fix = (file: string): string => block(file, "  return a - b;", "  return a + b;");
  for (const spelling of ["absolute", "./src/math.js", "src\\math.js"] as const) {
    it(`${spelling === "absolute" ? "an absolute path inside the repository (copied from a stack trace)" : spelling} is accepted as src/math.js`, async () => {
      const dir = await project();
      const file = spelling === "absolute" ? path.join(dir, "src/math.js") : spelling;
      const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model: new ScriptedModel([fix(file)]), targetFiles: ["src/math.js"], maxIterations: 1 });
      expect(result.ok, result.history[0]?.feedback).toBe(true);
      expect(result.modifiedFiles).toEqual(["src/math.js"]);
      expect(await readFile(mathPath(dir), "utf8")).toBe(FIXED_MATH);
    });
  }
});
