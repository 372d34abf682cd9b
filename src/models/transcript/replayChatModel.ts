import { readFile } from "node:fs/promises";
import type { ChatModel, ChatRequest, ChatResponse } from "../chatModel.js";
import { ModelCallError } from "../chatModel.js";
import { parseTranscript } from "./transcriptEntry.js";
import type { TranscriptEntry } from "./transcriptEntry.js";

export interface ReplayChatModel extends ChatModel {
  /** Recorded calls not yet replayed. */
  readonly remaining: number;
}

/**
 * Replays a transcript as a ChatModel: call n gets the n-th recorded response
 * (or throws the n-th recorded error), whatever it is asked. The whole file is
 * checked first, so a malformed line fails before the run starts.
 */
export async function createReplayChatModel(path: string): Promise<ReplayChatModel> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ModelCallError("config", `Cannot read transcript ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return replayChatModelFromEntries(parseTranscript(text, path), path);
}

export function replayChatModelFromEntries(entries: readonly TranscriptEntry[], source: string): ReplayChatModel {
  const queue = [...entries];
  const total = queue.length;
  return {
    id: `replay:${entries[0]?.model ?? "empty"}`,
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
