/** Defaults shared by the providers; the seed's values unless noted. */
export const DEFAULT_TEMPERATURE = 0.2;
export const DEFAULT_MAX_TOKENS = 4096;
/** Per attempt; a retried call can take longer in total. */
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RETRIES = 3;

export const OPENAI_BASE_URL = "https://api.openai.com/v1";
/** gpt-4.1-mini over the seed's gpt-4o-mini: better at following edit formats, same API shape, still cheap. */
export const OPENAI_DEFAULT_MODEL = "gpt-4.1-mini";

export const ANTHROPIC_BASE_URL = "https://api.anthropic.com";
export const ANTHROPIC_DEFAULT_MODEL = "claude-haiku-4-5-20251001";

export const GITHUB_MODELS_BASE_URL = "https://models.github.ai/inference";
export const GITHUB_MODELS_DEFAULT_MODEL = "openai/gpt-4.1-mini";
/** GitHub Models' free tier caps a request at 4000 output tokens; 4096 would be refused. */
export const GITHUB_MODELS_MAX_TOKENS = 4000;
