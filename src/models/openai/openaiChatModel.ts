// Type-only: erased at build time, so the SDK itself loads on the first call.
import type * as OpenAISdk from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import type { ChatModel, ChatRequest, ChatResponse } from "../chatModel.js";
import { ModelCallError } from "../chatModel.js";
import { classifyProviderError } from "../classifyProviderError.js";
import type { ProviderErrorContext } from "../classifyProviderError.js";
import {
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_TOKENS,
  DEFAULT_TEMPERATURE,
  DEFAULT_TIMEOUT_MS,
  OPENAI_BASE_URL,
  OPENAI_DEFAULT_MODEL,
} from "../providerDefaults.js";
import { resolveModelPrice } from "../priceTable.js";
import type { PriceSource } from "../priceTable.js";
import { DEFAULT_RETRY_POLICY, retryModelCall } from "../retryModelCall.js";
import type { RetryEvent, RetryPolicy } from "../retryModelCall.js";
import { fromOpenAICompletion } from "./fromOpenAICompletion.js";
import { toOpenAIMessages, toOpenAITools } from "./toOpenAIMessages.js";

export type MaxTokensField = "max_tokens" | "max_completion_tokens";

/** `price` and `priceTable` (PriceSource) set ChatModel.price, by the model name. */
export interface OpenAIChatModelOptions extends PriceSource {
  apiKey: string;
  /** Where the key came from, named in auth errors. Default OPENAI_API_KEY. */
  apiKeyEnv?: string;
  /** Default gpt-4.1-mini. */
  model?: string;
  /** Any OpenAI-compatible server (vLLM, llama.cpp, Ollama, OpenRouter, …). Default https://api.openai.com/v1. */
  baseURL?: string;
  organization?: string;
  /** Default 0.2. */
  temperature?: number;
  /** Default 4096. */
  maxTokens?: number;
  /**
   * Which body field carries maxTokens. Default: max_completion_tokens for
   * o-series and gpt-5 models on api.openai.com (they refuse max_tokens),
   * max_tokens everywhere else (what compatible servers understand). Either
   * way a 400 naming the other field switches over once.
   */
  maxTokensField?: MaxTokensField;
  /** Sends chat_template_kwargs.enable_thinking=false (Qwen3-style templates on vLLM/SGLang). */
  disableThinking?: boolean;
  /** Per attempt. Default 120000. */
  timeoutMs?: number;
  /** Default 3. */
  maxRetries?: number;
  /** First backoff delay; tests make it tiny. Default 1000. */
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Longest retry-after honoured before giving up. Default 60000. */
  maxRetryAfterMs?: number;
  onRetry?: (event: RetryEvent) => void;
  /** Extra headers on every request (never recorded). */
  defaultHeaders?: Record<string, string>;
  /** Prefix of ChatModel.id. Default "openai". */
  idPrefix?: string;
  /** Name used in messages. Default "OpenAI", or "The OpenAI-compatible server" for other base URLs. */
  label?: string;
  /** What to check on HTTP 403. */
  permissionHint?: string;
}

type OpenAIModule = typeof OpenAISdk;
type OpenAIClient = InstanceType<OpenAIModule["OpenAI"]>;

let sdkPromise: Promise<OpenAIModule> | undefined;

/** The SDK is loaded on the first call, so starting the CLI does not pay for it. */
function loadSdk(): Promise<OpenAIModule> {
  sdkPromise ??= import("openai");
  return sdkPromise;
}

/** A ChatModel over Chat Completions with tools, via the official `openai` SDK. */
export function createOpenAIChatModel(options: OpenAIChatModelOptions): ChatModel {
  const model = options.model ?? OPENAI_DEFAULT_MODEL;
  const baseURL = (options.baseURL ?? OPENAI_BASE_URL).replace(/\/+$/, "");
  const isOpenAI = /^https:\/\/api\.openai\.com(\/|$)/.test(baseURL);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = {
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
  };
  const ctx: ProviderErrorContext = {
    label: options.label ?? (isOpenAI ? "OpenAI" : "The OpenAI-compatible server"),
    model,
    baseURL,
    apiKeyEnv: options.apiKeyEnv ?? "OPENAI_API_KEY",
    timeoutMs,
    secrets: [options.apiKey],
  };
  if (options.permissionHint !== undefined) ctx.permissionHint = options.permissionHint;
  // Learned from 400s and kept for the rest of the run.
  let maxTokensField: MaxTokensField = options.maxTokensField ?? (isOpenAI && /^(o\d|gpt-5)/.test(model) ? "max_completion_tokens" : "max_tokens");
  let sendTemperature = true;
  let client: OpenAIClient | undefined;
  const maxOutputTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  // Looked up once by the name the calls are made with; a GitHub Models "publisher/model" id matches without its prefix.
  const price = resolveModelPrice(model, options);

  async function getClient(): Promise<{ client: OpenAIClient; sdk: OpenAIModule }> {
    const sdk = await loadSdk();
    client ??= new sdk.OpenAI({
      apiKey: options.apiKey,
      baseURL,
      // null stops the SDK from reading OPENAI_ORG_ID / OPENAI_PROJECT_ID behind our back.
      organization: options.organization ?? null,
      project: null,
      // Our retry loop is the only one, so attempts never multiply.
      maxRetries: 0,
      timeout: timeoutMs,
      defaultHeaders: options.defaultHeaders,
      logLevel: "warn",
    });
    return { client, sdk };
  }

  function buildBody(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
    const body: ChatCompletionCreateParamsNonStreaming & { chat_template_kwargs?: { enable_thinking: boolean } } = {
      model,
      messages: toOpenAIMessages(request),
    };
    body[maxTokensField] = maxOutputTokens;
    if (sendTemperature) body.temperature = options.temperature ?? DEFAULT_TEMPERATURE;
    if (request.tools !== undefined && request.tools.length > 0) body.tools = toOpenAITools(request.tools);
    // Not part of the OpenAI API; servers that render chat templates read it, others ignore it.
    if (options.disableThinking === true) body.chat_template_kwargs = { enable_thinking: false };
    return body;
  }

  /** Newer OpenAI models refuse max_tokens or a non-default temperature with a 400 naming the field. */
  function adaptToRefusal(error: ModelCallError): boolean {
    if (error.kind !== "bad_request") return false;
    if (maxTokensField === "max_tokens" && error.message.includes("max_completion_tokens")) {
      maxTokensField = "max_completion_tokens";
      return true;
    }
    if (sendTemperature && /temperature/i.test(error.message) && /unsupported|not support|only the default/i.test(error.message)) {
      sendTemperature = false;
      return true;
    }
    return false;
  }

  async function completeOnce(request: ChatRequest): Promise<ChatResponse> {
    const { client: openai, sdk } = await getClient();
    return retryModelCall(
      async () => {
        const body = await openai.chat.completions.create(buildBody(request), {
          signal: request.signal ?? null,
          timeout: timeoutMs,
          maxRetries: 0,
        });
        return fromOpenAICompletion(body, ctx.label);
      },
      {
        policy,
        classify: (error) => classifyProviderError(error, sdk, ctx),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
        ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
      },
    );
  }

  return {
    id: `${options.idPrefix ?? "openai"}:${model}`,
    ...(price === undefined ? {} : { price }),
    maxOutputTokens,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      // At most two adaptations (token field, temperature), then the error stands.
      for (let adaptations = 0; ; adaptations++) {
        try {
          return await completeOnce(request);
        } catch (error) {
          if (error instanceof ModelCallError && adaptations < 2 && adaptToRefusal(error)) continue;
          throw error;
        }
      }
    },
  };
}
