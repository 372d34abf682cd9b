import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCompileLoop } from "../../src/loop/runCompileLoop.js";
import { createChatModel } from "../../src/models/createChatModel.js";
import { startAnthropicServer } from "../support/anthropicServer.js";
import { startOpenAIServer } from "../support/openaiServer.js";
import { FIXED_MATH, MULTI_FILE_FIX, TEST_COMMAND, buggyProjectFiles } from "../support/buggyProject.js";
import { makeTempDir } from "../support/tempDir.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function project(): Promise<string> {
  const { dir, remove } = await makeTempDir(buggyProjectFiles());
  cleanups.push(remove);
  return dir;
}

describe("a compile-fix run through the real SDKs against loopback servers", () => {
  it("converges over OpenAI Chat Completions, after a 429 and a tool call", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-e2e-openai-key" });
    cleanups.push(() => server.close());
    server.replyError(429, "Rate limit reached", { "retry-after-ms": "1" });
    server.replyToolCalls([{ id: "call_read", name: "read_file", arguments: { path: "src/math.js" } }]);
    server.replyText(MULTI_FILE_FIX);
    const dir = await project();
    const model = createChatModel({ provider: "openai", baseURL: server.baseURL, retryBaseDelayMs: 1 }, { OPENAI_API_KEY: "sk-e2e-openai-key" });
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 3 });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    // The tool result went back as a role "tool" message answering the call.
    const toolTurn = server.completions[2]?.body as { messages: { role: string; tool_call_id?: string }[] };
    expect(toolTurn.messages.some((m) => m.role === "tool" && m.tool_call_id === "call_read")).toBe(true);
  });

  it("converges over the Anthropic Messages API", async () => {
    const server = await startAnthropicServer({ apiKey: "ak-e2e-anthropic-key" });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const dir = await project();
    const model = createChatModel({ provider: "anthropic", baseURL: server.baseURL }, { ANTHROPIC_API_KEY: "ak-e2e-anthropic-key" });
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 3 });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
  });

  it("ends with failureReason llm_call and a message naming the variable on a wrong key", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-the-right-key" });
    cleanups.push(() => server.close());
    const dir = await project();
    const model = createChatModel({ provider: "openai", baseURL: server.baseURL }, { OPENAI_API_KEY: "sk-the-wrong-key-000" });
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxIterations: 3 });
    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("llm_call");
    const said = `${result.failureMessage ?? ""}\n${result.lastError}`;
    expect(said).toContain("OPENAI_API_KEY");
    expect(said).not.toContain("sk-the-wrong-key-000");
  });
});
