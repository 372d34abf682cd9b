import type { EditMode } from "../loop/loopTypes.js";
import type { ProviderName } from "../models/createChatModel.js";
import type { GitIdentity } from "../git/commitFiles.js";

import { DEFAULT_TEST_TIMEOUT_MS } from "../runner/runTestCommand.js";
import { DEFAULT_SUGGEST_MAX_LINES } from "../github/planSuggestions.js";
import { ISOLATION_SETTINGS, type IsolationSetting } from "../isolation/isolationSetting.js";
import { DEFAULT_REPO_MAP_TOKENS } from "../context/repoMap/buildRepoMap.js";
import { ACTION_INPUT_PREFIX } from "../runner/testEnvNames.js";

/** How a verified fix is delivered: a fix branch and PR, a commit on the PR's branch, nowhere, suggested changes, or suggestions where they fit. */
export type PushMode = "branch" | "pr-branch" | "none" | "suggest" | "auto";
/** Modes that push commits (the rest deliver through the API or not at all). */
export type PushingMode = Extract<PushMode, "branch" | "pr-branch" | "none">;
/** Whether events that hold secrets run a fork's code: only under `user` isolation (auto), never, or always. */
export type ForkPolicy = "auto" | "report" | "run" | "push";

/** The action's inputs, parsed and checked (action.yml is the contract for the names). */
export interface ActionInputs {
  testCommand: string;
  setupCommand?: string;
  provider: ProviderName;
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  maxIterations: number;
  editMode: EditMode;
  targetFiles: string[];
  protectedFiles: string[];
  instructions?: string;
  triggerPhrase: string;
  push: PushMode;
  branchPrefix: string;
  githubToken: string;
  testTimeoutSeconds: number;
  timeoutMinutes: number;
  maxTokensTotal?: number;
  /** Spending cap in US dollars. */
  maxCostUsd?: number;
  /** Re-run only the failing tests during iterations. */
  focus: "auto" | "off";
  focusCommand?: string;
  /** Globs of JUnit XML reports. */
  testReports: string[];
  /** Estimated tokens of the repository map in the prompt; 0: no map. */
  repoMapTokens: number;
  allowedUsers: string[];
  testEnv: Record<string, string>;
  commitAuthor: GitIdentity;
  /** Pull requests from forks: report (run where no secret is at stake, diff in the comment), run (also on /fix and CI-failure runs, which hold secrets), push (run and try to push). */
  forkPrs: ForkPolicy;
  /** The most changed lines a fix may have to come as suggestions. */
  suggestMaxLines: number;
  testIsolation: IsolationSetting;
}

/** An input with a value the action cannot use; the message names the input. */
export class ActionInputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input '${input}': ${message}`);
    this.name = "ActionInputError";
  }
}

export type InputReader = (name: string) => string;

/** The variable the runner passes an input in: INPUT_ and the name upper-cased, spaces to underscores, hyphens kept. */
export function actionInputVariable(name: string): string {
  return `${ACTION_INPUT_PREFIX}${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Reads INPUT_* the way the runner sets them (name upper-cased, spaces to underscores, hyphens kept). */
export function inputsFromEnv(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[actionInputVariable(name)] ?? "").trim();
}

function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ActionInputError(input, `must be one of ${allowed.join(", ")} (got '${value}')`);
}

function positive(input: string, value: string, fallback: number | undefined, integer: boolean): number | undefined {
  if (value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new ActionInputError(input, `must be a positive ${integer ? "whole " : ""}number (got '${value}')`);
  }
  return n;
}

/** A whole number, 0 allowed (0 turns something off). */
function wholeNumber(input: string, value: string, fallback: number): number {
  if (value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ActionInputError(input, `must be a whole number, 0 or more (got '${value}')`);
  return n;
}

export function parseIdentity(input: string, value: string): GitIdentity {
  const match = /^\s*(.+?)\s*<([^<>\s]+)>\s*$/.exec(value);
  if (!match?.[1] || !match[2]) throw new ActionInputError(input, `must look like "Name <email>" (got '${value}')`);
  return { name: match[1], email: match[2] };
}

export function readActionInputs(read: InputReader): ActionInputs {
  const testCommand = read("test-command");
  if (!testCommand) throw new ActionInputError("test-command", "is required, e.g. test-command: npm test");
  const testEnv: Record<string, string> = {};
  for (const line of read("test-env").split("\n").map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf("=");
    if (eq <= 0) throw new ActionInputError("test-env", `expected NAME=VALUE lines (got '${line.slice(0, 40)}')`);
    testEnv[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  const githubToken = read("github-token");
  const provider = oneOf("provider", read("provider"), ["openai", "anthropic", "github-models"] as const, "openai");
  const triggerPhrase = read("trigger-phrase") || "/fix";
  const branchPrefix = read("branch-prefix") || "compile-loop/";
  if (!/^[\w./-]+$/.test(branchPrefix) || branchPrefix.includes("..")) {
    throw new ActionInputError("branch-prefix", `is not a valid branch name prefix (got '${branchPrefix}')`);
  }
  const maxTokensTotal = positive("max-tokens-total", read("max-tokens-total"), undefined, true);
  const maxCostUsd = positive("max-cost-usd", read("max-cost-usd"), undefined, false);
  const optional = (name: string): string | undefined => read(name) || undefined;
  const setupCommand = optional("setup-command");
  const model = optional("model");
  const apiKey = optional("api-key");
  const baseUrl = optional("base-url");
  const instructions = optional("instructions");
  return {
    testCommand,
    ...(setupCommand ? { setupCommand } : {}),
    provider,
    ...(model ? { model } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    maxIterations: positive("max-iterations", read("max-iterations"), 5, true) ?? 5,
    editMode: oneOf("edit-mode", read("edit-mode"), ["diff", "full"] as const, "diff"),
    targetFiles: list(read("target-files")),
    protectedFiles: read("protected-files") === "" ? [".github/**"] : list(read("protected-files")),
    ...(instructions ? { instructions } : {}),
    triggerPhrase,
    push: oneOf("push", read("push"), ["auto", "suggest", "branch", "pr-branch", "none"] as const, "auto"),
    branchPrefix,
    githubToken,
    testTimeoutSeconds: positive("test-timeout", read("test-timeout"), DEFAULT_TEST_TIMEOUT_MS / 1000, false) ?? DEFAULT_TEST_TIMEOUT_MS / 1000,
    timeoutMinutes: positive("timeout-minutes", read("timeout-minutes"), 30, false) ?? 30,
    ...(maxTokensTotal !== undefined ? { maxTokensTotal } : {}),
    ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
    focus: oneOf("focus", read("focus"), ["auto", "off"] as const, "auto"),
    ...(optional("focus-command") ? { focusCommand: optional("focus-command") } : {}),
    testReports: list(read("test-report")),
    repoMapTokens: wholeNumber("repo-map-tokens", read("repo-map-tokens"), DEFAULT_REPO_MAP_TOKENS),
    allowedUsers: list(read("allowed-users")).map((u) => u.replace(/^@/, "").toLowerCase()),
    testEnv,
    commitAuthor: read("commit-author") ? parseIdentity("commit-author", read("commit-author")) : { name: "compile-loop[bot]", email: "compile-loop[bot]@users.noreply.github.com" },
    forkPrs: oneOf("fork-prs", read("fork-prs"), ["auto", "report", "run", "push"] as const, "auto"),
    suggestMaxLines: positive("suggest-max-lines", read("suggest-max-lines"), DEFAULT_SUGGEST_MAX_LINES, true) ?? DEFAULT_SUGGEST_MAX_LINES,
    testIsolation: oneOf("test-isolation", read("test-isolation"), ISOLATION_SETTINGS, "auto"),
  };
}
