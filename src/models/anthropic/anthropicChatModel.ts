// Type-only: erased at build time, so the SDK itself loads on the first call.
import type * as AnthropicSdk from "@anthropic-ai/sdk";
import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";
import type { ChatModel, ChatRequest, ChatResponse } from "../chatModel.js";
import { classifyProviderError } from "../classifyProviderError.js";
import type { ProviderErrorContext } from "../classifyProviderError.js";
import { ANTHROPIC_BASE_URL, ANTHROPIC_DEFAULT_MODEL, DEFAULT_MAX_RETRIES, DEFAULT_MAX_TOKENS, DEFAULT_TIMEOUT_MS } from "../providerDefaults.js";
import { resolveModelPrice } from "../priceTable.js";
import type { PriceSource } from "../priceTable.js";
import { DEFAULT_RETRY_POLICY, retryModelCall } from "../retryModelCall.js";
import type { RetryEvent, RetryPolicy } from "../retryModelCall.js";
import { fromAnthropicMessage } from "./fromAnthropicMessage.js";
import { toAnthropicMessages, toAnthropicTools } from "./toAnthropicMessages.js";

/** `price` and `priceTable` (PriceSource) set ChatModel.price, by the model name. */
export interface AnthropicChatModelOptions extends PriceSource {
  apiKey: string;
  /** Where the key came from, named in auth errors. Default ANTHROPIC_API_KEY. */
  apiKeyEnv?: string;
  /** Default claude-haiku-4-5-20251001 (the seed's). */
  model?: string;
  /** For proxies; the SDK appends /v1/messages. Default https://api.anthropic.com. */
  baseURL?: string;
  /** Default 4096. */
  maxTokens?: number;
  /** Per attempt. Default 120000. */
  timeoutMs?: number;
  /** Default 3. */
  maxRetries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  maxRetryAfterMs?: number;
  onRetry?: (event: RetryEvent) => void;
  defaultHeaders?: Record<string, string>;
}

type AnthropicModule = typeof AnthropicSdk;
type AnthropicClient = InstanceType<AnthropicModule["Anthropic"]>;

let sdkPromise: Promise<AnthropicModule> | undefined;

/** Loaded on the first call so CLI start-up does not pay for it. */
function loadSdk(): Promise<AnthropicModule> {
  sdkPromise ??= import("@anthropic-ai/sdk");
  return sdkPromise;
}

/** A ChatModel over the Messages API with tools, via `@anthropic-ai/sdk`. */
export function createAnthropicChatModel(options: AnthropicChatModelOptions): ChatModel {
  const model = options.model ?? ANTHROPIC_DEFAULT_MODEL;
  const baseURL = (options.baseURL ?? ANTHROPIC_BASE_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = {
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
  };
  const ctx: ProviderErrorContext = {
    label: baseURL === ANTHROPIC_BASE_URL ? "Anthropic" : "The Anthropic-compatible server",
    model,
    baseURL,
    apiKeyEnv: options.apiKeyEnv ?? "ANTHROPIC_API_KEY",
    timeoutMs,
    secrets: [options.apiKey],
  };
  let client: AnthropicClient | undefined;
  const maxOutputTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  // A dated snapshot id ("claude-haiku-4-5-20251001") matches its undated table entry.
  const price = resolveModelPrice(model, options);

  async function getClient(): Promise<{ client: AnthropicClient; sdk: AnthropicModule }> {
    const sdk = await loadSdk();
    client ??= new sdk.Anthropic({
      apiKey: options.apiKey,
      baseURL,
      // Our retry loop is the only one, so attempts never multiply.
      maxRetries: 0,
      timeout: timeoutMs,
      defaultHeaders: options.defaultHeaders,
      logLevel: "warn",
    });
    return { client, sdk };
  }

  function buildBody(request: ChatRequest): MessageCreateParamsNonStreaming {
    const body: MessageCreateParamsNonStreaming = {
      model,
      max_tokens: maxOutputTokens,
      messages: toAnthropicMessages(request.messages),
    };
    if (request.system !== "") body.system = request.system;
    // No temperature: the seed sent none and this SDK's Messages types no longer carry one.
    if (request.tools !== undefined && request.tools.length > 0) body.tools = toAnthropicTools(request.tools);
    return body;
  }

  return {
    id: `anthropic:${model}`,
    ...(price === undefined ? {} : { price }),
    maxOutputTokens,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      const { client: anthropic, sdk } = await getClient();
      return retryModelCall(
        async () => {
          const body: unknown = await anthropic.messages.create(buildBody(request), {
            signal: request.signal ?? null,
            timeout: timeoutMs,
            maxRetries: 0,
          });
          return fromAnthropicMessage(body, ctx.label);
        },
        {
          policy,
          classify: (error) => classifyProviderError(error, sdk, ctx),
          ...(request.signal === undefined ? {} : { signal: request.signal }),
          ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
        },
      );
    },
  };
}
