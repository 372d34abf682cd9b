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
      for (const test of inTarget) test.container = rerun[1];
      inTarget = [];
    }
  }
  if (expected !== tests.length) return notUnderstood(`cargo test reported ${expected} failed tests but printed ${tests.length} "... FAILED" lines`);
  return understood("cargo", tests);
}
