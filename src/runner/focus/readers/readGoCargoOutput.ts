import { notUnderstood, outputLines, understood, type FailingTest, type FailureExtraction } from "../failingTests.js";
import type { ReaderContext } from "./readerContext.js";

const GO_TEST_FAIL = /^--- FAIL: (\S+) \(/;
/** `FAIL\texample.com/m/calc\t0.003s`, `FAIL\texample.com/m/broken [build failed]`. */
const GO_PACKAGE_FAIL = /^FAIL\t(\S+)(?:\t\S+| \[([^\]]+)\])?$/;
const GO_PACKAGE_OK = /^ok {2}\t(\S+)/;

/**
 * go test: top-level `--- FAIL: TestX` lines (a failing subtest also fails
 * its parent, which is what `-run` selects), each belonging to the
 * `FAIL\t<package>` line that closes its package's output. A package that
 * fails without a failing test (a build error, a panic in TestMain, a
 * timeout) is kept as the whole package.
 */
export function readGoTestOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  if (!lines.some((line) => GO_PACKAGE_FAIL.test(line) || GO_PACKAGE_OK.test(line))) return undefined;
  const tests: FailingTest[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    const test = GO_TEST_FAIL.exec(line);
    if (test?.[1] !== undefined) {
      pending.push(test[1]);
      continue;
    }
    if (GO_PACKAGE_OK.test(line)) {
      pending = [];
      continue;
    }
    const failed = GO_PACKAGE_FAIL.exec(line);
    if (failed?.[1] === undefined) continue;
    const container = failed[1];
    if (pending.length === 0) tests.push({ source: "go", container });
    for (const id of pending) tests.push({ source: "go", container, id });
    pending = [];
  }
  if (pending.length > 0) {
    return notUnderstood(`go test printed failing tests (${pending.join(", ")}) without the FAIL line naming their package`);
  }
  return understood("go", tests);
}

const CARGO_RUNNING = /^\s*Running (.+?)(?: \((.+)\))?$/;
const CARGO_DOC_TESTS = /^\s*Doc-tests (\S+)$/;
const CARGO_FAILED_TEST = /^test (.+?)(?: - should panic)? \.\.\. FAILED$/;
const CARGO_RESULT = /^test result: FAILED\. \d+ passed; (\d+) failed;/;
/** `error: test failed, to rerun pass `--test integ``: the target's own selection flags. */
const CARGO_RERUN = /to rerun pass `([^`]+)`/;
const LISTED_NAME = /^ {4}\S/;
/** The target selections cargo prints; anything else is not passed back to it. */
const CARGO_TARGET = /^(?:(?:-p|--package) [\w.-]+ )?(?:--lib|--doc|--bins|--tests|--(?:test|bin|example|bench) [\w.-]+)$/;

/**
 * cargo test: `test path::name ... FAILED` per failing test, checked against
 * each target's `test result: FAILED. ... N failed`. Each test keeps the flags
 * cargo prints to rerun its target (`--lib`, `--test integ`, `-p crate
 * --doc`), so the focused run builds and runs only the targets that failed.
 */
export function readCargoTestOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  if (!lines.some((line) => line.startsWith("test result: "))) return undefined;
  const tests: FailingTest[] = [];
  let inTarget: FailingTest[] = [];
  let expected = 0;
  for (const line of lines) {
    if (CARGO_RUNNING.test(line) || CARGO_DOC_TESTS.test(line)) {
      inTarget = [];
      continue;
    }
    const failed = CARGO_FAILED_TEST.exec(line);
    if (failed?.[1] !== undefined) {
      const test: FailingTest = { source: "cargo", id: failed[1] };
      tests.push(test);
      inTarget.push(test);
      continue;
    }
    const result = CARGO_RESULT.exec(line);
    if (result?.[1] !== undefined) expected += Number(result[1]);
    const rerun = CARGO_RERUN.exec(line);
    if (rerun?.[1] !== undefined) {
      for (const test of inTarget) if (CARGO_TARGET.test(rerun[1])) test.container = rerun[1];
      inTarget = [];
    }
  }
  if (expected === tests.length) return understood("cargo", tests);
  // `cargo test -q` prints `F.` instead of a line per test; the closing `failures:` lists still name them.
  const listed = failureLists(lines);
  if (expected === listed.length) return understood("cargo", listed);
  return notUnderstood(`cargo test reported ${expected} failed tests but printed ${tests.length} "... FAILED" lines`);
}

/**
 * The names in each target's closing `failures:` list (a `failures:` line
 * directly followed by four-space-indented names; the earlier `failures:`
 * section, with each test's output, starts with a blank line instead).
 */
function failureLists(lines: readonly string[]): FailingTest[] {
  const tests: FailingTest[] = [];
  let inTarget: FailingTest[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const rerun = CARGO_RERUN.exec(line);
    if (rerun?.[1] !== undefined) {
      for (const test of inTarget) if (CARGO_TARGET.test(rerun[1])) test.container = rerun[1];
      inTarget = [];
      continue;
    }
    if (CARGO_RUNNING.test(line) || CARGO_DOC_TESTS.test(line)) inTarget = [];
    if (line !== "failures:" || !LISTED_NAME.test(lines[i + 1] ?? "")) continue;
    for (i += 1; i < lines.length && LISTED_NAME.test(lines[i] ?? ""); i++) {
      const test: FailingTest = { source: "cargo", id: (lines[i] ?? "").trim() };
      tests.push(test);
      inTarget.push(test);
    }
  }
  return tests;
}
