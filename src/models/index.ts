// Providers, retry, cost and transcripts. The domain types (ChatModel, ModelCallError, …)
// stay in chatModel.ts and are exported from the package root directly.
export { createOpenAIChatModel } from "./openai/openaiChatModel.js";
export type { OpenAIChatModelOptions, MaxTokensField } from "./openai/openaiChatModel.js";
export { toOpenAIMessages, toOpenAITools } from "./openai/toOpenAIMessages.js";
export { fromOpenAICompletion, mapOpenAIFinishReason } from "./openai/fromOpenAICompletion.js";
export { createAnthropicChatModel } from "./anthropic/anthropicChatModel.js";
export type { AnthropicChatModelOptions } from "./anthropic/anthropicChatModel.js";
export { toAnthropicMessages, toAnthropicTools } from "./anthropic/toAnthropicMessages.js";
export { fromAnthropicMessage, mapAnthropicStopReason } from "./anthropic/fromAnthropicMessage.js";
export { createGitHubModelsChatModel } from "./githubModelsChatModel.js";
export type { GitHubModelsChatModelOptions } from "./githubModelsChatModel.js";
export { createChatModel, resolveApiKey, isProviderName, PROVIDER_NAMES, DEFAULT_API_KEY_ENV } from "./createChatModel.js";
export type { ChatModelConfig, ProviderName } from "./createChatModel.js";
export {
  DEFAULT_TEMPERATURE,
  DEFAULT_MAX_TOKENS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RETRIES,
  OPENAI_BASE_URL,
  OPENAI_DEFAULT_MODEL,
  ANTHROPIC_BASE_URL,
  ANTHROPIC_DEFAULT_MODEL,
  GITHUB_MODELS_BASE_URL,
  GITHUB_MODELS_DEFAULT_MODEL,
  GITHUB_MODELS_MAX_TOKENS,
} from "./providerDefaults.js";
export { retryModelCall, backoffDelayMs, DEFAULT_RETRY_POLICY } from "./retryModelCall.js";
export type { RetryPolicy, RetryEvent, RetryOptions, ClassifiedFailure } from "./retryModelCall.js";
export { parseRetryAfterMs } from "./parseRetryAfter.js";
export { classifyProviderError, classifyStatus } from "./classifyProviderError.js";
export type { SdkErrorClasses, ProviderErrorContext } from "./classifyProviderError.js";
export { parseToolArguments } from "./parseToolArguments.js";
export type { ParsedToolInput } from "./parseToolArguments.js";
export { redactSecrets, redactKeyLike, REDACTED } from "./redactSecrets.js";
export {
  estimateCostUsd,
  findModelPrice,
  resolveModelPrice,
  modelNameFromId,
  parsePriceTable,
  PriceTableError,
  DEFAULT_PRICE_TABLE,
  PRICE_TABLE_DATE,
} from "./priceTable.js";
export type { ModelPrice, PriceTable, PriceSource } from "./priceTable.js";
export {
  estimateInputTokens,
  requestBytes,
  framingTokens,
  observedTokensPerByte,
  usageCostUsd,
  formatUsd,
  formatTokens,
  ESTIMATE_TOKENS_PER_BYTE,
  TOOLS_OVERHEAD_TOKENS,
  MESSAGE_OVERHEAD_TOKENS,
  REQUEST_OVERHEAD_TOKENS,
} from "./costEstimate.js";
export { recordingChatModel } from "./transcript/recordingChatModel.js";
export type { RecordingOptions } from "./transcript/recordingChatModel.js";
export { createReplayChatModel, replayChatModelFromEntries } from "./transcript/replayChatModel.js";
export type { ReplayChatModel, ReplayOptions } from "./transcript/replayChatModel.js";
export { parseTranscript, TranscriptError, TRANSCRIPT_VERSION } from "./transcript/transcriptEntry.js";
export type { TranscriptEntry } from "./transcript/transcriptEntry.js";
