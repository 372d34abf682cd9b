import { afterEach, describe, expect, it } from "vitest";
import type { ChatRequest, ToolDefinition } from "../../src/models/chatModel.js";
import { ModelCallError } from "../../src/models/chatModel.js";
import { createOpenAIChatModel } from "../../src/models/openai/openaiChatModel.js";
import type { OpenAIChatModelOptions } from "../../src/models/openai/openaiChatModel.js";
import type { RetryEvent } from "../../src/models/retryModelCall.js";
import { openAITextReply, startOpenAIServer } from "../support/openaiServer.js";
import type { OpenAITestServer } from "../support/openaiServer.js";

const KEY = "sk-loopback-test-key-0123456789";

const EDIT_TOOL: ToolDefinition = {
  name: "edit_file",
  description: "Apply SEARCH/REPLACE blocks to a file",
  inputSchema: { type: "object", properties: { path: { type: "string" }, blocks: { type: "string" } }, required: ["path", "blocks"] },
};

const servers: OpenAITestServer[] = [];

async function setup(options: Partial<OpenAIChatModelOptions> = {}) {
  const server = await startOpenAIServer({ apiKey: KEY });
  servers.push(server);
  const model = createOpenAIChatModel({ apiKey: KEY, baseURL: server.baseURL, retryBaseDelayMs: 1, timeoutMs: 5_000, ...options });
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

describe("createOpenAIChatModel over the real SDK and a loopback server", () => {
  it("returns a plain reply with usage and sends the seed's defaults", async () => {
    const { server, model } = await setup();
    server.replyText("All fixed.", { promptTokens: 120, completionTokens: 30 });
    const response = await model.complete(ask("fix it"));
    expect(response).toMatchObject({ text: "All fixed.", toolCalls: [], stopReason: "end_turn", usage: { inputTokens: 120, outputTokens: 30 } });
    expect(model.id).toBe("openai:gpt-4.1-mini");
    const sent = server.completions[0];
    expect(sent?.headers["authorization"]).toBe(`Bearer ${KEY}`);
    expect(sent?.body).toMatchObject({
      model: "gpt-4.1-mini",
      temperature: 0.2,
      max_tokens: 4096,
      messages: [
        { role: "system", content: "You fix code." },
        { role: "user", content: "fix it" },
      ],
    });
    expect(sent?.body).not.toHaveProperty("chat_template_kwargs");
    expect(sent?.body).not.toHaveProperty("tools");
  });

  it("sends chat_template_kwargs when thinking is disabled, and the chosen model and limits", async () => {
    const { server, model } = await setup({ disableThinking: true, model: "qwen3-coder", temperature: 0, maxTokens: 1000 });
    server.replyText("ok");
    await model.complete(ask("hi"));
    expect(server.completions[0]?.body).toMatchObject({
      model: "qwen3-coder",
      temperature: 0,
      max_tokens: 1000,
      chat_template_kwargs: { enable_thinking: false },
    });
  });

  it("takes a reply without a finish_reason (null or absent, as some compatible servers send) as ended normally", async () => {
    const { server, model } = await setup();
    server.replyText("Fixed, no reason given.", { finishReason: null });
    server.replyText("Fixed, field left out.", { finishReason: "omit" });
    server.replyText("Cut off.", { finishReason: "length" });
    server.replyText("Filtered.", { finishReason: "content_filter" });
    expect((await model.complete(ask("a"))).stopReason).toBe("end_turn");
    expect((await model.complete(ask("b"))).stopReason).toBe("end_turn");
    expect((await model.complete(ask("c"))).stopReason).toBe("max_tokens");
    expect((await model.complete(ask("d"))).stopReason).toBe("other");
  });

  it("round-trips tool calls and tool results in the wire format", async () => {
    const { server, model } = await setup();
    server.replyToolCalls([{ id: "call_abc", name: "edit_file", arguments: { path: "src/a.ts", blocks: "..." } }], "Editing now.");
    server.replyText("Done.");
    const first = await model.complete(ask("fix", { tools: [EDIT_TOOL] }));
    expect(first.stopReason).toBe("tool_use");
    expect(first.text).toBe("Editing now.");
    expect(first.toolCalls).toEqual([{ id: "call_abc", name: "edit_file", input: { path: "src/a.ts", blocks: "..." } }]);

    const second = await model.complete({
      system: "You fix code.",
      tools: [EDIT_TOOL],
      messages: [
        { role: "user", content: "fix" },
        { role: "assistant", content: [{ type: "text", text: "Editing now." }, ...first.toolCalls.map((call) => ({ type: "tool_call" as const, call }))] },
        {
          role: "user",
          content: [
            { type: "tool_result", toolCallId: "call_abc", content: "applied 1 block" },
            { type: "text", text: "Tests still fail." },
          ],
        },
      ],
    });
    expect(second.text).toBe("Done.");
    const body = server.completions[1]?.body as { messages: unknown[]; tools: unknown[] };
    expect(body.tools).toEqual([{ type: "function", function: { name: "edit_file", description: EDIT_TOOL.description, parameters: EDIT_TOOL.inputSchema } }]);
    expect(body.messages).toEqual([
      { role: "system", content: "You fix code." },
      { role: "user", content: "fix" },
      {
        role: "assistant",
        content: "Editing now.",
        tool_calls: [{ id: "call_abc", type: "function", function: { name: "edit_file", arguments: JSON.stringify({ path: "src/a.ts", blocks: "..." }) } }],
      },
      { role: "tool", tool_call_id: "call_abc", content: "applied 1 block" },
      { role: "user", content: "Tests still fail." },
    ]);
  });

  it("turns tool arguments that are not a JSON object into inputError, not a crash", async () => {
    const { server, model } = await setup();
    server.replyToolCalls([
      { id: "call_1", name: "edit_file", arguments: '{"path": "a.ts", ' },
      { id: "call_2", name: "edit_file", arguments: "[1,2]" },
    ]);
    const response = await model.complete(ask("fix", { tools: [EDIT_TOOL] }));
    expect(response.toolCalls).toHaveLength(2);
    expect(response.toolCalls[0]).toMatchObject({ id: "call_1", name: "edit_file", input: {} });
    expect(response.toolCalls[0]?.inputError).toMatch(/not valid JSON/);
    expect(response.toolCalls[1]?.inputError).toMatch(/an array, not a JSON object/);
  });

  it("retries a 429 honouring retry-after-ms, then succeeds", async () => {
    const retries: RetryEvent[] = [];
    const { server, model } = await setup({ onRetry: (e) => retries.push(e) });
    server.replyError(429, "Rate limit reached for requests", { "retry-after-ms": "25" });
    server.replyText("after the wait");
    const response = await model.complete(ask("hi"));
    expect(response.text).toBe("after the wait");
    expect(server.completions).toHaveLength(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ retry: 1, delayMs: 25, fromRetryAfter: true });
    expect(retries[0]?.error.kind).toBe("rate_limit");
  });

  it("honours retry-after in seconds", async () => {
    const retries: RetryEvent[] = [];
    const { server, model } = await setup({ onRetry: (e) => retries.push(e) });
    server.replyError(429, "slow down", { "retry-after": "0" });
    server.replyText("ok");
    await model.complete(ask("hi"));
    expect(retries[0]).toMatchObject({ delayMs: 0, fromRetryAfter: true });
  });

  it("gives up at once when retry-after is longer than it will wait (an exhausted daily quota)", async () => {
    const { server, model } = await setup();
    server.replyError(429, "Rate limit of 150 per 86400s exceeded for UserByModelByDay.", { "retry-after": "24367" });
    server.replyText("never reached");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("rate_limit");
    expect(error.status).toBe(429);
    expect(error.message).toContain("24367 s");
    expect(error.message).toContain("UserByModelByDay");
    expect(server.completions).toHaveLength(1);
  });

  it("retries a 500 then succeeds", async () => {
    const { server, model } = await setup();
    server.replyError(500, "The server had an error while processing your request.");
    server.replyText("recovered");
    expect((await model.complete(ask("hi"))).text).toBe("recovered");
    expect(server.completions).toHaveLength(2);
  });

  it("stops after maxRetries with the provider's status and message", async () => {
    const { server, model } = await setup({ maxRetries: 2 });
    for (let i = 0; i < 3; i++) server.replyError(503, "Service overloaded");
    server.replyText("never reached");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("server");
    expect(error.status).toBe(503);
    expect(error.message).toContain("Service overloaded");
    expect(error.message).toContain("Gave up after 3 attempts");
    expect(server.completions).toHaveLength(3);
  });

  it("retries a dropped connection", async () => {
    const { server, model } = await setup();
    server.enqueue({ type: "drop" });
    server.replyText("second try");
    expect((await model.complete(ask("hi"))).text).toBe("second try");
    expect(server.completions).toHaveLength(2);
  });

  it("reports a network failure after retries", async () => {
    const { server, model } = await setup({ maxRetries: 1 });
    server.enqueue({ type: "drop" }, { type: "drop" });
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("network");
    expect(error.message).toContain(server.baseURL);
  });

  it("times out a hung call, then retries within the budget", async () => {
    const { server, model } = await setup({ timeoutMs: 300, maxRetries: 1 });
    server.enqueue({ type: "hang" });
    server.replyText("answered in time");
    expect((await model.complete(ask("hi"))).text).toBe("answered in time");
    expect(server.completions).toHaveLength(2);
  });

  it("fails with kind timeout when every attempt hangs", async () => {
    const { server, model } = await setup({ timeoutMs: 300, maxRetries: 0 });
    server.enqueue({ type: "hang" });
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("300 ms");
  });

  it("reports a malformed body as invalid_response without retrying", async () => {
    const { server, model } = await setup();
    server.enqueue({ type: "raw", body: '{"choices": [ {"message": ' });
    server.replyText("never reached");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toMatch(/not valid JSON/);
    expect(server.completions).toHaveLength(1);
  });

  it("reports a non-JSON body as invalid_response", async () => {
    const { server, model } = await setup();
    server.enqueue({ type: "raw", body: "<html>Bad gateway</html>", contentType: "text/html" });
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toMatch(/not JSON/);
  });

  it("reports an empty reply as invalid_response", async () => {
    const { server, model } = await setup();
    server.enqueue(openAITextReply("", { finishReason: "length" }));
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("no text and no tool calls");
    expect(error.message).toContain("ran out of output tokens");
  });

  it("does not retry a wrong key; the message names the variable and never contains the key", async () => {
    const server = await startOpenAIServer({ apiKey: KEY });
    servers.push(server);
    const wrongKey = "sk-wrong-key-abcdefghijklmnop";
    const model = createOpenAIChatModel({ apiKey: wrongKey, apiKeyEnv: "MY_OPENAI_KEY", baseURL: server.baseURL, retryBaseDelayMs: 1 });
    server.replyText("never reached");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("auth");
    expect(error.status).toBe(401);
    expect(error.message).toContain("MY_OPENAI_KEY");
    expect(error.message).toContain("Incorrect API key provided");
    expect(error.message).not.toContain(wrongKey);
    expect(error.message).not.toContain("abcdefghijklmnop");
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a 404 and points at the model name and base URL", async () => {
    const { server, model } = await setup({ model: "gpt-9-imaginary" });
    server.replyError(404, "The model `gpt-9-imaginary` does not exist or you do not have access to it.");
    const error = await failure(model.complete(ask("hi")));
    expect(error.kind).toBe("not_found");
    expect(error.message).toContain('model name "gpt-9-imaginary"');
    expect(error.message).toContain(server.baseURL);
    expect(server.completions).toHaveLength(1);
  });

  it("switches to max_completion_tokens when the server refuses max_tokens", async () => {
    const { server, model } = await setup({ model: "o4-mini" });
    server.replyError(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.");
    server.replyText("fine");
    server.replyText("still fine");
    expect((await model.complete(ask("hi"))).text).toBe("fine");
    await model.complete(ask("again"));
    const [refused, accepted, later] = server.completions.map((r) => r.body as Record<string, unknown>);
    expect(refused).toHaveProperty("max_tokens", 4096);
    expect(accepted).toHaveProperty("max_completion_tokens", 4096);
    expect(accepted).not.toHaveProperty("max_tokens");
    expect(later).toHaveProperty("max_completion_tokens", 4096);
  });

  it("drops temperature when the model only supports the default", async () => {
    const { server, model } = await setup();
    server.replyError(400, "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.");
    server.replyText("fine");
    await model.complete(ask("hi"));
    expect(server.completions[1]?.body).not.toHaveProperty("temperature");
  });

  it("reports an abort as kind aborted", async () => {
    const { server, model } = await setup({ timeoutMs: 5_000 });
    server.enqueue({ type: "hang" });
    const controller = new AbortController();
    const pending = model.complete(ask("hi", { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.kind).toBe("aborted");
  });
});
