import { ModelCallError } from "../chatModel.js";
import type { ChatResponse, StopReason, ToolCall } from "../chatModel.js";
import { parseToolArguments } from "../parseToolArguments.js";

/** Messages API stop_reason → the engine's vocabulary. */
export function mapAnthropicStopReason(reason: unknown): StopReason {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "end_turn";
    case "tool_use":
      return "tool_use";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "max_tokens";
    default:
      return "other";
  }
}

/** Reads a Messages API reply without trusting its shape (proxies sit in between). */
export function fromAnthropicMessage(body: unknown, label: string): ChatResponse {
  const invalid = (what: string): ModelCallError =>
    new ModelCallError("invalid_response", `${label} sent an unusable reply: ${what}.`);
  if (!isRecord(body)) throw invalid(typeof body === "string" ? "the body is not JSON" : "the body is not a JSON object");
  const content = body["content"];
  if (!Array.isArray(content)) throw invalid("no content blocks");
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  content.forEach((block: unknown, index) => {
    if (!isRecord(block)) return;
    if (block["type"] === "text" && typeof block["text"] === "string") texts.push(block["text"]);
    else if (block["type"] === "tool_use") {
      const name = typeof block["name"] === "string" ? block["name"] : "";
      const id = typeof block["id"] === "string" && block["id"] !== "" ? block["id"] : `toolu_${index}`;
      const parsed = parseToolArguments(name, block["input"]);
      const call: ToolCall = { id, name, input: parsed.input };
      if (parsed.inputError !== undefined) call.inputError = parsed.inputError;
      toolCalls.push(call);
    }
  });
  const text = texts.join("\n");
  const stopReason = mapAnthropicStopReason(body["stop_reason"]);
  if (text.trim() === "" && toolCalls.length === 0) {
    const why = stopReason === "max_tokens" ? " (it ran out of output tokens)" : "";
    throw invalid(`no text and no tool calls${why}`);
  }
  const usage = isRecord(body["usage"]) ? body["usage"] : {};
  const response: ChatResponse = {
    text,
    toolCalls,
    usage: { inputTokens: readCount(usage["input_tokens"]), outputTokens: readCount(usage["output_tokens"]) },
    stopReason,
  };
  if (typeof body["model"] === "string") response.model = body["model"];
  return response;
}

function readCount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
