import { notUnderstood, outputLines, understood, type FailingTest, type FailureExtraction } from "../failingTests.js";
import type { ReaderContext } from "./readerContext.js";

/** Surefire 3: `[ERROR] com.example.AppTest.testAdd -- Time elapsed: 0.01 s <<< FAILURE!`. */
const SUREFIRE3_CASE = /^(?:\[(?:ERROR|WARNING|INFO)\] )?(\S.*?) -- Time elapsed: [\d.,]+ s <<< (?:FAILURE|ERROR)!$/;
/** Surefire 2: `testAdd(com.example.AppTest)  Time elapsed: 0.01 sec  <<< FAILURE!`. */
const SUREFIRE2_CASE = /^(?:\[(?:ERROR|WARNING|INFO)\] )?([^\s(]+)\(([\w.$]+)\)\s+Time elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!$/;
/** A module's totals after `Results:`; the per-class lines carry a time and are not totals. */
const SUREFIRE_TOTALS = /^(?:\[(?:ERROR|WARNING|INFO)\] )?Tests run: \d+, Failures: (\d+), Errors: (\d+), Skipped: \d+$/;
const SUREFIRE_BANNER = /T E S T S|maven-surefire-plugin|Tests run: \d+, Failures: /;

/**
 * Maven Surefire: one `<<< FAILURE!` / `<<< ERROR!` line per failing test
 * method (Surefire 3 and 2 formats), checked against the `Tests run: ...,
 * Failures: F, Errors: E` totals of every module. A class-level failure
 * (`@BeforeAll`) is kept as the whole class.
 */
export function readSurefireOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  if (!lines.some((line) => SUREFIRE_BANNER.test(line))) return undefined;
  const tests: FailingTest[] = [];
  let expected: number | undefined;
  for (const line of lines) {
    const totals = SUREFIRE_TOTALS.exec(line);
    if (totals?.[1] !== undefined && totals[2] !== undefined) {
      expected = (expected ?? 0) + Number(totals[1]) + Number(totals[2]);
      continue;
    }
    const modern = SUREFIRE3_CASE.exec(line);
    if (modern?.[1] !== undefined && !modern[1].startsWith("Tests run:")) {
      tests.push(jvmTest("maven", modern[1]));
      continue;
    }
    const legacy = SUREFIRE2_CASE.exec(line);
    if (legacy?.[1] !== undefined && legacy[2] !== undefined) tests.push(jvmTest("maven", `${legacy[2]}.${legacy[1]}`));
  }
  if (expected !== undefined && expected !== tests.length) {
    return notUnderstood(`Maven Surefire reported ${expected} failures and errors but printed ${tests.length} "<<< FAILURE!" lines`);
  }
  return understood("maven", tests);
}

/** `com.example.AppTest.testP(int)[2]` → class `com.example.AppTest`, id `AppTest#testP`. */
function jvmTest(source: "maven", qualified: string): FailingTest {
  const name = stripInvocation(qualified);
  const dot = name.lastIndexOf(".");
  const last = name.slice(dot + 1);
  // Method names start in lower case; a capitalised last part is the class itself failing (a class-level fixture).
  if (dot === -1 || /^[A-Z]/.test(last)) return { source, container: name, id: simpleClassName(name) };
  const container = name.slice(0, dot);
  return { source, container, id: `${simpleClassName(container)}#${last}` };
}

const GRADLE_CASE = /^(\S.*?) > (.+) FAILED$/;
const GRADLE_TOTALS = /^(\d+) tests? completed, (\d+) failed/;

/**
 * Gradle: `AppTest > testAdd() FAILED` (nested classes and parameterised
 * invocations add more ` > ` parts), checked against `N tests completed, M
 * failed`. The selector is `Class.method`, the form `--tests` takes.
 */
export function readGradleOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  const totals = lines.filter((line) => GRADLE_TOTALS.test(line));
  if (totals.length === 0 && !lines.some((line) => line.startsWith("> Task ") && line.includes("test"))) return undefined;
  const tests: FailingTest[] = [];
  for (const line of lines) {
    const match = GRADLE_CASE.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const parts = [match[1], ...match[2].split(" > ")];
    // Class parts come first (capitalised, no parentheses); the method is the first part after them.
    let classEnd = 0;
    while (classEnd < parts.length - 1 && /^[\w.$]+$/.test(parts[classEnd] ?? "") && /^[A-Z]|\.[A-Z]/.test(parts[classEnd] ?? "")) classEnd += 1;
    // A nested class is `Outer$Inner` to the filter.
    const className = parts.slice(0, Math.max(1, classEnd)).map(simpleClassName).join("$");
    const method = stripInvocation(parts[Math.max(1, classEnd)] ?? "");
    tests.push({ source: "gradle", container: parts[0] ?? className, id: `${className}.${method}` });
  }
  const expected = totals.reduce((sum, line) => sum + Number(GRADLE_TOTALS.exec(line)?.[2] ?? 0), 0);
  if (totals.length > 0 && expected !== tests.length) {
    return notUnderstood(`Gradle reported ${expected} failed tests but printed ${tests.length} "FAILED" lines`);
  }
  return understood("gradle", tests);
}

/** VSTest: `  Failed Calc.Tests.AddTests.Adds [12 ms]`; Microsoft.Testing.Platform: `failed Calc.Tests.AddTests.Adds (12ms)`. */
const DOTNET_VSTEST_CASE = /^\s+Failed (\S.*?) \[[^\]]*\]$/;
const DOTNET_MTP_CASE = /^\s*failed (\S.*?) \([^)]*\)$/;
const DOTNET_VSTEST_TOTALS = /^\s*Failed!\s+-\s+Failed:\s+(\d+),/;
const DOTNET_MTP_TOTALS = /^\s+failed: (\d+)$/;
const DOTNET_BANNER = /Starting test execution|Total tests:|Test run summary:|(?:Passed|Failed)!\s+-\s+Failed:/;

/**
 * dotnet test: one `Failed <fully qualified name>` line per failing test
 * (a theory's arguments are dropped: the filter takes the method), checked
 * against the `Failed!  - Failed: N` totals of each test project.
 */
export function readDotnetOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  if (!lines.some((line) => DOTNET_BANNER.test(line))) return undefined;
  const tests: FailingTest[] = [];
  let expected: number | undefined;
  for (const line of lines) {
    const totals = DOTNET_VSTEST_TOTALS.exec(line) ?? DOTNET_MTP_TOTALS.exec(line);
    if (totals?.[1] !== undefined) {
      expected = (expected ?? 0) + Number(totals[1]);
      continue;
    }
    const match = DOTNET_VSTEST_CASE.exec(line) ?? DOTNET_MTP_CASE.exec(line);
    if (match?.[1] === undefined) continue;
    const id = stripInvocation(match[1]);
    const dot = id.lastIndexOf(".");
    tests.push({ source: "dotnet", id, ...(dot === -1 ? {} : { container: id.slice(0, dot) }) });
  }
  if (expected !== undefined && expected !== tests.length) {
    return notUnderstood(`dotnet test reported ${expected} failed tests but printed ${tests.length} "Failed" lines`);
  }
  return understood("dotnet", tests);
}

/** A parameterised invocation's arguments and index: `testP(int)[2]`, `Adds(a: 1, b: 2)`, `testAdd()`. */
function stripInvocation(name: string): string {
  const paren = name.indexOf("(");
  const bracket = name.indexOf("[");
  const cut = [paren, bracket].filter((index) => index > 0).reduce((min, index) => Math.min(min, index), name.length);
  return name.slice(0, cut).trim();
}

function simpleClassName(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf(".") + 1);
}
