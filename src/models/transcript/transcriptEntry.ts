import type { ChatMessage, ChatRequest, ChatResponse, ModelErrorKind, StopReason, ToolDefinition } from "../chatModel.js";
import { ModelCallError } from "../chatModel.js";

export const TRANSCRIPT_VERSION = 1;

/** One model call, one line of a JSON Lines transcript. */
export interface TranscriptEntry {
  v: typeof TRANSCRIPT_VERSION;
  /** ISO time the call finished. */
  ts: string;
  /** ChatModel.id of the model that answered. */
  model: string;
  purpose?: ChatRequest["purpose"];
  request: { system: string; messages: ChatMessage[]; tools?: ToolDefinition[] };
  response?: ChatResponse;
  error?: { kind: ModelErrorKind; message: string; status?: number; retryable?: boolean };
}

const STOP_REASONS: readonly StopReason[] = ["end_turn", "tool_use", "max_tokens", "other"];
const ERROR_KINDS: readonly ModelErrorKind[] = [
  "auth",
  "permission",
  "not_found",
  "bad_request",
  "rate_limit",
  "server",
  "timeout",
  "network",
  "invalid_response",
  "aborted",
  "config",
];

/** A transcript that cannot be replayed; the message names the file and line. */
export class TranscriptError extends ModelCallError {
  constructor(message: string) {
    super("config", message);
    this.name = "TranscriptError";
  }
}

/** Parses a whole transcript, checking every line so a bad one is reported before the run starts. */
export function parseTranscript(text: string, source: string): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${source} line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new TranscriptError(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const problem = describeProblem(value);
    if (problem !== undefined) throw new TranscriptError(`${where} is not a transcript entry: ${problem}.`);
    entries.push(value as TranscriptEntry);
  });
  return entries;
}

function describeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return "expected a JSON object";
  if (value["v"] !== TRANSCRIPT_VERSION) return `unsupported version ${JSON.stringify(value["v"])} (expected ${TRANSCRIPT_VERSION})`;
  if (typeof value["model"] !== "string") return "missing model";
  const request = value["request"];
  if (!isRecord(request) || typeof request["system"] !== "string" || !Array.isArray(request["messages"])) {
    return "request needs system (string) and messages (array)";
  }
  const hasResponse = value["response"] !== undefined;
  const hasError = value["error"] !== undefined;
  if (hasResponse === hasError) return "needs exactly one of response and error";
  if (hasResponse) {
    const r = value["response"];
    if (!isRecord(r) || typeof r["text"] !== "string" || !Array.isArray(r["toolCalls"])) return "response needs text and toolCalls";
    const usage = r["usage"];
    if (!isRecord(usage) || typeof usage["inputTokens"] !== "number" || typeof usage["outputTokens"] !== "number") {
      return "response.usage needs inputTokens and outputTokens";
    }
    if (!STOP_REASONS.includes(r["stopReason"] as StopReason)) return `unknown stopReason ${JSON.stringify(r["stopReason"])}`;
  } else {
    const e = value["error"];
    if (!isRecord(e) || typeof e["message"] !== "string" || !ERROR_KINDS.includes(e["kind"] as ModelErrorKind)) {
      return "error needs a known kind and a message";
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
