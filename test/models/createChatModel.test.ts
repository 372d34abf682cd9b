import { afterEach, describe, expect, it } from "vitest";
import { ModelCallError } from "../../src/models/chatModel.js";
import { createChatModel, resolveApiKey } from "../../src/models/createChatModel.js";
import { startAnthropicServer } from "../support/anthropicServer.js";
import { startOpenAIServer } from "../support/openaiServer.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function configError(run: () => unknown): ModelCallError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelCallError) return error;
    throw error;
  }
  throw new Error("expected a config error");
}

describe("createChatModel", () => {
  it("reads the key from the provider's default variable", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-from-env-123" });
    closers.push(() => server.close());
    server.replyText("hi");
    const model = createChatModel({ provider: "openai", baseURL: server.baseURL }, { OPENAI_API_KEY: "sk-from-env-123" });
    expect((await model.complete({ system: "", messages: [{ role: "user", content: "x" }] })).text).toBe("hi");
    // No system message when the system prompt is empty.
    expect((server.completions[0]?.body as { messages: unknown[] }).messages).toEqual([{ role: "user", content: "x" }]);
  });

  it("reads the key from a named variable, and an explicit key wins", () => {
    expect(resolveApiKey({ provider: "anthropic", apiKeyEnv: "CLAUDE_KEY" }, { CLAUDE_KEY: "k-1234" })).toEqual({ apiKey: "k-1234", apiKeyEnv: "CLAUDE_KEY" });
    expect(resolveApiKey({ provider: "anthropic", apiKey: "k-explicit" }, { ANTHROPIC_API_KEY: "k-env" }).apiKey).toBe("k-explicit");
  });

  it("a missing key is a config error naming the variable to set, never a value", () => {
    const env = { OPENAI_API_KEY: "sk-present-but-wrong-provider" };
    const error = configError(() => createChatModel({ provider: "anthropic" }, env));
    expect(error.kind).toBe("config");
    expect(error.message).toContain("ANTHROPIC_API_KEY");
    expect(error.message).not.toContain("sk-present");
    const gh = configError(() => createChatModel({ provider: "github-models" }, {}));
    expect(gh.message).toContain("GITHUB_TOKEN");
    expect(gh.message).toContain("models: read");
    const named = configError(() => createChatModel({ provider: "openai", apiKeyEnv: "MY_KEY" }, { MY_KEY: "   " }));
    expect(named.message).toContain("MY_KEY");
  });

  it("an unknown provider is a config error listing the valid ones", () => {
    const error = configError(() => createChatModel({ provider: "gemini" }, {}));
    expect(error.kind).toBe("config");
    expect(error.message).toContain('"gemini"');
    expect(error.message).toContain("openai, anthropic, github-models");
  });

  it("builds an Anthropic model that passes options through", async () => {
    const server = await startAnthropicServer({ apiKey: "ak-1234" });
    closers.push(() => server.close());
    server.replyText("ok");
    const model = createChatModel({ provider: "anthropic", model: "claude-sonnet-4-5", maxTokens: 2000, baseURL: server.baseURL }, { ANTHROPIC_API_KEY: "ak-1234" });
    expect(model.id).toBe("anthropic:claude-sonnet-4-5");
    await model.complete({ system: "s", messages: [{ role: "user", content: "x" }] });
    expect(server.messages[0]?.body).toMatchObject({ model: "claude-sonnet-4-5", max_tokens: 2000 });
  });
});

describe("GitHub Models", () => {
  it("uses the OpenAI wire format under /inference with the workflow token and its defaults", async () => {
    const server = await startOpenAIServer({ apiKey: "ghs_workflowtoken1234567890" });
    closers.push(() => server.close());
    server.replyText("hello from github models");
    const model = createChatModel(
      { provider: "github-models", baseURL: `${server.origin}/inference` },
      { GITHUB_TOKEN: "ghs_workflowtoken1234567890" },
    );
    expect(model.id).toBe("github-models:openai/gpt-4.1-mini");
    const response = await model.complete({ system: "s", messages: [{ role: "user", content: "x" }] });
    expect(response.text).toBe("hello from github models");
    const sent = server.completions[0];
    expect(sent?.path).toBe("/inference/chat/completions");
    expect(sent?.body).toMatchObject({ model: "openai/gpt-4.1-mini", max_tokens: 4000, temperature: 0.2 });
  });

  it("explains a 403 in terms of the models: read permission", async () => {
    const server = await startOpenAIServer();
    closers.push(() => server.close());
    server.replyError(403, "The `models` permission is required to access this endpoint");
    const model = createChatModel({ provider: "github-models", baseURL: `${server.origin}/inference`, retryBaseDelayMs: 1 }, { GITHUB_TOKEN: "ghs_abcdefghijklmnop" });
    let error: unknown;
    try {
      await model.complete({ system: "s", messages: [{ role: "user", content: "x" }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelCallError);
    const failure = error as ModelCallError;
    expect(failure.kind).toBe("permission");
    expect(failure.message).toContain("GitHub Models");
    expect(failure.message).toContain("permissions: models: read");
    expect(failure.message).not.toContain("ghs_abcdefghijklmnop");
    expect(server.completions).toHaveLength(1);
  });
});

describe("where the key came from", () => {
  it("names the configured source, not a variable, when the key was passed directly", async () => {
    const server = await startOpenAIServer({ apiKey: "sk-right-one-1234" });
    closers.push(() => server.close());
    const model = createChatModel({ provider: "openai", apiKey: "sk-wrong-one-5678", apiKeySource: "the `api-key` input", baseURL: server.baseURL }, {});
    const error = await model.complete({ system: "", messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e as ModelCallError);
    expect(error).toBeInstanceOf(ModelCallError);
    expect((error as ModelCallError).message).toContain("Check the API key in the `api-key` input.");
    expect((error as ModelCallError).message).not.toContain("sk-wrong-one-5678");
  });
});
