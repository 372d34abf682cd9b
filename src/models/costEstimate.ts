/**
 * What a model call costs, and what the next one could cost at most, for the
 * loop's cost cap (`maxCostUsd`). The estimate is meant to be pessimistic: a
 * call it admits should never spend more than it said, so that a run stops
 * before crossing the cap instead of just after.
 */
import type { ChatRequest, TokenUsage } from "./chatModel.js";
import type { ModelPrice } from "./priceTable.js";

/**
 * Tokens assumed per UTF-8 byte of request text: 2 bytes a token.
 *
 * Measured with OpenAI's o200k and cl100k tokenizers (gpt-tokenizer 4.0.0):
 * this repository's TypeScript sources are 3.0–4.0 bytes a token (median 4.0),
 * its docs 3.6–3.9, 201 real model replies with SEARCH/REPLACE blocks 2.8–4.3,
 * a node:test failure report 3.0, a vitest report 2.6; Chinese, Japanese and
 * Russian text about 3.2–4.2 (counting bytes, not characters, is what keeps
 * non-Latin text from being undercounted). Claude's tokenizer is not public
 * and is reported to need up to about a third more tokens than OpenAI's for
 * the same text, which brings the densest of those (test output) near 2. So
 * 2 bytes a token covers everything measured, with the densest text at the
 * edge, while an ordinary prompt is overestimated about twofold; the one kind
 * of text that is denser still, base64 and hex blobs (1.4–1.7), is rare in
 * prompts, and after the first call the loop raises the rate to what the
 * provider actually counted (observedTokensPerByte) if that is higher.
 */
export const ESTIMATE_TOKENS_PER_BYTE = 0.5;

/**
 * Tokens the provider adds when tools are sent, beyond their definitions:
 * Anthropic inserts a tool-use system prompt (159–530 tokens for the models
 * its pricing page lists), OpenAI renders the definitions into its own
 * wrapper. 600 covers the largest published figure.
 */
export const TOOLS_OVERHEAD_TOKENS = 600;
/** Role markers and separators around each message or content part (OpenAI documents 3–4 a message). */
export const MESSAGE_OVERHEAD_TOKENS = 8;
/** The request's own framing: the system turn and the priming of the reply. */
export const REQUEST_OVERHEAD_TOKENS = 16;
/** Below this many bytes a request's count is mostly framing, so it says little about the text's rate. */
const MIN_CALIBRATION_BYTES = 4096;

type RequestText = Pick<ChatRequest, "system" | "messages" | "tools">;

/** UTF-8 bytes of everything a provider is sent: system prompt, message texts, tool calls and results, tool definitions. */
export function requestBytes(request: RequestText): number {
  let bytes = utf8(request.system);
  for (const message of request.messages) {
    if (typeof message.content === "string") {
      bytes += utf8(message.content);
      continue;
    }
    for (const part of message.content) {
      if (part.type === "text") bytes += utf8(part.text);
      else if (part.type === "tool_call") bytes += utf8(part.call.name) + utf8(part.call.id) + utf8(JSON.stringify(part.call.input));
      else bytes += utf8(part.toolCallId) + utf8(part.content);
    }
  }
  // Definitions travel as JSON (name, description, schema) in both APIs.
  for (const tool of request.tools ?? []) bytes += utf8(JSON.stringify(tool));
  return bytes;
}

/** Tokens a request costs beyond its text: framing per message and part, and the tool-use overhead. */
export function framingTokens(request: RequestText): number {
  let parts = 0;
  for (const message of request.messages) parts += typeof message.content === "string" ? 1 : Math.max(1, message.content.length);
  const tools = request.tools !== undefined && request.tools.length > 0 ? TOOLS_OVERHEAD_TOKENS : 0;
  return REQUEST_OVERHEAD_TOKENS + parts * MESSAGE_OVERHEAD_TOKENS + tools;
}

/**
 * A pessimistic count of the input tokens a request will be billed for.
 * `tokensPerByte` is the rate the run has observed; a rate below the default
 * is ignored, so one cheap-looking reply never makes the estimate optimistic.
 */
export function estimateInputTokens(request: RequestText, tokensPerByte: number = ESTIMATE_TOKENS_PER_BYTE): number {
  const rate = Math.max(ESTIMATE_TOKENS_PER_BYTE, Number.isFinite(tokensPerByte) ? tokensPerByte : 0);
  return Math.ceil(requestBytes(request) * rate) + framingTokens(request);
}

/**
 * The tokens per byte a provider actually counted for a request's text (its
 * input tokens less the framing this module assumes), or undefined when the
 * request was too small to tell.
 */
export function observedTokensPerByte(request: RequestText, usage: TokenUsage): number | undefined {
  const bytes = requestBytes(request);
  if (bytes < MIN_CALIBRATION_BYTES) return undefined;
  return Math.max(0, usage.inputTokens - framingTokens(request)) / bytes;
}

/** USD for the tokens used at a price in USD per million tokens. */
export function usageCostUsd(usage: TokenUsage, price: ModelPrice): number {
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}

/**
 * A USD amount for people: cents from a dollar up ("$12.00"); below, four
 * decimals, since a single call of a small model costs fractions of a cent
 * ("$0.0412", trailing zeros trimmed down to cents: "$0.05"); anything
 * smaller than that is "<$0.0001" rather than a run of zeros.
 */
export function formatUsd(usd: number): string {
  if (usd === 0) return "$0.00";
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  if (usd < 0.0001) return "<$0.0001";
  return `$${usd.toFixed(4).replace(/0{1,2}$/, "")}`;
}

/** Token counts with thousands separators, as the stop messages show them. */
export function formatTokens(tokens: number): string {
  return tokens.toLocaleString("en-US");
}

function utf8(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
