import type { TokenUsage } from "./chatModel.js";

/** USD per million tokens. */
export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * When DEFAULT_PRICE_TABLE was last compared with the providers' published list
 * prices (standard tier, no caching, no batch). Prices drift: users can pass
 * their own table, and an estimate is only ever an estimate.
 */
export const PRICE_TABLE_DATE = "2026-11-22";

export const DEFAULT_PRICE_TABLE: PriceTable = Object.freeze({
  "gpt-4.1": { inputPerMTok: 2, outputPerMTok: 8 },
  "gpt-4.1-mini": { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  "gpt-4.1-nano": { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  "gpt-4o": { inputPerMTok: 2.5, outputPerMTok: 10 },
  "gpt-4o-mini": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  "gpt-5": { inputPerMTok: 1.25, outputPerMTok: 10 },
  "gpt-5-mini": { inputPerMTok: 0.25, outputPerMTok: 2 },
  "gpt-5-nano": { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  "o4-mini": { inputPerMTok: 1.1, outputPerMTok: 4.4 },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5 },
  "claude-sonnet-4-5": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-sonnet-4": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-opus-4-5": { inputPerMTok: 5, outputPerMTok: 25 },
  "claude-opus-4-1": { inputPerMTok: 15, outputPerMTok: 75 },
  "claude-3-5-haiku": { inputPerMTok: 0.8, outputPerMTok: 4 },
});

/** A dated snapshot suffix: "-20251001" or "-2024-07-18", optionally "-latest". */
const SNAPSHOT_SUFFIX = /^-(\d{8}|\d{4}-\d{2}-\d{2}|latest)$/;

/**
 * The price entry for a model id. Matches exactly, then without a publisher
 * prefix ("openai/gpt-4.1-mini" on GitHub Models), then with a dated snapshot
 * suffix removed ("claude-haiku-4-5-20251001"). "gpt-4.1-mini" never matches
 * "gpt-4.1": only date suffixes are stripped.
 */
export function findModelPrice(model: string, table: PriceTable = DEFAULT_PRICE_TABLE): ModelPrice | undefined {
  const lower = model.trim().toLowerCase();
  const bare = lower.slice(lower.lastIndexOf("/") + 1);
  for (const id of [lower, bare]) {
    const exact = table[id];
    if (exact !== undefined) return exact;
  }
  for (const [key, price] of Object.entries(table)) {
    if (bare.startsWith(key) && SNAPSHOT_SUFFIX.test(bare.slice(key.length))) return price;
  }
  return undefined;
}

/** Where a model's price comes from: an explicit price, else the table (the user's, or the defaults). */
export interface PriceSource {
  /** This model's price; wins over the table (e.g. a local server: {inputPerMTok: 0, outputPerMTok: 0}). */
  price?: ModelPrice;
  /** The table to look the model up in, e.g. parsePriceTable(userJson), which lays the user's entries over the defaults. Default DEFAULT_PRICE_TABLE. */
  priceTable?: PriceTable;
}

/** The price a provider exposes as ChatModel.price; undefined when neither the price nor the table knows the model. */
export function resolveModelPrice(model: string, source: PriceSource): ModelPrice | undefined {
  return source.price ?? findModelPrice(model, source.priceTable ?? DEFAULT_PRICE_TABLE);
}

/**
 * The model name inside a ChatModel.id ("openai:gpt-4.1-mini" → "gpt-4.1-mini",
 * "replay:github-models:openai/gpt-4o" → "openai/gpt-4o"), which is what the
 * price table is keyed by. Only the providers' own prefixes are removed: a
 * colon can also belong to the name (Ollama's "qwen2.5-coder:7b").
 */
export function modelNameFromId(id: string): string {
  return id.replace(/^(?:(?:replay|openai|anthropic|github-models):)+/, "");
}

/** Estimated USD for the tokens used; undefined for a model the table does not know (show tokens only). */
export function estimateCostUsd(model: string, usage: TokenUsage, priceTable: PriceTable = DEFAULT_PRICE_TABLE): number | undefined {
  const price = findModelPrice(model, priceTable);
  if (price === undefined) return undefined;
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}

export class PriceTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PriceTableError";
  }
}

/**
 * Validates a user's JSON price table, e.g.
 * `{"my-model": {"inputPerMTok": 0.5, "outputPerMTok": 1.5}}`, and lays it over
 * the defaults (user entries win).
 */
export function parsePriceTable(json: unknown, base: PriceTable = DEFAULT_PRICE_TABLE): PriceTable {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new PriceTableError("The price table must be a JSON object mapping model ids to {inputPerMTok, outputPerMTok}.");
  }
  const out: Record<string, ModelPrice> = { ...base };
  for (const [model, entry] of Object.entries(json)) {
    const input = (entry as { inputPerMTok?: unknown } | null)?.inputPerMTok;
    const output = (entry as { outputPerMTok?: unknown } | null)?.outputPerMTok;
    if (!isPrice(input) || !isPrice(output)) {
      throw new PriceTableError(`Price table entry "${model}" needs non-negative numbers inputPerMTok and outputPerMTok (USD per million tokens).`);
    }
    out[model.toLowerCase()] = { inputPerMTok: input, outputPerMTok: output };
  }
  return Object.freeze(out);
}

function isPrice(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}
