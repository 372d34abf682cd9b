import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readJUnitReports } from "../../../src/runner/focus/readJUnitXml.js";
import { planFocus } from "../../../src/runner/focus/planFocus.js";

// Real reports: pytest 9 --junitxml, vitest 4 --reporter=junit, Maven Surefire 3.2.5 (its <properties> removed).
const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures");
const report = (name: string): { path: string; xml: string } => ({ path: `reports/${name}`, xml: readFileSync(path.join(FIXTURES, name), "utf8") });

describe("readJUnitReports", () => {
  it("pytest: classname and name of failures and errors", () => {
    const result = readJUnitReports([report("pytest-junit.xml")]);
    expect(result.understood && result.tests).toEqual([
      { source: "junit-xml", id: "test_bad", container: "tests.test_a" },
      { source: "junit-xml", id: "test_m", container: "tests.test_a.TestK" },
      { source: "junit-xml", id: "test_p[2]", container: "tests.test_a" },
      { source: "junit-xml", id: "test_p[a b]", container: "tests.test_a" },
      { source: "junit-xml", id: "test_e", container: "tests.test_c" },
    ]);
  });

  it("vitest: the classname is the file; entities in names are decoded", () => {
    const result = readJUnitReports([report("vitest-junit.xml")]);
    expect(result.understood && result.tests.map((test) => [test.file, test.id])).toEqual([
      ["src/a.test.ts", "bad one"],
      ["src/a.test.ts", "suite > inner bad"],
      ["src/a.test.ts", "suite > deep > x > y"],
      ["src/c.test.ts", "src/c.test.ts"],
    ]);
  });

  it("Surefire: parameterised invocations and errors", () => {
    const result = readJUnitReports([report("surefire-junit.xml")]);
    expect(result.understood && result.tests.map((test) => `${test.container}#${test.id}`)).toEqual([
      "com.example.CalcTest#adds",
      "com.example.CalcTest#param(int)[2]",
      "com.example.CalcTest#throwsIt",
    ]);
  });

  it("a suite's file attribute is its cases' file; a lone <testsuite> root is read too", () => {
    const xml = `<?xml version="1.0"?><testsuite name="x" file="test/a.test.js"><testcase name="adds" classname="math"><failure/></testcase><testcase name="ok"/></testsuite>`;
    const result = readJUnitReports([{ path: "r.xml", xml }]);
    expect(result.understood && result.tests).toEqual([{ source: "junit-xml", file: "test/a.test.js", id: "adds", container: "math" }]);
  });

  it("malformed XML is not understood, with the file and the parser's message", () => {
    const result = readJUnitReports([{ path: "reports/junit.xml", xml: "<testsuites><testsuite><testcase name='a'></testsuite>" }]);
    expect(result.understood).toBe(false);
    expect(!result.understood && result.reason).toMatch(/^the JUnit XML report reports\/junit.xml is not well-formed XML \(line 1: .+\)$/);
  });

  it("XML that is not a JUnit report is not understood", () => {
    const result = readJUnitReports([{ path: "pom.xml", xml: "<project><modelVersion>4.0.0</modelVersion></project>" }]);
    expect(result).toEqual({ understood: false, reason: "pom.xml has no <testsuite> or <testcase>: not a JUnit XML report" });
  });

  it("a report where everything passed names no failing test", () => {
    const result = readJUnitReports([{ path: "r.xml", xml: "<testsuites><testsuite><testcase name='a'/></testsuite></testsuites>" }]);
    expect(result).toEqual({ understood: false, reason: "the JUnit XML output names no failing test" });
  });
});

describe("focus commands from JUnit reports", () => {
  it("pytest: classnames become node ids through the files that exist", () => {
    const files = new Set(["tests/test_a.py", "tests/test_c.py"]);
    const plan = planFocus({ command: "pytest -q", output: "", reports: [report("pytest-junit.xml")], facts: { fileExists: (file) => files.has(file) } });
    expect(plan.focused && plan.command).toBe(
      "pytest -q tests/test_a.py::test_bad tests/test_a.py::TestK::test_m 'tests/test_a.py::test_p[2]' 'tests/test_a.py::test_p[a b]' tests/test_c.py::test_e",
    );
    expect(plan.focused && plan.source).toBe("junit-xml");
  });

  it("Maven: simple class names and methods", () => {
    const plan = planFocus({ command: "mvn -B test", output: "", reports: [report("surefire-junit.xml")] });
    expect(plan.focused && plan.command).toBe("mvn -B test '-Dtest=CalcTest#adds+param+throwsIt' -Dsurefire.failIfNoSpecifiedTests=false");
  });

  it("vitest: the files", () => {
    const plan = planFocus({ command: "npx vitest run", output: "", reports: [report("vitest-junit.xml")] });
    expect(plan.focused && plan.command).toBe("npx vitest run src/a.test.ts src/c.test.ts");
  });

  it("a report that cannot be used falls back to the output", () => {
    const output = readFileSync(path.join(FIXTURES, "pytest.txt"), "utf8");
    const plan = planFocus({ command: "pytest", output, reports: [{ path: "r.xml", xml: "<oops" }] });
    expect(plan.focused && plan.source).toBe("pytest");
  });
});
