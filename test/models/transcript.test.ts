import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatRequest, ChatResponse } from "../../src/models/chatModel.js";
import { ModelCallError } from "../../src/models/chatModel.js";
import { createOpenAIChatModel } from "../../src/models/openai/openaiChatModel.js";
import { recordingChatModel } from "../../src/models/transcript/recordingChatModel.js";
import { createReplayChatModel } from "../../src/models/transcript/replayChatModel.js";
import { TranscriptError } from "../../src/models/transcript/transcriptEntry.js";
import { startOpenAIServer } from "../support/openaiServer.js";
import type { OpenAITestServer } from "../support/openaiServer.js";

const KEY = "sk-transcript-secret-key-98765";

let dir: string;
let server: OpenAITestServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "compile-loop-transcript-"));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

const TOOL = { name: "edit_file", description: "edit", inputSchema: { type: "object" as const, properties: { path: { type: "string" } } } };

describe("record and replay", () => {
  it("replays a recorded run with identical responses and errors, in order", async () => {
    server = await startOpenAIServer({ apiKey: KEY });
    server.replyToolCalls([{ id: "call_7", name: "edit_file", arguments: '{"path": "a.ts"}' }], "Let me edit.", { promptTokens: 50, completionTokens: 9 });
    server.replyError(400, "Invalid 'messages': too long.");
    server.replyText("Done.", { promptTokens: 80, completionTokens: 3 });
    const path = join(dir, "runs", "run.jsonl");
    const live = recordingChatModel(createOpenAIChatModel({ apiKey: KEY, baseURL: server.baseURL, retryBaseDelayMs: 1 }), { path, secrets: [KEY] });

    const requests: ChatRequest[] = [
      { system: "sys", messages: [{ role: "user", content: "fix a.ts" }], tools: [TOOL], purpose: "edit" },
      { system: "sys", messages: [{ role: "user", content: "x".repeat(10) }], purpose: "digest" },
      { system: "sys", messages: [{ role: "user", content: "again" }], purpose: "edit" },
    ];
    const liveResults: (ChatResponse | ModelCallError)[] = [];
    for (const request of requests) {
      liveResults.push(await live.complete(request).catch((error: unknown) => error as ModelCallError));
    }
    expect(live.recorded).toBe(3);

    const lines = (await readFile(path, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ v: 1, model: "openai:gpt-4.1-mini", purpose: "edit", request: { system: "sys", tools: [TOOL] } });
    expect(lines[1]).toMatchObject({ purpose: "digest", error: { kind: "bad_request", status: 400 } });
    expect(typeof lines[0]?.["ts"]).toBe("string");

    const replay = await createReplayChatModel(path);
    expect(replay.id).toBe("replay:openai:gpt-4.1-mini");
    expect(replay.remaining).toBe(3);
    for (const [index, request] of requests.entries()) {
      const replayed = await replay.complete(request).catch((error: unknown) => error as ModelCallError);
      const original = liveResults[index];
      if (original instanceof ModelCallError) {
        expect(replayed).toBeInstanceOf(ModelCallError);
        expect(replayed).toMatchObject({ kind: original.kind, status: original.status, message: original.message });
      } else {
        expect(replayed).toEqual(original);
      }
    }
    expect(replay.remaining).toBe(0);
    await expect(replay.complete(requests[0]!)).rejects.toThrow(/asked for model call 4, but transcript .* holds only 3/);
  });

  it("redacts a secret that appears in a prompt, and never records headers", async () => {
    server = await startOpenAIServer({ apiKey: KEY });
    server.replyText(`I see the token ${KEY} in your config.`);
    const path = join(dir, "run.jsonl");
    const live = recordingChatModel(createOpenAIChatModel({ apiKey: KEY, baseURL: server.baseURL }), { path, secrets: [KEY, "hunter2-db-password"] });
    await live.complete({ system: "sys", messages: [{ role: "user", content: `config: OPENAI_API_KEY=${KEY}\nDB_PASSWORD=hunter2-db-password` }] });
    const text = await readFile(path, "utf8");
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("hunter2-db-password");
    expect(text).toContain("OPENAI_API_KEY=[REDACTED]");
    expect(text).toContain("I see the token [REDACTED]");
    expect(text.toLowerCase()).not.toContain("authorization");
  });

  it("records a request as it was at call time, even if the caller mutates it later", async () => {
    const path = join(dir, "run.jsonl");
    const inner = { id: "fake", complete: async (): Promise<ChatResponse> => ({ text: "ok", toolCalls: [], usage: { inputTokens: 1, outputTokens: 1 }, stopReason: "end_turn" }) };
    const live = recordingChatModel(inner, { path, secrets: [] });
    const messages: ChatRequest["messages"] = [{ role: "user", content: "first" }];
    const pending = live.complete({ system: "", messages });
    messages.push({ role: "assistant", content: "later" });
    await pending;
    const entry = JSON.parse(await readFile(path, "utf8")) as { request: { messages: unknown[] } };
    expect(entry.request.messages).toEqual([{ role: "user", content: "first" }]);
  });

  it("refuses a malformed transcript, naming the line", async () => {
    const path = join(dir, "bad.jsonl");
    const good = JSON.stringify({ v: 1, ts: "t", model: "m", request: { system: "", messages: [] }, response: { text: "a", toolCalls: [], usage: { inputTokens: 1, outputTokens: 1 }, stopReason: "end_turn" } });
    await writeFile(path, `${good}\n\n{"v": 1, "model": "m", "request": {"system": "", "messages": []}, "response": {"text": "x"\n`);
    await expect(createReplayChatModel(path)).rejects.toThrow(/bad\.jsonl line 3 is not valid JSON/);
    await writeFile(path, `${good}\n${JSON.stringify({ v: 1, model: "m", request: { system: "", messages: [] } })}\n`);
    const error = await createReplayChatModel(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as Error).message).toMatch(/line 2 is not a transcript entry: needs exactly one of response and error/);
    await expect(createReplayChatModel(join(dir, "missing.jsonl"))).rejects.toThrow(/Cannot read transcript/);
  });
});
