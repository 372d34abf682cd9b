import type { ChatModel } from "./chatModel.js";
import { ModelCallError } from "./chatModel.js";
import { createAnthropicChatModel } from "./anthropic/anthropicChatModel.js";
import { createGitHubModelsChatModel } from "./githubModelsChatModel.js";
import { createOpenAIChatModel } from "./openai/openaiChatModel.js";
import type { ModelPrice, PriceTable } from "./priceTable.js";
import type { RetryEvent } from "./retryModelCall.js";

export type ProviderName = "openai" | "anthropic" | "github-models";

export const PROVIDER_NAMES: readonly ProviderName[] = ["openai", "anthropic", "github-models"];

/** Where each provider's key is looked up when no apiKeyEnv is given. */
export const DEFAULT_API_KEY_ENV: Readonly<Record<ProviderName, string>> = Object.freeze({
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  "github-models": "GITHUB_TOKEN",
});

/** Provider settings as the CLI and the action collect them. */
export interface ChatModelConfig {
  provider: ProviderName | (string & {});
  model?: string;
  /** The key itself; wins over apiKeyEnv. */
  apiKey?: string;
  /** The environment variable holding the key. */
  apiKeyEnv?: string;
  /**
   * Where the key came from, for error messages ("Check the API key in …"),
   * e.g. "the `api-key` input". Default: the variable's name, or "the apiKey
   * setting" when the key was passed directly.
   */
  apiKeySource?: string;
  baseURL?: string;
  temperature?: number;
  maxTokens?: number;
  disableThinking?: boolean;
  timeoutMs?: number;
  maxRetries?: number;
  retryBaseDelayMs?: number;
  maxRetryAfterMs?: number;
  /** OpenAI organization id. */
  organization?: string;
  /** GitHub Models: bill to this organization. */
  org?: string;
  onRetry?: (event: RetryEvent) => void;
  /** The model's price in USD per million tokens; wins over the table. */
  price?: ModelPrice;
  /** Prices to look the model up in, e.g. parsePriceTable(userJson) (the user's entries over the defaults). Default DEFAULT_PRICE_TABLE. */
  priceTable?: PriceTable;
}

export function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}

/**
 * The key for a config, and the variable it came from. Callers add the key to
 * their redaction list and keep it out of child-process environments.
 */
export function resolveApiKey(
  config: Pick<ChatModelConfig, "provider" | "apiKey" | "apiKeyEnv">,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { apiKey: string; apiKeyEnv: string } {
  const provider = requireProvider(config.provider);
  const apiKeyEnv = config.apiKeyEnv ?? DEFAULT_API_KEY_ENV[provider];
  const apiKey = config.apiKey !== undefined && config.apiKey !== "" ? config.apiKey : env[apiKeyEnv];
  if (apiKey === undefined || apiKey.trim() === "") {
    const hint =
      provider === "github-models"
        ? " In a workflow, pass the job's token (github.token) and grant `permissions: models: read`."
        : "";
    throw new ModelCallError("config", `No API key for provider "${provider}": set the environment variable ${apiKeyEnv}.${hint}`);
  }
  return { apiKey: apiKey.trim(), apiKeyEnv };
}

/** Builds the ChatModel a config describes; configuration problems are ModelCallError("config"). */
export function createChatModel(config: ChatModelConfig, env: Readonly<Record<string, string | undefined>> = process.env): ChatModel {
  const provider = requireProvider(config.provider);
  const { apiKey, apiKeyEnv } = resolveApiKey(config, env);
  const explicitKey = config.apiKey !== undefined && config.apiKey !== "";
  const common = {
    apiKey,
    apiKeyEnv: config.apiKeySource ?? (explicitKey && config.apiKeyEnv === undefined ? "the apiKey setting" : apiKeyEnv),
    ...defined({
      model: config.model,
      baseURL: config.baseURL,
      maxTokens: config.maxTokens,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
      retryBaseDelayMs: config.retryBaseDelayMs,
      maxRetryAfterMs: config.maxRetryAfterMs,
      onRetry: config.onRetry,
      price: config.price,
      priceTable: config.priceTable,
    }),
  };
  switch (provider) {
    case "openai":
      return createOpenAIChatModel({
        ...common,
        ...defined({ temperature: config.temperature, disableThinking: config.disableThinking, organization: config.organization }),
      });
    case "github-models":
      return createGitHubModelsChatModel({
        ...common,
        ...defined({ temperature: config.temperature, disableThinking: config.disableThinking, org: config.org }),
      });
    case "anthropic":
      return createAnthropicChatModel(common);
  }
}

function requireProvider(provider: string): ProviderName {
  if (isProviderName(provider)) return provider;
  throw new ModelCallError("config", `Unknown provider "${provider}". Valid providers: ${PROVIDER_NAMES.join(", ")}.`);
}

/** Drops undefined entries so optional options stay absent rather than explicitly undefined. */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(values) as [keyof T, T[keyof T]][]) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}
