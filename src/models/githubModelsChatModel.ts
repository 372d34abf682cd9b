import type { ChatModel } from "./chatModel.js";
import { createOpenAIChatModel } from "./openai/openaiChatModel.js";
import type { OpenAIChatModelOptions } from "./openai/openaiChatModel.js";
import { GITHUB_MODELS_BASE_URL, GITHUB_MODELS_DEFAULT_MODEL, GITHUB_MODELS_MAX_TOKENS } from "./providerDefaults.js";

export interface GitHubModelsChatModelOptions extends Omit<OpenAIChatModelOptions, "idPrefix" | "label" | "permissionHint" | "organization"> {
  /** A token with `models: read`: in a workflow, the job's GITHUB_TOKEN. */
  apiKey: string;
  /** Default GITHUB_TOKEN. */
  apiKeyEnv?: string;
  /** Publisher/model, e.g. "openai/gpt-4.1-mini" (the default). */
  model?: string;
  /** Bills the calls to this organization (POST /orgs/{org}/inference/chat/completions). */
  org?: string;
}

/**
 * GitHub Models through its OpenAI-compatible inference endpoint. A workflow
 * that grants `permissions: models: read` can use it with its own token, so no
 * extra secret is needed.
 */
export function createGitHubModelsChatModel(options: GitHubModelsChatModelOptions): ChatModel {
  const { org, ...rest } = options;
  const baseURL =
    rest.baseURL ?? (org === undefined ? GITHUB_MODELS_BASE_URL : `https://models.github.ai/orgs/${encodeURIComponent(org)}/inference`);
  const apiKeyEnv = rest.apiKeyEnv ?? "GITHUB_TOKEN";
  return createOpenAIChatModel({
    ...rest,
    apiKeyEnv,
    baseURL,
    model: rest.model ?? GITHUB_MODELS_DEFAULT_MODEL,
    maxTokens: rest.maxTokens ?? GITHUB_MODELS_MAX_TOKENS,
    maxTokensField: rest.maxTokensField ?? "max_tokens",
    idPrefix: "github-models",
    label: "GitHub Models",
    permissionHint:
      `Check that the token in ${apiKeyEnv} may use GitHub Models: in a workflow, grant \`permissions: models: read\` to the job; ` +
      "for a personal access token, give it the models scope.",
  });
}
