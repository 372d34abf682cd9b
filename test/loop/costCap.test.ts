import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCompileLoop } from "../../src/loop/runCompileLoop.js";
import { LoopOptionsError, validateCostCap } from "../../src/loop/validateLoopOptions.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import type { ChatRequest, ChatResponse, ToolCall } from "../../src/models/chatModel.js";
import { estimateInputTokens, formatUsd, requestBytes, usageCostUsd } from "../../src/models/costEstimate.js";
import { createChatModel } from "../../src/models/createChatModel.js";
import { parsePriceTable } from "../../src/models/priceTable.js";
import type { ModelPrice } from "../../src/models/priceTable.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import { startAnthropicServer } from "../support/anthropicServer.js";
import { startOpenAIServer } from "../support/openaiServer.js";
import { BUGGY_MATH, FIXED_MATH, MULTI_FILE_FIX, TEST_COMMAND, WRONG_FIX, buggyProjectFiles } from "../support/buggyProject.js";
import { makeTempDir } from "../support/tempDir.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function project(extra: Record<string, string> = {}): Promise<string> {
  const { dir, remove } = await makeTempDir({ ...buggyProjectFiles(), ...extra });
  cleanups.push(remove);
  return dir;
}

/**
 * Prices where one call's output reserve dominates: 10,000 output tokens at
 * $10 per million is $0.10 a call, whatever the prompt (about 2,000 input
 * tokens at $1 per million, $0.002). A cap of $0.15 then admits exactly one
 * call that spends what it was allowed to.
 */
const PRICE: ModelPrice = { inputPerMTok: 1, outputPerMTok: 10 };
const MAX_OUT = 10_000;

/** A reply that spends everything the gate allowed for: the estimated prompt and every output token. */
function worstCase(reply: { text?: string; toolCalls?: ToolCall[] }): (request: ChatRequest) => ChatResponse {
  return (request) => {
    const toolCalls = reply.toolCalls ?? [];
    return {
      text: reply.text ?? "",
      toolCalls,
      usage: { inputTokens: estimateInputTokens(request), outputTokens: MAX_OUT },
      stopReason: toolCalls.length > 0 ? "tool_use" : "end_turn",
    };
  };
}

function pricedModel(turns: ConstructorParameters<typeof ScriptedModel>[0]): ScriptedModel {
  return new ScriptedModel(turns, "scripted", { price: PRICE, maxOutputTokens: MAX_OUT });
}

/** Fixes the code after WRONG_FIX made it multiply. */
const FIX_AFTER_WRONG = MULTI_FILE_FIX.replace("a - b", "a * b");

const readMath: ToolCall = { id: "t1", name: "read_file", input: { path: "src/math.js" } };

describe("maxCostUsd: a hard cost cap checked before every model call", () => {
  it("stops before the call that would cross the cap: that call is never made, and the spend is in the result", async () => {
    const dir = await project();
    const model = pricedModel([worstCase({ text: WRONG_FIX }), worstCase({ text: FIX_AFTER_WRONG })]);
    const events: LoopEvent[] = [];
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.15, onEvent: (e) => events.push(e) });

    expect(result.ok).toBe(false);
    expect(result.failureReason).toBe("budget");
    expect(result.summary).toBe("give-up: cost cap reached at iter 1/5");
    // The second reply, which would have fixed the code, was never asked for.
    expect(model.requests).toHaveLength(1);
    expect(model.remaining).toBe(1);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH.replace("a - b", "a * b"));

    const spent = usageCostUsd(result.usage, PRICE);
    expect(result.usage.outputTokens).toBe(MAX_OUT);
    expect(result.costUsd).toBeCloseTo(spent, 12);
    expect(spent).toBeLessThanOrEqual(0.15);
    expect(result.history).toHaveLength(1);
    expect(result.history[0]?.costUsd).toBeCloseTo(spent, 12);
    expect(result.history[0]?.usage).toEqual(result.usage);
    expect(result.stoppedIteration).toBeUndefined();

    const stop = result.costStop;
    expect(stop?.capUsd).toBe(0.15);
    expect(stop?.spentUsd).toBeCloseTo(spent, 12);
    expect(stop?.maxOutputTokens).toBe(MAX_OUT);
    expect(stop?.purpose).toBe("edit");
    expect(stop?.iteration).toBe(2);
    expect((stop?.spentUsd ?? 0) + (stop?.callEstimateUsd ?? 0)).toBeGreaterThan(0.15);
    expect(stop?.callEstimateUsd).toBeGreaterThanOrEqual(0.1);

    // What was spent (USD and tokens), the cap, and what to do.
    const message = result.failureMessage ?? "";
    expect(message).toContain(formatUsd(spent));
    expect(message).toContain(`${result.usage.inputTokens.toLocaleString("en-US")} input + 10,000 output tokens`);
    expect(message).toContain("$0.15");
    expect(message).toMatch(/raise the cap/i);
    expect(result.lastError).toContain("was not made");
    expect(result.lastError).toContain("10,000 output tokens");

    expect(events.filter((e) => e.type === "model_call")).toHaveLength(1);
    const call = events.find((e) => e.type === "model_call");
    expect(call?.type === "model_call" && call.costUsd).toBeCloseTo(spent, 12);
  });

  it("stops inside an iteration's tool loop, and reports that iteration's spend as stoppedIteration", async () => {
    const dir = await project();
    const model = pricedModel([worstCase({ toolCalls: [readMath] }), worstCase({ text: MULTI_FILE_FIX })]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.15 });

    expect(result.failureReason).toBe("budget");
    // Inside the tool loop the iteration has started: the stop reports it, as the tool_loop gate does.
    expect(result.summary).toBe("give-up: cost cap reached at iter 1/5");
    expect(model.requests).toHaveLength(1);
    expect(result.history).toHaveLength(0);
    expect(result.stoppedIteration?.iteration).toBe(1);
    expect(result.stoppedIteration?.usage).toEqual(result.usage);
    expect(result.stoppedIteration?.costUsd).toBeCloseTo(result.costUsd ?? -1, 12);
    expect(result.costStop?.iteration).toBe(1);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(BUGGY_MATH);
  });

  it("refuses the first call when a single call could cost more than the whole cap", async () => {
    const dir = await project();
    const model = pricedModel([MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.05 });

    expect(result.failureReason).toBe("budget");
    expect(result.summary).toBe("give-up: cost cap reached at iter 0/5");
    expect(model.requests).toHaveLength(0);
    expect(result.costUsd).toBe(0);
    expect(result.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(result.failureMessage).toContain("$0.05");
    expect(result.failureMessage).toMatch(/^One model call alone could cost up to \$0\.10\d*/);
    expect(result.failureMessage).toMatch(/max output tokens/);
  });

  it("checks the calls that digest a large file too, and once it refused one, no later call is made", async () => {
    // About 30 KB: read_file answers with a digest, one model call per 200-line chunk.
    const big = Array.from({ length: 600 }, (_, i) => `export function helper${i}(x) { return x + ${i}; } // filler line`).join("\n") + "\n";
    const dir = await project({ "src/big.js": big });
    const model = pricedModel([worstCase({ toolCalls: [{ id: "t1", name: "read_file", input: { path: "src/big.js" } }] }), "digest", "digest", "digest", MULTI_FILE_FIX]);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js", "src/big.js"], maxCostUsd: 0.15 });

    expect(result.failureReason).toBe("budget");
    expect(result.costStop?.purpose).toBe("digest");
    // Only the first edit call was made: no chunk was summarised, and the edit call after the read was refused too.
    expect(model.requests).toHaveLength(1);
    expect(model.requests.some((r) => r.purpose === "digest")).toBe(false);
    expect(result.costUsd).toBeLessThanOrEqual(0.15);
  });

  it("after a reply counted denser than 2 bytes a token, the next estimate uses the rate the provider counted", async () => {
    const dir = await project();
    const dense = (request: ChatRequest): ChatResponse => ({
      text: WRONG_FIX,
      toolCalls: [],
      // One token a byte: twice what the estimate assumes by default.
      usage: { inputTokens: requestBytes(request) + 100, outputTokens: 10 },
      stopReason: "end_turn",
    });
    // Input only, at $1 per million: a prompt of about 64 KB is estimated at about $0.035 and then
    // spends about $0.065, so a $0.05 cap admits the first call and refuses the second at any rate.
    const model = new ScriptedModel([dense, FIX_AFTER_WRONG], "scripted", { price: { inputPerMTok: 1, outputPerMTok: 0 }, maxOutputTokens: 100 });
    const instructions = "Keep the code style. ".repeat(3000);
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], instructions, maxCostUsd: 0.05 });

    expect(result.failureReason).toBe("budget");
    expect(model.requests).toHaveLength(1);
    const firstBytes = requestBytes(model.requests[0] ?? { system: "", messages: [] });
    expect(firstBytes).toBeGreaterThan(instructions.length);
    // At the default rate the second prompt would be estimated at about half its bytes; it is estimated at all of them.
    expect(result.costStop?.estimatedInputTokens).toBeGreaterThan(firstBytes);
  });

  it("a cap the run never reaches lets it converge, with the cost of each iteration", async () => {
    const dir = await project();
    const price = { inputPerMTok: 0.4, outputPerMTok: 1.6 };
    const model = new ScriptedModel([WRONG_FIX, FIX_AFTER_WRONG], "scripted", { price });
    const result = await runCompileLoop({ repoDir: dir, testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.05 });

    expect(result.ok).toBe(true);
    expect(result.iterations).toBe(2);
    expect(model.requests).toHaveLength(2);
    expect(await readFile(path.join(dir, "src/math.js"), "utf8")).toBe(FIXED_MATH);
    expect(result.costUsd).toBeCloseTo(usageCostUsd(result.usage, price), 12);
    const perIteration = result.history.map((h) => h.costUsd ?? Number.NaN);
    expect(perIteration).toHaveLength(2);
    expect(perIteration[0]).toBeCloseTo(usageCostUsd(result.history[0]?.usage ?? { inputTokens: 0, outputTokens: 0 }, price), 12);
    expect((perIteration[0] ?? 0) + (perIteration[1] ?? 0)).toBeCloseTo(result.costUsd ?? -1, 12);
    expect(result.costStop).toBeUndefined();
  });

  it("reports cost without a cap, and none for a model with no price", async () => {
    const priced = await runCompileLoop({
      repoDir: await project(),
      testCommand: TEST_COMMAND,
      model: new ScriptedModel([MULTI_FILE_FIX], "scripted", { price: { inputPerMTok: 2, outputPerMTok: 8 } }),
      targetFiles: ["src/math.js"],
    });
    expect(priced.ok).toBe(true);
    expect(priced.costUsd).toBeCloseTo(usageCostUsd(priced.usage, { inputPerMTok: 2, outputPerMTok: 8 }), 12);
    const unpriced = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model: new ScriptedModel([MULTI_FILE_FIX]), targetFiles: ["src/math.js"] });
    expect(unpriced.ok).toBe(true);
    expect(unpriced.costUsd).toBeUndefined();
    expect(unpriced.history[0]?.costUsd).toBeUndefined();
    expect(unpriced.history[0]?.usage.inputTokens).toBeGreaterThan(0);
  });
});

describe("maxCostUsd: configuration errors before any test or call", () => {
  const markerCommand = `node -e "require('fs').writeFileSync('tests-ran', '1')" && ${TEST_COMMAND}`;

  it("a cost cap with a model of no known price is a LoopOptionsError naming the option and the model", async () => {
    const dir = await project();
    const model = new ScriptedModel([MULTI_FILE_FIX], "scripted-unpriced");
    const run = runCompileLoop({ repoDir: dir, testCommand: markerCommand, model, targetFiles: ["src/math.js"], maxCostUsd: 1 });
    await expect(run).rejects.toBeInstanceOf(LoopOptionsError);
    await expect(run).rejects.toMatchObject({ option: "maxCostUsd" });
    await expect(run).rejects.toThrow(/scripted-unpriced/);
    await expect(run).rejects.toThrow(/price table/);
    expect(existsSync(path.join(dir, "tests-ran"))).toBe(false);
    expect(model.requests).toHaveLength(0);
    // The same check, for callers that run setup or tests before the loop.
    expect(() => validateCostCap({ maxCostUsd: 1, model })).toThrow(LoopOptionsError);
    expect(validateCostCap({ model })).toEqual({ maxOutputTokens: 4096 });
  });

  it.each([
    ["zero", 0],
    ["negative", -1],
    ["not a number", Number.NaN],
    ["infinite", Number.POSITIVE_INFINITY],
  ])("rejects a %s cap", async (_name, maxCostUsd) => {
    const dir = await project();
    const model = new ScriptedModel([], "scripted", { price: PRICE });
    const run = runCompileLoop({ repoDir: dir, testCommand: markerCommand, model, targetFiles: ["src/math.js"], maxCostUsd });
    await expect(run).rejects.toMatchObject({ option: "maxCostUsd" });
    expect(existsSync(path.join(dir, "tests-ran"))).toBe(false);
  });

  it("rejects a model whose price or max output tokens make no sense", async () => {
    const dir = await project();
    const badPrice = new ScriptedModel([], "scripted", { price: { inputPerMTok: -1, outputPerMTok: 1 } });
    await expect(runCompileLoop({ repoDir: dir, testCommand: markerCommand, model: badPrice, targetFiles: ["src/math.js"] })).rejects.toMatchObject({ option: "model.price" });
    const badMax = new ScriptedModel([], "scripted", { price: PRICE, maxOutputTokens: 0 });
    await expect(runCompileLoop({ repoDir: dir, testCommand: markerCommand, model: badMax, targetFiles: ["src/math.js"] })).rejects.toMatchObject({ option: "model.maxOutputTokens" });
    expect(existsSync(path.join(dir, "tests-ran"))).toBe(false);
  });
});

describe("maxCostUsd through the real SDKs against loopback servers", () => {
  it("OpenAI: the user's price override is what the cap is checked against; the server never sees the refused call", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-cost-cap-key" });
    cleanups.push(() => server.close());
    // Under the override the first call spends 2,000 output tokens at $50 per million: $0.10 of a $0.15 cap.
    server.replyText(WRONG_FIX, { promptTokens: 500, completionTokens: 2000 });
    server.replyText(FIX_AFTER_WRONG, { promptTokens: 500, completionTokens: 20 });
    const priceTable = parsePriceTable({ "gpt-4.1-mini": { inputPerMTok: 1, outputPerMTok: 50 } });
    const model = createChatModel({ provider: "openai", model: "gpt-4.1-mini", baseURL: server.baseURL, maxTokens: 2000, priceTable }, { OPENAI_API_KEY: "sk-cost-cap-key" });
    const result = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.15 });

    expect(result.failureReason).toBe("budget");
    expect(server.completions).toHaveLength(1);
    expect(server.pending).toBe(1);
    expect((server.completions[0]?.body as { max_tokens?: number }).max_tokens).toBe(2000);
    expect(result.usage).toEqual({ inputTokens: 500, outputTokens: 2000 });
    expect(result.costUsd).toBeCloseTo((500 * 1 + 2000 * 50) / 1e6, 12);
    expect(result.failureMessage).toContain("$0.1005");
    expect(result.failureMessage).toContain("500 input + 2,000 output tokens");
  });

  it("OpenAI: a reply that reports no usage counts against the cap at its estimate", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-cost-cap-key" });
    cleanups.push(() => server.close());
    server.replyText(WRONG_FIX, { promptTokens: 0, completionTokens: 0 });
    server.replyText(FIX_AFTER_WRONG, { promptTokens: 0, completionTokens: 0 });
    const priceTable = parsePriceTable({ "gpt-4.1-mini": { inputPerMTok: 1, outputPerMTok: 50 } });
    const model = createChatModel({ provider: "openai", model: "gpt-4.1-mini", baseURL: server.baseURL, maxTokens: 2000, priceTable }, { OPENAI_API_KEY: "sk-cost-cap-key" });
    const result = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.15 });

    // The reported usage says nothing was spent; the cap does not believe it.
    expect(result.costUsd).toBe(0);
    expect(result.failureReason).toBe("budget");
    expect(server.completions).toHaveLength(1);
    expect(result.costStop?.unmeteredCalls).toBe(1);
    expect(result.costStop?.spentUsd).toBeGreaterThanOrEqual(0.1);
    expect(result.failureMessage).toContain("1 reply reported no usage and was counted at its estimate");
  });

  it("OpenAI: at the list price the same cap is never reached and the run converges", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-cost-cap-key" });
    cleanups.push(() => server.close());
    server.replyText(WRONG_FIX, { promptTokens: 500, completionTokens: 2000 });
    server.replyText(FIX_AFTER_WRONG, { promptTokens: 500, completionTokens: 20 });
    const model = createChatModel({ provider: "openai", model: "gpt-4.1-mini", baseURL: server.baseURL, maxTokens: 2000 }, { OPENAI_API_KEY: "sk-cost-cap-key" });
    const result = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.15 });

    expect(result.ok).toBe(true);
    expect(server.completions).toHaveLength(2);
    expect(result.costUsd).toBeCloseTo((1000 * 0.4 + 2020 * 1.6) / 1e6, 12);
  });

  it("OpenAI: a model the table does not know needs a price before a cap can apply; with one in the user's table it runs", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-cost-cap-key" });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const env = { OPENAI_API_KEY: "sk-cost-cap-key" };
    const unpriced = createChatModel({ provider: "openai", model: "qwen-local", baseURL: server.baseURL }, env);
    const refused = runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model: unpriced, targetFiles: ["src/math.js"], maxCostUsd: 1 });
    await expect(refused).rejects.toMatchObject({ option: "maxCostUsd" });
    await expect(refused).rejects.toThrow(/openai:qwen-local/);
    expect(server.requests).toHaveLength(0);

    const priceTable = parsePriceTable({ "qwen-local": { inputPerMTok: 0, outputPerMTok: 0 } });
    const priced = createChatModel({ provider: "openai", model: "qwen-local", baseURL: server.baseURL, priceTable }, env);
    const result = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model: priced, targetFiles: ["src/math.js"], maxCostUsd: 1 });
    expect(result.ok).toBe(true);
    expect(result.costUsd).toBe(0);
  });

  it("Anthropic: the request's max_tokens is the output the estimate reserves", async () => {
    const server = await startAnthropicServer({ apiKey: "ak-cost-cap-key" });
    cleanups.push(() => server.close());
    server.replyText(MULTI_FILE_FIX);
    const env = { ANTHROPIC_API_KEY: "ak-cost-cap-key" };
    // claude-haiku-4-5 at $5 per million output tokens: 64,000 of them could cost $0.32, more than the cap.
    const generous = createChatModel({ provider: "anthropic", baseURL: server.baseURL, maxTokens: 64_000 }, env);
    const stopped = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model: generous, targetFiles: ["src/math.js"], maxCostUsd: 0.25 });
    expect(stopped.failureReason).toBe("budget");
    expect(stopped.costStop?.maxOutputTokens).toBe(64_000);
    expect(server.messages).toHaveLength(0);
    expect(stopped.lastError).toContain("64,000 output tokens");

    // With the provider default (4,096, about $0.02) the same cap lets the run through.
    const model = createChatModel({ provider: "anthropic", baseURL: server.baseURL }, env);
    const result = await runCompileLoop({ repoDir: await project(), testCommand: TEST_COMMAND, model, targetFiles: ["src/math.js"], maxCostUsd: 0.25 });
    expect(result.ok).toBe(true);
    expect(server.messages).toHaveLength(1);
    expect((server.messages[0]?.body as { max_tokens?: number }).max_tokens).toBe(4096);
    // The loopback server reports 13 input and 5 output tokens.
    expect(result.costUsd).toBeCloseTo((13 * 1 + 5 * 5) / 1e6, 12);
  });
});
