import { performance } from "node:perf_hooks";
import { ZERO_USAGE } from "../models/chatModel.js";
import { buildTestEnv } from "../runner/buildTestEnv.js";
import { createShellTestRunner } from "../runner/createShellTestRunner.js";
import { createFocusedTestRunner, type FocusStats } from "../runner/focus/index.js";
import { runTestCommand } from "../runner/runTestCommand.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import { whyTestCommandCannotRun } from "../runner/whyTestCommandCannotRun.js";
import { prepareTestIsolation, type PreparedIsolation } from "../isolation/prepareTestIsolation.js";
import { IsolationUnavailableError, type IsolationReport, type IsolationSetting } from "../isolation/isolationSetting.js";
import { DEFAULT_PROTECTED_GLOBS, selectTargetFiles, type TargetSelection } from "../context/selectTargetFiles.js";
import { listBranchChanges, listRepositoryFiles, readRepoFileSync } from "../context/listRepositoryFiles.js";
import { buildRepoMap, DEFAULT_REPO_MAP_TOKENS, skippedRepoMap, type RepoMapReport } from "../context/repoMap/buildRepoMap.js";
import { ImportResolver } from "../context/importResolver.js";
import { runGit } from "../git/runGit.js";
import { redact } from "../security/redactSecrets.js";
import { runCompileLoop } from "./runCompileLoop.js";
import { tailText } from "../text/clipText.js";
import { describeFailureReason, LAST_ERROR_RESULT_CHARS, makeSummary } from "./summarizeResult.js";
import { DEFAULT_MAX_ITERATIONS, LoopOptionsError, validateCostCap } from "./validateLoopOptions.js";
import type { FailureReason, LoopOptions, LoopResult } from "./loopTypes.js";

/** Everything a whole run needs: the loop's options, plus what happens before the first model call. */
export interface PipelineOptions extends Omit<LoopOptions, "runner" | "initialTest" | "targetFile" | "targetFiles" | "testCommand"> {
  /** The judge, a shell command. */
  testCommand: string;
  /** Run once before the first test run (`npm ci`, say), under the same isolation. */
  setupCommand?: string;
  /** Where the setup and test commands run; defaults to `repoDir` (the CLI passes the directory it was started in). */
  commandDir?: string;
  /** The environment the test command's allowlist is taken from; defaults to this process's. */
  parentEnv?: NodeJS.ProcessEnv;
  /** Who the setup and test commands run as; defaults to `none`. */
  isolation?: IsolationSetting;
  /** The files the model may edit, as given (the library's choice); without it they are selected from the failure. */
  targetFiles?: string[];
  /** Globs the selection is limited to (`--files`, `target-files`); a hard limit. */
  include?: string[];
  /** Files the branch or pull request changes; defaults to git's changes against the branch's base. */
  changedFiles?: () => Promise<readonly string[]>;
  /** Re-run only the failing tests during iterations (`auto`, the default), verifying with the full command before success; `off` runs the full command every time. */
  focus?: "auto" | "off";
  /** A focused command of the user's, with `{files}` and `{tests}` placeholders. */
  focusCommand?: string;
  /** Globs of JUnit XML reports the test command writes, read to know which tests failed. */
  testReports?: string[];
  /** Estimated tokens the repository map may take in the multi-file prompt (default DEFAULT_REPO_MAP_TOKENS); 0: no map. */
  repoMapTokens?: number;
  /**
   * Called with the chosen targets before the first model call; a returned
   * sentence stops the run as `configuration` (the CLI refuses to mix edits
   * into uncommitted changes this way, and snapshots files for --dry-run).
   */
  beforeIterations?: (targets: readonly string[]) => Promise<string | undefined>;
}

export interface PipelineResult extends LoopResult {
  /** The files the model could edit (empty when the run stopped before choosing). */
  targetFiles: string[];
  /** Who the code under test ran as; absent when the run stopped before any command ran. */
  isolation?: IsolationReport;
  /** The setup command's run, when there was one. */
  setup?: TestRunResult;
  /** Focused and full runs, and the time focusing saved (absent with focus off). */
  focus?: FocusStats;
  /** The repository map the prompt carried (absent when the run stopped before the loop, in full mode, or with the map off). */
  repoMap?: RepoMapReport;
}

/**
 * The engine's whole run, the same for the CLI, the action and the library:
 * isolation → setup → first test run → target selection → mode → gates →
 * iterations. Every stop before the loop ends like the loop's own: a reason
 * code, a summary and a sentence saying what to do.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const startedAt = performance.now();
  const secrets = options.secrets ?? [];
  const emit = options.onEvent ?? (() => undefined);
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const protect = [...new Set([...(options.protectedPaths ?? DEFAULT_PROTECTED_GLOBS), ".git/**"])];
  const isGitRepo = await isInsideGit(options.repoDir);
  const commandDir = options.commandDir ?? options.repoDir;
  const elapsed = (): number => Math.round(performance.now() - startedAt);

  const stopped = (reason: FailureReason, facts: { message?: string; output?: string; initialTest?: TestRunResult; targetFiles?: string[]; isolation?: IsolationReport; setup?: TestRunResult }): PipelineResult => ({
    ok: false,
    iterations: 0,
    summary: makeSummary(false, 0, maxIterations, reason),
    failureReason: reason,
    failureMessage: redact(facts.message ?? describeFailureReason(reason, { maxIterations }), secrets),
    lastError: redact(tailText(facts.output ?? facts.initialTest?.output ?? "", LAST_ERROR_RESULT_CHARS), secrets),
    modifiedFiles: [],
    history: [],
    usage: ZERO_USAGE,
    ...(facts.initialTest ? { initialTest: facts.initialTest } : {}),
    durationMs: elapsed(),
    targetFiles: facts.targetFiles ?? [],
    ...(facts.isolation ? { isolation: facts.isolation } : {}),
    ...(facts.setup ? { setup: facts.setup } : {}),
  });

  /** The tests passed before any edit: no model call, nothing changed. */
  const passedAlready = (facts: { initialTest: TestRunResult; isolation: IsolationReport; setup?: TestRunResult }): PipelineResult => ({
    ok: true,
    iterations: 0,
    summary: makeSummary(true, 0, maxIterations),
    lastError: "",
    modifiedFiles: [],
    history: [],
    usage: ZERO_USAGE,
    initialTest: facts.initialTest,
    durationMs: elapsed(),
    targetFiles: [],
    isolation: facts.isolation,
    ...(facts.setup ? { setup: facts.setup } : {}),
  });

  // A cost cap on a model without a price must stop before anything runs, not after the setup and first test run.
  try {
    validateCostCap(options);
  } catch (error) {
    if (error instanceof LoopOptionsError) return stopped("configuration", { message: error.message });
    throw error;
  }

  const mapTokens = options.repoMapTokens ?? DEFAULT_REPO_MAP_TOKENS;
  if (!Number.isInteger(mapTokens) || mapTokens < 0) return stopped("configuration", { message: `repoMapTokens must be a whole number, 0 or more (got ${mapTokens}); 0 turns the repository map off.` });

  let prepared: PreparedIsolation;
  try {
    prepared = await prepareTestIsolation({
      setting: options.isolation ?? "none",
      workTree: options.repoDir,
      isGitRepo,
      onNotice: (message) => emit({ type: "dump", iteration: 0, event: "git_state_restored", fields: { message } }),
    });
  } catch (error) {
    if (!(error instanceof IsolationUnavailableError)) throw error;
    return stopped("configuration", { message: `--isolate user / test-isolation: user is not available here: ${error.message}` });
  }
  const isolation = prepared.report;
  emit({ type: "isolation", report: isolation });
  try {
    const env = buildTestEnv(options.parentEnv ?? process.env, options.testEnv);
    const commandOptions = { cwd: commandDir, env, isolation: prepared.isolation, ...(options.testTimeoutMs !== undefined ? { timeoutMs: options.testTimeoutMs } : {}) };
    let setup: TestRunResult | undefined;
    if (options.setupCommand !== undefined && options.setupCommand.trim() !== "") {
      emit({ type: "setup_start" });
      setup = await runTestCommand({ ...commandOptions, command: options.setupCommand, ...(options.signal ? { signal: options.signal } : {}) });
      emit({ type: "setup_result", result: setup });
      if (setup.aborted === true || options.signal?.aborted === true) return stopped("aborted", { message: "The run was interrupted during the setup command; no file was changed.", output: setup.output, isolation, setup });
      if (!setup.ok) {
        return stopped("setup_command", { message: `The setup command failed (${describeExit(setup)}), so the tests were not run; fix it or remove it.`, output: setup.output, isolation, setup });
      }
    }
    const focusing =
      options.focus === "off"
        ? undefined
        : createFocusedTestRunner({
            ...commandOptions,
            command: options.testCommand,
            ...(options.focusCommand !== undefined && options.focusCommand.trim() !== "" ? { focusCommand: options.focusCommand } : {}),
            ...(options.testReports !== undefined && options.testReports.length > 0 ? { testReports: options.testReports } : {}),
            onNotice: (sentence) => emit({ type: "dump", iteration: 0, event: "focus_notice", fields: { message: sentence } }),
          });
    const runner = focusing ?? createShellTestRunner({ ...commandOptions, command: options.testCommand });
    emit({ type: "initial_test_start" });
    const initial = await runner.run(options.signal);
    emit({ type: "initial_test", result: initial });
    const facts = { initialTest: initial, isolation, ...(setup ? { setup } : {}) };
    if (initial.aborted === true || options.signal?.aborted === true) return stopped("aborted", { ...facts, message: "The run was interrupted during the first test run; no file was changed." });
    if (initial.ok) return passedAlready(facts);
    const cannotRun = whyTestCommandCannotRun(initial);
    if (cannotRun !== undefined) return stopped("test_command", { ...facts, message: `${describeFailureReason("test_command", { maxIterations })} (${cannotRun})` });

    // Listed once, and only when selection or the map needs the files.
    let listing: Promise<readonly string[]> | undefined;
    const listFiles = (): Promise<readonly string[]> => (listing ??= listRepositoryFiles(options.repoDir, isGitRepo));
    // One import resolver for selection and the map: indexing 50,000 files costs tens of milliseconds.
    let resolver: ImportResolver | undefined;
    const resolverFor = (repoFiles: readonly string[]): ImportResolver => (resolver ??= new ImportResolver(repoFiles, readRepoFileSync(options.repoDir)));
    const selection = options.targetFiles !== undefined ? undefined : await chooseTargets(options, await listFiles(), protect, isGitRepo, initial.output, resolverFor);
    const include = options.include !== undefined && options.include.length > 0 ? options.include : undefined;
    const targetFiles = options.targetFiles ?? selection?.files ?? [];
    if (targetFiles.length === 0) return stopped("no_target_files", { ...facts, message: describeNoTargets(options, selection, protect) });
    if (options.editMode === "full" && targetFiles.length !== 1) {
      return stopped("configuration", { ...facts, targetFiles, message: `--edit-mode full / edit-mode: full rewrites one whole file, but ${targetFiles.length} files were selected; name one file with --files / target-files, or use diff.` });
    }
    emit({ type: "targets_selected", files: targetFiles, reasons: Object.fromEntries(selection?.reasons ?? targetFiles.map((f) => [f, "given"])) });
    const refusal = await options.beforeIterations?.(targetFiles);
    if (refusal !== undefined) return stopped("configuration", { ...facts, targetFiles, message: refusal });

    const map =
      options.editMode === "full" || mapTokens === 0
        ? undefined
        : await listFiles().then(
            (repoFiles) => buildRepoMap({ repoDir: options.repoDir, repoFiles, targets: targetFiles, budgetTokens: mapTokens, failingOutput: initial.output, importResolver: resolverFor(repoFiles) }),
            // The map is never a reason for the run to fail, not even when the files cannot be listed.
            (error: unknown) => skippedRepoMap(`the files could not be listed: ${error instanceof Error ? error.message : String(error)}`, mapTokens),
          );
    if (map) emit({ type: "repo_map", report: map.report });

    const { setupCommand: _setup, commandDir: _dir, parentEnv: _env, isolation: _isolation, include: _include, changedFiles: _changed, beforeIterations: _before, targetFiles: _targets, focus: _focus, focusCommand: _focusCommand, testReports: _reports, repoMapTokens: _mapTokens, ...loopOptions } = options;
    const loop = await runCompileLoop({
      ...loopOptions,
      runner,
      initialTest: initial,
      ...(options.editMode === "full" ? { targetFile: targetFiles[0] ?? "", editMode: "full" as const } : { targetFiles, editMode: "diff" as const }),
      protectedPaths: protect,
      // Globs the user gave are a hard limit; a selection of ours is a starting point the model may widen by reading.
      targetsAreHardLimit: options.targetsAreHardLimit === true || include !== undefined,
      ...(selection ? { targetReasons: Object.fromEntries(selection.explanations) } : {}),
      ...(map?.text !== undefined ? { repoMap: map.text } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: Math.max(1, options.timeoutMs - elapsed()) } : {}),
    });
    return { ...loop, durationMs: elapsed(), targetFiles, isolation, ...(setup ? { setup } : {}), ...(focusing ? { focus: focusing.stats() } : {}), ...(map ? { repoMap: map.report } : {}) };
  } finally {
    await prepared.release();
  }
}

async function chooseTargets(
  options: PipelineOptions,
  repoFiles: readonly string[],
  protect: string[],
  isGitRepo: boolean,
  failingOutput: string,
  resolverFor: (repoFiles: readonly string[]) => ImportResolver,
): Promise<TargetSelection> {
  const include = options.include !== undefined && options.include.length > 0 ? options.include : undefined;
  // With globs, the selection is exactly what they match; the branch's changes do not matter.
  const changedFiles = include !== undefined ? [] : await (options.changedFiles ?? (() => branchChanges(options.repoDir, isGitRepo)))().catch(() => [] as readonly string[]);
  return selectTargetFiles({
    repoFiles,
    ...(include ? { include } : {}),
    protect,
    failingOutput,
    changedFiles,
    readFile: readRepoFileSync(options.repoDir),
    importResolver: resolverFor(repoFiles),
  });
}

async function branchChanges(repoDir: string, isGitRepo: boolean): Promise<readonly string[]> {
  return isGitRepo ? listBranchChanges(repoDir) : [];
}

function describeNoTargets(options: PipelineOptions, selection: TargetSelection | undefined, protect: string[]): string {
  if (options.include === undefined || options.include.length === 0) return describeFailureReason("no_target_files", { maxIterations: 0 });
  const dropped = selection?.protectedDropped ?? [];
  const protectedNote = dropped.length > 0 ? `; ${dropped.slice(0, 5).join(", ")} matched but ${dropped.length === 1 ? "is" : "are"} protected by --protect / protected-files (${protect.join(",")})` : "";
  return `--files / target-files (${options.include.join(",")}) match no file of the repository${protectedNote}. Globs are relative to the repository root, ${options.repoDir}.`;
}

function describeExit(run: TestRunResult): string {
  if (run.timedOut) return "timed out";
  if (run.spawnError !== undefined) return `could not start: ${run.spawnError}`;
  return `exit ${run.exitCode ?? run.signal ?? "?"}`;
}

async function isInsideGit(dir: string): Promise<boolean> {
  return runGit(dir, ["rev-parse", "--is-inside-work-tree"]).then(
    (out) => out.trim() === "true",
    () => false,
  );
}
