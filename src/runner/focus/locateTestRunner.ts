import path from "node:path";
import { scanArguments } from "./argumentScan.js";
import type { RunnerKind } from "./failingTests.js";
import type { EditMode, ProjectFacts } from "./runnerAdapters.js";
import { isEnvAssignment, joinCommands, literalWord, parseCommandLine, type ShellWord, type SimpleCommand } from "./shellWords.js";

/** Where in a test command the test runner sits, and how to put the command back together around new arguments. */
export interface LocatedRunner {
  runner: RunnerKind;
  /** The runner's arguments as it receives them (for a script: the script's own, then the forwarded ones). */
  args: ShellWord[];
  mode: EditMode;
  /** The directory the runner runs in, relative to the command's (`cd x &&`, a package manager's `--prefix`). */
  dir: string;
  /** How the runner was reached, for sentences: `npm test → vitest run`. */
  via: string;
  /** The whole test command with the runner's arguments replaced by `args` (in append mode, `args` must extend the old ones). */
  build(args: readonly ShellWord[]): string;
}

export type LocateResult = { ok: true; located: LocatedRunner } | { ok: false; reason: string };

/**
 * Finds the test runner a test command calls: directly (`pytest -q`, `npx
 * vitest run`, `python -m pytest`, `go test ./...`, after `cd dir &&` or
 * `VAR=1`), or through a package.json script (`npm test`, `npm run X`,
 * `yarn X`, `pnpm X`) whose last command is a runner. The runner must be the
 * last command: commands before it run as they are.
 */
export function locateTestRunner(command: string, facts: ProjectFacts = {}): LocateResult {
  const parsed = parseCommandLine(command);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const commands = parsed.commands;
  const last = commands[commands.length - 1];
  if (last === undefined) return { ok: false, reason: "the command is empty" };
  const before = commands.slice(0, -1);
  const dir = before.reduce((current, step) => changedDirectory(step, current), ".");
  const rebuild = (words: readonly ShellWord[]): string => joinCommands([...before, { words: [...words], redirections: last.redirections }]);

  const direct = recognizeRunner(last.words, 0);
  if (direct !== undefined) {
    return {
      ok: true,
      located: {
        runner: direct.runner,
        args: direct.args,
        mode: "rewrite",
        dir,
        via: wordsText(last.words.slice(0, direct.headLength)),
        build: (args) => rebuild([...last.words.slice(0, direct.headLength), ...args]),
      },
    };
  }
  const call = readPackageManagerCall(last.words, facts, dir);
  if (!call.ok) return call;
  if (call.bin !== undefined) {
    const bin = call.bin;
    return {
      ok: true,
      located: { runner: bin.runner, args: bin.args, mode: "rewrite", dir, via: wordsText(last.words.slice(0, bin.headLength)), build: (args) => rebuild([...last.words.slice(0, bin.headLength), ...args]) },
    };
  }
  const script = call.script;
  const scripts = facts.packageScripts?.(call.dir);
  if (scripts === undefined) return { ok: false, reason: `\`${wordsText(last.words)}\` runs a package.json script, but there is no readable package.json in ${call.dir}` };
  const body = scripts[script.name];
  if (body === undefined) return { ok: false, reason: `package.json in ${call.dir} has no script "${script.name}"` };
  const inner = parseCommandLine(body);
  if (!inner.ok) return { ok: false, reason: `the script "${script.name}" (\`${body}\`) cannot be read: ${inner.reason}` };
  const innerLast = inner.commands[inner.commands.length - 1];
  const runner = innerLast === undefined ? undefined : recognizeRunner(innerLast.words, 0);
  if (innerLast === undefined || runner === undefined) {
    const nested = innerLast !== undefined && PACKAGE_MANAGERS.has(basename(innerLast.words[0]?.value ?? ""));
    return {
      ok: false,
      reason: nested
        ? `the script "${script.name}" (\`${body}\`) runs another script; compile-loop follows one script, not a chain`
        : `the script "${script.name}" (\`${body}\`) does not end with a test runner compile-loop knows`,
    };
  }
  const args = [...runner.args, ...script.forwarded];
  return {
    ok: true,
    located: {
      runner: runner.runner,
      args,
      mode: "append",
      dir: call.dir,
      via: `${wordsText(last.words.slice(0, script.nameEnd))} → ${wordsText(innerLast.words.slice(0, runner.headLength))}`,
      build: (newArgs) => {
        const added = newArgs.slice(args.length);
        // npm keeps options for itself unless they follow `--`; yarn and pnpm pass everything after the script name on.
        const separator = script.needsSeparator && !script.hasSeparator ? [literalWord("--")] : [];
        return rebuild([...last.words, ...separator, ...added]);
      },
    },
  };
}

interface RecognisedRunner {
  runner: RunnerKind;
  /** Words up to and including the runner's name and subcommand. */
  headLength: number;
  args: ShellWord[];
}

const PACKAGE_MANAGERS: ReadonlySet<string> = new Set(["npm", "yarn", "pnpm"]);
const NPX_VALUES: ReadonlySet<string> = new Set(["-p", "--package", "--prefix", "-c", "--call"]);
const PYTHON_VALUES: ReadonlySet<string> = new Set(["-W", "-X", "-c"]);
const NODE_VALUES: ReadonlySet<string> = new Set([
  "-r", "--require", "--import", "--loader", "--experimental-loader", "--test-reporter", "--test-reporter-destination", "--test-name-pattern",
  "--test-skip-pattern", "--test-concurrency", "--test-timeout", "--test-shard", "-C", "--conditions", "--env-file", "--input-type", "--watch-path",
]);

/** The runner whose name (after env assignments and wrappers such as npx) starts `words` at `from`. */
export function recognizeRunner(words: readonly ShellWord[], from: number): RecognisedRunner | undefined {
  let i = from;
  const at = (index: number): string => words[index]?.value ?? "";
  for (;;) {
    while (i < words.length && isEnvAssignment(words[i] as ShellWord)) i += 1;
    const name = basename(at(i));
    if (name === "npx" || name === "bunx") {
      i += 1;
      while (at(i).startsWith("-")) i += NPX_VALUES.has(at(i)) ? 2 : 1;
      continue;
    }
    if (name === "cross-env") {
      i += 1;
      continue;
    }
    if ((name === "npm" && (at(i + 1) === "exec" || at(i + 1) === "x")) || ((name === "pnpm" || name === "yarn") && (at(i + 1) === "exec" || at(i + 1) === "dlx"))) {
      i += 2;
      if (at(i) === "--") i += 1;
      continue;
    }
    if ((name === "poetry" || name === "pipenv" || name === "pdm" || name === "uv" || name === "hatch") && at(i + 1) === "run") {
      i += 2;
      continue;
    }
    break;
  }
  const program = words[i];
  if (program === undefined || program.dynamic) return undefined;
  // `npx vitest@4 run` names a version of the package; the runner is the same.
  const name = basename(program.value).replace(/(?<=.)@[^@/]*$/, "");
  const runnerAt = (runner: RunnerKind, headLength: number): RecognisedRunner => ({ runner, headLength, args: words.slice(headLength) });
  switch (name) {
    case "pytest":
    case "py.test":
      return runnerAt("pytest", i + 1);
    case "jest":
      return runnerAt("jest", i + 1);
    case "vitest":
      return runnerAt("vitest", i + 1);
    case "mocha":
    case "_mocha":
      return runnerAt("mocha", i + 1);
    case "mvn":
    case "mvnw":
      return runnerAt("maven", i + 1);
    case "gradle":
    case "gradlew":
      return runnerAt("gradle", i + 1);
    case "go":
      return at(i + 1) === "test" ? runnerAt("go", i + 2) : undefined;
    case "dotnet":
      return at(i + 1) === "test" ? runnerAt("dotnet", i + 2) : undefined;
    case "cargo": {
      const sub = at(i + 1).startsWith("+") ? i + 2 : i + 1;
      return at(sub) === "test" ? runnerAt("cargo", sub + 1) : undefined;
    }
    case "node":
    case "nodejs": {
      // `--test` must come before the first positional: after it, words are the script's own arguments.
      const rest = words.slice(i + 1);
      const roles = scanArguments(rest, { valueOptions: NODE_VALUES });
      const firstPositional = roles.indexOf("positional");
      const test = rest.findIndex((word) => word.value === "--test");
      return test !== -1 && (firstPositional === -1 || test < firstPositional) ? runnerAt("node-test", i + 1) : undefined;
    }
    default:
      break;
  }
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(name) || name === "py") {
    let j = i + 1;
    while (at(j).startsWith("-") && at(j) !== "-m") j += PYTHON_VALUES.has(at(j)) ? 2 : 1;
    if (at(j) !== "-m") return undefined;
    if (at(j + 1) === "pytest") return runnerAt("pytest", j + 2);
    if (at(j + 1) === "unittest") return runnerAt("unittest", j + 2);
  }
  return undefined;
}

interface ScriptCall {
  name: string;
  /** Words of the call up to and including the script's name. */
  nameEnd: number;
  forwarded: ShellWord[];
  needsSeparator: boolean;
  hasSeparator: boolean;
}

type PackageManagerCall =
  | { ok: true; dir: string; script: ScriptCall; bin?: undefined }
  | { ok: true; dir: string; bin: RecognisedRunner; script?: undefined }
  | { ok: false; reason: string };

const NPM_VALUES: ReadonlySet<string> = new Set(["--prefix", "-w", "--workspace", "--loglevel", "--userconfig", "--cache", "--registry"]);
const YARN_VALUES: ReadonlySet<string> = new Set(["--cwd", "--modules-folder", "--cache-folder", "--mutex", "--network-timeout"]);
const PNPM_VALUES: ReadonlySet<string> = new Set(["-C", "--dir", "--filter", "-F", "--reporter", "--loglevel", "--workspace-dir"]);
const NPM_TEST = new Set(["test", "t", "tst"]);
/** Options that run a script in several workspaces (npm, pnpm), whose outputs interleave. */
const WORKSPACE_OPTION = /^(?:-w|--workspaces?|-ws|-r|--recursive|--filter|-F)$/;
const NPM_RUN = new Set(["run", "run-script", "rum", "urn"]);

/** `npm test`, `npm run X -- args`, `yarn X args`, `pnpm X args`: which script, from where, with what forwarded. */
function readPackageManagerCall(words: readonly ShellWord[], facts: ProjectFacts, dir: string): PackageManagerCall {
  let i = 0;
  while (i < words.length && isEnvAssignment(words[i] as ShellWord)) i += 1;
  const manager = basename(words[i]?.value ?? "");
  const unknown: PackageManagerCall = { ok: false, reason: `\`${wordsText(words)}\` is not a test runner compile-loop knows, nor a package.json script that ends with one` };
  if (!PACKAGE_MANAGERS.has(manager)) return unknown;
  const values = manager === "npm" ? NPM_VALUES : manager === "yarn" ? YARN_VALUES : PNPM_VALUES;
  let where = dir;
  let j = i + 1;
  for (; j < words.length && (words[j]?.value ?? "").startsWith("-"); j++) {
    const option = words[j]?.value ?? "";
    const [name = option, attached] = option.split("=", 2);
    if (WORKSPACE_OPTION.test(name)) {
      return { ok: false, reason: `\`${wordsText(words)}\` runs the script in several workspaces, whose failures compile-loop cannot tell apart` };
    }
    const value = attached ?? (values.has(name) ? words[j + 1]?.value : undefined);
    if (values.has(name) && attached === undefined) j += 1;
    if ((name === "--prefix" || name === "--cwd" || name === "-C" || name === "--dir") && value !== undefined) where = path.posix.join(where, value);
  }
  const sub = words[j]?.value ?? "";
  let nameAt: number;
  if (NPM_TEST.has(sub)) nameAt = j;
  else if (NPM_RUN.has(sub)) {
    nameAt = j + 1;
    while ((words[nameAt]?.value ?? "").startsWith("-")) nameAt += 1;
  } else if (manager === "npm" || sub === "") return unknown;
  else {
    // `yarn X` and `pnpm X` run script X, or else the bin X.
    const scripts = facts.packageScripts?.(where);
    if (scripts?.[sub] === undefined) {
      const bin = recognizeRunner(words, j);
      return bin === undefined ? unknown : { ok: true, dir: where, bin };
    }
    nameAt = j;
  }
  const nameWord = words[nameAt];
  if (nameWord === undefined) return unknown;
  const name = NPM_TEST.has(nameWord.value) && nameAt === j ? "test" : nameWord.value;
  const rest = words.slice(nameAt + 1);
  const separator = rest.findIndex((word) => word.value === "--");
  const ownOptions = (separator === -1 ? rest : rest.slice(0, separator)).filter((word) => word.value.startsWith("-"));
  if (manager === "npm" && ownOptions.some((word) => WORKSPACE_OPTION.test(word.value.split("=")[0] ?? ""))) {
    return { ok: false, reason: `\`${wordsText(words)}\` runs the script in several workspaces, whose failures compile-loop cannot tell apart` };
  }
  let forwarded: ShellWord[];
  if (manager === "npm") {
    // npm keeps options before `--` for itself and passes positionals and everything after `--`.
    const beforeSeparator = separator === -1 ? rest : rest.slice(0, separator);
    forwarded = [...beforeSeparator.filter((word) => !word.value.startsWith("-")), ...(separator === -1 ? [] : rest.slice(separator + 1))];
  } else {
    forwarded = rest[0]?.value === "--" ? rest.slice(1) : rest;
  }
  return { ok: true, dir: where, script: { name, nameEnd: nameAt + 1, forwarded, needsSeparator: manager === "npm", hasSeparator: separator !== -1 } };
}

/** `cd dir` before the runner moves where it runs; anything else leaves the directory as it is. */
function changedDirectory(step: SimpleCommand, current: string): string {
  const [program, target, extra] = step.words;
  if (program?.value !== "cd" || target === undefined || extra !== undefined || target.dynamic) return current;
  return path.posix.join(current, target.value);
}

function basename(program: string): string {
  return program.slice(program.lastIndexOf("/") + 1);
}

function wordsText(words: readonly ShellWord[]): string {
  return words.map((word) => word.raw).join(" ");
}
