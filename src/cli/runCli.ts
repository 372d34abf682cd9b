import path from "node:path";
import type { ChatModel } from "../models/chatModel.js";
import { ModelCallError } from "../models/chatModel.js";
import { createChatModel, createReplayChatModel, recordingChatModel, DEFAULT_API_KEY_ENV } from "../models/index.js";
import type { FailureReason, LoopEvent, LoopResult } from "../loop/loopTypes.js";
import { runPipeline, type PipelineResult } from "../loop/runPipeline.js";
import { describeLastAttempt } from "../loop/describeLastAttempt.js";
import { formatUsd } from "../models/costEstimate.js";
import { describeRepoMap } from "../context/repoMap/describeRepoMap.js";
import { formatTimeSaved } from "../runner/focus/index.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import { LoopOptionsError } from "../loop/validateLoopOptions.js";
import { tailText } from "../text/clipText.js";
import { runGit } from "../git/runGit.js";
import { getRepoStatus } from "../git/getRepoStatus.js";
import { commitFiles } from "../git/commitFiles.js";
import { fixCommitMessage } from "../git/fixCommitMessage.js";
import { redact } from "../security/redactSecrets.js";
import { collectSecrets } from "../security/collectSecrets.js";
import { parseCliArgs } from "./parseCliArgs.js";
import type { CliOptions } from "./cliOptions.js";
import { createProgressReporter, type ProgressReporter } from "./progressReporter.js";
import { captureOriginals, diffAgainstOriginals, restoreOriginals, restoreOriginalsSync, type OriginalContents } from "./workingTreeSnapshot.js";
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
export interface CliJsonResult extends Omit<PipelineResult, "history" | "failureReason" | "initialTest" | "setup"> {
  /** null when the run ended well, so the key is always there for scripts. */
  failureReason: FailureReason | null;
  failureMessage?: string;
  diff: string;
  branch?: string;
  dryRun: boolean;
  history: Array<Omit<LoopResult["history"][number], "test"> & { test?: { ok: boolean; exitCode: number | null; durationMs: number; outputTail: string; focus?: TestRunResult["focus"] } }>;
}

/** Runs the command line; returns the exit code. Never calls process.exit itself. */
export async function runCli(io: CliIO): Promise<number> {
  const parsed = parseCliArgs(io.argv, io.cwd);
  if (parsed.kind === "exit") {
    (parsed.code === 0 ? io.stdout : io.stderr).write(parsed.output);
    return parsed.code;
  }
  const options = parsed.options;
  const secrets = collectSecrets(io.env, { names: [options.apiKeyEnv ?? DEFAULT_API_KEY_ENV[options.provider]], extraEnv: options.testEnv });
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

  let originals: OriginalContents | undefined;
  let restored = false;
  const restoreDryRun = async (changed: readonly string[]): Promise<void> => {
    if (!options.dryRun || restored || originals === undefined) return;
    restored = true;
    io.setEmergencyCleanup?.(undefined);
    await restoreOriginals(repoDir, originals, changed);
  };

  let result: PipelineResult;
  try {
    result = await runPipeline({
      repoDir,
      // The commands run where the user ran compile-loop (a package of a monorepo, say), as they would by hand;
      // file paths are relative to the repository root.
      commandDir: path.resolve(io.cwd),
      parentEnv: io.env,
      testCommand: options.test,
      ...(options.setup ? { setupCommand: options.setup } : {}),
      testEnv: options.testEnv,
      isolation: options.isolate,
      ...(options.files ? { include: options.files } : {}),
      protectedPaths: options.protect,
      model,
      editMode: options.editMode,
      maxIterations: options.maxIterations,
      ...(options.timeoutSeconds !== undefined ? { timeoutMs: options.timeoutSeconds * 1000 } : {}),
      ...(options.maxTokensTotal !== undefined ? { maxTokensTotal: options.maxTokensTotal } : {}),
      ...(options.maxCostUsd !== undefined ? { maxCostUsd: options.maxCostUsd } : {}),
      focus: options.focus,
      ...(options.focusCommand !== undefined ? { focusCommand: options.focusCommand } : {}),
      ...(options.testReports !== undefined ? { testReports: options.testReports } : {}),
      repoMapTokens: options.repoMapTokens,
      ...(options.instructions ? { instructions: options.instructions } : {}),
      ...(options.testTimeoutSeconds !== undefined ? { testTimeoutMs: options.testTimeoutSeconds * 1000 } : {}),
      signal: controller.signal,
      secrets,
      dumpMode: options.verbose ? "meta" : "off",
      onEvent: (event) => {
        showPipelineEvent(event, reporter, options);
        reporter.onEvent(event);
      },
      beforeIterations: async (targets) => {
        if (gitRoot && !options.allowDirty) {
          const status = await getRepoStatus(repoDir);
          const wanted = new Set(targets);
          const dirty = status.dirty.map((d) => d.path).filter((p) => wanted.has(p));
          if (dirty.length > 0) return `these files have uncommitted changes and may be edited by the model: ${dirty.join(", ")}. Commit or stash them first, or pass --allow-dirty to mix the model's edits with yours.`;
        }
        originals = await captureOriginals(repoDir, [...targets]);
        // Until the loop returns we do not know which files it wrote, so every target is restored.
        const snapshot = originals;
        if (options.dryRun) io.setEmergencyCleanup?.(() => restoreOriginalsSync(repoDir, snapshot, [...snapshot.keys()]));
        return undefined;
      },
    });
  } catch (error) {
    await restoreDryRun([...(originals?.keys() ?? [])]);
    throw error;
  } finally {
    reporter.stop();
  }
  if (result.isolation && options.isolate === "auto" && result.isolation.level === "none") io.stderr.write(`warning: --isolate auto fell back to none: ${result.isolation.detail}\n`);

  const diff = originals ? await diffAgainstOriginals(repoDir, originals, result.modifiedFiles) : "";
  await restoreDryRun(result.modifiedFiles);
  let branch: string | undefined;
  if (result.ok && options.commit && result.modifiedFiles.length > 0 && gitRoot) {
    branch = await commitOnFixBranch(repoDir, result, options.test, secrets);
  }
  return report(io, options, secrets, result, diff, branch);
}

/** Progress for the steps before the loop; the loop's own events go to the reporter. */
function showPipelineEvent(event: LoopEvent, reporter: ProgressReporter, options: CliOptions): void {
  switch (event.type) {
    case "isolation":
      if (options.isolate !== "none" || options.verbose) reporter.note(`isolation: ${event.report.level}: ${event.report.detail}`);
      break;
    case "setup_start":
      reporter.phase("running the setup command");
      break;
    case "setup_result":
      if (event.result.ok) reporter.note("setup command done");
      break;
    case "initial_test_start":
      reporter.phase("running the tests");
      break;
    case "initial_test":
      if (!event.result.ok) {
        reporter.note(`tests fail (exit ${event.result.exitCode ?? event.result.signal ?? "?"}); looking for the files to fix`);
        reporter.phase("choosing the files to edit");
      }
      break;
    case "repo_map":
      // A skipped map is worth saying; a built one is detail.
      if (options.verbose || event.report.skipped !== undefined) reporter.note(describeRepoMap(event.report));
      break;
    case "dump":
      if (event.event === "git_state_restored" || event.event === "focus_notice") reporter.note(String(event.fields.message));
      break;
    default:
      break;
  }
}

/** How the command line ends each stop: the engine's reason code decides the exit code. */
function exitCodeFor(result: PipelineResult, options: CliOptions): number {
  if (result.ok) return EXIT_FIXED;
  if (result.failureReason === "aborted") return EXIT_INTERRUPTED;
  // A mistake on the command line or in the machine's set-up, not a failed fix.
  if (result.failureReason === "configuration") return EXIT_USAGE;
  if (result.failureReason === "no_target_files" && options.files) return EXIT_USAGE;
  return EXIT_GAVE_UP;
}



async function commitOnFixBranch(repoDir: string, result: LoopResult, testCommand: string, secrets: readonly string[]): Promise<string> {
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
    message: fixCommitMessage({ testCommand, summary: result.summary, iterations: result.iterations, files: result.modifiedFiles, secrets }),
  });
  return branch;
}

function toJson(result: PipelineResult, diff: string, branch: string | undefined, options: CliOptions): CliJsonResult {
  const { initialTest: _initial, setup: _setup, failureReason, ...rest } = result;
  return {
    ...rest,
    failureReason: failureReason ?? null,
    history: result.history.map(({ test, ...rest }) => ({
      ...rest,
      ...(test ? { test: { ok: test.ok, exitCode: test.exitCode, durationMs: test.durationMs, outputTail: tailText(test.output, 2000), ...(test.focus ? { focus: test.focus } : {}) } } : {}),
    })),
    diff,
    ...(branch ? { branch } : {}),
    dryRun: options.dryRun,
  };
}

function report(io: CliIO, options: CliOptions, secrets: string[], result: PipelineResult, diff: string, branch: string | undefined): number {
  const code = exitCodeFor(result, options);
  const say = (stream: NodeJS.WritableStream, text: string): void => void stream.write(redact(`${text}\n`, secrets));
  if (code === EXIT_USAGE) say(io.stderr, `error: ${result.failureMessage ?? result.summary}`);
  if (code === EXIT_INTERRUPTED) say(io.stderr, `interrupted: ${result.failureMessage ?? ""}`);
  if (options.json) {
    say(io.stdout, JSON.stringify(toJson(result, diff, branch, options), null, 2));
    return code;
  }
  if (code === EXIT_USAGE || code === EXIT_INTERRUPTED) return code;
  const lines: string[] = [];
  if (result.ok && result.iterations === 0) {
    lines.push("The tests already pass; nothing to fix.", result.summary);
  } else if (result.ok) {
    lines.push(`Fixed: ${result.summary}.`);
  } else {
    lines.push(`Gave up: ${result.summary}`, `reason: ${result.failureReason ?? "unknown"}: ${result.failureMessage ?? ""}`);
    const last = describeLastAttempt(result);
    if (last.replyNote !== undefined) lines.push(last.replyNote);
    if (last.testOutput.trim() !== "") lines.push(result.history.length > 0 || result.initialTest ? "last test output:" : "last error:", tailText(last.testOutput, 1500));
  }
  const tokens = result.usage.inputTokens + result.usage.outputTokens;
  if (tokens > 0) lines.push(`tokens: ${result.usage.inputTokens} in, ${result.usage.outputTokens} out${result.costUsd === undefined ? "" : `; cost ${formatUsd(result.costUsd)}`}`);
  if (result.modifiedFiles.length > 0) {
    lines.push(`files changed${options.dryRun ? " (dry run: restored)" : ""}: ${result.modifiedFiles.join(", ")}`);
  }
  const outside = result.editedOutsideTargets ?? [];
  if (outside.length > 0) lines.push(`edited outside the initial targets (the model read them first): ${outside.join(", ")}`);
  if (result.focus && result.focus.focusedRuns > 0) lines.push(formatTimeSaved(result.focus));
  if (branch) lines.push(`committed on branch ${branch}`);
  if (diff) lines.push("", diff.trimEnd());
  say(io.stdout, lines.join("\n"));
  return code;
}
