import { ModelCallError } from "../chatModel.js";
import type { ChatResponse, StopReason, ToolCall } from "../chatModel.js";
import { parseToolArguments } from "../parseToolArguments.js";

/** Chat Completions finish_reason → the engine's vocabulary (as in the seed). */
export function mapOpenAIFinishReason(reason: unknown): StopReason {
  switch (reason) {
    case "stop":
      return "end_turn";
    case "tool_calls":
    case "function_call":
      return "tool_use";
    case "length":
      return "max_tokens";
    // Some compatible servers (local runtimes, proxies) send none. A reply cut off without saying so
    // still fails to parse: SEARCH/REPLACE blocks and whole-file fences must be closed to be applied.
    case null:
    case undefined:
      return "end_turn";
    default:
      return "other";
  }
}

/**
 * Reads a Chat Completions reply without trusting its shape: OpenAI-compatible
 * servers differ, and a proxy may answer with anything. A reply with neither
 * text nor tool calls is an invalid response, not an empty success.
 */
export function fromOpenAICompletion(body: unknown, label: string): ChatResponse {
  const invalid = (what: string): ModelCallError =>
    new ModelCallError("invalid_response", `${label} sent an unusable reply: ${what}.`);
  if (!isRecord(body)) throw invalid(typeof body === "string" ? "the body is not JSON" : "the body is not a JSON object");
  const choices = body["choices"];
  if (!Array.isArray(choices) || choices.length === 0) throw invalid("no choices");
  const choice: unknown = choices[0];
  if (!isRecord(choice) || !isRecord(choice["message"])) throw invalid("choices[0] has no message");
  const message = choice["message"];
  const text = readText(message["content"]);
  const toolCalls = readToolCalls(message["tool_calls"]);
  const stopReason = mapOpenAIFinishReason(choice["finish_reason"]);
  if (text.trim() === "" && toolCalls.length === 0) {
    const why = stopReason === "max_tokens" ? " (it ran out of output tokens)" : "";
    throw invalid(`no text and no tool calls${why}`);
  }
  const usage = isRecord(body["usage"]) ? body["usage"] : {};
  const response: ChatResponse = {
    text,
    toolCalls,
    usage: { inputTokens: readCount(usage["prompt_tokens"]), outputTokens: readCount(usage["completion_tokens"]) },
    // A server that says "stop" while returning tool calls still wants them run.
    stopReason: toolCalls.length > 0 && stopReason === "end_turn" ? "tool_use" : stopReason,
  };
  if (typeof body["model"] === "string") response.model = body["model"];
  return response;
}

function readText(content: unknown): string {
  if (typeof content === "string") return content;
  // Some compatible servers return content parts instead of a string.
  if (Array.isArray(content)) {
    return content
      .map((part: unknown) => (isRecord(part) && typeof part["text"] === "string" ? part["text"] : ""))
      .join("");
  }
  return "";
}

function readToolCalls(raw: unknown): ToolCall[] {
  if (!Array.isArray(raw)) return [];
  const calls: ToolCall[] = [];
  raw.forEach((entry: unknown, index) => {
    if (!isRecord(entry) || !isRecord(entry["function"])) return;
    const fn = entry["function"];
    const name = typeof fn["name"] === "string" ? fn["name"] : "";
    // Some local servers omit ids; the engine needs one to pair results with calls.
    const id = typeof entry["id"] === "string" && entry["id"] !== "" ? entry["id"] : `call_${index}`;
    const parsed = parseToolArguments(name, fn["arguments"]);
    const call: ToolCall = { id, name, input: parsed.input };
    if (parsed.inputError !== undefined) call.inputError = parsed.inputError;
    calls.push(call);
  });
  return calls;
}

function readCount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
