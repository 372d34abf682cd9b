import { afterEach, describe, expect, it } from "vitest";
import type { ChatRequest, ToolDefinition } from "../../src/models/chatModel.js";
import { ModelCallError } from "../../src/models/chatModel.js";
import { createAnthropicChatModel } from "../../src/models/anthropic/anthropicChatModel.js";
import type { AnthropicChatModelOptions } from "../../src/models/anthropic/anthropicChatModel.js";
import type { RetryEvent } from "../../src/models/retryModelCall.js";
import { anthropicTextReply, sentKey, startAnthropicServer } from "../support/anthropicServer.js";
import type { AnthropicTestServer } from "../support/anthropicServer.js";

const KEY = "ak-loopback-anthropic-key-42";

const RUN_TESTS: ToolDefinition = {
  name: "run_tests",
  description: "Run the test suite",
  inputSchema: { type: "object", properties: { filter: { type: "string" } } },
};

const servers: AnthropicTestServer[] = [];

async function setup(options: Partial<AnthropicChatModelOptions> = {}) {
  const server = await startAnthropicServer({ apiKey: KEY });
  servers.push(server);
  const model = createAnthropicChatModel({ apiKey: KEY, baseURL: server.baseURL, retryBaseDelayMs: 1, timeoutMs: 5_000, ...options });
  return { server, model };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function ask(text: string, extra: Partial<ChatRequest> = {}): ChatRequest {
  return { system: "You fix code.", messages: [{ role: "user", content: text }], ...extra };
}

async function failure(promise: Promise<unknown>): Promise<ModelCallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ModelCallError) return error;
    throw new Error(`expected a ModelCallError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected the call to fail");
}

describe("createAnthropicChatModel over the real SDK and a loopback server", () => {
  it("returns a plain reply, with the system prompt sent separately", async () => {
    const { server, model } = await setup();
    server.replyText("Fixed.", { inputTokens: 200, outputTokens: 40 });
    const response = await model.complete(ask("fix it"));
    expect(response).toMatchObject({ text: "Fixed.", toolCalls: [], stopReason: "end_turn", usage: { inputTokens: 200, outputTokens: 40 } });
    expect(model.id).toBe("anthropic:claude-haiku-4-5-20251001");
    const sent = server.messages[0];
    expect(sentKey(sent?.headers ?? {})).toBe(KEY);
    expect(sent?.headers["anthropic-version"]).toBeDefined();
    expect(sent?.body).toEqual({
      model: "claude-haiku-4-5-20251001",
      max_tokens: 4096,
      system: "You fix code.",
      messages: [{ role: "user", content: "fix it" }],
    });
  });

  it("round-trips tool_use and tool_result blocks", async () => {
    const { server, model } = await setup();
    server.replyToolUse([{ id: "toolu_01", name: "run_tests", input: { filter: "parser" } }], "Running the tests.");
    server.replyText("Green now.");
    const first = await model.complete(ask("fix", { tools: [RUN_TESTS] }));
    expect(first.stopReason).toBe("tool_use");
    expect(first.text).toBe("Running the tests.");
    expect(first.toolCalls).toEqual([{ id: "toolu_01", name: "run_tests", input: { filter: "parser" } }]);

    await model.complete({
      system: "You fix code.",
      tools: [RUN_TESTS],
      messages: [
        { role: "user", content: "fix" },
        { role: "assistant", content: [{ type: "text", text: "Running the tests." }, { type: "tool_call", call: first.toolCalls[0]! }] },
        { role: "user", content: [{ type: "tool_result", toolCallId: "toolu_01", content: "2 failed", isError: true }] },
      ],
    });
    const body = server.messages[1]?.body as Record<string, unknown>;
    expect(body["system"]).toBe("You fix code.");
    expect(body["tools"]).toEqual([{ name: "run_tests", description: "Run the test suite", input_schema: RUN_TESTS.inputSchema }]);
    expect(body["messages"]).toEqual([
      { role: "user", content: "fix" },
      {
        role: "assistant",
        content: [
          { type: "text", text: "Running the tests." },
          { type: "tool_use", id: "toolu_01", name: "run_tests", input: { filter: "parser" } },
        ],
      },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_01", content: "2 failed", is_error: true }] },
    ]);
  });

  it("maps max_tokens and flags tool input that is not an object", async () => {
    const { server, model } = await setup();
    server.replyToolUse([{ id: "toolu_9", name: "run_tests", input: "oops" }], "partial", { stopReason: "max_tokens" });
    const response = await model.complete(ask("fix", { tools: [RUN_TESTS] }));
    expect(response.stopReason).toBe("max_tokens");
    expect(response.toolCalls[0]).toMatchObject({ id: "toolu_9", input: {} });
    expect(response.toolCalls[0]?.inputError).toMatch(/not valid JSON|not a JSON object/);
  });

  it("retries a 429 with retry-after, then succeeds", async () => {
    const retries: RetryEvent[] = [];
    const { server, model } = await setup({ onRetry: (e) => retries.push(e) });
    server.replyError(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", { "retry-after": "0" });
    server.replyText("ok");
    expect((await model.complete(ask("hi"))).text).toBe("ok");
    expect(retries).toEqual([expect.objectContaining({ retry: 1, delayMs: 0, fromRetryAfter: true })]);
  });

  it("retries 529 overloaded and 500, then succeeds", async () => {
    const { server, model } = await setup();
    server.replyError(529, "overloaded_error", "Overloaded");
    server.replyError(500, "api_error", "Internal server error");
    server.replyText("ok");
    expect((await model.complete(ask("hi"))).text).toBe("ok");
    expect(server.messages).toHaveLength(3);
  });

  it("times out a hung call", async () => {
    const { server, model } = await setup({ timeoutMs: 300, maxRetries: 0 });
    server.enqueue({ type: "hang" });
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("timeout");
  });

  it("reports a malformed body and an empty reply as invalid_response", async () => {
    const { server, model } = await setup();
    server.enqueue({ type: "raw", body: "{not json" });
    expect((await failure(model.complete(ask("hi")))).kind).toBe("invalid_response");
    server.enqueue(anthropicTextReply(""));
    const empty = await failure(model.complete(ask("hi")));
    expect(empty.kind).toBe("invalid_response");
    expect(empty.message).toContain("no text and no tool calls");
    expect(server.messages).toHaveLength(2);
  });

  it("does not retry a wrong key and names ANTHROPIC_API_KEY without the key", async () => {
    const server = await startAnthropicServer({ apiKey: KEY });
    servers.push(server);
    const wrong = "ak-wrong-key-zyxwvutsrq";
    const model = createAnthropicChatModel({ apiKey: wrong, baseURL: server.baseURL, retryBaseDelayMs: 1 });
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("auth");
    expect(error.message).toContain("ANTHROPIC_API_KEY");
    expect(error.message).toContain("invalid x-api-key");
    expect(error.message).not.toContain(wrong);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a 404 model", async () => {
    const { server, model } = await setup({ model: "claude-nonexistent" });
    server.replyError(404, "not_found_error", "model: claude-nonexistent");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("not_found");
    expect(error.message).toContain('"claude-nonexistent"');
    expect(server.messages).toHaveLength(1);
  });
});
