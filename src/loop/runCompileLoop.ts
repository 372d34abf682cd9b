import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ChatRequest, ChatResponse, TokenUsage } from "../models/chatModel.js";
import { ZERO_USAGE, addUsage } from "../models/chatModel.js";
import type { TestRunResult, TestRunner } from "../runner/testRunResult.js";
import type { EditBlock, FailedBlock } from "../edits/editBlock.js";
import { tryParseSearchReplace } from "../edits/parseSearchReplace.js";
import { planReplyEdits, type EditFileAccess } from "../edits/planReplyEdits.js";
import { describeEditFailures } from "../edits/describeEditFailures.js";
import { resolveEditPath } from "../edits/resolveEditPath.js";
import { writeEditsAtomically } from "../edits/writeEditsAtomically.js";
import { extractWholeFile } from "../edits/extractWholeFile.js";
import { createShellTestRunner } from "../runner/createShellTestRunner.js";
import { buildTestEnv } from "../runner/buildTestEnv.js";
import { redact } from "../security/redactSecrets.js";
import { READ_FILE_RANGE_TOOL, READ_FILE_TOOL } from "../context/readFileTools.js";
import { TargetFileTools } from "../context/targetFileTools.js";
import { discoverRepoGuidance, formatRepoGuidance, guidancePaths } from "../context/repoGuidance.js";
import { diffSnapshots, snapshotFiles, type FileSnapshot } from "../context/fileChanges.js";
import type { FailureReason, IterationRecord, LoopEvent, LoopMode, LoopOptions, LoopResult } from "./loopTypes.js";
import { validateLoopOptions, type ResolvedLoopConfig } from "./validateLoopOptions.js";
import { describeFailureReason, makeSummary } from "./summarizeResult.js";
import { editHash, editRepeats, lastKeysRepeat, normaliseOutputForComparison } from "./detectStagnation.js";
import { DIFF_SYSTEM, MULTI_FILE_SYSTEM, WHOLE_FILE_SYSTEM } from "./systemPrompts.js";
import {
  DEFAULT_TASK,
  buildFormatErrorMessage,
  buildMultiFilePrompt,
  buildSingleFilePrompt,
  buildTestFailureMessage,
  describeTestRun,
  tailText,
  type TaskContext,
} from "./buildPrompts.js";
import { boundConversation, type Exchange } from "./boundConversation.js";

/** Last-error tail kept in the result (the seed keeps 800-2,000 characters). */
const LAST_ERROR_RESULT_CHARS = 2000;

/** Internal: unwinds the loop with a reason; never escapes runCompileLoop. */
class LoopStop extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail: string,
    readonly iterations: number,
  ) {
    super(detail);
  }
}

type EditOutcome =
  | { kind: "written"; files: string[] }
  | { kind: "format_error"; message: string }
  | { kind: "edit_failed"; message: string; failed: FailedBlock[] };

interface ModelTurn {
  text: string;
  usage: TokenUsage;
  toolCalls: number;
}

/**
 * The compile-fix loop: run the tests; while they fail, ask the model for an
 * edit, apply it all-or-nothing, and run the tests again, until they pass or a
 * give-up gate stops the run. Every stop carries a reason and a sentence.
 */
export async function runCompileLoop(options: LoopOptions): Promise<LoopResult> {
  const cfg = validateLoopOptions(options);
  const run = new LoopRun(cfg, options);
  return run.execute();
}

class LoopRun {
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly controller = new AbortController();
  private stopCause: "timeout" | "aborted" | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly runner: TestRunner;
  private readonly secrets: string[];
  private readonly history: IterationRecord[] = [];
  private readonly modified = new Set<string>();
  private usage: TokenUsage = ZERO_USAGE;
  private bytesWritten = 0;
  private lastError = "";
  private initialTest: TestRunResult | undefined;
  private mode: LoopMode;
  private tools: TargetFileTools | undefined;
  private taskContext!: TaskContext;
  private readonly exchanges: Exchange[] = [];
  private readonly outputKeys: string[] = [];
  private readonly editHashes: string[] = [];
  private previousEdit = "";
  /**
   * Blocks of an earlier reply that did apply while others failed. Nothing was
   * written then; the model is asked to resend only the failed blocks, and
   * these are planned again together with its corrections (the seed asked
   * for ALL blocks again, which made the already-matching ones fail).
   */
  private pendingBlocks: EditBlock[] = [];
  private snapshot: FileSnapshot = new Map();
  private readonly protectedGlobs: string[];

  constructor(
    private readonly cfg: ResolvedLoopConfig,
    private readonly options: LoopOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
    this.protectedGlobs = options.protectedPaths ?? [];
    this.runner =
      options.runner ??
      createShellTestRunner({
        command: options.testCommand ?? "",
        cwd: cfg.repoDir,
        env: buildTestEnv(process.env, options.testEnv),
        timeoutMs: cfg.testTimeoutMs,
      });
    this.mode = cfg.multiFile ? "multi-diff" : cfg.editMode === "full" ? "single-full" : "single-diff";
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  private emit(event: LoopEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A progress callback must never break the run.
    }
  }

  private redact(text: string): string {
    return this.secrets.length === 0 ? text : redact(text, this.secrets);
  }

  private dump(iteration: number, event: string, fields: Record<string, string | number | boolean>): void {
    if (this.cfg.dumpMode === "off") return;
    this.emit({ type: "dump", iteration, event, fields });
  }

  async execute(): Promise<LoopResult> {
    this.linkAbort();
    try {
      return await this.loop();
    } catch (error) {
      if (error instanceof LoopStop) return this.finish(false, error.iterations, error.reason, error.detail);
      throw error;
    } finally {
      if (this.timer) clearTimeout(this.timer);
    }
  }

  private linkAbort(): void {
    const outer = this.options.signal;
    if (outer) {
      if (outer.aborted) {
        this.stopCause = "aborted";
        this.controller.abort();
      } else {
        outer.addEventListener("abort", () => {
          this.stopCause ??= "aborted";
          this.controller.abort();
        }, { once: true });
      }
    }
    if (this.cfg.timeoutMs !== undefined) {
      this.timer = setTimeout(() => {
        this.stopCause ??= "timeout";
        this.controller.abort();
      }, this.cfg.timeoutMs);
      this.timer.unref();
    }
  }

  /** Throws the right stop when the run was aborted or ran out of time. */
  private checkStopped(iterations: number): void {
    const elapsed = this.now() - this.startedAt;
    if (this.cfg.timeoutMs !== undefined && elapsed >= this.cfg.timeoutMs) this.stopCause ??= "timeout";
    if (this.stopCause || this.signal.aborted) {
      const cause = this.stopCause ?? "aborted";
      const detail = cause === "timeout" ? `whole-run time limit of ${Math.round((this.cfg.timeoutMs ?? 0) / 1000)} s reached` : "the run was interrupted";
      throw new LoopStop(cause, this.lastError ? this.lastError : detail, iterations);
    }
  }

  private checkBudget(iterations: number): void {
    const max = this.cfg.maxTokensTotal;
    if (max === undefined) return;
    const used = this.usage.inputTokens + this.usage.outputTokens;
    if (used >= max) throw new LoopStop("budget", `token budget spent: ${used} of ${max} tokens used`, iterations);
  }

  private async loop(): Promise<LoopResult> {
    const guidance = await discoverRepoGuidance(this.cfg.repoDir);
    // Everything that reaches the prompt is redacted: a secret can sit in the test command itself.
    this.taskContext = {
      task: this.redact(this.options.task?.trim() || DEFAULT_TASK),
      testCommand: this.redact(this.runner.command),
      ...(this.options.instructions ? { instructions: this.redact(this.options.instructions) } : {}),
      ...(this.options.priorAttempts ? { priorAttempts: this.redact(this.options.priorAttempts) } : {}),
      guidance: this.redact(formatRepoGuidance(guidance)),
    };
    if (this.mode === "single-diff") {
      const content = await this.readTarget(this.cfg.targetFiles[0] ?? "");
      if (!content) {
        // The seed's fallback: diff mode needs an existing, non-empty file.
        this.mode = "single-full";
        this.dump(0, "edit_mode_fallback", { reason: "diff mode needs an existing non-empty file; using whole-file mode" });
      }
    }
    if (this.mode === "multi-diff") {
      this.tools = new TargetFileTools(this.cfg.repoDir, [...this.cfg.targetFiles, ...guidancePaths(guidance)], this.options.model, this.now);
    }
    if (this.cfg.dumpWarning) this.dump(0, "dump_mode_downgraded", { warning: this.cfg.dumpWarning });
    this.emit({ type: "start", mode: this.mode, targetFiles: this.cfg.targetFiles, maxIterations: this.cfg.maxIterations });

    this.checkStopped(0);
    const initial = this.options.initialTest ?? (await this.runner.run(this.signal));
    this.initialTest = initial;
    if (!this.options.initialTest) this.emit({ type: "initial_test", result: initial });
    this.checkStopped(0);
    if (initial.ok) return this.finish(true, 0);
    if (initial.spawnError !== undefined || initial.exitCode === 127) {
      const why = initial.spawnError ?? "exit code 127: command not found";
      throw new LoopStop("test_command", this.redact(`${why}\n${tailText(initial.output, LAST_ERROR_RESULT_CHARS)}`), 0);
    }
    this.lastError = this.redact(initial.output);
    this.snapshot = await snapshotFiles(this.cfg.repoDir, this.cfg.targetFiles);

    for (let iteration = 1; iteration <= this.cfg.maxIterations; iteration++) {
      this.checkStopped(iteration - 1);
      this.checkBudget(iteration - 1);
      const done = await this.iterate(iteration);
      if (done) return done;
    }
    return this.finish(false, this.cfg.maxIterations, "max_iters", this.lastError);
  }

  /** One iteration; returns the final result when the loop is over. */
  private async iterate(iteration: number): Promise<LoopResult | undefined> {
    const started = this.now();
    this.emit({ type: "iteration_start", iteration });
    this.dump(iteration, "iter_start", { iter: iteration, target_file: this.cfg.targetFiles.join(",") });

    const turn = this.mode === "multi-diff" ? await this.askMultiFile(iteration) : await this.askSingleFile(iteration);
    const reply = this.redact(turn.text);
    const outcome = await this.applyReply(iteration, turn.text);

    const base = { iteration, reply, usage: turn.usage, toolCalls: turn.toolCalls };
    if (outcome.kind !== "written") {
      const message = this.redact(outcome.message);
      const record: IterationRecord = {
        ...base,
        outcome: outcome.kind,
        filesEdited: [],
        feedback: message,
        ...(outcome.kind === "edit_failed" ? { failedBlocks: outcome.failed } : {}),
        durationMs: this.now() - started,
      };
      if (outcome.kind === "edit_failed") this.emit({ type: "edit_failed", iteration, failed: outcome.failed, message });
      else this.emit({ type: "format_error", iteration, message });
      this.endIteration(record);
      this.lastError = message;
      this.rememberFailure(iteration, reply, message, outcome.kind === "format_error" ? editHash(`<parse_err:${editHash(message)}>`) : editHash(turn.text));
      return undefined;
    }

    this.emit({ type: "edit_applied", iteration, files: outcome.files });
    this.checkStopped(iteration);
    this.emit({ type: "test_start", iteration });
    const test = await this.runner.run(this.signal);
    this.emit({ type: "test_result", iteration, result: test });
    const record: IterationRecord = {
      ...base,
      outcome: test.ok ? "passed" : "failed",
      filesEdited: outcome.files,
      test,
      durationMs: this.now() - started,
    };
    if (test.ok) {
      this.endIteration(record);
      return this.finish(true, iteration);
    }
    // A test run cut short by Ctrl-C or the run's own deadline says nothing about the edit.
    this.checkStopped(iteration);
    const feedback = this.redact(buildTestFailureMessage(test, this.mode === "single-full" ? "full" : "diff", this.cfg.lang));
    record.feedback = feedback;
    this.endIteration(record);
    this.lastError = this.redact(test.output) || describeTestRun(test);
    this.rememberFailure(iteration, reply, feedback, editHash(turn.text), normaliseOutputForComparison(test.output));
    return undefined;
  }

  private endIteration(record: IterationRecord): void {
    this.history.push(record);
    this.dump(record.iteration, "iter_result", {
      iter: record.iteration,
      ok: record.outcome === "passed",
      exit_code: record.test?.exitCode ?? -1,
      stderr_len: (record.test?.output ?? record.feedback ?? "").length,
    });
    this.emit({ type: "iteration_end", iteration: record.iteration, record });
  }

  /** Records a failed iteration for the next prompt and applies the stagnation gates. */
  private rememberFailure(iteration: number, reply: string, feedback: string, hash: string, outputKey?: string): void {
    if (this.mode === "multi-diff") {
      this.previousEdit = reply;
      this.editHashes.push(hash);
      if (editRepeats(this.editHashes, true)) {
        this.dump(iteration, "stagnation_v2", { iter: iteration, sr_hash_recent: hash, reason: "sr_history_repeat" });
        throw new LoopStop("stagnation", this.lastError, iteration);
      }
    } else {
      this.exchanges.push({ reply, feedback });
      this.outputKeys.push(outputKey ?? normaliseOutputForComparison(feedback));
      if (lastKeysRepeat(this.outputKeys)) {
        this.dump(iteration, "stagnation", { iters: iteration });
        throw new LoopStop("stagnation", this.lastError, iteration);
      }
    }
  }

  private async readTarget(relPath: string): Promise<string | undefined> {
    try {
      return await readFile(path.join(this.cfg.repoDir, relPath), "utf8");
    } catch {
      return undefined;
    }
  }

  /** A model call with the budget, abort and error handling every call shares. */
  private async callModel(iteration: number, request: ChatRequest, stopIterations: number): Promise<ChatResponse> {
    this.checkStopped(stopIterations);
    this.checkBudget(stopIterations);
    const started = this.now();
    let response: ChatResponse;
    try {
      response = await this.options.model.complete({ ...request, signal: this.signal });
    } catch (error) {
      this.checkStopped(stopIterations);
      const message = error instanceof Error ? error.message : String(error);
      throw new LoopStop("llm_call", this.redact(message), stopIterations);
    }
    this.usage = addUsage(this.usage, response.usage);
    this.emit({ type: "model_call", iteration, purpose: request.purpose ?? "edit", usage: response.usage, durationMs: this.now() - started });
    if (this.cfg.dumpMode !== "off") {
      const fields: Record<string, string | number | boolean> = {
        iter: iteration,
        messages_len: request.messages.length,
        reply_len: response.text.length,
        input_tokens: response.usage.inputTokens,
        output_tokens: response.usage.outputTokens,
      };
      if (this.cfg.dumpMode === "full") {
        fields.system = this.redact(request.system);
        fields.messages = this.redact(JSON.stringify(request.messages));
        fields.reply = this.redact(response.text);
      }
      this.dump(iteration, "llm_call", fields);
    }
    return response;
  }

  private async askSingleFile(iteration: number): Promise<ModelTurn> {
    const relPath = this.cfg.targetFiles[0] ?? "";
    const content = await this.readTarget(relPath);
    const fileMode = this.mode === "single-full" ? "full" : "diff";
    const opening = buildSingleFilePrompt({
      ...this.taskContext,
      path: relPath,
      content,
      mode: fileMode,
      lang: this.cfg.lang,
      ...(this.exchanges.length === 0 ? { initialFailure: this.lastError } : {}),
    });
    const conversation = boundConversation(opening, this.exchanges, this.cfg.limits.conversationBudgetChars);
    if (conversation.droppedExchanges > 0) this.dump(iteration, "conversation_trimmed", { dropped: conversation.droppedExchanges });
    const system = this.options.system ?? (fileMode === "full" ? WHOLE_FILE_SYSTEM : DIFF_SYSTEM);
    const response = await this.callModel(iteration, { system, messages: conversation.messages, purpose: "edit" }, iteration - 1);
    return { text: response.text, usage: response.usage, toolCalls: 0 };
  }

  private async askMultiFile(iteration: number): Promise<ModelTurn> {
    const after = await snapshotFiles(this.cfg.repoDir, this.cfg.targetFiles, this.snapshot);
    const changes = diffSnapshots(this.snapshot, after);
    this.snapshot = after;
    const prompt = buildMultiFilePrompt({
      ...this.taskContext,
      targetFiles: this.cfg.targetFiles,
      lastError: this.lastError,
      previousEdit: this.previousEdit,
      changes,
      iteration,
      maxIterations: this.cfg.maxIterations,
    });
    this.dump(iteration, "iter_messages_size", { iter: iteration, messages_len: 1, user_len: prompt.length });
    const system = this.options.system ?? MULTI_FILE_SYSTEM;
    const messages: ChatRequest["messages"] = [{ role: "user", content: prompt }];
    const tools = [READ_FILE_TOOL, READ_FILE_RANGE_TOOL];
    let usage = ZERO_USAGE;
    let toolCalls = 0;
    let response = await this.callModel(iteration, { system, messages, tools, purpose: "edit" }, iteration - 1);
    usage = addUsage(usage, response.usage);
    while (response.toolCalls.length > 0) {
      if (toolCalls + response.toolCalls.length > this.cfg.limits.maxToolCallsPerIteration) {
        this.dump(iteration, "tool_loop_giveup", { iter: iteration, count: toolCalls });
        throw new LoopStop("tool_loop", `exceeded ${this.cfg.limits.maxToolCallsPerIteration} tool calls within one iteration`, iteration);
      }
      messages.push({
        role: "assistant",
        content: [
          ...(response.text ? [{ type: "text" as const, text: response.text }] : []),
          ...response.toolCalls.map((call) => ({ type: "tool_call" as const, call })),
        ],
      });
      const results = [];
      for (const call of response.toolCalls) {
        toolCalls++;
        const dispatched = await this.tools!.dispatch(call, { lastError: this.lastError, signal: this.signal });
        usage = addUsage(usage, dispatched.usage);
        this.usage = addUsage(this.usage, dispatched.usage);
        const requested = typeof call.input.path === "string" ? call.input.path : "";
        this.emit({ type: "tool_use", iteration, tool: call.name, path: requested, ok: dispatched.outcome.ok, ...(dispatched.outcome.ok ? {} : { error: dispatched.outcome.error }) });
        results.push({
          type: "tool_result" as const,
          toolCallId: call.id,
          content: dispatched.outcome.ok ? dispatched.outcome.content : `ERROR: ${dispatched.outcome.error}`,
          ...(dispatched.outcome.ok ? {} : { isError: true }),
        });
      }
      messages.push({ role: "user", content: results });
      response = await this.callModel(iteration, { system, messages, tools, purpose: "edit" }, iteration);
      usage = addUsage(usage, response.usage);
    }
    return { text: response.text, usage, toolCalls };
  }

  /** Parses the reply, plans every write, and writes all files or none. */
  private async applyReply(iteration: number, text: string): Promise<EditOutcome> {
    let writes: Map<string, string>;
    if (this.mode === "single-full") {
      const code = extractWholeFile(text, this.cfg.lang);
      if (code === undefined) {
        return { kind: "format_error", message: buildFormatErrorMessage("no fenced code block with the whole file was found", false).replace("SEARCH/REPLACE blocks exactly in the format described", "the whole file in one fenced code block") };
      }
      writes = new Map([[this.cfg.targetFiles[0] ?? "", code.endsWith("\n") ? code : `${code}\n`]]);
    } else {
      const multiFile = this.mode === "multi-diff";
      const parsed = tryParseSearchReplace(text, multiFile ? { multiFile, allowedPaths: this.cfg.targetFiles } : {});
      if (!parsed.ok) return { kind: "format_error", message: buildFormatErrorMessage(parsed.error.message, multiFile) };
      const blocks = this.withPendingBlocks(parsed.blocks);
      const planned = planReplyEdits(blocks, this.fileAccess(), multiFile ? {} : { singlePath: this.cfg.targetFiles[0] ?? "" });
      if (!planned.ok) {
        this.pendingBlocks = planned.applicable;
        return { kind: "edit_failed", message: describeEditFailures(planned.failed, { totalBlocks: blocks.length }), failed: planned.failed };
      }
      this.pendingBlocks = [];
      writes = planned.writes;
    }
    const limitProblem = this.checkWriteLimits(writes);
    if (limitProblem) {
      return { kind: "edit_failed", message: `${limitProblem}\nNothing was applied. Send a smaller edit.`, failed: [] };
    }
    try {
      await writeEditsAtomically(this.cfg.repoDir, writes);
    } catch (error) {
      throw new LoopStop("open_target_file", error instanceof Error ? error.message : String(error), iteration);
    }
    const files = [...writes.keys()].sort();
    for (const [file, content] of writes) {
      this.modified.add(file);
      this.bytesWritten += Buffer.byteLength(content);
    }
    return { kind: "written", files };
  }

  /** The pending blocks first (as in the reply they came from), minus any the model sent again. */
  private withPendingBlocks(blocks: EditBlock[]): EditBlock[] {
    if (this.pendingBlocks.length === 0) return blocks;
    const key = (b: EditBlock): string => `${b.path ?? ""}\u0000${b.search}\u0000${b.replace}`;
    const resent = new Set(blocks.map(key));
    return [...this.pendingBlocks.filter((b) => !resent.has(key(b))), ...blocks];
  }

  private checkWriteLimits(writes: Map<string, string>): string | undefined {
    const { maxFilesPerReply, maxBytesPerFile, maxBytesPerRun } = this.cfg.limits;
    if (writes.size > maxFilesPerReply) return `The reply edits ${writes.size} files; at most ${maxFilesPerReply} files may be edited per reply.`;
    let total = 0;
    for (const [file, content] of writes) {
      const bytes = Buffer.byteLength(content);
      if (bytes > maxBytesPerFile) return `The edit would make ${file} ${bytes} bytes; at most ${maxBytesPerFile} bytes per file.`;
      total += bytes;
    }
    if (this.bytesWritten + total > maxBytesPerRun) return `The edit would bring the bytes written in this run to ${this.bytesWritten + total}; at most ${maxBytesPerRun} per run.`;
    return undefined;
  }

  /** What planReplyEdits may read and write: the targets, minus protected and unsafe paths. */
  private fileAccess(): EditFileAccess {
    const targets = new Set(this.cfg.targetFiles);
    const repoDir = this.cfg.repoDir;
    const protectedGlobs = this.protectedGlobs;
    const readSync = (rel: string): string | undefined => readTargetSync(repoDir, rel);
    return {
      read: readSync,
      isAllowed(relPath: string) {
        const resolved = resolveEditPath(repoDir, relPath, { protectedGlobs, allowed: (rel) => targets.has(rel) });
        if (!resolved.ok) return { ok: false, reason: resolved.reason };
        return { ok: true, relPath: resolved.relPath };
      },
    };
  }

  private finish(ok: boolean, iterations: number, reason?: FailureReason, detail?: string): LoopResult {
    const result: LoopResult = {
      ok,
      iterations,
      summary: makeSummary(ok, iterations, this.cfg.maxIterations, reason),
      lastError: ok ? "" : this.redact(tailText(detail ?? this.lastError, LAST_ERROR_RESULT_CHARS)),
      modifiedFiles: [...this.modified].sort(),
      history: this.history,
      usage: this.usage,
      durationMs: this.now() - this.startedAt,
      ...(this.initialTest ? { initialTest: this.initialTest } : {}),
    };
    if (!ok && reason) {
      result.failureReason = reason;
      result.failureMessage = describeFailureReason(reason, {
        maxIterations: this.cfg.maxIterations,
        maxToolCalls: this.cfg.limits.maxToolCallsPerIteration,
        ...(this.cfg.timeoutMs !== undefined ? { timeoutMs: this.cfg.timeoutMs } : {}),
        ...(this.cfg.maxTokensTotal !== undefined ? { maxTokensTotal: this.cfg.maxTokensTotal } : {}),
      });
    }
    this.emit(ok ? { type: "converged", result } : { type: "gave_up", result });
    return result;
  }
}

function readTargetSync(repoDir: string, relPath: string): string | undefined {
  try {
    return readFileSync(path.join(repoDir, relPath), "utf8");
  } catch {
    return undefined;
  }
}
