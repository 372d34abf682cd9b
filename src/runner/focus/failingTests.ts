/**
 * What a failing test run says about which tests failed. Every reader of a
 * runner's output (and of JUnit XML reports) produces these, and the focus
 * commands are built from them.
 */

/** The test runners whose invocations compile-loop can narrow to failing tests. */
export type RunnerKind =
  | "pytest"
  | "unittest"
  | "jest"
  | "vitest"
  | "mocha"
  | "node-test"
  | "go"
  | "cargo"
  | "maven"
  | "gradle"
  | "dotnet";

/** Where a failure list came from: a runner's printed output, or a JUnit XML report. */
export type FailureSource = RunnerKind | "junit-xml";

export const RUNNER_KINDS: readonly RunnerKind[] = [
  "pytest", "unittest", "jest", "vitest", "mocha", "node-test", "go", "cargo", "maven", "gradle", "dotnet",
];

/** One failing test, or one failing file or package when the runner could not even get to its tests. */
export interface FailingTest {
  source: FailureSource;
  /** The test file, relative to the directory the command ran in, where the runner names it. */
  file?: string;
  /**
   * The runner's own name for the test, the one it accepts back as a selector:
   * a pytest node id, a unittest dotted path, a go or cargo test name,
   * `Class#method` (Maven), `Class.method` (Gradle), a .NET fully qualified
   * name; for jest, vitest, mocha and node the full title (ancestors and
   * title joined by one space, as their name filters match it). Absent when
   * a whole file or package failed (an import or build error).
   */
  id?: string;
  /** The test's title and its ancestors' (describe blocks), outermost first, where the runner prints them. */
  titlePath?: string[];
  /** go: the package import path; JVM, .NET and JUnit reports: the class; cargo: the rerun flags of its test target. */
  container?: string;
}

/** The result of reading a test run: the failing tests, or why they could not be told. */
export type FailureExtraction =
  | { understood: true; source: FailureSource; tests: FailingTest[] }
  | { understood: false; reason: string };

export function understood(source: FailureSource, tests: FailingTest[]): FailureExtraction {
  return tests.length === 0
    ? { understood: false, reason: `the ${runnerLabel(source)} output names no failing test` }
    : { understood: true, source, tests: uniqueTests(tests) };
}

export function notUnderstood(reason: string): FailureExtraction {
  return { understood: false, reason };
}

/** How a runner is named in sentences the user reads. */
export function runnerLabel(source: FailureSource): string {
  switch (source) {
    case "node-test":
      return "node --test";
    case "go":
      return "go test";
    case "cargo":
      return "cargo test";
    case "dotnet":
      return "dotnet test";
    case "maven":
      return "Maven Surefire";
    case "gradle":
      return "Gradle";
    case "junit-xml":
      return "JUnit XML";
    default:
      return source;
  }
}

/** A short label for logs and the iteration table: `tests/test_a.py::test_x`, `example.com/m/calc.TestAdd`, `src/a.test.ts > adds`. */
export function describeFailingTest(test: FailingTest): string {
  if (test.source === "go") return test.id === undefined ? (test.container ?? "?") : `${test.container ?? ""}${test.container ? "." : ""}${test.id}`;
  if (test.source === "pytest" || test.source === "unittest" || test.source === "maven" || test.source === "gradle" || test.source === "dotnet") {
    return test.id ?? test.file ?? test.container ?? "?";
  }
  if (test.source === "junit-xml" && test.file === undefined) return [test.container, test.id].filter(Boolean).join(".") || "?";
  const title = test.titlePath !== undefined ? test.titlePath.join(" > ") : test.id;
  if (test.file !== undefined && title !== undefined) return `${test.file} > ${title}`;
  return test.file ?? title ?? test.container ?? "?";
}

/** Drops repeats (a runner that prints a failure twice, in place and in a summary) keeping the first order. */
export function uniqueTests(tests: readonly FailingTest[]): FailingTest[] {
  const seen = new Set<string>();
  const out: FailingTest[] = [];
  for (const test of tests) {
    const key = JSON.stringify([test.file ?? "", test.id ?? "", test.container ?? ""]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(test);
  }
  return out;
}

/**
 * A path the runner printed, made relative to the directory the command ran
 * in when it is absolute and inside it (node prints absolute locations in
 * TAP, relative ones in its spec reporter).
 */
export function relativeToCwd(file: string, cwd: string | undefined): string {
  let path = file.startsWith("file://") ? decodeFileUrl(file) : file;
  if (cwd !== undefined && path.startsWith("/")) {
    const base = cwd.endsWith("/") ? cwd : `${cwd}/`;
    if (path.startsWith(base)) path = path.slice(base.length);
  }
  return path.startsWith("./") ? path.slice(2) : path;
}

function decodeFileUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url.slice("file://".length);
  }
}

/** Splits text into lines without the trailing empty one. */
export function outputLines(output: string): string[] {
  const lines = output.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
