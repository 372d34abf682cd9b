import { statSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import type { ChatModel, TokenUsage, ToolCall } from "../models/chatModel.js";
import { ZERO_USAGE, addUsage } from "../models/chatModel.js";
import { LIST_FILES_MAX, READ_FILE_FULL_THRESHOLD, readRange, type ToolOutcome } from "./readFileTools.js";
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
import { RepoFileIndex } from "./repoFileIndex.js";
import { isInsideDotGit, toRequestedRepoPath } from "./repoPaths.js";
import { secretRuleFor } from "./secretPaths.js";
import { checkReadablePath } from "./checkReadablePath.js";
import { formatSearchResult, looksBinary, searchCode } from "./searchCode.js";

/** How long a digest is reused without checking the file again (the seed's auto refresh). */
export const DIGEST_CACHE_TTL_MS = 10_000;
/** Files up to this size are digested by the model; beyond it a digest costs dozens of calls, so the head comes back and the model reads ranges. */
export const MAX_DIGEST_BYTES = 256 * 1024;
/** Files beyond this are not read at all: read_file_range holds the whole file in memory. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

interface CachedDigest {
  mtimeMs: number;
  cachedAt: number;
  text: string;
}

/** A file the model may read: where it is, and its real path when it was reached through a symbolic link inside the repository. */
export type ReadableFile = { ok: true; relPath: string; realRelPath: string; absPath: string; size: number } | { ok: false; error: string };

/** What a successful read_file / read_file_range call read, for the edit scope. */
export interface FileRead {
  relPath: string;
  realRelPath: string;
  size: number;
}

export interface ToolDispatchResult {
  outcome: ToolOutcome;
  usage: TokenUsage;
  /** Set when a file's content was read. */
  read?: FileRead;
}

export interface ToolDispatchContext {
  lastError?: string;
  signal?: AbortSignal;
  /** A line added above the content of a file read outside the initial targets (what editing it now means). */
  noteFor?: (read: FileRead) => string | undefined;
}

const TOOL_NAMES = "read_file, read_file_range, list_files and search_code";

/**
 * The reading tools over the whole repository, read-only: read_file,
 * read_file_range, list_files and search_code. Any text file git tracks (or
 * a new file it does not ignore) may be read; never .git/, ignored files,
 * secret-looking files, anything outside the repository or reached through
 * a symbolic link that leaves it. `alwaysReadable` (the targets and the
 * guidance files the driver named) are readable even when git ignores them,
 * since the user or the driver chose them, but the other rules still apply.
 */
export class RepoReadTools {
  readonly index: RepoFileIndex;
  private readonly alwaysReadable: ReadonlySet<string>;
  private readonly digestCache = new Map<string, CachedDigest>();

  constructor(
    private readonly repoDir: string,
    alwaysReadable: readonly string[],
    private readonly model: ChatModel,
    private readonly now: () => number = Date.now,
    index?: RepoFileIndex,
  ) {
    this.alwaysReadable = new Set(alwaysReadable);
    this.index = index ?? new RepoFileIndex(repoDir);
  }

  /** Files may have changed since the last call (an edit was written): list them again. */
  refresh(): void {
    this.index.invalidate();
  }

  async dispatch(call: ToolCall, context: ToolDispatchContext = {}): Promise<ToolDispatchResult> {
    const none = { usage: ZERO_USAGE };
    const fail = (error: string): ToolDispatchResult => ({ outcome: { ok: false, error }, ...none });
    if (call.inputError) return fail(`the arguments of your ${call.name} call were not valid JSON (${call.inputError}); call it again with a JSON object`);
    switch (call.name) {
      case "list_files":
        return { outcome: await this.listFiles(call.input.glob), ...none };
      case "search_code":
        return { outcome: await this.search(call.input), ...none };
      case "read_file":
      case "read_file_range":
        break;
      default:
        return fail(`unknown tool '${call.name}'; the tools are ${TOOL_NAMES}`);
    }
    if (typeof call.input.path !== "string") return fail(`${call.name} needs a 'path' string argument`);
    const file = await this.checkReadable(call.input.path);
    if (!file.ok) return fail(file.error);
    const loaded = await this.loadText(file);
    if (!loaded.ok) return fail(loaded.error);
    const read: FileRead = { relPath: file.relPath, realRelPath: file.realRelPath, size: file.size };
    // Only a read that showed the model the content counts (a bad range did not).
    const withNote = (result: ToolDispatchResult): ToolDispatchResult => {
      if (!result.outcome.ok) return result;
      const note = context.noteFor?.(read);
      return { ...result, read, outcome: { ok: true, content: note ? `${note}\n${result.outcome.content}` : result.outcome.content } };
    };
    if (call.name === "read_file_range") return withNote({ outcome: readRange(file.relPath, loaded.content, call.input.line_start, call.input.line_end), ...none });
    if (Buffer.byteLength(loaded.content) <= READ_FILE_FULL_THRESHOLD) return withNote({ outcome: { ok: true, content: loaded.content }, ...none });
    if (file.size > MAX_DIGEST_BYTES) {
      const text = truncateWithWarning(loaded.content, READ_FILE_FULL_THRESHOLD, `the file is ${file.size} bytes, more than the ${MAX_DIGEST_BYTES} bytes that are digested; use search_code to find the lines you need`);
      return withNote({ outcome: { ok: true, content: text }, ...none });
    }
    return withNote(await this.digest(file, loaded.content, context));
  }

  /** Whether the model may read `requested`, and where the file is; the refusal says which file and why. */
  async checkReadable(requested: string): Promise<ReadableFile> {
    const resolved = toRequestedRepoPath(this.repoDir, requested);
    if (!resolved.ok) return { ok: false, error: resolved.reason };
    const rel = resolved.relPath;
    const where = checkReadablePath(this.repoDir, rel);
    if (!where.ok) return where;
    const realRel = where.realRelPath;
    const absPath = path.join(this.repoDir, ...rel.split("/"));
    let size: number;
    try {
      const info = statSync(absPath);
      if (info.isDirectory()) return { ok: false, error: `'${rel}' is a folder; list its files with list_files and the glob '${rel}/**'` };
      if (!info.isFile()) return { ok: false, error: `'${rel}' is not a regular file` };
      size = info.size;
    } catch {
      const create = this.alwaysReadable.has(rel) ? "; it is a target file, so you may create it with a block whose SEARCH section is empty" : "; use list_files or search_code to find the right path";
      return { ok: false, error: `'${rel}' does not exist${create}` };
    }
    // The real file decides: a link to an ignored file is as unreadable as the file.
    const listed = this.alwaysReadable.has(rel) || this.alwaysReadable.has(realRel) || (await this.index.has(realRel));
    if (!listed) {
      const why = (await this.index.isGitRepo())
        ? "is ignored by git (.gitignore or .git/info/exclude), so it is not read; only tracked files and new files git does not ignore can be read"
        : "is inside a dependency or build folder that is not read";
      return { ok: false, error: `'${rel}' ${why}` };
    }
    if (size > MAX_READ_BYTES) return { ok: false, error: `'${rel}' is ${size} bytes, more than the ${MAX_READ_BYTES} bytes the tools read; use search_code to find what you need in it` };
    return { ok: true, relPath: rel, realRelPath: realRel, absPath, size };
  }

  private async loadText(file: { relPath: string; absPath: string; size: number }): Promise<{ ok: true; content: string } | { ok: false; error: string }> {
    try {
      const handle = await open(file.absPath, "r");
      try {
        const buffer = Buffer.alloc(file.size);
        const { bytesRead } = await handle.read(buffer, 0, file.size, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if (looksBinary(bytes)) return { ok: false, error: `'${file.relPath}' is a binary file, not text; it cannot be read or edited` };
        return { ok: true, content: bytes.toString("utf8") };
      } finally {
        await handle.close();
      }
    } catch (error) {
      return { ok: false, error: `'${file.relPath}' could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async listFiles(rawGlob: unknown): Promise<ToolOutcome> {
    if (typeof rawGlob !== "string") return { ok: false, error: "list_files needs a 'glob' string argument, for example src/**/*.py" };
    const glob = rawGlob.trim().replace(/^\.\//, "") || "**";
    const all = (await this.index.files()).filter((f) => secretRuleFor(f) === undefined && !isInsideDotGit(f));
    const match = (g: string): string[] => {
      const test = picomatch(g, { dot: true, basename: !g.includes("/") });
      return all.filter((f) => test(f));
    };
    let used = glob;
    let files = match(glob);
    // A bare folder name ("src", "tests/unit") most likely means what is in it.
    if (files.length === 0 && !picomatch.scan(glob).isGlob) {
      used = `${glob.replace(/\/+$/, "")}/**`;
      files = match(used);
    }
    if (files.length === 0) return { ok: true, content: `No file matches '${glob}'. A glob without '/' matches file names in any folder; '**' lists everything.` };
    const shown = files.slice(0, LIST_FILES_MAX);
    const header = files.length > shown.length
      ? `[${files.length} files match '${used}'; the first ${shown.length} are shown: narrow the glob to see the rest]`
      : `[${files.length} file(s) match '${used}']`;
    return { ok: true, content: [header, ...shown].join("\n") };
  }

  private async search(input: Record<string, unknown>): Promise<ToolOutcome> {
    if (typeof input.pattern !== "string") return { ok: false, error: "search_code needs a 'pattern' string argument, for example def total" };
    const request = {
      pattern: input.pattern,
      regex: input.regex === true,
      caseInsensitive: input.case_insensitive === true,
      ...(typeof input.glob === "string" && input.glob.trim() !== "" ? { glob: input.glob } : {}),
    };
    const found = await searchCode(this.index, request);
    if (!found.ok) return { ok: false, error: found.error };
    return { ok: true, content: formatSearchResult(request, found.result) };
  }

  private async digest(file: { relPath: string; absPath: string }, content: string, context: ToolDispatchContext): Promise<ToolDispatchResult> {
    const relPath = file.relPath;
    const mtimeMs = (await stat(file.absPath)).mtimeMs;
    const cached = this.digestCache.get(relPath);
    if (cached && cached.mtimeMs === mtimeMs && this.now() - cached.cachedAt < DIGEST_CACHE_TTL_MS) {
      return { outcome: { ok: true, content: cached.text }, usage: ZERO_USAGE };
    }
    const chunks = chunkByLines(content);
    const digests: ChunkDigest[] = [];
    let usage = ZERO_USAGE;
    let lastFailure = "";
    for (const chunk of chunks) {
      if (context.signal?.aborted) break;
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
      return { outcome: { ok: true, content: text }, usage };
    }
    const total = chunks[0]?.totalLines ?? 0;
    const errorLine = findErrorLine(context.lastError, relPath);
    const packed = packDigests(prioritiseDigests(digests, errorLine));
    const text = formatDigestResponse(relPath, total, packed, buildLineIndex(digests));
    this.digestCache.set(relPath, { mtimeMs, cachedAt: this.now(), text });
    return { outcome: { ok: true, content: text }, usage };
  }
}

