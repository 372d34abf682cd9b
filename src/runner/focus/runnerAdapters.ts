import path from "node:path";
import { escapeRegExp, hasOption, optionIndices, scanArguments, type ArgumentRole } from "./argumentScan.js";
import { describeFailingTest, runnerLabel, type FailingTest, type RunnerKind } from "./failingTests.js";
import { literalWord, type ShellWord } from "./shellWords.js";

/**
 * How a runner's arguments may be changed:
 * - `rewrite`: the command calls the runner directly; its arguments may be
 *   dropped and reordered (the ones that choose tests are replaced);
 * - `append`: the runner is called by a package.json script, so words can
 *   only be added at the end (the package manager forwards them there).
 */
export type EditMode = "rewrite" | "append";

/** What the project can tell about itself, beyond the command and the output. */
export interface ProjectFacts {
  /** The package.json `scripts` of a directory relative to the command's (`.` for its own), if it has one. */
  packageScripts?: (dir: string) => Readonly<Record<string, string>> | undefined;
  /** Whether a path relative to the command's directory is a file (to map JUnit classnames to pytest files). */
  fileExists?: (relativePath: string) => boolean;
}

export type FocusedArguments = { ok: true; args: ShellWord[] } | { ok: false; reason: string };

interface FocusContext {
  mode: EditMode;
  facts: ProjectFacts;
  /** Directory the runner runs in, relative to the command's, for `fileExists`. */
  dir: string;
}

type Adapter = (args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext) => FocusedArguments;

/** The runner's arguments narrowed to the failing tests. */
export function focusArguments(runner: RunnerKind, args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  if (tests.length === 0) return refuse("there is no failing test to focus on");
  const optionLike = tests.find(looksLikeOption);
  if (optionLike !== undefined) return refuse(`a failing test is named like an option (${describeFailingTest(optionLike)}), and would be passed to ${runnerLabel(runner)} as one`);
  const focused = ADAPTERS[runner](args, tests, context);
  if (focused.ok && context.mode === "append" && !startsWith(focused.args, args)) {
    return refuse(`the ${runnerLabel(runner)} call is inside a package.json script, so its own arguments cannot be replaced`);
  }
  return focused;
}

const ADAPTERS: Readonly<Record<RunnerKind, Adapter>> = {
  pytest: focusPytest,
  unittest: focusUnittest,
  jest: focusJest,
  vitest: focusVitest,
  mocha: focusMocha,
  "node-test": focusNodeTest,
  go: focusGo,
  cargo: focusCargo,
  maven: focusMaven,
  gradle: focusGradle,
  dotnet: focusDotnet,
};

const names = (...list: string[]): ReadonlySet<string> => new Set(list);

const PYTEST_VALUES = names(
  "-k", "-m", "-p", "-c", "-o", "-W", "-r", "-n", "--rootdir", "--confcutdir", "--basetemp", "--maxfail", "--junitxml", "--junit-xml",
  "--tb", "--durations", "--durations-min", "--cov-report", "--cov-config", "--cov-fail-under", "--dist", "--deselect", "--ignore",
  "--ignore-glob", "--log-level", "--log-cli-level", "--log-file", "--import-mode", "--capture", "--color", "--override-ini",
  "--timeout", "--reruns", "--reruns-delay", "--randomly-seed", "--ds", "--numprocesses", "--maxprocesses", "--config-file",
  "--junit-prefix", "--report-log", "--html", "--json-report-file", "--hypothesis-seed", "--count",
);

/** pytest: the node ids (or files) replace the paths given; everything else stays. */
function focusPytest(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: PYTEST_VALUES });
  if (hasOption(args, roles, names("--pyargs"))) return refuse("pytest runs with --pyargs, where its arguments are package names, not paths");
  const selectors: string[] = [];
  for (const test of tests) {
    const selector = pytestSelector(test, context);
    if (selector === undefined) return refuse(`which pytest node runs ${describeFailingTest(test)} is not known`);
    selectors.push(selector);
  }
  return replacePositionals(args, roles, unique(selectors), context.mode, "pytest");
}

function pytestSelector(test: FailingTest, context: FocusContext): string | undefined {
  if (test.source === "pytest") return test.id ?? test.file;
  if (test.source !== "junit-xml" || test.id === undefined) return undefined;
  // pytest's JUnit XML: classname is the module's dotted path plus any class, name the test;
  // a module that failed to collect has no classname and its dotted path as the name.
  const dotted = (test.container ?? test.id).split(".").filter((part) => part !== "");
  const testName = test.container === undefined ? [] : [test.id];
  const nodeId = (file: string, moduleParts: number): string => [file, ...dotted.slice(moduleParts), ...testName].join("::");
  if (test.file !== undefined && test.file.endsWith(".py")) return nodeId(test.file, test.file.split("/").length);
  const exists = context.facts.fileExists;
  if (exists === undefined) return undefined;
  for (let cut = dotted.length; cut > 0; cut--) {
    const file = `${dotted.slice(0, cut).join("/")}.py`;
    if (exists(path.posix.join(context.dir, file))) return nodeId(file, cut);
  }
  return undefined;
}

const UNITTEST_VALUES = names("-k", "--durations", "-s", "--start-directory", "-p", "--pattern", "-t", "--top-level-directory");

/** `python -m unittest`: dotted test names replace the modules given; `discover` only where names resolve from here. */
function focusUnittest(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: UNITTEST_VALUES });
  const discover = args.findIndex((word, index) => roles[index] === "positional" && word.value === "discover");
  if (discover !== -1) {
    const positional = args.filter((word, index) => index > discover && roles[index] === "positional").map((word) => word.value);
    const start = optionValue(args, roles, names("-s", "--start-directory")) ?? positional[0] ?? ".";
    const top = optionValue(args, roles, names("-t", "--top-level-directory")) ?? positional[2] ?? start;
    if (path.posix.normalize(top) !== ".") {
      return refuse(`unittest discovers from ${top}, so its test names do not import from the command's directory; give --focus-command`);
    }
  }
  const selectors: string[] = [];
  for (const test of tests) {
    const selector = test.source === "unittest" ? test.id : test.source === "junit-xml" && test.id !== undefined ? [test.container, test.id].filter(Boolean).join(".") : undefined;
    if (selector === undefined) return refuse(`which unittest name runs ${describeFailingTest(test)} is not known`);
    selectors.push(selector);
  }
  // Discovery's own options go with `discover`.
  const drop = discover === -1 ? new Set<number>() : optionIndices(args, roles, names("-s", "--start-directory", "-p", "--pattern", "-t", "--top-level-directory"));
  return replacePositionals(args, roles, unique(selectors), context.mode, "unittest", drop);
}

const JEST_VALUES = names(
  "-c", "--config", "-t", "--testNamePattern", "--testPathPattern", "--testPathPatterns", "--testPathIgnorePatterns", "-w", "--maxWorkers",
  "--reporters", "--coverageReporters", "--coverageDirectory", "--shard", "--testTimeout", "--rootDir", "--roots", "--env",
  "--testEnvironment", "--outputFile", "--seed", "--collectCoverageFrom", "--changedSince", "--testRegex", "--testMatch", "--setupFiles",
  "--setupFilesAfterEnv", "--testRunner", "--testSequencer", "--globalSetup", "--globalTeardown", "--moduleDirectories", "--projects",
  "--selectProjects", "--ignoreProjects", "--maxConcurrency", "--filter", "--workerIdleMemoryLimit",
);
/** Options that choose files by something else than the paths given (changes, patterns): dropped with the paths. */
const JEST_SELECTORS = names("--testPathPattern", "--testPathPatterns", "-o", "--onlyChanged", "--changedSince", "--lastCommit", "--watch", "--watchAll");

/** jest: `--runTestsByPath` and the failing files replace its path patterns. */
function focusJest(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: JEST_VALUES });
  if (hasOption(args, roles, names("--findRelatedTests", "--listTests"))) return refuse("jest runs with --findRelatedTests or --listTests, whose arguments are not test files");
  const files = testFiles(tests, "jest");
  if (!files.ok) return files;
  const selecting = context.mode === "rewrite" ? optionIndices(args, roles, JEST_SELECTORS) : new Set<number>();
  if (context.mode === "append" && hasOption(args, roles, JEST_SELECTORS)) return refuse("the jest call already chooses its files by pattern or by git changes");
  const byPath = hasOption(args, roles, names("--runTestsByPath")) ? [] : ["--runTestsByPath"];
  return replacePositionals(args, roles, [...byPath, ...files.files], context.mode, "jest", selecting);
}

const VITEST_VALUES = names(
  "-c", "--config", "-r", "--root", "--dir", "-t", "--testNamePattern", "--project", "--shard", "--reporter", "--outputFile", "--environment",
  "--pool", "--maxWorkers", "--minWorkers", "--testTimeout", "--hookTimeout", "--exclude", "--mode", "--bail", "--retry",
  "--teardownTimeout", "--maxConcurrency", "--segfaultRetry",
);
const VITEST_COMMANDS = names("run", "watch", "dev");

/** vitest: the failing files, as its filters, replace the filters given; `run` and the like stay. */
function focusVitest(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: VITEST_VALUES });
  const first = args.findIndex((_, index) => roles[index] === "positional");
  const command = first === -1 ? undefined : args[first]?.value;
  if (command === "related" || command === "bench" || command === "list") return refuse(`vitest ${command} does not take test files`);
  const keep = new Set<number>(command !== undefined && VITEST_COMMANDS.has(command) ? [first] : []);
  const files = testFiles(tests, "vitest");
  if (!files.ok) return files;
  const selecting = optionIndices(args, roles, names("--changed"));
  if (context.mode === "append" && selecting.size > 0) return refuse("the vitest call already chooses its files by git changes");
  return replacePositionals(args, roles, files.files, context.mode, "vitest", selecting, keep);
}

const MOCHA_VALUES = names(
  "-g", "--grep", "-f", "--fgrep", "-r", "--require", "-R", "--reporter", "-O", "--reporter-option", "--reporter-options", "-u", "--ui",
  "-t", "--timeout", "-s", "--slow", "--config", "--package", "--extension", "--ignore", "--exclude", "--file", "--spec", "-j", "--jobs",
  "--retries", "-n", "--node-option", "--loader",
);

/** mocha: `--grep` on the failing tests' full titles (files stay as given: they may be mocha's config). */
function focusMocha(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: MOCHA_VALUES });
  const filters = names("-g", "--grep", "-f", "--fgrep", "-i", "--invert");
  if (context.mode === "append" && hasOption(args, roles, filters)) return refuse("the mocha call already filters tests with --grep");
  const titles: string[] = [];
  for (const test of tests) {
    if (test.id === undefined || test.id === "" || (test.source !== "mocha" && test.source !== "junit-xml")) {
      return refuse(`which mocha title is ${describeFailingTest(test)} is not known`);
    }
    titles.push(test.id);
  }
  // A prefix match: a failing hook of a suite is kept as the suite, whose tests all start with its title.
  const grep = `^(?:${unique(titles).map(escapeRegExp).join("|")})`;
  const drop = context.mode === "rewrite" ? optionIndices(args, roles, filters) : new Set<number>();
  return { ok: true, args: [...args.filter((_, index) => !drop.has(index)), literalWord("--grep"), literalWord(grep)] };
}

const NODE_VALUES = names(
  "-r", "--require", "--import", "--loader", "--experimental-loader", "--test-reporter", "--test-reporter-destination",
  "--test-name-pattern", "--test-skip-pattern", "--test-concurrency", "--test-timeout", "--test-shard", "-C", "--conditions", "--env-file",
  "--input-type", "--watch-path", "--test-coverage-include", "--test-coverage-exclude", "--test-global-setup", "--test-isolation",
  "--test-coverage-branches", "--test-coverage-functions", "--test-coverage-lines", "--stack-size", "--title",
);

/** node --test: the failing files replace the files and globs given. */
function focusNodeTest(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: NODE_VALUES });
  const files = testFiles(tests, "node-test");
  if (!files.ok) return files;
  const watch = context.mode === "rewrite" ? optionIndices(args, roles, names("--watch")) : new Set<number>();
  return replacePositionals(args, roles, files.files, context.mode, "node --test", watch);
}

const GO_VALUES = names(
  "-run", "--run", "-skip", "--skip", "-bench", "--bench", "-benchtime", "--benchtime", "-count", "--count", "-cpu", "--cpu", "-parallel",
  "--parallel", "-timeout", "--timeout", "-tags", "--tags", "-p", "--p", "-coverprofile", "--coverprofile", "-covermode", "--covermode",
  "-coverpkg", "--coverpkg", "-cpuprofile", "-memprofile", "-blockprofile", "-mutexprofile", "-trace", "-o", "-exec", "-ldflags",
  "-gcflags", "-asmflags", "-mod", "-modfile", "-outputdir", "-shuffle", "-fuzz", "-fuzztime", "-list", "-C", "-vet", "-overlay", "-pkgdir",
  "-toolexec", "-buildmode", "-compiler", "-installsuffix",
);

/** go test: the failing packages replace the packages given, and `-run` names the failing tests. */
function focusGo(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  // `-args` passes everything after it to the test binary.
  const argsAt = args.findIndex((word) => word.value === "-args" || word.value === "--args");
  const own = argsAt === -1 ? args : args.slice(0, argsAt);
  const binary = argsAt === -1 ? [] : args.slice(argsAt);
  if (context.mode === "append" && binary.length > 0) return refuse("the go test call ends with -args, so no flag can be added after it");
  const roles = scanArguments(own, { valueOptions: GO_VALUES });
  const packages: string[] = [];
  const testNames: string[] = [];
  let wholePackage = false;
  for (const test of tests) {
    const pkg = test.source === "go" || test.source === "junit-xml" ? test.container : undefined;
    if (pkg === undefined) return refuse(`which go package holds ${describeFailingTest(test)} is not known`);
    packages.push(pkg);
    if (test.id === undefined) wholePackage = true;
    else testNames.push((test.id.split("/")[0] ?? test.id));
  }
  // A package that failed as a whole (build error) runs whole: -run would apply to it too.
  const run = wholePackage ? [] : [literalWord("-run"), literalWord(`^(?:${unique(testNames).map(escapeRegExp).join("|")})$`)];
  if (context.mode === "append") {
    if (run.length === 0) return refuse("a go package failed to build or run, and the packages inside a package.json script cannot be replaced");
    return { ok: true, args: [...args, ...run] };
  }
  const drop = optionIndices(own, roles, names("-run", "--run"));
  const kept = own.filter((_, index) => !drop.has(index) && roles[index] !== "positional");
  return { ok: true, args: [...kept, ...run, ...unique(packages).map(literalWord), ...binary] };
}

const CARGO_VALUES = names(
  "-p", "--package", "--exclude", "--test", "--bin", "--example", "--bench", "-F", "--features", "-j", "--jobs", "--target", "--target-dir",
  "--manifest-path", "--profile", "--color", "--message-format", "-Z", "--config", "--lockfile-path",
);
const LIBTEST_VALUES = names("--test-threads", "--skip", "--logfile", "--format", "--color", "-Z", "--shuffle-seed");

/** cargo test: the failing targets (cargo's rerun flags) and `-- <names> --exact` replace the filters given. */
function focusCargo(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const separator = args.findIndex((word) => word.value === "--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const binary = separator === -1 ? [] : args.slice(separator + 1);
  const ownRoles = scanArguments(own, { valueOptions: CARGO_VALUES });
  const binaryRoles = scanArguments(binary, { valueOptions: LIBTEST_VALUES });
  const testNames: string[] = [];
  const targets: string[] = [];
  let allTargetsKnown = true;
  for (const test of tests) {
    if (test.id === undefined || (test.source !== "cargo" && test.source !== "junit-xml")) return refuse(`which cargo test is ${describeFailingTest(test)} is not known`);
    testNames.push(test.id);
    if (test.source === "cargo" && test.container !== undefined) targets.push(test.container);
    else allTargetsKnown = false;
  }
  const exact = binary.some((word) => word.value === "--exact") ? [] : ["--exact"];
  const filters = [...unique(testNames), ...exact].map(literalWord);
  if (context.mode === "append") {
    if (own.some((_, index) => ownRoles[index] === "positional") || binary.some((_, index) => binaryRoles[index] === "positional")) {
      return refuse("the cargo test call inside the package.json script already filters tests by name");
    }
    return { ok: true, args: [...args, ...(separator === -1 ? [literalWord("--")] : []), ...filters] };
  }
  const targetWords = allTargetsKnown ? unique(targets).flatMap((flags) => flags.split(" ")).map(literalWord) : [];
  return {
    ok: true,
    args: [
      ...own.filter((_, index) => ownRoles[index] !== "positional"),
      ...targetWords,
      literalWord("--"),
      ...binary.filter((_, index) => binaryRoles[index] !== "positional"),
      ...filters,
    ],
  };
}

const MAVEN_VALUES = names("-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-P", "--activate-profiles", "-pl", "--projects", "-rf", "--resume-from", "-T", "--threads", "-l", "--log-file", "-t", "--toolchains", "-b", "--builder");
const MAVEN_TEST_GOALS = /^(?:test|verify|install|package|integration-test|deploy|surefire:test)$/;

/** Maven: `-Dtest=Class#method+method,Other#m` for Surefire, which must not fail modules where nothing matches. */
function focusMaven(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: MAVEN_VALUES });
  if (!args.some((word, index) => roles[index] === "positional" && MAVEN_TEST_GOALS.test(word.value))) return refuse("the Maven command runs no test phase");
  const existing = args.findIndex((word) => /^-Dtest=/.test(word.value));
  if (context.mode === "append" && existing !== -1) return refuse("the Maven call already selects tests with -Dtest");
  const methods = new Map<string, string[]>();
  for (const test of tests) {
    const selector = test.source === "maven" ? test.id : test.source === "junit-xml" && test.container !== undefined ? `${simpleName(test.container)}${test.id ? `#${stripParameters(test.id)}` : ""}` : undefined;
    if (selector === undefined) return refuse(`which Surefire test is ${describeFailingTest(test)} is not known`);
    const [className = selector, method] = selector.split("#");
    const list = methods.get(className) ?? [];
    if (method !== undefined && !list.includes(method)) list.push(method);
    methods.set(className, list);
  }
  const selection = [...methods].map(([className, list]) => (list.length === 0 ? className : `${className}#${list.join("+")}`)).join(",");
  const kept = args.filter((_, index) => index !== existing);
  return { ok: true, args: [...kept, literalWord(`-Dtest=${selection}`), literalWord("-Dsurefire.failIfNoSpecifiedTests=false")] };
}

const GRADLE_VALUES = names("-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file", "-x", "--exclude-task", "--tests", "-I", "--init-script", "-g", "--gradle-user-home", "--include-build", "--priority", "--console", "--warning-mode");

/** Gradle: `--tests Class.method` after the test task, which must be the last task named. */
function focusGradle(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: GRADLE_VALUES });
  const tasks = args.filter((_, index) => roles[index] === "positional").map((word) => word.value);
  const last = tasks[tasks.length - 1];
  if (last === undefined || !/(?:^|:)test$|Test$/.test(last)) return refuse("the Gradle command's last task is not a test task, which --tests must follow");
  if (context.mode === "append" && hasOption(args, roles, names("--tests"))) return refuse("the Gradle call already selects tests with --tests");
  const selectors: string[] = [];
  for (const test of tests) {
    const selector = test.source === "gradle" ? test.id : test.source === "junit-xml" && test.container !== undefined ? `${test.container}${test.id ? `.${stripParameters(test.id)}` : ""}` : undefined;
    if (selector === undefined) return refuse(`which Gradle test is ${describeFailingTest(test)} is not known`);
    selectors.push(selector);
  }
  const drop = context.mode === "rewrite" ? optionIndices(args, roles, names("--tests")) : new Set<number>();
  return { ok: true, args: [...args.filter((_, index) => !drop.has(index)), ...unique(selectors).flatMap((selector) => [literalWord("--tests"), literalWord(selector)])] };
}

const DOTNET_VALUES = names(
  "--filter", "-c", "--configuration", "-f", "--framework", "-r", "--runtime", "-a", "--arch", "--os", "-s", "--settings", "-l", "--logger",
  "-o", "--output", "-d", "--diag", "--results-directory", "--collect", "-v", "--verbosity", "--blame-hang-timeout", "--blame-crash-dump-type",
  "--test-adapter-path", "-e", "--environment",
);

/** dotnet test: `--filter FullyQualifiedName=A|FullyQualifiedName=B`, before any `--` RunSettings. */
function focusDotnet(args: readonly ShellWord[], tests: readonly FailingTest[], context: FocusContext): FocusedArguments {
  const roles = scanArguments(args, { valueOptions: DOTNET_VALUES, separatorEnds: true });
  const separator = args.findIndex((_, index) => roles[index] === "separator");
  if (context.mode === "append" && (separator !== -1 || hasOption(args, roles, names("--filter")))) {
    return refuse("the dotnet test call already has a --filter or RunSettings after --");
  }
  const fullNames: string[] = [];
  for (const test of tests) {
    const name = test.source === "dotnet" ? test.id : test.source === "junit-xml" && test.id !== undefined ? [test.container, stripParameters(test.id)].filter(Boolean).join(".") : undefined;
    if (name === undefined) return refuse(`which .NET test is ${describeFailingTest(test)} is not known`);
    fullNames.push(name);
  }
  // The filter language gives these characters meaning; a backslash makes them literal.
  const filter = unique(fullNames).map((name) => `FullyQualifiedName=${name.replace(/[\\()&|=!~,]/g, "\\$&")}`).join("|");
  const drop = context.mode === "rewrite" ? optionIndices(args, roles, names("--filter")) : new Set<number>();
  const end = separator === -1 ? args.length : separator;
  const before = args.slice(0, end).filter((_, index) => !drop.has(index));
  return { ok: true, args: [...before, literalWord("--filter"), literalWord(filter), ...args.slice(end)] };
}

/**
 * The arguments with their positionals (and `drop`) replaced by `selectors`.
 * In append mode nothing can be removed, so positionals already there (paths
 * that would run alongside ours) make focusing pointless.
 */
function replacePositionals(
  args: readonly ShellWord[],
  roles: readonly ArgumentRole[],
  selectors: readonly string[],
  mode: EditMode,
  label: string,
  drop: ReadonlySet<number> = new Set(),
  keep: ReadonlySet<number> = new Set(),
): FocusedArguments {
  const positionals = args.filter((_, index) => roles[index] === "positional" && !keep.has(index));
  if (mode === "append") {
    if (positionals.length > 0) {
      return refuse(`the ${label} call inside the package.json script already names what to run (${positionals.map((word) => word.raw).join(" ")}), and arguments added after it would only run alongside`);
    }
    return { ok: true, args: [...args, ...selectors.map(literalWord)] };
  }
  const kept = args.filter((_, index) => !drop.has(index) && (roles[index] !== "positional" || keep.has(index)) && roles[index] !== "separator");
  return { ok: true, args: [...kept, ...selectors.map(literalWord)] };
}

type FileList = { ok: true; files: string[] } | { ok: false; reason: string };

function testFiles(tests: readonly FailingTest[], runner: RunnerKind): FileList {
  const files: string[] = [];
  for (const test of tests) {
    if (test.file === undefined || (test.source !== runner && test.source !== "junit-xml")) {
      return { ok: false, reason: `the file of ${describeFailingTest(test)} is not known` };
    }
    files.push(test.file);
  }
  return { ok: true, files: unique(files) };
}

function optionValue(args: readonly ShellWord[], roles: readonly ArgumentRole[], optionNames: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === undefined || roles[i] !== "option") continue;
    const equals = word.value.indexOf("=");
    const name = equals === -1 ? word.value : word.value.slice(0, equals);
    if (!optionNames.has(name)) continue;
    return equals === -1 ? args[i + 1]?.value : word.value.slice(equals + 1);
  }
  return undefined;
}

function startsWith(longer: readonly ShellWord[], prefix: readonly ShellWord[]): boolean {
  return prefix.every((word, index) => longer[index] === word);
}

function stripParameters(name: string): string {
  const cut = name.search(/[([]/);
  return cut > 0 ? name.slice(0, cut) : name;
}

function simpleName(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf(".") + 1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Names come from output the code under test printed: one that starts with `-` would reach the runner as an option. */
export function looksLikeOption(test: FailingTest): boolean {
  // cargo's container is the target's rerun flags (`--test x`), options by design, checked by its reader.
  const values = test.source === "cargo" ? [test.file, test.id] : [test.file, test.id, test.container];
  return values.some((value) => value?.startsWith("-") === true);
}

function refuse(reason: string): FocusedArguments {
  return { ok: false, reason };
}
