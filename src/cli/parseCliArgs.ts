import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { CliOptions, ProviderName } from "./cliOptions.js";
import type { IsolationSetting } from "../isolation/isolationSetting.js";
import { UsageError } from "./cliOptions.js";
import { DEFAULT_TEST_TIMEOUT_MS } from "../runner/runTestCommand.js";
import { DEFAULT_PROTECTED_GLOBS } from "../context/selectTargetFiles.js";
import { DEFAULT_REPO_MAP_TOKENS } from "../context/repoMap/buildRepoMap.js";
import { VERSION } from "../version.js";

export type ParsedArgs = { kind: "run"; options: CliOptions } | { kind: "exit"; code: number; output: string };

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive whole number.");
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number, 0 or more.");
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number of seconds.");
  return n;
}

function globList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  return [...(previous ?? []), ...items];
}

function envPair(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new InvalidArgumentError(`expected NAME=VALUE, got '${value}'.`);
  return { ...(previous ?? {}), [value.slice(0, eq)]: value.slice(eq + 1) };
}

export const CLI_DESCRIPTION =
  "Run the repository's tests; while they fail, have a model edit the code with SEARCH/REPLACE blocks and run them again.";

function buildProgram(): Command {
  return new Command("compile-loop")
    .description(CLI_DESCRIPTION)
    .addOption(new Option("--test <cmd>", "test command, the judge (required), run in the current directory, e.g. \"npm test\""))
    .option("--setup <cmd>", "command run once before the first test run, e.g. \"npm ci\"")
    .option("--files <globs>", "files the model may edit (comma-separated globs relative to the repository root, repeatable); default: files named in the failing output plus files changed on this branch", globList)
    .option("--protect <globs>", `files never edited (comma-separated globs, repeatable; default ${DEFAULT_PROTECTED_GLOBS.join(",")})`, globList)
    .addOption(new Option("--provider <name>", "model provider").choices(["openai", "anthropic", "github-models"]).default("openai"))
    .option("--model <id>", "model id (default per provider, see docs/providers.md)")
    .option("--base-url <url>", "API base URL (any OpenAI-compatible server, a proxy)")
    .option("--api-key-env <name>", "environment variable holding the API key (default OPENAI_API_KEY, ANTHROPIC_API_KEY or GITHUB_TOKEN)")
    .option("--max-iterations <n>", "model edits before giving up", positiveInt, 5)
    .addOption(new Option("--edit-mode <mode>", "diff: SEARCH/REPLACE blocks; full: the model rewrites one whole file").choices(["diff", "full"]).default("diff"))
    .option("--instructions <text|@file>", "extra guidance for the model, or @path to read it from a file")
    .option("--test-timeout <seconds>", `time limit for one test run (default ${DEFAULT_TEST_TIMEOUT_MS / 1000})`, positiveNumber)
    .option("--timeout <seconds>", "time limit for the whole run", positiveNumber)
    .option("--max-tokens-total <n>", "token budget for the run (input + output)", positiveInt)
    .option("--no-focus", "run the whole test command every iteration instead of only the failing tests (for suites whose tests depend on each other)")
    .option("--focus-command <cmd>", "command that runs only the failing tests, with {files} and {tests} placeholders, e.g. \"npx vitest run {files}\"")
    .option("--test-report <globs>", "JUnit XML reports the test command writes (comma-separated globs), read to know which tests failed", globList)
    .option("--repo-map-tokens <n>", "size of the repository map in the prompt, in estimated tokens: the definitions in the target files and the files next to them; 0 turns it off", nonNegativeInt, DEFAULT_REPO_MAP_TOKENS)
    .option("--max-cost <usd>", "spending cap for the run in US dollars: stops before a model call that could cross it (needs a model with a known price)", positiveNumber)
    .option("--test-env <NAME=VALUE>", "extra environment variable for the test command (repeatable)", envPair)
    .option("--dry-run", "leave the files as they were and print the fix as a diff", false)
    .option("--commit", "commit the fix on a new branch compile-loop/<current-branch> (-2, -3... if taken)", false)
    .option("--allow-dirty", "run even when files it may edit have uncommitted changes", false)
    .option("--json", "print the result as JSON on stdout (progress goes to stderr)", false)
    .addOption(
      new Option("--isolate <level>", "run the setup and test commands as a separate unprivileged user, so code the model wrote cannot read the API key in your environment (user: needs root, passwordless sudo and setfacl; auto: user where possible)")
        .choices(["auto", "user", "none"])
        .default("none"),
    )
    .option("--record <file>", "record every model request and response to a JSON Lines transcript")
    .option("--replay <file>", "answer model calls from a recorded transcript instead of a provider")
    .option("--quiet", "print only the final result", false)
    .option("--verbose", "also print test output tails and file reads", false)
    .helpOption("-h, --help", "show this help")
    .version(VERSION, "-V, --version", "show the version")
    .addHelpText(
      "after",
      `
Exit codes: 0 fixed or already passing, 1 gave up, 2 usage or configuration error, 130 interrupted.

Examples:
  $ npx compile-loop --test "npm test"
  $ npx compile-loop --test "pytest -x" --files "src/**/*.py" --provider anthropic
  $ npx compile-loop --test "cargo test" --dry-run --json > result.json`,
    )
    .exitOverride()
    .allowExcessArguments(false);
}


interface RawOptions {
  test?: string;
  setup?: string;
  files?: string[];
  protect?: string[];
  provider: ProviderName;
  model?: string;
  baseUrl?: string;
  apiKeyEnv?: string;
  maxIterations: number;
  editMode: "diff" | "full";
  instructions?: string;
  testTimeout?: number;
  timeout?: number;
  maxTokensTotal?: number;
  testEnv?: Record<string, string>;
  dryRun: boolean;
  commit: boolean;
  allowDirty: boolean;
  isolate: IsolationSetting;
  maxCost?: number;
  focus: boolean;
  focusCommand?: string;
  testReport?: string[];
  repoMapTokens: number;
  json: boolean;
  record?: string;
  replay?: string;
  quiet: boolean;
  verbose: boolean;
}

/** Parses argv (without node and the script); never exits the process itself. */
export function parseCliArgs(argv: readonly string[], cwd: string): ParsedArgs {
  const program = buildProgram();
  let output = "";
  program.configureOutput({ writeOut: (s) => (output += s), writeErr: (s) => (output += s) });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError && error.code === "commander.excessArguments") {
      // The usual slip is `compile-loop npm test`: name what was given and where it belongs.
      const extra = program.args.join(" ");
      return {
        kind: "exit",
        code: 2,
        output: `error: unexpected argument '${extra}': compile-loop takes options only; the test command goes in --test, e.g. --test "${extra.replace(/"/g, '\\"')}"\nRun 'compile-loop --help' for the options.\n`,
      };
    }
    if (error instanceof CommanderError) {
      const ok = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0;
      return { kind: "exit", code: ok ? 0 : 2, output: ok ? output : `${output.trim()}\nRun 'compile-loop --help' for the options.\n` };
    }
    throw error;
  }
  const raw = program.opts<RawOptions>();
  try {
    return { kind: "run", options: toCliOptions(raw, cwd) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: "exit", code: 2, output: `error: ${error.message}\nRun 'compile-loop --help' for the options.\n` };
    throw error;
  }
}

function toCliOptions(raw: RawOptions, cwd: string): CliOptions {
  if (!raw.test || raw.test.trim() === "") throw new UsageError("option '--test <cmd>' is required, e.g. --test \"npm test\"");
  if (raw.dryRun && raw.commit) throw new UsageError("options '--dry-run' and '--commit' cannot be used together");
  if (raw.record && raw.replay) throw new UsageError("options '--record' and '--replay' cannot be used together");
  if (raw.apiKeyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(raw.apiKeyEnv)) {
    throw new UsageError(`option '--api-key-env' must be an environment variable name, got '${raw.apiKeyEnv}'`);
  }
  let instructions = raw.instructions;
  if (instructions?.startsWith("@")) {
    const file = path.resolve(cwd, instructions.slice(1));
    try {
      instructions = readFileSync(file, "utf8");
    } catch {
      throw new UsageError(`option '--instructions': cannot read ${file}`);
    }
  }
  return {
    test: raw.test,
    ...(raw.setup ? { setup: raw.setup } : {}),
    ...(raw.files ? { files: raw.files } : {}),
    protect: raw.protect ?? DEFAULT_PROTECTED_GLOBS,
    provider: raw.provider,
    ...(raw.model ? { model: raw.model } : {}),
    ...(raw.baseUrl ? { baseUrl: raw.baseUrl } : {}),
    ...(raw.apiKeyEnv ? { apiKeyEnv: raw.apiKeyEnv } : {}),
    maxIterations: raw.maxIterations,
    editMode: raw.editMode,
    ...(instructions ? { instructions } : {}),
    ...(raw.testTimeout !== undefined ? { testTimeoutSeconds: raw.testTimeout } : {}),
    ...(raw.timeout !== undefined ? { timeoutSeconds: raw.timeout } : {}),
    ...(raw.maxTokensTotal !== undefined ? { maxTokensTotal: raw.maxTokensTotal } : {}),
    testEnv: raw.testEnv ?? {},
    dryRun: raw.dryRun,
    commit: raw.commit,
    json: raw.json,
    ...(raw.record ? { record: path.resolve(cwd, raw.record) } : {}),
    ...(raw.replay ? { replay: path.resolve(cwd, raw.replay) } : {}),
    quiet: raw.quiet,
    verbose: raw.verbose,
    allowDirty: raw.allowDirty,
    isolate: raw.isolate,
    ...(raw.maxCost !== undefined ? { maxCostUsd: raw.maxCost } : {}),
    focus: raw.focus ? "auto" : "off",
    ...(raw.focusCommand !== undefined ? { focusCommand: raw.focusCommand } : {}),
    ...(raw.testReport !== undefined ? { testReports: raw.testReport } : {}),
    repoMapTokens: raw.repoMapTokens,
  };
}
