/**
 * A loopback server speaking OpenAI Chat Completions (POST …/chat/completions),
 * for pointing the real `openai` SDK at by baseURL.
 *
 *   const server = await startOpenAIServer({ apiKey: "sk-test" });
 *   server.replyText("hello");                       // or enqueue(openAIToolCallsReply([...]))
 *   createOpenAIChatModel({ apiKey: "sk-test", baseURL: server.baseURL, ... });
 *   server.requests[0].body                          // what the SDK sent
 *   await server.close();                            // in afterEach
 *
 * Any path ending in /chat/completions is served, so `${server.origin}/inference`
 * works as a GitHub Models base URL. A wrong bearer token gets the 401 OpenAI
 * sends (with the key echoed back, as the real API does in part, so tests can
 * prove it never reaches an error message) and does not consume a reply. An
 * empty queue answers 500 with a message saying so.
 */
import { startScriptedServer } from "./scriptedHttpServer.js";
import type { ReceivedRequest, ScriptedReply, ScriptedServer } from "./scriptedHttpServer.js";

export type { ReceivedRequest, ScriptedReply } from "./scriptedHttpServer.js";

export interface OpenAIServerOptions {
  /** When set, requests must carry `authorization: Bearer <apiKey>`. */
  apiKey?: string;
}

export interface ScriptedToolCall {
  id?: string;
  name: string;
  /** A string is sent verbatim (so it can be invalid JSON); an object is JSON-encoded. */
  arguments: string | Record<string, unknown>;
}

export interface ReplyExtras {
  model?: string;
  promptTokens?: number;
  completionTokens?: number;
  /** null sends `"finish_reason": null`; "omit" leaves the field out, as some compatible servers do. */
  finishReason?: string | null | "omit";
}

export interface OpenAITestServer extends ScriptedServer {
  /** `${origin}/v1`, what the SDK's baseURL takes. */
  readonly baseURL: string;
  /** Requests that reached the scripted queue (authorized chat completions). */
  readonly completions: ReceivedRequest[];
  replyText(text: string, extras?: ReplyExtras): void;
  replyToolCalls(calls: ScriptedToolCall[], text?: string, extras?: ReplyExtras): void;
  replyError(status: number, message: string, headers?: Record<string, string>): void;
}

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAITestServer> {
  const server = await startScriptedServer({
    accepts: (method, path) => method === "POST" && path.endsWith("/chat/completions"),
    rejectAuth: (headers) => {
      if (options.apiKey === undefined) return undefined;
      const given = (headers["authorization"] ?? "").replace(/^Bearer\s+/i, "");
      if (given === options.apiKey) return undefined;
      return openAIErrorReply(401, `Incorrect API key provided: ${given}. You can find your API key at https://platform.openai.com/account/api-keys.`, {
        type: "invalid_request_error",
        code: "invalid_api_key",
      });
    },
    whenEmpty: () => openAIErrorReply(500, "loopback OpenAI server: no scripted reply left", { type: "server_error" }),
  });
  return {
    get origin() {
      return server.origin;
    },
    baseURL: `${server.origin}/v1`,
    requests: server.requests,
    get completions() {
      return server.requests.filter((r) => r.authorized && r.path.endsWith("/chat/completions"));
    },
    get pending() {
      return server.pending;
    },
    enqueue: (...replies) => server.enqueue(...replies),
    close: () => server.close(),
    replyText: (text, extras) => server.enqueue(openAITextReply(text, extras)),
    replyToolCalls: (calls, text, extras) => server.enqueue(openAIToolCallsReply(calls, text, extras)),
    replyError: (status, message, headers) => server.enqueue(openAIErrorReply(status, message, { headers })),
  };
}

/** A completion whose message carries only text. */
export function openAITextReply(text: string, extras: ReplyExtras = {}): ScriptedReply {
  return completion({ role: "assistant", content: text }, extras.finishReason ?? "stop", extras);
}

/** A completion whose message carries tool calls (and optionally text). */
export function openAIToolCallsReply(calls: ScriptedToolCall[], text: string | null = null, extras: ReplyExtras = {}): ScriptedReply {
  return completion(
    {
      role: "assistant",
      content: text,
      tool_calls: calls.map((call, index) => ({
        id: call.id ?? `call_${index + 1}`,
        type: "function",
        function: { name: call.name, arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments) },
      })),
    },
    extras.finishReason ?? "tool_calls",
    extras,
  );
}

/** An error body shaped like OpenAI's: {"error": {message, type, param, code}}. */
export function openAIErrorReply(
  status: number,
  message: string,
  extra: { type?: string; code?: string; headers?: Record<string, string> | undefined } = {},
): ScriptedReply {
  const reply: ScriptedReply = {
    type: "json",
    status,
    body: { error: { message, type: extra.type ?? "invalid_request_error", param: null, code: extra.code ?? null } },
  };
  if (extra.headers !== undefined) reply.headers = extra.headers;
  return reply;
}

let nextId = 1;

function completion(message: Record<string, unknown>, finishReason: string | null, extras: ReplyExtras): ScriptedReply {
  const prompt = extras.promptTokens ?? 11;
  const output = extras.completionTokens ?? 7;
  return {
    type: "json",
    body: {
      id: `chatcmpl-loopback-${nextId++}`,
      object: "chat.completion",
      created: 1_700_000_000,
      model: extras.model ?? "gpt-4.1-mini-2025-04-14",
      choices: [{ index: 0, message, ...(finishReason === "omit" ? {} : { finish_reason: finishReason }), logprobs: null }],
      usage: { prompt_tokens: prompt, completion_tokens: output, total_tokens: prompt + output },
    },
  };
}
