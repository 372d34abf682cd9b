import { ModelCallError } from "./chatModel.js";
import type { ModelErrorKind } from "./chatModel.js";
import { parseRetryAfterMs } from "./parseRetryAfter.js";
import { redactKeyLike } from "./redactSecrets.js";
import type { ClassifiedFailure } from "./retryModelCall.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** The error classes an official SDK exports; both SDKs use the same names. */
export interface SdkErrorClasses {
  APIError: ErrorClass;
  APIConnectionError: ErrorClass;
  APIConnectionTimeoutError: ErrorClass;
  APIUserAbortError: ErrorClass;
}

/** What an error message may mention: never the key itself, only where it lives. */
export interface ProviderErrorContext {
  /** "OpenAI", "Anthropic", "GitHub Models", or "the OpenAI-compatible server". */
  label: string;
  model: string;
  baseURL: string;
  apiKeyEnv: string;
  timeoutMs: number;
  /** What to check on HTTP 403, e.g. GitHub Models' `models: read` permission. */
  permissionHint?: string;
  /** Strings that must never appear in a message (the key). */
  secrets: readonly string[];
}

const MAX_PROVIDER_MESSAGE = 400;

/** Turns whatever an SDK call threw into a ModelCallError a user can act on. */
export function classifyProviderError(error: unknown, classes: SdkErrorClasses, ctx: ProviderErrorContext): ClassifiedFailure {
  const fail = (kind: ModelErrorKind, message: string, options: { status?: number; retryable?: boolean } = {}): ClassifiedFailure => ({
    error: new ModelCallError(kind, redactKeyLike(message, ctx.secrets), { ...options, cause: error }),
  });
  if (error instanceof ModelCallError) return { error };
  if (error instanceof classes.APIUserAbortError) return fail("aborted", "The model call was aborted.");
  if (error instanceof classes.APIConnectionTimeoutError) {
    return fail("timeout", `${ctx.label} did not answer within ${formatMs(ctx.timeoutMs)} (model ${ctx.model}).`, { retryable: true });
  }
  if (error instanceof classes.APIConnectionError) {
    return fail("network", `Could not reach ${ctx.label} at ${ctx.baseURL}: ${describeCause(error)}.`, { retryable: true });
  }
  if (error instanceof classes.APIError) {
    const status = readStatus(error);
    if (status === undefined) return fail("network", `Could not reach ${ctx.label} at ${ctx.baseURL}: ${describeCause(error)}.`, { retryable: true });
    const classified = classifyStatus(status, providerMessage(error), ctx);
    const failure = fail(classified.kind, classified.message, { status, retryable: classified.retryable });
    const retryAfterMs = classified.retryable ? parseRetryAfterMs(readHeaders(error)) : undefined;
    return retryAfterMs === undefined ? failure : { ...failure, retryAfterMs };
  }
  if (error instanceof SyntaxError) {
    return fail("invalid_response", `${ctx.label} sent a reply that is not valid JSON (${error.message}).`);
  }
  const text = error instanceof Error ? error.message : String(error);
  return fail("invalid_response", `Unexpected failure talking to ${ctx.label}: ${text}`);
}

interface StatusClass {
  kind: ModelErrorKind;
  retryable: boolean;
  message: string;
}

/** The HTTP status decides whether to retry and what to tell the user to check. */
export function classifyStatus(status: number, detail: string, ctx: ProviderErrorContext): StatusClass {
  const said = `${ctx.label} answered HTTP ${status}${detail === "" ? "" : `: ${detail}`}.`;
  if (status === 401) {
    return { kind: "auth", retryable: false, message: `${said} Check the API key in ${ctx.apiKeyEnv}.` };
  }
  if (status === 403) {
    const hint = ctx.permissionHint ?? `Check that the key in ${ctx.apiKeyEnv} may use model "${ctx.model}".`;
    return { kind: "permission", retryable: false, message: `${said} ${hint}` };
  }
  if (status === 404) {
    return { kind: "not_found", retryable: false, message: `${said} Check the model name "${ctx.model}" and the base URL ${ctx.baseURL}.` };
  }
  if (status === 429) return { kind: "rate_limit", retryable: true, message: said };
  if (status === 408) return { kind: "timeout", retryable: true, message: said };
  if (status === 409 || status >= 500) return { kind: "server", retryable: true, message: said };
  return { kind: "bad_request", retryable: false, message: `${said} Check the request options (model "${ctx.model}", max tokens, tools).` };
}

/** The provider's own words: OpenAI nests them at error.message, Anthropic at error.error.message. */
function providerMessage(error: Error): string {
  const body = (error as { error?: unknown }).error;
  const candidates = [pick(body, "message"), pick(pick(body, "error"), "message"), typeof body === "string" ? body : undefined];
  const found = candidates.find((c): c is string => typeof c === "string" && c.trim() !== "");
  const text = found ?? "";
  return text.length > MAX_PROVIDER_MESSAGE ? `${text.slice(0, MAX_PROVIDER_MESSAGE)}…` : text;
}

function pick(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}

function readStatus(error: Error): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

function readHeaders(error: Error): { get(name: string): string | null } | undefined {
  const headers = (error as { headers?: unknown }).headers;
  if (typeof headers === "object" && headers !== null && typeof (headers as { get?: unknown }).get === "function") {
    return headers as { get(name: string): string | null };
  }
  return undefined;
}

/** fetch wraps socket errors twice; the innermost code (ECONNRESET, ECONNREFUSED) is what helps. */
function describeCause(error: Error): string {
  let current: unknown = error.cause;
  let best = error.message;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    best = typeof code === "string" ? `${current.message} (${code})` : current.message;
    current = current.cause;
  }
  return best.replace(/\.$/, "");
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
