import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ChatModel, TokenUsage, ToolCall } from "../models/chatModel.js";
import { ZERO_USAGE, addUsage } from "../models/chatModel.js";
import {
  READ_FILE_FULL_THRESHOLD,
  readRange,
  type ToolOutcome,
} from "./readFileTools.js";
import {
  buildChunkDigestPrompt,
  buildLineIndex,
  chunkByLines,
  findErrorLine,
  formatDigestResponse,
  packDigests,
  prioritiseDigests,
  truncateWithWarning,
  type ChunkDigest,
} from "./digestLargeFile.js";

/** How long a digest is reused without checking the file again (the seed's auto refresh). */
export const DIGEST_CACHE_TTL_MS = 10_000;

interface CachedDigest {
  mtimeMs: number;
  cachedAt: number;
  text: string;
}

export interface ToolDispatchResult {
  outcome: ToolOutcome;
  usage: TokenUsage;
  /** Model calls spent on digests. */
  digestCalls: number;
}

/**
 * The read_file / read_file_range tools over the allowed target files. Paths
 * are repository-relative; anything not in the allowlist is refused with a
 * message listing what may be read.
 */
export class TargetFileTools {
  private readonly allowed: ReadonlySet<string>;
  private readonly digestCache = new Map<string, CachedDigest>();

  constructor(
    private readonly repoDir: string,
    allowedPaths: readonly string[],
    private readonly model: ChatModel,
    private readonly now: () => number = Date.now,
  ) {
    this.allowed = new Set(allowedPaths);
  }

  async dispatch(call: ToolCall, context: { lastError?: string; signal?: AbortSignal }): Promise<ToolDispatchResult> {
    const none = { usage: ZERO_USAGE, digestCalls: 0 };
    if (call.inputError) {
      return { outcome: { ok: false, error: `the arguments of your ${call.name} call were not valid JSON (${call.inputError}); call it again with a JSON object` }, ...none };
    }
    const requested = typeof call.input.path === "string" ? call.input.path : "";
    const relPath = this.normalise(requested);
    if (call.name !== "read_file" && call.name !== "read_file_range") {
      return { outcome: { ok: false, error: `unknown tool '${call.name}'; the tools are read_file and read_file_range` }, ...none };
    }
    if (!relPath || !this.allowed.has(relPath)) {
      return { outcome: { ok: false, error: this.notAllowedMessage(requested) }, ...none };
    }
    let content: string;
    try {
      content = await readFile(path.join(this.repoDir, relPath), "utf8");
    } catch {
      return { outcome: { ok: false, error: `${relPath} does not exist yet; to create it, send a block with an empty SEARCH section` }, ...none };
    }
    if (call.name === "read_file_range") {
      return { outcome: readRange(relPath, content, call.input.line_start, call.input.line_end), ...none };
    }
    if (Buffer.byteLength(content) <= READ_FILE_FULL_THRESHOLD) {
      return { outcome: { ok: true, content }, ...none };
    }
    return this.digest(relPath, content, context);
  }

  private async digest(relPath: string, content: string, context: { lastError?: string; signal?: AbortSignal }): Promise<ToolDispatchResult> {
    const mtimeMs = (await stat(path.join(this.repoDir, relPath))).mtimeMs;
    const cached = this.digestCache.get(relPath);
    if (cached && cached.mtimeMs === mtimeMs && this.now() - cached.cachedAt < DIGEST_CACHE_TTL_MS) {
      return { outcome: { ok: true, content: cached.text }, usage: ZERO_USAGE, digestCalls: 0 };
    }
    const chunks = chunkByLines(content);
    const digests: ChunkDigest[] = [];
    let usage = ZERO_USAGE;
    let calls = 0;
    let lastFailure = "";
    for (const chunk of chunks) {
      if (context.signal?.aborted) break;
      calls++;
      try {
        const reply = await this.model.complete({
          system: "You summarise source code precisely and briefly.",
          messages: [{ role: "user", content: buildChunkDigestPrompt(relPath, chunk, context.lastError) }],
          purpose: "digest",
          ...(context.signal ? { signal: context.signal } : {}),
        });
        usage = addUsage(usage, reply.usage);
        if (reply.text.trim()) digests.push({ start: chunk.start, end: chunk.end, digest: reply.text.trim() });
      } catch (error) {
        lastFailure = error instanceof Error ? error.message : String(error);
      }
    }
    if (digests.length === 0) {
      const text = truncateWithWarning(content, READ_FILE_FULL_THRESHOLD, lastFailure || "no chunk could be summarised");
      return { outcome: { ok: true, content: text }, usage, digestCalls: calls };
    }
    const total = chunks[0]?.totalLines ?? 0;
    const errorLine = findErrorLine(context.lastError, relPath);
    const packed = packDigests(prioritiseDigests(digests, errorLine));
    const text = formatDigestResponse(relPath, total, packed, buildLineIndex(digests));
    this.digestCache.set(relPath, { mtimeMs, cachedAt: this.now(), text });
    return { outcome: { ok: true, content: text }, usage, digestCalls: calls };
  }

  private normalise(requested: string): string {
    if (!requested) return "";
    const abs = path.resolve(this.repoDir, requested);
    const rel = path.relative(this.repoDir, abs);
    return rel.split(path.sep).join("/");
  }

  private notAllowedMessage(requested: string): string {
    const list = [...this.allowed].slice(0, 20).join(", ");
    const more = this.allowed.size > 20 ? ` and ${this.allowed.size - 20} more` : "";
    return `path '${requested}' is not one of the target files; you may read: ${list}${more}`;
  }
}
