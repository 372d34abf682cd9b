import { ModelCallError } from "./chatModel.js";

/** How a failed call is retried. All delays are in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  /** First backoff delay; doubled each retry, then jittered. */
  baseDelayMs: number;
  /** Ceiling for one backoff delay (not for a server's retry-after). */
  maxDelayMs: number;
  /**
   * Longest retry-after we are willing to sleep through. GitHub Models answers an
   * exhausted daily quota with retry-after of hours; waiting that out inside a
   * CI job helps nobody, so such a call fails at once with the server's figure.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
});

/** A failure turned into the error the user sees, plus what the server asked for. */
export interface ClassifiedFailure {
  error: ModelCallError;
  retryAfterMs?: number;
}

export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: ModelCallError;
  /** True when delayMs came from the server's retry-after / retry-after-ms. */
  fromRetryAfter: boolean;
}

export interface RetryOptions {
  policy: RetryPolicy;
  classify: (error: unknown) => ClassifiedFailure;
  signal?: AbortSignal;
  onRetry?: (event: RetryEvent) => void;
  /** Source of jitter in [0, 1); injectable so tests can pin delays. */
  random?: () => number;
}

/** Exponential backoff with jitter: base·2^(retry-1), capped, scaled into [50%, 100%]. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, retry - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  return Math.round(capped * (0.5 + 0.5 * random()));
}

/**
 * Runs `call` until it succeeds, a failure is not retryable, or the retry budget
 * is spent. Every failure leaves as a ModelCallError; when retries were used up
 * the message says how many attempts were made.
 */
export async function retryModelCall<T>(call: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, classify, signal } = options;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (raw) {
      const { error, retryAfterMs } = classify(raw);
      const retry = attempt;
      if (!error.retryable || error.kind === "aborted") throw error;
      if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) {
        throw new ModelCallError(
          error.kind,
          `${error.message} The server asks to wait ${formatSeconds(retryAfterMs)} before retrying (longer than the ${formatSeconds(policy.maxRetryAfterMs)} this run will wait); a daily quota may be used up.`,
          { status: error.status, retryable: false, cause: error },
        );
      }
      if (retry > policy.maxRetries) {
        if (policy.maxRetries === 0) throw error;
        throw new ModelCallError(error.kind, `${error.message} Gave up after ${attempt} attempts.`, {
          status: error.status,
          retryable: false,
          cause: error,
        });
      }
      const fromRetryAfter = retryAfterMs !== undefined;
      const delayMs = fromRetryAfter ? retryAfterMs : backoffDelayMs(retry, policy, random);
      options.onRetry?.({ retry, delayMs, error, fromRetryAfter });
      await sleep(delayMs, signal);
    }
  }
}

function formatSeconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ModelCallError("aborted", "The model call was aborted."));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ModelCallError("aborted", "The model call was aborted."));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
