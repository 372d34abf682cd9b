import path from "node:path";
import type { ChatModel } from "../models/chatModel.js";
import { ModelCallError } from "../models/chatModel.js";
import { createChatModel, createReplayChatModel, recordingChatModel, DEFAULT_API_KEY_ENV } from "../models/index.js";
import { runCompileLoop } from "../loop/runCompileLoop.js";
import { resultBeforeIterations } from "../loop/resultBeforeIterations.js";
import type { FailureReason, LoopResult } from "../loop/loopTypes.js";
import { LoopOptionsError } from "../loop/validateLoopOptions.js";
import { tailText } from "../loop/buildPrompts.js";
import { createShellTestRunner } from "../runner/createShellTestRunner.js";
import { runTestCommand } from "../runner/runTestCommand.js";
import { buildTestEnv } from "../runner/buildTestEnv.js";
import { isSecretName } from "../runner/testEnvNames.js";
import { selectTargetFiles } from "../context/selectTargetFiles.js";
import { findBaseRef, listRepositoryFiles, readRepoFileSync } from "../context/listRepositoryFiles.js";
import { runGit } from "../git/runGit.js";
import { getRepoStatus } from "../git/getRepoStatus.js";
import { listChangedFiles } from "../git/listChangedFiles.js";
import { commitFiles } from "../git/commitFiles.js";
import { redact } from "../security/redactSecrets.js";
import { prepareTestIsolation, type PreparedIsolation } from "../isolation/prepareTestIsolation.js";
import { IsolationUnavailableError, type IsolationReport } from "../isolation/isolationSetting.js";
import { parseCliArgs } from "./parseCliArgs.js";
import type { CliOptions } from "./cliOptions.js";
import { createProgressReporter, type ProgressReporter } from "./progressReporter.js";
import { captureOriginals, diffAgainstOriginals, restoreOriginals, restoreOriginalsSync } from "./workingTreeSnapshot.js";
import { pickFixBranchName } from "./pickFixBranchName.js";

export const EXIT_FIXED = 0;
export const EXIT_GAVE_UP = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

export interface CliIO {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /**
   * Receives a synchronous clean-up to run if the process must exit at once
   * (a second Ctrl-C): with --dry-run it puts the original bytes back.
   * Called with undefined when there is nothing left to clean up.
   */
  setEmergencyCleanup?: (cleanup: (() => void) | undefined) => void;
}

/** The JSON printed by --json: the engine's result plus what the CLI did with it. */
export interface CliJsonResult extends Omit<LoopResult, "history" | "failureReason" | "initialTest"> {
  /** null when the run ended well, so the key is always there for scripts. */
  failureReason: FailureReason | null;
  failureMessage?: string;
  diff: string;
  branch?: string;
  dryRun: boolean;
  targetFiles: string[];
  /** Who the setup and test commands ran as, and what that protects. */
  isolation?: IsolationReport;
  history: Array<Omit<LoopResult["history"][number], "test"> & { test?: { ok: boolean; exitCode: number | null; durationMs: number; outputTail: string } }>;
}

/** Runs the command line; returns the exit code. Never calls process.exit itself. */
export async function runCli(io: CliIO): Promise<number> {
  const parsed = parseCliArgs(io.argv, io.cwd);
  if (parsed.kind === "exit") {
    (parsed.code === 0 ? io.stdout : io.stderr).write(parsed.output);
    return parsed.code;
  }
  const options = parsed.options;
  const secrets = collectSecrets(io.env, options);
  const say = (text: string): void => {
    io.stderr.write(`${redact(text, secrets)}\n`);
  };
  try {
    return await runWithOptions(io, options, secrets);
  } catch (error) {
    if (error instanceof LoopOptionsError || (error instanceof ModelCallError && error.kind === "config")) {
      say(`error: ${error.message}`);
      return EXIT_USAGE;
    }
    say(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_GAVE_UP;
  }
}

/**
 * Values to redact from everything we print: secret-looking environment
 * variables, plus the API key variable the user named, whatever its name.
 */
function collectSecrets(env: NodeJS.ProcessEnv, options: CliOptions): string[] {
  const keyEnv = options.apiKeyEnv ?? DEFAULT_API_KEY_ENV[options.provider];
  const secrets = Object.entries(env)
    .filter(([name, value]) => (isSecretName(name) || name === keyEnv) && typeof value === "string" && value.trim().length >= 8)
    .map(([, value]) => value as string);
  // The provider trims the key, so the trimmed form is what could be echoed back.
  return [...new Set([...secrets, ...secrets.map((s) => s.trim())])];
}

/** CI=true, CI=1... count; an empty CI, "false" or "0" do not. */
function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

async function isInsideGit(cwd: string): Promise<string | undefined> {
  try {
    return (await runGit(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    return undefined;
  }
}

async function buildModel(options: CliOptions, env: NodeJS.ProcessEnv, secrets: string[]): Promise<ChatModel> {
  if (options.replay) return createReplayChatModel(options.replay);
  const model = createChatModel(
    {
      provider: options.provider,
      ...(options.model ? { model: options.model } : {}),
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      ...(options.apiKeyEnv ? { apiKeyEnv: options.apiKeyEnv } : {}),
    },
    env,
  );
  return options.record ? recordingChatModel(model, { path: options.record, secrets }) : model;
}

async function runWithOptions(io: CliIO, options: CliOptions, secrets: string[]): Promise<number> {
  const gitRoot = await isInsideGit(io.cwd);
  const repoDir = gitRoot ?? path.resolve(io.cwd);
  if (options.commit && !gitRoot) {
    io.stderr.write("error: option '--commit' needs a git repository\n");
    return EXIT_USAGE;
  }
  // The model is built first so a missing key is reported before any test runs.
  const model = await buildModel(options, io.env, secrets);
  const interactive = !options.json && "isTTY" in io.stderr && io.stderr.isTTY === true && !isCi(io.env);
  const reporter = createProgressReporter({ stream: io.stderr, interactive, quiet: options.quiet, verbose: options.verbose });
  const controller = new AbortController();
  io.signal?.addEventListener("abort", () => controller.abort(), { once: true });
  const interrupted = (): boolean => controller.signal.aborted;
  const testEnv = buildTestEnv(io.env, options.testEnv);
  const testTimeoutMs = (options.testTimeoutSeconds ?? 600) * 1000;
  const runStarted = Date.now();
  // The commands run where the user ran compile-loop (a package of a monorepo, say), as they would by hand;
  // file paths are relative to the repository root.
  const commandDir = path.resolve(io.cwd);

  let prepared: PreparedIsolation;
  try {
    prepared = await prepareTestIsolation({
      setting: options.isolate,
      workTree: repoDir,
      isGitRepo: gitRoot !== undefined,
      onNotice: (message) => reporter.note(message),
    });
  } catch (error) {
    if (!(error instanceof IsolationUnavailableError)) throw error;
    io.stderr.write(`error: option '--isolate ${options.isolate}': ${error.message}\n`);
    return EXIT_USAGE;
  }
  const isolation = prepared.report;
  if (options.isolate !== "none" || options.verbose) reporter.note(`isolation: ${isolation.level}: ${isolation.detail}`);
  if (options.isolate === "auto" && isolation.level === "none") io.stderr.write(`warning: --isolate auto fell back to none: ${isolation.detail}\n`);

  try {
    if (options.setup) {
      reporter.phase("running the setup command");
      const setup = await runTestCommand({ command: options.setup, cwd: commandDir, env: testEnv, timeoutMs: testTimeoutMs, signal: controller.signal, isolation: prepared.isolation });
      if (interrupted()) return finishInterrupted(io, reporter);
      if (!setup.ok) {
        reporter.stop();
        io.stderr.write(redact(`${tailText(setup.output, 3000)}\n`, secrets));
        io.stderr.write(`error: the setup command failed (exit ${setup.exitCode ?? setup.signal ?? "?"}); fix it or drop --setup.\n`);
        return EXIT_GAVE_UP;
      }
      reporter.note("setup command done");
    }

    const runner = createShellTestRunner({ command: options.test, cwd: commandDir, env: testEnv, timeoutMs: testTimeoutMs, isolation: prepared.isolation });
    reporter.phase("running the tests");
    const initial = await runner.run(controller.signal);
    if (interrupted()) return finishInterrupted(io, reporter);
    if (initial.ok) {
      reporter.stop();
      return report(io, options, secrets, resultBeforeIterations(initial, options.maxIterations, Date.now() - runStarted), "", [], undefined, isolation);
    }
    reporter.note(`tests fail (exit ${initial.exitCode ?? initial.signal ?? "?"}); looking for the files to fix`);
    reporter.phase("choosing the files to edit");

    const repoFiles = await listRepositoryFiles(repoDir, gitRoot !== undefined);
    let changedFiles: string[] = [];
    if (gitRoot && !options.files) {
      const base = await findBaseRef(repoDir);
      if (base) changedFiles = await listChangedFiles(repoDir, base).catch(() => []);
    }
    const selection = selectTargetFiles({
      repoFiles,
      ...(options.files ? { include: options.files } : {}),
      protect: options.protect,
      failingOutput: initial.output,
      changedFiles,
      readFile: readRepoFileSync(repoDir),
    });
    if (selection.files.length === 0 && options.files) {
      // The user named the files and none qualify: a command-line mistake, not a failed fix.
      reporter.stop();
      const dropped = selection.protectedDropped.length > 0 ? `; ${selection.protectedDropped.slice(0, 5).join(", ")} matched but ${selection.protectedDropped.length === 1 ? "is" : "are"} protected by --protect (${options.protect.join(",")})` : "";
      io.stderr.write(`error: option '--files' (${options.files.join(",")}) matches no file of the repository${dropped}. Globs are relative to the repository root, ${repoDir}\n`);
      return EXIT_USAGE;
    }
    if (selection.files.length === 0) {
      reporter.stop();
      const result = resultBeforeIterations(initial, options.maxIterations, Date.now() - runStarted, "no_target_files");
      return report(io, options, secrets, result, "", [], undefined, isolation);
    }
    if (options.editMode === "full" && selection.files.length !== 1) {
      reporter.stop();
      io.stderr.write(`error: option '--edit-mode full' rewrites one whole file, but ${selection.files.length} files were selected; pass --files with one file or use --edit-mode diff\n`);
      return EXIT_USAGE;
    }

    if (gitRoot && !options.allowDirty) {
      const status = await getRepoStatus(repoDir);
      const targets = new Set(selection.files);
      const dirty = status.dirty.map((d) => d.path).filter((p) => targets.has(p));
      if (dirty.length > 0) {
        reporter.stop();
        io.stderr.write(`error: these files have uncommitted changes and may be edited by the model: ${dirty.join(", ")}\nCommit or stash them first, or pass --allow-dirty to mix the model's edits with yours.\n`);
        return EXIT_USAGE;
      }
    }

    const originals = await captureOriginals(repoDir, selection.files);
    let restored = false;
    const restoreDryRun = async (changed: readonly string[]): Promise<void> => {
      if (!options.dryRun || restored) return;
      restored = true;
      io.setEmergencyCleanup?.(undefined);
      await restoreOriginals(repoDir, originals, changed);
    };
    // Until the loop returns we do not know which files it wrote, so every target is restored.
    if (options.dryRun) io.setEmergencyCleanup?.(() => restoreOriginalsSync(repoDir, originals, [...originals.keys()]));
    let result: LoopResult;
    try {
      result = await runCompileLoop({
      repoDir,
      runner,
      initialTest: initial,
      model,
      ...(options.editMode === "full" ? { targetFile: selection.files[0] ?? "", editMode: "full" as const } : { targetFiles: selection.files, editMode: "diff" as const }),
      protectedPaths: options.protect,
      maxIterations: options.maxIterations,
      ...(options.timeoutSeconds !== undefined ? { timeoutMs: Math.max(1, options.timeoutSeconds * 1000 - (Date.now() - runStarted)) } : {}),
      ...(options.maxTokensTotal !== undefined ? { maxTokensTotal: options.maxTokensTotal } : {}),
      ...(options.instructions ? { instructions: options.instructions } : {}),
      testTimeoutMs,
      signal: controller.signal,
      secrets,
      onEvent: (event) => reporter.onEvent(event),
      dumpMode: options.verbose ? "meta" : "off",
      });
    } catch (error) {
      await restoreDryRun([...originals.keys()]);
      throw error;
    }
    reporter.stop();
    const diff = await diffAgainstOriginals(repoDir, originals, result.modifiedFiles);
    await restoreDryRun(result.modifiedFiles);
    let branch: string | undefined;
    if (result.ok && options.commit && result.modifiedFiles.length > 0 && gitRoot) {
      branch = await commitOnFixBranch(repoDir, result, options.test);
    }
    if (result.failureReason === "aborted") {
      io.stderr.write(`interrupted: ${result.failureMessage ?? ""}\n`);
      if (options.json) writeJson(io, secrets, result, diff, branch, options, selection.files, isolation);
      return EXIT_INTERRUPTED;
    }
    return report(io, options, secrets, result, diff, selection.files, branch, isolation);
  } finally {
    reporter.stop();
    await prepared.release();
  }
}

function finishInterrupted(io: CliIO, reporter: ProgressReporter): number {
  reporter.stop();
  io.stderr.write("interrupted: nothing was changed.\n");
  return EXIT_INTERRUPTED;
}


async function commitOnFixBranch(repoDir: string, result: LoopResult, testCommand: string): Promise<string> {
  const status = await getRepoStatus(repoDir);
  const current = status.branch ?? (status.headSha ?? "detached").slice(0, 12);
  // An earlier run's branch is the user's to review; never move or overwrite it.
  const branch = await pickFixBranchName(`compile-loop/${current}`, async (name) => {
    try {
      await runGit(repoDir, ["rev-parse", "--verify", "--quiet", `refs/heads/${name}`]);
      return true;
    } catch {
      return false;
    }
  });
  await runGit(repoDir, ["switch", "--create", branch]);
  await commitFiles(repoDir, {
    paths: result.modifiedFiles,
    message: `compile-loop: make \`${testCommand}\` pass\n\n${result.summary} (${result.iterations} iteration${result.iterations === 1 ? "" : "s"}).\nFiles: ${result.modifiedFiles.join(", ")}\n`,
  });
  return branch;
}

function toJson(result: LoopResult, diff: string, branch: string | undefined, options: CliOptions, targetFiles: string[], isolation: IsolationReport | undefined): CliJsonResult {
  const { initialTest: _initial, failureReason, ...rest } = result;
  return {
    ...rest,
    failureReason: failureReason ?? null,
    history: result.history.map(({ test, ...rest }) => ({
      ...rest,
      ...(test ? { test: { ok: test.ok, exitCode: test.exitCode, durationMs: test.durationMs, outputTail: tailText(test.output, 2000) } } : {}),
    })),
    diff,
    ...(branch ? { branch } : {}),
    dryRun: options.dryRun,
    targetFiles,
    ...(isolation ? { isolation } : {}),
  };
}

function writeJson(io: CliIO, secrets: string[], result: LoopResult, diff: string, branch: string | undefined, options: CliOptions, targetFiles: string[], isolation: IsolationReport | undefined): void {
  io.stdout.write(redact(`${JSON.stringify(toJson(result, diff, branch, options, targetFiles, isolation), null, 2)}\n`, secrets));
}

function report(io: CliIO, options: CliOptions, secrets: string[], result: LoopResult, diff: string, targetFiles: string[], branch: string | undefined, isolation: IsolationReport | undefined): number {
  if (options.json) {
    writeJson(io, secrets, result, diff, branch, options, targetFiles, isolation);
    return result.ok ? EXIT_FIXED : EXIT_GAVE_UP;
  }
  const lines: string[] = [];
  if (result.ok && result.iterations === 0) {
    lines.push("The tests already pass; nothing to fix.", result.summary);
  } else if (result.ok) {
    lines.push(`Fixed: ${result.summary}.`);
  } else {
    lines.push(`Gave up: ${result.summary}`, `reason: ${result.failureReason ?? "unknown"}: ${result.failureMessage ?? ""}`);
    if (result.lastError) lines.push("last error:", tailText(result.lastError, 1500));
  }
  const tokens = result.usage.inputTokens + result.usage.outputTokens;
  if (tokens > 0) lines.push(`tokens: ${result.usage.inputTokens} in, ${result.usage.outputTokens} out`);
  if (result.modifiedFiles.length > 0) {
    lines.push(`files changed${options.dryRun ? " (dry run: restored)" : ""}: ${result.modifiedFiles.join(", ")}`);
  }
  if (branch) lines.push(`committed on branch ${branch}`);
  if (diff) lines.push("", diff.trimEnd());
  io.stdout.write(redact(`${lines.join("\n")}\n`, secrets));
  return result.ok ? EXIT_FIXED : EXIT_GAVE_UP;
}
