import { DEFAULT_TEST_TIMEOUT_MS } from "../runner/runTestCommand.js";
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { DumpMode, EditMode, LoopLimits, LoopMode, LoopOptions } from "./loopTypes.js";
import { MAX_TOOL_CALLS_PER_ITERATION } from "../context/readFileTools.js";
import type { ModelPrice } from "../models/priceTable.js";
import { modelNameFromId } from "../models/priceTable.js";
import { DEFAULT_MAX_TOKENS } from "../models/providerDefaults.js";

/** An option that cannot work; the message names the option and what was wrong. */
export class LoopOptionsError extends Error {
  readonly option: string;
  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.name = "LoopOptionsError";
    this.option = option;
  }
}

export const DEFAULT_MAX_ITERATIONS = 5;

export const DEFAULT_LIMITS: LoopLimits = {
  maxToolCallsPerIteration: MAX_TOOL_CALLS_PER_ITERATION,
  // A fix that touches more files than this is a refactoring, not a repair; it also caps what one bad reply can spoil.
  maxFilesPerReply: 20,
  // Source files are far smaller; a file this big is generated or a model stuck repeating itself.
  maxBytesPerFile: 1_000_000,
  // Five maximal files: room for a long run of real fixes, not for a model writing without end.
  maxBytesPerRun: 5_000_000,
  // About 30,000 tokens: fits the smallest context windows of the supported models with room for the reply.
  conversationBudgetChars: 120_000,
};

export interface ResolvedLoopConfig {
  repoDir: string;
  /** `targetFile` with `editMode: "full"` is whole-file mode; every other combination is multi-file diff mode. */
  mode: LoopMode;
  /** Repository-relative POSIX paths. */
  targetFiles: string[];
  editMode: EditMode;
  maxIterations: number;
  testTimeoutMs: number;
  timeoutMs?: number;
  maxTokensTotal?: number;
  maxCostUsd?: number;
  /** The model's price, when known: cost is reported with it, and a cost cap needs it. */
  price?: ModelPrice;
  /** What one call may produce at most: the model's max output tokens, or DEFAULT_MAX_TOKENS when it does not say. */
  maxOutputTokens: number;
  limits: LoopLimits;
  lang: string;
  dumpMode: DumpMode;
  /** Set when a requested full dump was downgraded. */
  dumpWarning?: string;
}

function positiveInteger(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new LoopOptionsError(option, `must be a positive whole number (got ${JSON.stringify(value)})`);
  }
  return value;
}

function optionalPositive(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new LoopOptionsError(option, `must be a positive number (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** What the cost cap and the cost figures need, checked. */
export interface CostSettings {
  maxCostUsd?: number;
  price?: ModelPrice;
  maxOutputTokens: number;
}

/**
 * Checks the cost cap against the model before anything runs: a cap needs a
 * price to be enforced, and a cap that silently never applied would be worse
 * than none. Exported for callers that run a setup command or the tests
 * before the loop (runPipeline, the CLI, the action), so that the mistake
 * surfaces before any of that.
 */
export function validateCostCap(options: Pick<LoopOptions, "maxCostUsd" | "model">): CostSettings {
  const { model } = options;
  if (!model || typeof model.complete !== "function") throw new LoopOptionsError("model", "must be a ChatModel with a complete() method");
  const maxCostUsd = optionalPositive("maxCostUsd", options.maxCostUsd);
  const price = model.price;
  if (price !== undefined && (!isPerMTok(price.inputPerMTok) || !isPerMTok(price.outputPerMTok))) {
    throw new LoopOptionsError("model.price", `the model ${model.id} has the price ${JSON.stringify(price)}; it needs non-negative numbers inputPerMTok and outputPerMTok (USD per million tokens)`);
  }
  const maxOutputTokens = positiveInteger("model.maxOutputTokens", model.maxOutputTokens, DEFAULT_MAX_TOKENS);
  if (maxCostUsd !== undefined && price === undefined) {
    const name = modelNameFromId(model.id);
    throw new LoopOptionsError(
      "maxCostUsd",
      `the model ${model.id} has no known price, so a cost cap of ${maxCostUsd} USD cannot be enforced; add it to the price table ` +
        `(e.g. {"${name}": {"inputPerMTok": 0.4, "outputPerMTok": 1.6}}, USD per million tokens) or run without a cost cap`,
    );
  }
  return {
    ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
    ...(price !== undefined ? { price } : {}),
    maxOutputTokens,
  };
}

function isPerMTok(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Resolves a target path against the repository and refuses one that leaves it. */
export function toRepoRelative(repoDir: string, option: string, target: unknown): string {
  if (typeof target !== "string" || target.trim() === "") throw new LoopOptionsError(option, "must be a non-empty path");
  if (target.includes("\0")) throw new LoopOptionsError(option, `path ${JSON.stringify(target)} contains a NUL byte`);
  const abs = path.resolve(repoDir, target);
  const rel = path.relative(repoDir, abs);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new LoopOptionsError(option, `'${target}' is outside the repository ${repoDir}`);
  }
  // A target reached through a symlink that points outside the repository is refused too.
  let probe = abs;
  while (!existsSync(probe)) probe = path.dirname(probe);
  const real = realpathSync(probe);
  const realRepo = realpathSync(repoDir);
  if (real !== realRepo && !real.startsWith(realRepo + path.sep)) {
    throw new LoopOptionsError(option, `'${target}' resolves outside the repository through a symlink`);
  }
  const posix = rel.split(path.sep).join("/");
  if (posix === ".git" || posix.startsWith(".git/")) throw new LoopOptionsError(option, `'${target}' is inside .git/`);
  return posix;
}

export function resolveDumpMode(requested: DumpMode | undefined, environment: string | undefined, allowProd: boolean): { mode: DumpMode; warning?: string } {
  const mode = requested ?? "off";
  const env = (environment ?? "").toLowerCase();
  if (mode === "full" && (env === "prod" || env === "production") && !allowProd) {
    return { mode: "meta", warning: "dump mode 'full' is refused in production (prompts can hold private code); downgraded to 'meta'" };
  }
  return { mode };
}

/** Checks every option before anything touches the disk. */
export function validateLoopOptions(options: LoopOptions): ResolvedLoopConfig {
  if (typeof options.repoDir !== "string" || options.repoDir === "") throw new LoopOptionsError("repoDir", "is required");
  const repoDir = path.resolve(options.repoDir);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    throw new LoopOptionsError("repoDir", `'${options.repoDir}' is not a directory`);
  }
  if (!options.runner) {
    if (typeof options.testCommand !== "string" || options.testCommand.trim() === "") {
      throw new LoopOptionsError("testCommand", "must be a non-empty shell command (or pass a runner)");
    }
  }
  if (!options.model || typeof options.model.complete !== "function") {
    throw new LoopOptionsError("model", "must be a ChatModel with a complete() method");
  }
  const cost = validateCostCap(options);
  const hasSingle = options.targetFile !== undefined;
  const hasMulti = options.targetFiles !== undefined;
  if (hasSingle === hasMulti) {
    throw new LoopOptionsError("targetFile/targetFiles", hasSingle ? "give one of targetFile or targetFiles, not both" : "give targetFile (one file) or targetFiles (several)");
  }
  const editMode = options.editMode ?? "diff";
  if (editMode !== "diff" && editMode !== "full") throw new LoopOptionsError("editMode", `must be 'diff' or 'full' (got ${JSON.stringify(editMode)})`);
  let targetFiles: string[];
  if (hasMulti) {
    if (!Array.isArray(options.targetFiles) || options.targetFiles.length === 0) {
      throw new LoopOptionsError("targetFiles", "must be a non-empty list of paths");
    }
    if (editMode === "full") throw new LoopOptionsError("editMode", "multi-file mode needs editMode 'diff' (whole files are for one file only)");
    targetFiles = [...new Set(options.targetFiles.map((t, i) => toRepoRelative(repoDir, `targetFiles[${i}]`, t)))];
  } else {
    targetFiles = [toRepoRelative(repoDir, "targetFile", options.targetFile)];
  }
  const dump = resolveDumpMode(options.dumpMode, options.environment, options.allowFullDumpInProduction ?? false);
  if (options.dumpMode !== undefined && !["off", "meta", "full"].includes(options.dumpMode)) {
    throw new LoopOptionsError("dumpMode", "must be 'off', 'meta' or 'full'");
  }
  const limits: LoopLimits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(options.limits ?? {})) {
    if (!(key in DEFAULT_LIMITS)) throw new LoopOptionsError(`limits.${key}`, "is not a known limit");
    limits[key as keyof LoopLimits] = positiveInteger(`limits.${key}`, value, DEFAULT_LIMITS[key as keyof LoopLimits]);
  }
  const timeoutMs = optionalPositive("timeoutMs", options.timeoutMs);
  const maxTokensTotal = options.maxTokensTotal === undefined ? undefined : positiveInteger("maxTokensTotal", options.maxTokensTotal, 0);
  return {
    repoDir,
    // One file in diff mode is the multi-file mode with one target: one prompt, one reply format, and the read tools.
    mode: !hasMulti && editMode === "full" ? "single-full" : "multi-diff",
    targetFiles,
    editMode,
    maxIterations: positiveInteger("maxIterations", options.maxIterations, DEFAULT_MAX_ITERATIONS),
    testTimeoutMs: optionalPositive("testTimeoutMs", options.testTimeoutMs) ?? DEFAULT_TEST_TIMEOUT_MS,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxTokensTotal !== undefined ? { maxTokensTotal } : {}),
    ...cost,
    limits,
    lang: options.lang ?? guessLang(targetFiles[0] ?? ""),
    dumpMode: dump.mode,
    ...(dump.warning ? { dumpWarning: dump.warning } : {}),
  };
}

const LANG_BY_EXTENSION: Record<string, string> = {
  ".ts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js", ".py": "python", ".rs": "rust", ".go": "go",
  ".lua": "lua", ".rb": "ruby", ".java": "java", ".kt": "kotlin", ".c": "c", ".h": "c", ".cpp": "cpp", ".cs": "csharp",
  ".sh": "bash", ".php": "php", ".swift": "swift",
};

function guessLang(file: string): string {
  return LANG_BY_EXTENSION[path.extname(file)] ?? "";
}
