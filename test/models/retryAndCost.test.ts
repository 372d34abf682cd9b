import { describe, expect, it } from "vitest";
import { ModelCallError } from "../../src/models/chatModel.js";
import { parseRetryAfterMs } from "../../src/models/parseRetryAfter.js";
import { backoffDelayMs, retryModelCall } from "../../src/models/retryModelCall.js";
import type { RetryEvent, RetryPolicy } from "../../src/models/retryModelCall.js";
import { estimateCostUsd, findModelPrice, parsePriceTable, PriceTableError } from "../../src/models/priceTable.js";
import { redactKeyLike, redactSecrets } from "../../src/models/redactSecrets.js";
import { parseToolArguments } from "../../src/models/parseToolArguments.js";

const headers = (values: Record<string, string>) => new Headers(values);

describe("parseRetryAfterMs", () => {
  it("reads retry-after-ms first, then seconds, then an HTTP date", () => {
    expect(parseRetryAfterMs(headers({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
    expect(parseRetryAfterMs(headers({ "retry-after": "3" }))).toBe(3000);
    expect(parseRetryAfterMs(headers({ "retry-after": "1.5" }))).toBe(1500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfterMs(headers({ "retry-after": "Thu, 01 Jan 2026 00:00:07 GMT" }), now)).toBe(7000);
    expect(parseRetryAfterMs(headers({ "retry-after": "Wed, 31 Dec 2025 23:00:00 GMT" }), now)).toBe(0);
  });

  it("ignores absent or unusable values", () => {
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs(headers({}))).toBeUndefined();
    expect(parseRetryAfterMs(headers({ "retry-after": "soon" }))).toBeUndefined();
    expect(parseRetryAfterMs(headers({ "retry-after-ms": "-5", "retry-after": "2" }))).toBe(2000);
  });
});

describe("retryModelCall", () => {
  const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 1000 };
  const classify = (error: unknown) => ({ error: error as ModelCallError });

  it("backs off exponentially within [50%, 100%] of the capped delay", () => {
    const big: RetryPolicy = { maxRetries: 5, baseDelayMs: 1000, maxDelayMs: 5000, maxRetryAfterMs: 0 };
    expect(backoffDelayMs(1, big, () => 0)).toBe(500);
    expect(backoffDelayMs(1, big, () => 0.999999)).toBe(1000);
    expect(backoffDelayMs(2, big, () => 0.999999)).toBe(2000);
    expect(backoffDelayMs(3, big, () => 0)).toBe(2000);
    expect(backoffDelayMs(10, big, () => 0.999999)).toBe(5000);
  });

  it("retries retryable failures up to the budget, then says how many attempts were made", async () => {
    let calls = 0;
    const events: RetryEvent[] = [];
    const run = retryModelCall(
      async () => {
        calls++;
        throw new ModelCallError("server", "boom", { status: 502, retryable: true });
      },
      { policy, classify, onRetry: (e) => events.push(e) },
    );
    await expect(run).rejects.toMatchObject({ kind: "server", status: 502, message: "boom Gave up after 4 attempts." });
    expect(calls).toBe(4);
    expect(events.map((e) => e.retry)).toEqual([1, 2, 3]);
  });

  it("never retries a non-retryable failure", async () => {
    let calls = 0;
    const run = retryModelCall(
      async () => {
        calls++;
        throw new ModelCallError("auth", "bad key", { status: 401 });
      },
      { policy, classify },
    );
    await expect(run).rejects.toMatchObject({ kind: "auth", message: "bad key" });
    expect(calls).toBe(1);
  });

  it("stops waiting when aborted", async () => {
    const controller = new AbortController();
    const run = retryModelCall(
      async () => {
        throw new ModelCallError("rate_limit", "wait", { retryable: true });
      },
      {
        policy: { ...policy, baseDelayMs: 10_000, maxDelayMs: 10_000 },
        classify,
        signal: controller.signal,
        onRetry: () => controller.abort(),
      },
    );
    await expect(run).rejects.toMatchObject({ kind: "aborted" });
  });
});

describe("estimateCostUsd", () => {
  it("prices known models, including publisher prefixes and dated snapshots", () => {
    expect(estimateCostUsd("gpt-4.1-mini", { inputTokens: 1_000_000, outputTokens: 500_000 })).toBeCloseTo(0.4 + 0.8, 10);
    expect(estimateCostUsd("openai/gpt-4.1-mini", { inputTokens: 1_000_000, outputTokens: 0 })).toBeCloseTo(0.4, 10);
    expect(estimateCostUsd("claude-haiku-4-5-20251001", { inputTokens: 2_000, outputTokens: 1_000 })).toBeCloseTo(0.002 + 0.005, 10);
    expect(findModelPrice("gpt-4o-mini-2024-07-18")).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });
  });

  it("does not confuse a model with a longer-named sibling", () => {
    expect(findModelPrice("gpt-4.1-mini")).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(findModelPrice("gpt-4.1-turbo-preview")).toBeUndefined();
  });

  it("returns undefined for unknown models so only tokens are shown", () => {
    expect(estimateCostUsd("qwen3-coder-30b", { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });

  it("lets a user's JSON table override and extend the defaults, and rejects bad entries", () => {
    const table = parsePriceTable(JSON.parse('{"qwen3-coder-30b": {"inputPerMTok": 0.1, "outputPerMTok": 0.3}, "gpt-4.1-mini": {"inputPerMTok": 0, "outputPerMTok": 0}}'));
    expect(estimateCostUsd("qwen3-coder-30b", { inputTokens: 1_000_000, outputTokens: 1_000_000 }, table)).toBeCloseTo(0.4, 10);
    expect(estimateCostUsd("gpt-4.1-mini", { inputTokens: 1_000_000, outputTokens: 1 }, table)).toBe(0);
    expect(estimateCostUsd("gpt-4o", { inputTokens: 1_000_000, outputTokens: 0 }, table)).toBeCloseTo(2.5, 10);
    expect(() => parsePriceTable({ x: { inputPerMTok: "cheap" } })).toThrow(PriceTableError);
    expect(() => parsePriceTable([1])).toThrow(/JSON object/);
  });
});

describe("redaction and tool arguments", () => {
  it("replaces secrets, their JSON-escaped form and key-like tokens", () => {
    expect(redactSecrets("key=abc\"def end", ['abc"def'])).toBe("key=[REDACTED] end");
    expect(redactSecrets(JSON.stringify({ k: 'abc"def' }), ['abc"def'])).toBe('{"k":"[REDACTED]"}');
    expect(redactSecrets("a b c", ["a"])).toBe("a b c");
    expect(redactKeyLike("Incorrect API key provided: sk-proj-********abcd.", [])).toBe("Incorrect API key provided: [REDACTED].");
    expect(redactKeyLike("token ghp_0123456789abcdef used", [])).toBe("token [REDACTED] used");
  });

  it("parses tool arguments from strings or objects and explains the rest", () => {
    expect(parseToolArguments("t", '{"a":1}')).toEqual({ input: { a: 1 } });
    expect(parseToolArguments("t", { a: 1 })).toEqual({ input: { a: 1 } });
    expect(parseToolArguments("t", "")).toEqual({ input: {} });
    expect(parseToolArguments("t", '"just a string"').inputError).toMatch(/a string, not a JSON object/);
    expect(parseToolArguments("t", 42).inputError).toMatch(/a number/);
  });
});
