import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatRequest } from "../../src/models/chatModel.js";
import {
  ESTIMATE_TOKENS_PER_BYTE,
  TOOLS_OVERHEAD_TOKENS,
  estimateInputTokens,
  formatUsd,
  observedTokensPerByte,
  requestBytes,
  usageCostUsd,
} from "../../src/models/costEstimate.js";
import { createChatModel } from "../../src/models/createChatModel.js";
import { parsePriceTable, resolveModelPrice } from "../../src/models/priceTable.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import { recordingChatModel } from "../../src/models/transcript/recordingChatModel.js";
import { createReplayChatModel, replayChatModelFromEntries } from "../../src/models/transcript/replayChatModel.js";
import type { TranscriptEntry } from "../../src/models/transcript/transcriptEntry.js";
import { makeTempDir } from "../support/tempDir.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const KEYS = { OPENAI_API_KEY: "sk-cost-test", ANTHROPIC_API_KEY: "ak-cost-test", GITHUB_TOKEN: "ghs-cost-test" };

describe("estimateInputTokens: a pessimistic count of the whole request", () => {
  const request: ChatRequest = {
    system: "You fix code.",
    messages: [
      { role: "user", content: "The test fails." },
      { role: "assistant", content: [{ type: "text", text: "Reading it." }, { type: "tool_call", call: { id: "c1", name: "read_file", input: { path: "src/math.js" } } }] },
      { role: "user", content: [{ type: "tool_result", toolCallId: "c1", content: "export function add(a, b) { return a - b; }" }] },
    ],
  };

  it("counts the system prompt, every message part and the tool definitions", () => {
    const bytes = requestBytes(request);
    // Every text the provider is sent: system, texts, the tool call's name, id and arguments, the tool result.
    const texts = ["You fix code.", "The test fails.", "Reading it.", "read_file", "c1", JSON.stringify({ path: "src/math.js" }), "c1", "export function add(a, b) { return a - b; }"];
    expect(bytes).toBe(texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0));
    const withTools: ChatRequest = {
      ...request,
      tools: [{ name: "read_file", description: "Reads a file.", inputSchema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } }],
    };
    expect(requestBytes(withTools)).toBe(bytes + Buffer.byteLength(JSON.stringify(withTools.tools?.[0])));
    // Tools also bring the provider's own tool-use instructions, which no request byte shows.
    expect(estimateInputTokens(withTools) - estimateInputTokens(request)).toBeGreaterThanOrEqual(TOOLS_OVERHEAD_TOKENS);
  });

  it("assumes 2 UTF-8 bytes a token, so non-Latin text counts more per character", () => {
    expect(ESTIMATE_TOKENS_PER_BYTE).toBe(0.5);
    const ascii: ChatRequest = { system: "", messages: [{ role: "user", content: "a".repeat(10_000) }] };
    const cjk: ChatRequest = { system: "", messages: [{ role: "user", content: "测".repeat(10_000) }] };
    expect(estimateInputTokens(ascii)).toBeGreaterThanOrEqual(5_000);
    expect(estimateInputTokens(ascii)).toBeLessThan(5_100);
    // 3 bytes a character: 1.5 tokens per character, more than the tokenizers we measured spend on Chinese.
    expect(estimateInputTokens(cjk)).toBeGreaterThanOrEqual(15_000);
  });

  it("takes a higher tokens-per-byte rate when the run has seen one, never a lower one", () => {
    const big: ChatRequest = { system: "", messages: [{ role: "user", content: "x".repeat(8_000) }] };
    expect(estimateInputTokens(big, 0.9)).toBeGreaterThanOrEqual(7_200);
    expect(estimateInputTokens(big, 0.1)).toBe(estimateInputTokens(big));
  });

  it("learns the rate from a reply's usage, ignoring small requests whose count is mostly framing", () => {
    const big: ChatRequest = { system: "", messages: [{ role: "user", content: "y".repeat(8_000) }] };
    const rate = observedTokensPerByte(big, { inputTokens: 6_000, outputTokens: 10 });
    expect(rate).toBeGreaterThan(0.7);
    expect(rate).toBeLessThanOrEqual(0.75);
    expect(observedTokensPerByte({ system: "hi", messages: [] }, { inputTokens: 900, outputTokens: 1 })).toBeUndefined();
  });
});

describe("usageCostUsd and formatUsd", () => {
  it("prices usage in USD per million tokens", () => {
    expect(usageCostUsd({ inputTokens: 1_000_000, outputTokens: 500_000 }, { inputPerMTok: 0.4, outputPerMTok: 1.6 })).toBeCloseTo(1.2, 12);
    expect(usageCostUsd({ inputTokens: 0, outputTokens: 0 }, { inputPerMTok: 3, outputPerMTok: 15 })).toBe(0);
  });

  it("shows cents for dollars and four decimals below a dollar", () => {
    expect(formatUsd(12)).toBe("$12.00");
    expect(formatUsd(1.006)).toBe("$1.01");
    expect(formatUsd(0.05)).toBe("$0.05");
    expect(formatUsd(0.04123)).toBe("$0.0412");
    expect(formatUsd(0.1)).toBe("$0.10");
    expect(formatUsd(0.00003)).toBe("<$0.0001");
    expect(formatUsd(0)).toBe("$0.00");
  });
});

describe("a ChatModel exposes its price and its max output tokens", () => {
  it("providers take the price from the table by model name, and the max output tokens they send", () => {
    const openai = createChatModel({ provider: "openai" }, KEYS);
    expect(openai.price).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(openai.maxOutputTokens).toBe(4096);
    const github = createChatModel({ provider: "github-models" }, KEYS);
    expect(github.price).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    // GitHub Models' free tier caps a request at 4000 output tokens, and that is what is sent.
    expect(github.maxOutputTokens).toBe(4000);
    const anthropic = createChatModel({ provider: "anthropic", maxTokens: 8000 }, KEYS);
    expect(anthropic.price).toEqual({ inputPerMTok: 1, outputPerMTok: 5 });
    expect(anthropic.maxOutputTokens).toBe(8000);
  });

  it("a model the table does not know has no price", () => {
    const local = createChatModel({ provider: "openai", model: "qwen2.5-coder", baseURL: "http://127.0.0.1:9/v1" }, KEYS);
    expect(local.price).toBeUndefined();
    expect("price" in local).toBe(false);
  });

  it("the user's table overrides and extends the defaults; an explicit price wins over both", () => {
    const priceTable = parsePriceTable({ "qwen2.5-coder": { inputPerMTok: 0, outputPerMTok: 0 }, "gpt-4.1-mini": { inputPerMTok: 1, outputPerMTok: 2 } });
    expect(createChatModel({ provider: "openai", model: "qwen2.5-coder", priceTable }, KEYS).price).toEqual({ inputPerMTok: 0, outputPerMTok: 0 });
    expect(createChatModel({ provider: "openai", priceTable }, KEYS).price).toEqual({ inputPerMTok: 1, outputPerMTok: 2 });
    expect(createChatModel({ provider: "github-models", priceTable }, KEYS).price).toEqual({ inputPerMTok: 1, outputPerMTok: 2 });
    const explicit = { inputPerMTok: 7, outputPerMTok: 9 };
    expect(createChatModel({ provider: "anthropic", priceTable, price: explicit }, KEYS).price).toEqual(explicit);
    expect(resolveModelPrice("gpt-4o", {})).toEqual({ inputPerMTok: 2.5, outputPerMTok: 10 });
  });

  it("ScriptedModel takes both as options and has neither by default", () => {
    expect(new ScriptedModel([]).price).toBeUndefined();
    expect(new ScriptedModel([]).maxOutputTokens).toBeUndefined();
    const priced = new ScriptedModel([], "scripted", { price: { inputPerMTok: 1, outputPerMTok: 2 }, maxOutputTokens: 500 });
    expect(priced.price).toEqual({ inputPerMTok: 1, outputPerMTok: 2 });
    expect(priced.maxOutputTokens).toBe(500);
  });

  it("the recording wrapper passes both through", async () => {
    const { dir, remove } = await makeTempDir();
    cleanups.push(remove);
    const inner = new ScriptedModel([], "scripted", { price: { inputPerMTok: 1, outputPerMTok: 2 }, maxOutputTokens: 500 });
    const recorded = recordingChatModel(inner, { path: path.join(dir, "run.jsonl"), secrets: [] });
    expect(recorded.price).toEqual({ inputPerMTok: 1, outputPerMTok: 2 });
    expect(recorded.maxOutputTokens).toBe(500);
    const bare = recordingChatModel(new ScriptedModel([]), { path: path.join(dir, "other.jsonl"), secrets: [] });
    expect("price" in bare).toBe(false);
    expect("maxOutputTokens" in bare).toBe(false);
  });

  it("a replay is priced as the recorded model, or as the options say", async () => {
    const entry = (model: string): TranscriptEntry => ({
      v: 1,
      ts: "2026-11-22T00:00:00.000Z",
      model,
      request: { system: "", messages: [] },
      response: { text: "ok", toolCalls: [], usage: { inputTokens: 1, outputTokens: 1 }, stopReason: "end_turn" },
    });
    expect(replayChatModelFromEntries([entry("openai:gpt-4.1-mini")], "t").price).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(replayChatModelFromEntries([entry("github-models:openai/gpt-4o-mini")], "t").price).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });
    expect(replayChatModelFromEntries([entry("anthropic:claude-haiku-4-5-20251001")], "t").price).toEqual({ inputPerMTok: 1, outputPerMTok: 5 });
    expect(replayChatModelFromEntries([entry("openai:qwen-local")], "t").price).toBeUndefined();
    const priceTable = parsePriceTable({ "qwen-local": { inputPerMTok: 0.1, outputPerMTok: 0.2 } });
    const replay = replayChatModelFromEntries([entry("openai:qwen-local")], "t", { priceTable, maxOutputTokens: 2048 });
    expect(replay.price).toEqual({ inputPerMTok: 0.1, outputPerMTok: 0.2 });
    expect(replay.maxOutputTokens).toBe(2048);

    const { dir, remove } = await makeTempDir({ "run.jsonl": `${JSON.stringify(entry("openai:gpt-4o"))}\n` });
    cleanups.push(remove);
    const fromFile = await createReplayChatModel(path.join(dir, "run.jsonl"), { maxOutputTokens: 1000 });
    expect(fromFile.price).toEqual({ inputPerMTok: 2.5, outputPerMTok: 10 });
    expect(fromFile.maxOutputTokens).toBe(1000);
    expect(await readFile(path.join(dir, "run.jsonl"), "utf8")).toContain("gpt-4o");
  });
});
