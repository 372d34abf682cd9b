import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { ChatModel, ChatRequest, ChatResponse } from "../chatModel.js";
import { ModelCallError } from "../chatModel.js";
import { redactSecrets } from "../redactSecrets.js";
import { TRANSCRIPT_VERSION } from "./transcriptEntry.js";
import type { TranscriptEntry } from "./transcriptEntry.js";

export interface RecordingOptions {
  /** The JSON Lines file; appended to, created with its directory if missing. */
  path: string;
  /** Strings replaced by [REDACTED] wherever they appear (keys, tokens). */
  secrets: readonly string[];
  /** Clock for `ts`; injectable for tests. */
  now?: () => Date;
}

/**
 * Wraps a ChatModel so every call is appended to a transcript: the request
 * (system, messages, tools; never headers or the signal) and the response or
 * error. Each line is written before the call returns, so a crashed run still
 * leaves a transcript of every call it made.
 */
export function recordingChatModel(inner: ChatModel, options: RecordingOptions): ChatModel & { readonly recorded: number } {
  const now = options.now ?? ((): Date => new Date());
  let recorded = 0;
  let directoryReady: Promise<unknown> | undefined;
  // Chained so concurrent calls still produce whole lines in call-completion order.
  let writes: Promise<void> = Promise.resolve();

  function append(entry: TranscriptEntry): Promise<void> {
    const line = `${redactSecrets(JSON.stringify(entry), options.secrets)}\n`;
    directoryReady ??= mkdir(dirname(options.path), { recursive: true });
    const write = writes.then(async () => {
      await directoryReady;
      await appendFile(options.path, line, "utf8");
      recorded++;
    });
    writes = write.catch(() => undefined);
    return write;
  }

  function requestPart(request: ChatRequest): TranscriptEntry["request"] {
    const part: TranscriptEntry["request"] = { system: request.system, messages: request.messages };
    if (request.tools !== undefined) part.tools = request.tools;
    return part;
  }

  return {
    id: inner.id,
    // The wrapper costs what the wrapped model costs: a cost cap must see through it.
    ...(inner.price === undefined ? {} : { price: inner.price }),
    ...(inner.maxOutputTokens === undefined ? {} : { maxOutputTokens: inner.maxOutputTokens }),
    get recorded() {
      return recorded;
    },
    async complete(request: ChatRequest): Promise<ChatResponse> {
      // Serialised now: the engine may mutate its message list after the call.
      const base = JSON.parse(JSON.stringify({ request: requestPart(request) })) as Pick<TranscriptEntry, "request">;
      const entry = (extra: Pick<TranscriptEntry, "response" | "error">): TranscriptEntry => {
        const out: TranscriptEntry = { v: TRANSCRIPT_VERSION, ts: now().toISOString(), model: inner.id, ...base, ...extra };
        if (request.purpose !== undefined) out.purpose = request.purpose;
        return out;
      };
      let response: ChatResponse;
      try {
        response = await inner.complete(request);
      } catch (error) {
        const recordedError: NonNullable<TranscriptEntry["error"]> =
          error instanceof ModelCallError
            ? { kind: error.kind, message: error.message, retryable: error.retryable }
            : { kind: "invalid_response", message: error instanceof Error ? error.message : String(error) };
        if (error instanceof ModelCallError && error.status !== undefined) recordedError.status = error.status;
        await append(entry({ error: recordedError }));
        throw error;
      }
      await append(entry({ response }));
      return response;
    },
  };
}
