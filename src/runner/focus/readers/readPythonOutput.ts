import { notUnderstood, outputLines, relativeToCwd, understood, type FailingTest, type FailureExtraction } from "../failingTests.js";
import type { ReaderContext } from "./readerContext.js";

/** `==== 4 failed, 2 passed, 1 error in 0.98s ====`, or the same without the rules under `-q`. */
const PYTEST_SUMMARY = /^(?:=+ )?((?:\d+ [a-z]+(?:, )?)+) in \d+(?:\.\d+)?s(?: \([^)]*\))?(?: =+)?$/;
const PYTEST_SECTION = /^=+ short test summary info =+$/;
const PYTEST_ITEM = /^(FAILED|ERROR) (.+)$/;

/**
 * pytest: the short test summary (`FAILED path::name - message`, `ERROR
 * path` for a module that did not import). Its lines are checked against the
 * closing counts, so a summary cut short (`-x`, elided output) is not taken
 * for the whole story.
 */
export function readPytestOutput(output: string, _context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  let summaryCounts: Map<string, number> | undefined;
  for (let i = lines.length - 1; i >= 0 && summaryCounts === undefined; i--) {
    const match = PYTEST_SUMMARY.exec(lines[i] ?? "");
    if (match?.[1] !== undefined && (lines.some((line) => PYTEST_SECTION.test(line)) || /^=+ /.test(lines[i] ?? "") || lines.some((line) => line.startsWith("collected ")))) {
      summaryCounts = parseCounts(match[1]);
    }
  }
  const sectionStart = lines.findIndex((line) => PYTEST_SECTION.test(line));
  if (summaryCounts === undefined && sectionStart === -1) return undefined;

  const tests: FailingTest[] = [];
  if (sectionStart !== -1) {
    for (const line of lines.slice(sectionStart + 1)) {
      if (PYTEST_SUMMARY.test(line) || /^[=!]{3,}/.test(line)) break;
      const match = PYTEST_ITEM.exec(line);
      if (match?.[2] === undefined) continue;
      const nodeId = pytestNodeId(match[2]);
      const file = nodeId.split("::")[0] ?? nodeId;
      tests.push({ source: "pytest", file, ...(nodeId.includes("::") ? { id: nodeId } : {}) });
    }
  }
  const expected = (summaryCounts?.get("failed") ?? 0) + (summaryCounts?.get("error") ?? 0) + (summaryCounts?.get("errors") ?? 0);
  if (summaryCounts !== undefined && tests.length !== expected) {
    return notUnderstood(
      tests.length === 0
        ? `pytest reported ${expected} failed or erroring tests but printed no "FAILED path::test" lines (is its short test summary turned off with -rN?)`
        : `pytest reported ${expected} failed or erroring tests but its short summary lists ${tests.length}`,
    );
  }
  return understood("pytest", tests);
}

/** The node id at the start of a summary line: up to ` - message`, not counting a ` - ` inside `[params]`. */
function pytestNodeId(rest: string): string {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i];
    if (char === "[") depth += 1;
    else if (char === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && rest.startsWith(" - ", i)) return rest.slice(0, i);
  }
  return rest.trimEnd();
}

function parseCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of text.split(", ")) {
    const [count, word] = part.split(" ");
    if (count !== undefined && word !== undefined) counts.set(word, Number(count));
  }
  return counts;
}

const UNITTEST_RAN = /^Ran \d+ tests? in /;
const UNITTEST_HEADER = /^(FAIL|ERROR|UNEXPECTED SUCCESS): (\S+) \(([\w.]+)\)/;
const UNITTEST_TOTALS = /^FAILED \((.+)\)$/;
const TRACEBACK_FILE = /^ {2}File "(.+)", line \d+, in (\S+)$/;
/** Fixture methods reported instead of a test; their parenthesised name is the class or module itself. */
const UNITTEST_FIXTURES = new Set(["setUpClass", "tearDownClass", "setUpModule", "tearDownModule"]);

/**
 * unittest: `FAIL: test_x (pkg.mod.TestK.test_x)` blocks (Python 3.11 prints
 * the method in the parentheses, older versions only the class), checked
 * against `FAILED (failures=2, errors=1)`. The file is the traceback frame
 * of the test method, where it lies inside the command's directory.
 */
export function readUnittestOutput(output: string, context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  if (!lines.some((line) => UNITTEST_RAN.test(line))) return undefined;
  const tests: FailingTest[] = [];
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const match = UNITTEST_HEADER.exec(lines[i] ?? "");
    if (match?.[2] === undefined || match[3] === undefined || !/^=+$/.test(lines[i - 1] ?? "")) continue;
    blocks += 1;
    const id = unittestId(match[2], match[3]);
    const file = tracebackFile(lines, i + 1, match[2], context.cwd);
    tests.push({ source: "unittest", id, ...(file === undefined ? {} : { file }) });
  }
  const totals = lines.map((line) => UNITTEST_TOTALS.exec(line)?.[1]).find((text) => text !== undefined);
  if (totals !== undefined) {
    let expected = 0;
    for (const part of totals.split(", ")) {
      const [name, value] = part.split("=");
      if (name === "failures" || name === "errors" || name === "unexpected successes") expected += Number(value);
    }
    if (expected !== blocks) return notUnderstood(`unittest reported ${expected} failures and errors but printed ${blocks}`);
  }
  return understood("unittest", tests);
}

function unittestId(name: string, inParentheses: string): string {
  // A module that failed to import is reported as a test of unittest's loader named after the module.
  if (inParentheses.startsWith("unittest.loader._FailedTest")) return name;
  if (UNITTEST_FIXTURES.has(name) || inParentheses.endsWith(`.${name}`)) return inParentheses;
  return `${inParentheses}.${name}`;
}

function tracebackFile(lines: readonly string[], from: number, method: string, cwd: string | undefined): string | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^=+$/.test(line) || UNITTEST_RAN.test(line)) return undefined;
    const match = TRACEBACK_FILE.exec(line);
    if (match?.[1] === undefined || match[2] !== method) continue;
    const file = relativeToCwd(match[1], cwd);
    return file.startsWith("/") ? undefined : file;
  }
  return undefined;
}
