/**
 * The one interface the engine uses to talk to a model. Providers (OpenAI,
 * Anthropic, GitHub Models, a replayed transcript, a scripted test model)
 * implement it; the loop never sees a provider's wire format.
 */

import type { ModelPrice } from "./priceTable.js";

/** A JSON Schema object describing a tool's input. */
export interface JsonSchemaObject {
  type: "object";
  properties: Record<string, unknown>;
  required?: string[];
}

export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: JsonSchemaObject;
}

export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
  /** Set when the provider sent arguments that were not a JSON object; the model is told, nothing crashes. */
  inputError?: string;
}

export type ChatContentPart =
  | { type: "text"; text: string }
  | { type: "tool_call"; call: ToolCall }
  | { type: "tool_result"; toolCallId: string; content: string; isError?: boolean };

export interface ChatMessage {
  role: "user" | "assistant";
  content: string | ChatContentPart[];
}

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  /** Aborts the call (Ctrl-C, whole-run timeout). */
  signal?: AbortSignal;
  /** What the call is for, so transcripts and usage can tell edit calls from digest calls. */
  purpose?: "edit" | "digest";
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Provider finish reasons mapped onto one vocabulary (seed: stop→end_turn, tool_calls→tool_use, length→max_tokens). */
export type StopReason = "end_turn" | "tool_use" | "max_tokens" | "other";

export interface ChatResponse {
  text: string;
  toolCalls: ToolCall[];
  usage: TokenUsage;
  stopReason: StopReason;
  /** The model that answered, as the provider reported it. */
  model?: string;
}

export interface ChatModel {
  /** A label such as "openai:gpt-4.1-mini", safe to log. */
  readonly id: string;
  /**
   * USD per million tokens, from the price table or the user's override, when
   * the model's price is known. The loop reports cost with it, and a cost cap
   * (`maxCostUsd`) refuses to start without it. Absent: only tokens are shown.
   */
  readonly price?: ModelPrice;
  /**
   * The most output tokens one call may produce: what the provider sends as
   * max_tokens. A cost cap assumes each call may use them all. Absent: the
   * loop assumes DEFAULT_MAX_TOKENS, what every provider here sends by default.
   */
  readonly maxOutputTokens?: number;
  complete(request: ChatRequest): Promise<ChatResponse>;
}

export type ModelErrorKind =
  | "auth"
  | "permission"
  | "not_found"
  | "bad_request"
  | "rate_limit"
  | "server"
  | "timeout"
  | "network"
  | "invalid_response"
  | "aborted"
  | "config";

/** A model call that failed; `message` is written for the user and never contains a key. */
export class ModelCallError extends Error {
  readonly kind: ModelErrorKind;
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(kind: ModelErrorKind, message: string, options: { status?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ModelCallError";
    this.kind = kind;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
  }
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

export const ZERO_USAGE: TokenUsage = Object.freeze({ inputTokens: 0, outputTokens: 0 });
