import { readFile } from "node:fs/promises";
import type { ChatModel, ChatRequest, ChatResponse } from "../chatModel.js";
import { ModelCallError } from "../chatModel.js";
import { modelNameFromId, resolveModelPrice } from "../priceTable.js";
import type { PriceSource } from "../priceTable.js";
import { parseTranscript } from "./transcriptEntry.js";
import type { TranscriptEntry } from "./transcriptEntry.js";

export interface ReplayChatModel extends ChatModel {
  /** Recorded calls not yet replayed. */
  readonly remaining: number;
}

/**
 * How a replay is priced. By default it costs what the recorded model would
 * (its id is in every entry), so a cost cap stops a replayed run where it
 * would have stopped the recorded one. The transcript does not hold the
 * max_tokens the calls were made with; give maxOutputTokens to match it.
 */
export interface ReplayOptions extends PriceSource {
  maxOutputTokens?: number;
}

/**
 * Replays a transcript as a ChatModel: call n gets the n-th recorded response
 * (or throws the n-th recorded error), whatever it is asked. The whole file is
 * checked first, so a malformed line fails before the run starts.
 */
export async function createReplayChatModel(path: string, options: ReplayOptions = {}): Promise<ReplayChatModel> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ModelCallError("config", `Cannot read transcript ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return replayChatModelFromEntries(parseTranscript(text, path), path, options);
}

export function replayChatModelFromEntries(entries: readonly TranscriptEntry[], source: string, options: ReplayOptions = {}): ReplayChatModel {
  const queue = [...entries];
  const total = queue.length;
  const recordedModel = entries[0]?.model;
  // An empty transcript has no model to price; only an explicit price applies then.
  const price = resolveModelPrice(modelNameFromId(recordedModel ?? ""), options);
  return {
    id: `replay:${recordedModel ?? "empty"}`,
    ...(price === undefined ? {} : { price }),
    ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
    get remaining() {
      return queue.length;
    },
    async complete(request: ChatRequest): Promise<ChatResponse> {
      if (request.signal?.aborted) throw new ModelCallError("aborted", "The model call was aborted.");
      const entry = queue.shift();
      if (entry === undefined) {
        throw new ModelCallError(
          "invalid_response",
          `The run asked for model call ${total + 1}, but transcript ${source} holds only ${total}; the run has diverged from the recording.`,
        );
      }
      if (entry.error !== undefined) {
        const options: { status?: number; retryable?: boolean } = {};
        if (entry.error.status !== undefined) options.status = entry.error.status;
        if (entry.error.retryable !== undefined) options.retryable = entry.error.retryable;
        throw new ModelCallError(entry.error.kind, entry.error.message, options);
      }
      // A copy, so a caller mutating the reply cannot change a later replay.
      return structuredClone(entry.response as ChatResponse);
    },
  };
}
