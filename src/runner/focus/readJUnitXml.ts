import { XMLParser, XMLValidator } from "fast-xml-parser";
import { notUnderstood, relativeToCwd, understood, type FailingTest, type FailureExtraction } from "./failingTests.js";

/** Elements that may repeat; the parser is told so it always gives arrays for them. */
const REPEATED = new Set(["testsuites", "testsuite", "testcase", "failure", "error"]);
const ATTRIBUTE_PREFIX = "@_";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  // Test names such as `test_p[1]` or `007` must stay the strings they are.
  parseAttributeValue: false,
  parseTagValue: false,
  // Reports do not need entities beyond XML's own; expanding user-defined ones only costs.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => REPEATED.has(name),
});

interface ReportFile {
  /** Where the report was read from, for the sentence when it cannot be parsed. */
  path: string;
  xml: string;
}

/**
 * The failing test cases of JUnit XML reports (`<testcase>` with a
 * `<failure>` or `<error>` child, in `<testsuite>`s nested to any depth, the
 * form pytest, jest-junit, vitest, go-junit-report, Surefire, Gradle,
 * cargo2junit/nextest and the .NET loggers write). Each keeps the case's
 * `file` (its own or its suite's attribute, or its classname when that is a
 * path), `name` as `id`, and `classname` as `container`; turning them into a
 * runner's selectors is the focus command's business.
 */
export function readJUnitReports(reports: readonly ReportFile[], cwd?: string): FailureExtraction {
  if (reports.length === 0) return notUnderstood("no JUnit XML report matched");
  const tests: FailingTest[] = [];
  let cases = 0;
  for (const report of reports) {
    const valid = XMLValidator.validate(report.xml);
    if (valid !== true) return notUnderstood(`the JUnit XML report ${report.path} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
    let document: unknown;
    try {
      document = parser.parse(report.xml);
    } catch (error) {
      return notUnderstood(`the JUnit XML report ${report.path} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const found = collectCases(document, undefined);
    if (found.suites === 0) return notUnderstood(`${report.path} has no <testsuite> or <testcase>: not a JUnit XML report`);
    cases += found.cases;
    for (const failing of found.failing) tests.push(toFailingTest(failing, cwd));
  }
  if (cases === 0) return notUnderstood("the JUnit XML reports contain no test case");
  return understood("junit-xml", tests);
}

interface FailingCase {
  name?: string;
  classname?: string;
  file?: string;
}

interface Collected {
  suites: number;
  cases: number;
  failing: FailingCase[];
}

/** Walks `testsuites`/`testsuite` elements at any depth, carrying a suite's `file` down to its cases. */
function collectCases(node: unknown, suiteFile: string | undefined): Collected {
  const collected: Collected = { suites: 0, cases: 0, failing: [] };
  if (!isRecord(node)) return collected;
  for (const key of ["testsuites", "testsuite"]) {
    for (const suite of asArray(node[key])) {
      collected.suites += 1;
      const file = isRecord(suite) ? (attribute(suite, "file") ?? suiteFile) : suiteFile;
      merge(collected, collectCases(suite, file));
    }
  }
  for (const testCase of asArray(node.testcase)) {
    if (!isRecord(testCase)) continue;
    collected.suites = Math.max(collected.suites, 1);
    collected.cases += 1;
    if (asArray(testCase.failure).length === 0 && asArray(testCase.error).length === 0) continue;
    const name = attribute(testCase, "name");
    const classname = attribute(testCase, "classname");
    const file = attribute(testCase, "file") ?? suiteFile;
    collected.failing.push({ ...(name ? { name } : {}), ...(classname ? { classname } : {}), ...(file ? { file } : {}) });
  }
  return collected;
}

function toFailingTest(failing: FailingCase, cwd: string | undefined): FailingTest {
  // vitest and some jest setups put the test file in `classname`.
  const file = failing.file ?? (failing.classname !== undefined && looksLikePath(failing.classname) ? failing.classname : undefined);
  return {
    source: "junit-xml",
    ...(file === undefined ? {} : { file: relativeToCwd(file, cwd) }),
    ...(failing.name === undefined ? {} : { id: failing.name }),
    ...(failing.classname === undefined ? {} : { container: failing.classname }),
  };
}

function looksLikePath(text: string): boolean {
  return /\.[cm]?[jt]sx?$|\.py$|\.go$|\.rs$/.test(text) || (text.includes("/") && !text.includes(" "));
}

function merge(into: Collected, from: Collected): void {
  into.suites += from.suites;
  into.cases += from.cases;
  into.failing.push(...from.failing);
}

function attribute(node: Record<string, unknown>, name: string): string | undefined {
  const value = node[`${ATTRIBUTE_PREFIX}${name}`];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
