import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCompileLoop } from "../../src/loop/runCompileLoop.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import type { ChatRequest, ToolCall } from "../../src/models/chatModel.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { makeTempDir } from "../support/tempDir.js";

/**
 * The bug sits two modules away from the test: math.test.js imports
 * src/math.js, which imports src/impl.js, where add() subtracts. Only the
 * test file is a target, as when the failure names nothing else.
 */
const FILES: Record<string, string> = {
  "package.json": '{ "type": "module" }\n',
  "math.test.js": `import { add } from "./src/math.js";\nconst got = add(2, 3);\nif (got !== 5) { console.error("math.test.js:3 expected 5, got " + got); process.exit(1); }\n`,
  "src/math.js": `export { add } from "./impl.js";\n`,
  "src/impl.js": `export function add(a, b) {\n  return a - b;\n}\n`,
  ".env": "OPENAI_API_KEY=sk-do-not-send-0123456789\n",
};
const FIX = `<<< path=src/impl.js >>>\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE\n`;
const TEST = "node math.test.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function project(): Promise<string> {
  const { dir, remove } = await makeTempDir(FILES);
  cleanups.push(remove);
  return dir;
}

const tool = (name: string, input: Record<string, unknown>, id = name): { toolCalls: ToolCall[] } => ({ toolCalls: [{ id, name, input }] });

function allText(request: ChatRequest | undefined): string {
  return (request?.messages ?? []).map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content))).join("\n");
}

describe("reading the whole repository, and editing what was read", () => {
  it("a model that searches, reads a file outside the targets and edits it converges", async () => {
    const dir = await project();
    const events: LoopEvent[] = [];
    const model = new ScriptedModel([tool("search_code", { pattern: "function add" }), tool("read_file", { path: "src/impl.js" }), FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST, model, targetFiles: ["math.test.js"], onEvent: (e) => events.push(e), dumpMode: "meta" });
    expect(result.ok, result.lastError).toBe(true);
    expect(result.iterations).toBe(1);
    expect(result.modifiedFiles).toEqual(["src/impl.js"]);
    expect(await readFile(path.join(dir, "src/impl.js"), "utf8")).toContain("return a + b;");
    // The search answered with path:line: text; the read said the file may now be edited.
    expect(allText(model.requests[1])).toContain("src/impl.js:1: export function add(a, b) {");
    expect(allText(model.requests[2])).toContain("src/impl.js is not one of the initial target files; you have read it, so you may edit it");
    expect(model.requests[0]?.tools?.map((t) => t.name)).toEqual(["read_file", "read_file_range", "list_files", "search_code"]);
    expect(model.requests[0]?.system).toContain("search_code");
    const prompt = allText(model.requests[0]);
    expect(prompt).toContain("read_file and read_file_range read any text file of the repository");
    expect(prompt).toContain("you may edit the target files, and any other file you have read in this run");
    const uses = events.filter((e): e is Extract<LoopEvent, { type: "tool_use" }> => e.type === "tool_use").map((e) => [e.tool, e.path, e.ok]);
    expect(uses).toEqual([["search_code", "function add", true], ["read_file", "src/impl.js", true]]);
    expect(events.some((e) => e.type === "dump" && e.event === "edit_scope_extended" && e.fields.path === "src/impl.js")).toBe(true);
  });

  it("an edit to a file neither targeted nor read says which file and how to allow it, never 'Output format invalid'", async () => {
    const dir = await project();
    const model = new ScriptedModel([FIX, tool("read_file", { path: "src/impl.js" }), FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST, model, targetFiles: ["math.test.js"] });
    expect(result.ok, result.lastError).toBe(true);
    const first = result.history[0];
    expect(first?.outcome).toBe("format_error");
    expect(first?.feedback).toContain("'src/impl.js' is not one of the target files and you have not read it in this run");
    expect(first?.feedback).toContain("--files / target-files");
    expect(first?.feedback).not.toContain("Output format invalid");
    // The next prompt carries the same explanation.
    expect(allText(model.requests[1])).toContain("Read it first with read_file");
    expect(result.history[1]?.outcome).toBe("passed");
  });

  it("the run's last error names the file when the model keeps editing it without reading", async () => {
    const dir = await project();
    const model = new ScriptedModel([FIX, FIX, FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST, model, targetFiles: ["math.test.js"] });
    expect(result.failureReason).toBe("stagnation");
    expect(result.lastError).toContain("'src/impl.js' is not one of the target files");
    expect(result.lastError).not.toContain("Output format invalid");
  });

  it("a secret-looking file is refused to the model, and its content is never sent", async () => {
    const dir = await project();
    const events: LoopEvent[] = [];
    const model = new ScriptedModel([tool("read_file", { path: ".env" }), tool("search_code", { pattern: "OPENAI_API_KEY" }), tool("read_file", { path: ".git/config" }), FIX]);
    await runCompileLoop({ repoDir: dir, testCommand: TEST, model, targetFiles: ["math.test.js", "src/impl.js"], onEvent: (e) => events.push(e) });
    const everything = model.requests.map(allText).join("\n");
    expect(everything).not.toContain("sk-do-not-send");
    expect(everything).toContain("'.env' looks like a secret file (it matches .env*); compile-loop never reads such files");
    const refused = events.filter((e): e is Extract<LoopEvent, { type: "tool_use" }> => e.type === "tool_use" && !e.ok);
    expect(refused.map((e) => e.path)).toEqual([".env", ".git/config"]);
  });
});
