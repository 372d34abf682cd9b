/**
 * A loopback server speaking the Anthropic Messages API (POST /v1/messages), for
 * pointing the real `@anthropic-ai/sdk` at by baseURL.
 *
 *   const server = await startAnthropicServer({ apiKey: "ak-test" });
 *   server.replyText("hello");
 *   createAnthropicChatModel({ apiKey: "ak-test", baseURL: server.baseURL, ... });
 *   server.requests[0].body
 *   await server.close();
 *
 * The key is accepted from `x-api-key` or `authorization: Bearer` (SDK 1.x sends
 * the latter). A wrong key gets Anthropic's 401 authentication_error (not
 * consuming a reply); an empty queue answers 500 saying so.
 */
import { startScriptedServer } from "./scriptedHttpServer.js";
import type { ReceivedRequest, ScriptedReply, ScriptedServer } from "./scriptedHttpServer.js";

export type { ReceivedRequest, ScriptedReply } from "./scriptedHttpServer.js";

export interface AnthropicServerOptions {
  /** When set, requests must carry the key in `x-api-key` or `authorization: Bearer`. */
  apiKey?: string;
}

export interface ScriptedToolUse {
  id?: string;
  name: string;
  /** Normally an object; anything else tests how non-object input is handled. */
  input: unknown;
}

export interface AnthropicReplyExtras {
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
  stopReason?: string;
}

export interface AnthropicTestServer extends ScriptedServer {
  /** The origin: the SDK appends /v1/messages itself. */
  readonly baseURL: string;
  /** Requests that reached the scripted queue (authorized POST /v1/messages). */
  readonly messages: ReceivedRequest[];
  replyText(text: string, extras?: AnthropicReplyExtras): void;
  replyToolUse(calls: ScriptedToolUse[], text?: string, extras?: AnthropicReplyExtras): void;
  replyError(status: number, errorType: string, message: string, headers?: Record<string, string>): void;
}

export async function startAnthropicServer(options: AnthropicServerOptions = {}): Promise<AnthropicTestServer> {
  const server = await startScriptedServer({
    accepts: (method, path) => method === "POST" && path === "/v1/messages",
    rejectAuth: (headers) => {
      if (options.apiKey === undefined || sentKey(headers) === options.apiKey) return undefined;
      return anthropicErrorReply(401, "authentication_error", "invalid x-api-key");
    },
    whenEmpty: () => anthropicErrorReply(500, "api_error", "loopback Anthropic server: no scripted reply left"),
  });
  return {
    get origin() {
      return server.origin;
    },
    baseURL: server.origin,
    requests: server.requests,
    get messages() {
      return server.requests.filter((r) => r.authorized && r.path === "/v1/messages");
    },
    get pending() {
      return server.pending;
    },
    enqueue: (...replies) => server.enqueue(...replies),
    close: () => server.close(),
    replyText: (text, extras) => server.enqueue(anthropicTextReply(text, extras)),
    replyToolUse: (calls, text, extras) => server.enqueue(anthropicToolUseReply(calls, text, extras)),
    replyError: (status, errorType, message, headers) => server.enqueue(anthropicErrorReply(status, errorType, message, headers)),
  };
}

/** The API key a request carried, from either header the API accepts. */
export function sentKey(headers: Record<string, string>): string | undefined {
  const bearer = headers["authorization"]?.replace(/^Bearer\s+/i, "");
  return headers["x-api-key"] ?? bearer;
}

export function anthropicTextReply(text: string, extras: AnthropicReplyExtras = {}): ScriptedReply {
  return message([{ type: "text", text }], extras.stopReason ?? "end_turn", extras);
}

export function anthropicToolUseReply(calls: ScriptedToolUse[], text?: string, extras: AnthropicReplyExtras = {}): ScriptedReply {
  const blocks: Record<string, unknown>[] = text === undefined ? [] : [{ type: "text", text }];
  calls.forEach((call, index) => blocks.push({ type: "tool_use", id: call.id ?? `toolu_${index + 1}`, name: call.name, input: call.input }));
  return message(blocks, extras.stopReason ?? "tool_use", extras);
}

/** An error body shaped like Anthropic's: {"type": "error", "error": {type, message}}. */
export function anthropicErrorReply(status: number, errorType: string, message: string, headers?: Record<string, string>): ScriptedReply {
  const reply: ScriptedReply = { type: "json", status, body: { type: "error", error: { type: errorType, message } } };
  if (headers !== undefined) reply.headers = headers;
  return reply;
}

let nextId = 1;

function message(content: Record<string, unknown>[], stopReason: string, extras: AnthropicReplyExtras): ScriptedReply {
  return {
    type: "json",
    body: {
      id: `msg_loopback_${nextId++}`,
      type: "message",
      role: "assistant",
      model: extras.model ?? "claude-haiku-4-5-20251001",
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { input_tokens: extras.inputTokens ?? 13, output_tokens: extras.outputTokens ?? 5 },
    },
  };
}
