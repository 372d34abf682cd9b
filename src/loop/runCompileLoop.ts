import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChatModel, ChatRequest, ChatResponse, TokenUsage } from "../models/chatModel.js";
import { ZERO_USAGE, addUsage } from "../models/chatModel.js";
import { ESTIMATE_TOKENS_PER_BYTE, estimateInputTokens, observedTokensPerByte, usageCostUsd } from "../models/costEstimate.js";
import type { TestRunResult, TestRunner } from "../runner/testRunResult.js";
import type { FailedBlock } from "../edits/editBlock.js";
import { planReplyEdits, type EditFileAccess } from "../edits/planReplyEdits.js";
import { describeEditFailures } from "../edits/describeEditFailures.js";
import { resolveEditPath } from "../edits/resolveEditPath.js";
import { writeEditsAtomically } from "../edits/writeEditsAtomically.js";
import { createShellTestRunner } from "../runner/createShellTestRunner.js";
import { whyTestCommandCannotRun } from "../runner/whyTestCommandCannotRun.js";
import { buildTestEnv } from "../runner/buildTestEnv.js";
import { MIN_SECRET_LENGTH, redact } from "../security/redactSecrets.js";
import { discoverRepoGuidance, formatRepoGuidance, guidancePaths } from "../context/repoGuidance.js";
import type { CostStop, FailureReason, IterationRecord, LoopEvent, LoopOptions, LoopResult, StoppedIteration } from "./loopTypes.js";
import { validateLoopOptions, type ResolvedLoopConfig } from "./validateLoopOptions.js";
import { describeCostStopDetail, describeFailureReason, LAST_ERROR_RESULT_CHARS, makeSummary, STAGNATION_WINDOW } from "./summarizeResult.js";
import { fnv1a, lastKeysRepeat, type StagnationKey } from "./detectStagnation.js";
import { DEFAULT_TASK, describeTestRun, type TaskContext } from "./buildPrompts.js";
import { tailText } from "../text/clipText.js";
import { interpretReply, type ParsedEdit } from "./interpretReply.js";
import { LoopStop } from "./loopStop.js";
import type { FailedAttempt, ModeStrategy, StrategyServices } from "./modeStrategy.js";
import { createMultiFileStrategy } from "./multiFileStrategy.js";
import type { EditScope } from "../context/editScope.js";
import { DEFAULT_PROTECTED_GLOBS } from "../context/selectTargetFiles.js";
import { createWholeFileStrategy } from "./wholeFileStrategy.js";


type EditOutcome = { ok: true; files: string[] } | { ok: false; message: string; failed: FailedBlock[] };

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

/**
 * The driver every mode shares. What differs between modes (how to ask, what
 * a reply must hold, what to tell the model, what stagnation compares) is a
 * ModeStrategy; everything else happens here, once.
 */
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
  /** What the result reports: the latest test output, or why the latest reply was not applied. */
  private lastError = "";
  /** The latest test run's output (redacted), which the next prompt shows. */
  private lastTestOutput = "";
  private initialTest: TestRunResult | undefined;
  private readonly stagnationKeys: StagnationKey[] = [];
  /** Which files the model may edit beyond the initial targets (multi-file mode only). */
  private editScope: EditScope | undefined;
  /** The iteration in progress, for model calls made on its behalf (large-file digests). */
  private currentIteration = 0;
  /** Tokens of every call made on behalf of each iteration, edit and digest calls alike: what its record reports. */
  private readonly usageByIteration = new Map<number, TokenUsage>();
  /** The highest tokens-per-byte rate a provider counted in this run; the cost estimate never assumes less. */
  private tokensPerByte = ESTIMATE_TOKENS_PER_BYTE;
  /** What the cost cap counts as spent: each reply's usage at the price, or the call's estimate when the reply reported none. */
  private capSpentUsd = 0;
  private unmeteredCalls = 0;
  /**
   * Set when the cost cap refused a call, and from then on every call is
   * refused: a digest catches the refusal of its chunk call and goes on, and
   * a smaller call after it must not slip under the cap the run already hit.
   */
  private costStop: CostStop | undefined;

  constructor(
    private readonly cfg: ResolvedLoopConfig,
    private readonly options: LoopOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.secrets = (options.secrets ?? []).filter((s) => s.length >= MIN_SECRET_LENGTH);
    this.runner =
      options.runner ??
      createShellTestRunner({
        command: options.testCommand ?? "",
        cwd: cfg.repoDir,
        env: buildTestEnv(process.env, options.testEnv),
        timeoutMs: cfg.testTimeoutMs,
      });
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

  /**
   * The cost cap: refuses a call when the spend so far plus the call at its
   * worst (the prompt estimated pessimistically, every output token it may
   * produce) would pass maxCostUsd. Returns the call's estimate, which counts
   * as its spend if the reply reports no usage.
   */
  private checkCost(iteration: number, request: ChatRequest, stopIterations: number): number | undefined {
    const cap = this.cfg.maxCostUsd;
    const price = this.cfg.price;
    if (cap === undefined || price === undefined) return undefined;
    if (this.costStop) throw new LoopStop("budget", describeCostStopDetail({ stop: this.costStop, usage: this.usage }), stopIterations);
    const estimatedInputTokens = estimateInputTokens(request, this.tokensPerByte);
    const maxOutputTokens = this.cfg.maxOutputTokens;
    const callEstimateUsd = usageCostUsd({ inputTokens: estimatedInputTokens, outputTokens: maxOutputTokens }, price);
    // Reaching the cap exactly is allowed: only passing it is not.
    if (this.capSpentUsd + callEstimateUsd <= cap) return callEstimateUsd;
    const stop: CostStop = {
      capUsd: cap,
      spentUsd: this.capSpentUsd,
      callEstimateUsd,
      estimatedInputTokens,
      maxOutputTokens,
      iteration,
      purpose: request.purpose ?? "edit",
      unmeteredCalls: this.unmeteredCalls,
    };
    this.costStop = stop;
    this.dump(iteration, "cost_cap_stop", {
      iter: iteration,
      purpose: stop.purpose,
      cap_usd: cap,
      spent_usd: stop.spentUsd,
      call_estimate_usd: callEstimateUsd,
      estimated_input_tokens: estimatedInputTokens,
      max_output_tokens: maxOutputTokens,
      tokens_per_byte: this.tokensPerByte,
    });
    throw new LoopStop("budget", describeCostStopDetail({ stop, usage: this.usage }), stopIterations);
  }

  /** Books a reply's usage for the cost cap, and learns from it how many tokens a byte of this run's requests costs. */
  private meterCall(request: ChatRequest, usage: TokenUsage, callEstimateUsd: number | undefined): void {
    const price = this.cfg.price;
    if (price === undefined) return;
    const observed = observedTokensPerByte(request, usage);
    if (observed !== undefined && observed > this.tokensPerByte) this.tokensPerByte = observed;
    // Some compatible servers send no usage; the call was billed all the same, so the cap counts it at its worst.
    if (usage.inputTokens === 0 && callEstimateUsd !== undefined) {
      this.capSpentUsd += callEstimateUsd;
      this.unmeteredCalls++;
    } else {
      this.capSpentUsd += usageCostUsd(usage, price);
    }
  }

  /** USD for tokens at the model's price; undefined when the price is unknown (tokens only are shown then). */
  private costOf(usage: TokenUsage): number | undefined {
    return this.cfg.price === undefined ? undefined : usageCostUsd(usage, this.cfg.price);
  }

  private withCost(usage: TokenUsage): { usage: TokenUsage; costUsd?: number } {
    const costUsd = this.costOf(usage);
    return costUsd === undefined ? { usage } : { usage, costUsd };
  }

  /** The iteration the run stopped in, when it made model calls but ended before its record. */
  private stoppedIteration(): StoppedIteration | undefined {
    const iteration = this.currentIteration;
    const usage = this.usageByIteration.get(iteration);
    if (iteration === 0 || usage === undefined || this.history.some((record) => record.iteration === iteration)) return undefined;
    return { iteration, ...this.withCost(usage) };
  }

  private createStrategy(task: TaskContext, guidanceFiles: readonly string[]): ModeStrategy {
    const services: StrategyServices = {
      cfg: this.cfg,
      task,
      system: this.options.system,
      signal: this.signal,
      now: this.now,
      callModel: (iteration, request, stopIterations) => this.callModel(iteration, request, stopIterations),
      emit: (event) => this.emit(event),
      dump: (iteration, event, fields) => this.dump(iteration, event, fields),
      redact: (text) => this.redact(text),
    };
    if (this.cfg.mode === "single-full") return createWholeFileStrategy(services);
    // Digest calls are model calls like any other: the same stop and budget checks, usage and events.
    const digestModel: ChatModel = {
      id: this.options.model.id,
      complete: (request) => this.callModel(this.currentIteration, request, this.currentIteration),
    };
    const strategy = createMultiFileStrategy(services, [...this.cfg.targetFiles, ...guidanceFiles], digestModel, {
      targetsAreHardLimit: this.options.targetsAreHardLimit === true,
      protectedPaths: this.options.protectedPaths ?? DEFAULT_PROTECTED_GLOBS,
      ...(this.options.targetReasons ? { targetReasons: this.options.targetReasons } : {}),
      // Repository text goes to the provider: redacted like everything else in the prompt.
      ...(this.options.repoMap ? { repoMap: this.redact(this.options.repoMap) } : {}),
    });
    this.editScope = strategy.editScope;
    return strategy;
  }

  private async loop(): Promise<LoopResult> {
    const guidance = await discoverRepoGuidance(this.cfg.repoDir);
    // Everything that reaches the prompt is redacted: a secret can sit in the test command itself.
    const task: TaskContext = {
      task: this.redact(this.options.task?.trim() || DEFAULT_TASK),
      testCommand: this.redact(this.runner.command),
      ...(this.options.instructions ? { instructions: this.redact(this.options.instructions) } : {}),
      ...(this.options.priorAttempts ? { priorAttempts: this.redact(this.options.priorAttempts) } : {}),
      guidance: this.redact(formatRepoGuidance(guidance)),
    };
    const strategy = this.createStrategy(task, guidancePaths(guidance));
    if (this.cfg.dumpWarning) this.dump(0, "dump_mode_downgraded", { warning: this.cfg.dumpWarning });
    // A copy: the list grows when the model reads a file it may then edit.
    this.emit({ type: "start", mode: strategy.mode, targetFiles: [...this.cfg.targetFiles], maxIterations: this.cfg.maxIterations });

    this.checkStopped(0);
    const initial = this.options.initialTest ?? (await this.runner.run(this.signal));
    this.initialTest = initial;
    if (!this.options.initialTest) this.emit({ type: "initial_test", result: initial });
    this.checkStopped(0);
    if (initial.ok) return this.finish(true, 0);
    const why = whyTestCommandCannotRun(initial);
    if (why !== undefined) {
      throw new LoopStop("test_command", this.redact(`${why}\n${tailText(initial.output, LAST_ERROR_RESULT_CHARS)}`), 0);
    }
    this.lastTestOutput = this.redact(initial.output);
    this.lastError = this.lastTestOutput;

    for (let iteration = 1; iteration <= this.cfg.maxIterations; iteration++) {
      this.checkStopped(iteration - 1);
      this.checkBudget(iteration - 1);
      const done = await this.iterate(strategy, iteration);
      if (done) return done;
    }
    return this.finish(false, this.cfg.maxIterations, "max_iters", this.lastError);
  }

  /** One iteration; returns the final result when the loop is over. */
  private async iterate(strategy: ModeStrategy, iteration: number): Promise<LoopResult | undefined> {
    const started = this.now();
    this.currentIteration = iteration;
    this.emit({ type: "iteration_start", iteration });
    this.dump(iteration, "iter_start", { iter: iteration, target_file: this.cfg.targetFiles.join(",") });

    const turn = await strategy.request(iteration, this.lastTestOutput);
    const reply = this.redact(turn.text);
    // The driver's count, not the strategy's: it holds every call made for this iteration, digest calls included.
    const base = { iteration, reply, ...this.withCost(this.usageByIteration.get(iteration) ?? turn.usage), toolCalls: turn.toolCalls };
    const interpretation = interpretReply(turn, strategy.format);

    let attempt: FailedAttempt;
    let record: IterationRecord;
    if (!interpretation.ok) {
      const message = this.redact(interpretation.message);
      this.emit({ type: "format_error", iteration, message });
      attempt = { kind: "format_error", reply, problem: interpretation.problem, message };
      record = { ...base, outcome: "format_error", filesEdited: [], durationMs: 0 };
    } else {
      const edit = interpretation.edit;
      const outcome = await this.applyEdit(iteration, edit);
      if (!outcome.ok) {
        const message = this.redact(outcome.message);
        this.emit({ type: "edit_failed", iteration, failed: outcome.failed, message });
        attempt = { kind: "edit_failed", reply, edit, message };
        record = { ...base, outcome: "edit_failed", filesEdited: [], failedBlocks: outcome.failed, durationMs: 0 };
      } else {
        this.emit({ type: "edit_applied", iteration, files: outcome.files });
        this.checkStopped(iteration);
        this.emit({ type: "test_start", iteration });
        const test = await this.runner.run(this.signal);
        this.emit({ type: "test_result", iteration, result: test });
        record = { ...base, outcome: test.ok ? "passed" : "failed", filesEdited: outcome.files, test, durationMs: 0 };
        if (test.ok) {
          record.durationMs = this.now() - started;
          this.endIteration(record);
          return this.finish(true, iteration);
        }
        // A test run cut short by Ctrl-C or the run's own deadline says nothing about the edit.
        this.checkStopped(iteration);
        this.lastTestOutput = this.redact(test.output) || describeTestRun(test);
        attempt = { kind: "tests_failed", reply, edit, test };
      }
    }

    const feedback = this.redact(strategy.remember(attempt));
    record.feedback = feedback;
    record.durationMs = this.now() - started;
    this.endIteration(record);
    this.lastError = attempt.kind === "tests_failed" ? this.lastTestOutput : feedback;
    this.checkStagnation(iteration, strategy.stagnationKey(attempt));
    return undefined;
  }

  private endIteration(record: IterationRecord): void {
    this.history.push(record);
    this.dump(record.iteration, "iter_result", {
      iter: record.iteration,
      ok: record.outcome === "passed",
      outcome: record.outcome,
      // -1 and 0 when no test ran (the reply was not applied).
      exit_code: record.test?.exitCode ?? -1,
      output_len: record.test?.output.length ?? 0,
    });
    this.emit({ type: "iteration_end", iteration: record.iteration, record });
  }

  /** The same result STAGNATION_WINDOW times in a row: more iterations would not help. */
  private checkStagnation(iteration: number, key: StagnationKey): void {
    this.stagnationKeys.push(key);
    if (!lastKeysRepeat(this.stagnationKeys)) return;
    this.dump(iteration, "stagnation", { iter: iteration, compared: key.basis, repeats: STAGNATION_WINDOW, repeated_key: fnv1a(key.key) });
    throw new LoopStop("stagnation", this.lastError, iteration);
  }

  /** A model call with the budget, abort and error handling every call shares. */
  private async callModel(iteration: number, request: ChatRequest, stopIterations: number): Promise<ChatResponse> {
    this.checkStopped(stopIterations);
    this.checkBudget(stopIterations);
    const callEstimateUsd = this.checkCost(iteration, request, stopIterations);
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
    this.usageByIteration.set(iteration, addUsage(this.usageByIteration.get(iteration) ?? ZERO_USAGE, response.usage));
    this.meterCall(request, response.usage, callEstimateUsd);
    this.emit({ type: "model_call", iteration, purpose: request.purpose ?? "edit", ...this.withCost(response.usage), durationMs: this.now() - started });
    if (this.cfg.dumpMode !== "off") {
      const fields: Record<string, string | number | boolean> = {
        iter: iteration,
        purpose: request.purpose ?? "edit",
        messages_len: request.messages.length,
        reply_len: response.text.length,
        stop_reason: response.stopReason,
        input_tokens: response.usage.inputTokens,
        output_tokens: response.usage.outputTokens,
      };
      const costUsd = this.costOf(response.usage);
      if (costUsd !== undefined) fields.cost_usd = costUsd;
      if (this.cfg.dumpMode === "full") {
        fields.system = this.redact(request.system);
        fields.messages = this.redact(JSON.stringify(request.messages));
        fields.reply = this.redact(response.text);
      }
      this.dump(iteration, "llm_call", fields);
    }
    return response;
  }

  /** Plans every write of the edit and writes all files or none. */
  private async applyEdit(iteration: number, edit: ParsedEdit): Promise<EditOutcome> {
    const planned = this.planWrites(edit);
    if (!planned.ok) return planned;
    const writes = planned.writes;
    const limitProblem = this.checkWriteLimits(writes);
    if (limitProblem) return { ok: false, message: `${limitProblem}\nNothing was written. Send a smaller edit.`, failed: [] };
    try {
      await writeEditsAtomically(this.cfg.repoDir, writes);
    } catch (error) {
      throw new LoopStop("open_target_file", error instanceof Error ? error.message : String(error), iteration);
    }
    for (const [file, content] of writes) {
      this.modified.add(file);
      this.bytesWritten += Buffer.byteLength(content);
    }
    return { ok: true, files: [...writes.keys()].sort() };
  }

  /** The new content of each file the edit touches, checked against the path policy; nothing is written here. */
  private planWrites(edit: ParsedEdit): { ok: true; writes: Map<string, string> } | { ok: false; message: string; failed: FailedBlock[] } {
    const access = this.fileAccess();
    if (edit.kind === "whole_file") {
      const allowed = access.isAllowed(edit.path);
      if (!allowed.ok) return { ok: false, message: `${edit.path} cannot be written: ${allowed.reason}. Nothing was written.`, failed: [] };
      return { ok: true, writes: new Map([[allowed.relPath ?? edit.path, edit.content]]) };
    }
    const planned = planReplyEdits(edit.blocks, access);
    if (planned.ok) return { ok: true, writes: planned.writes };
    // Nothing of the reply is kept: the model resends it whole, so block numbers always mean the reply it sent.
    return {
      ok: false,
      message: describeEditFailures(planned.failed, { totalBlocks: edit.blocks.length }),
      failed: planned.failed,
    };
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

  /** What planning may read and write: the targets, minus protected and unsafe paths. */
  private fileAccess(): EditFileAccess {
    const targets = new Set(this.cfg.targetFiles);
    const repoDir = this.cfg.repoDir;
    const protectedGlobs = this.options.protectedPaths ?? [];
    return {
      read: (rel) => readTargetSync(repoDir, rel),
      isAllowed(relPath: string) {
        const resolved = resolveEditPath(repoDir, relPath, { protectedGlobs, allowed: (rel) => targets.has(rel) });
        if (!resolved.ok) return { ok: false, reason: resolved.reason };
        return { ok: true, relPath: resolved.relPath };
      },
    };
  }

  private finish(ok: boolean, iterations: number, reason?: FailureReason, detail?: string): LoopResult {
    const costStop = !ok && reason === "budget" ? this.costStop : undefined;
    const stopped = ok ? undefined : this.stoppedIteration();
    const costUsd = this.costOf(this.usage);
    const result: LoopResult = {
      ok,
      iterations,
      summary: makeSummary(ok, iterations, this.cfg.maxIterations, reason, costStop ? "cost" : "tokens"),
      lastError: ok ? "" : this.redact(tailText(detail ?? this.lastError, LAST_ERROR_RESULT_CHARS)),
      modifiedFiles: [...this.modified].sort(),
      editedOutsideTargets: this.editScope?.outsideInitialTargets([...this.modified].sort()) ?? [],
      history: this.history,
      usage: this.usage,
      ...(costUsd !== undefined ? { costUsd } : {}),
      ...(stopped ? { stoppedIteration: stopped } : {}),
      ...(costStop ? { costStop } : {}),
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
        ...(costStop ? { cost: { stop: costStop, usage: this.usage } } : {}),
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
