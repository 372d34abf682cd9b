import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFailingTests } from "../../../src/runner/focus/extractFailingTests.js";
import type { FailingTest, FailureExtraction, RunnerKind } from "../../../src/runner/focus/failingTests.js";

// Fixtures are real output of real runners on this machine (pytest 9, Python
// 3.11 unittest, jest 30, vitest 4, mocha 11, node 20 TAP and node 24 spec,
// go 1.19, cargo 1.95, Maven Surefire 3.2.5), cleaned as runTestCommand
// cleans it (no colours). Their projects lived in /tmp/focus-fixture/<runner>.
const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures");
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), "utf8");
const projectDir = (runner: string): string => `/tmp/focus-fixture/${runner}`;

function failures(result: FailureExtraction): FailingTest[] {
  if (!result.understood) throw new Error(`not understood: ${result.reason}`);
  return result.tests;
}

describe("extractFailingTests on real runner output", () => {
  it("pytest: FAILED and ERROR node ids, a parametrised id with a space, checked against the counts", () => {
    const result = extractFailingTests(fixture("pytest.txt"), { runner: "pytest" });
    expect(failures(result)).toEqual([
      { source: "pytest", file: "tests/test_a.py", id: "tests/test_a.py::test_bad" },
      { source: "pytest", file: "tests/test_a.py", id: "tests/test_a.py::TestK::test_m" },
      { source: "pytest", file: "tests/test_a.py", id: "tests/test_a.py::test_p[2]" },
      { source: "pytest", file: "tests/test_a.py", id: "tests/test_a.py::test_p[a b]" },
      { source: "pytest", file: "tests/test_c.py", id: "tests/test_c.py::test_e" },
    ]);
  });

  it("pytest: a module that failed to import is its file", () => {
    const output = [
      "collected 6 items / 1 error",
      "=========================== short test summary info ============================",
      "ERROR tests/test_b.py",
      "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!",
      "=============================== 1 error in 1.35s ===============================",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "pytest" }))).toEqual([{ source: "pytest", file: "tests/test_b.py" }]);
  });

  it("pytest: a summary whose lines do not add up to its counts is not understood", () => {
    const output = fixture("pytest.txt").replace(/^FAILED tests\/test_a.py::test_bad.*\n/m, "");
    const result = extractFailingTests(output, { runner: "pytest" });
    expect(result).toEqual({ understood: false, reason: "pytest reported 5 failed or erroring tests but its short summary lists 4" });
  });

  it("unittest: dotted ids (Python 3.11 form), a failing subTest once, files from the traceback", () => {
    const result = extractFailingTests(fixture("unittest.txt"), { runner: "unittest", cwd: projectDir("unittest") });
    expect(failures(result)).toEqual([
      { source: "unittest", id: "test_mod.TestK.test_err", file: "test_mod.py" },
      { source: "unittest", id: "test_mod.TestK.test_bad", file: "test_mod.py" },
      { source: "unittest", id: "test_mod.TestK.test_sub", file: "test_mod.py" },
    ]);
  });

  it("unittest: the older form without the method, fixtures and modules that failed to import", () => {
    const output = [
      "======================================================================",
      "FAIL: test_bad (pkg.test_mod.TestK)",
      "----------------------------------------------------------------------",
      "======================================================================",
      "ERROR: setUpClass (pkg.test_other.TestL)",
      "----------------------------------------------------------------------",
      "======================================================================",
      "ERROR: test_broken (unittest.loader._FailedTest.test_broken)",
      "----------------------------------------------------------------------",
      "Ran 3 tests in 0.001s",
      "",
      "FAILED (failures=1, errors=2)",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "unittest" })).map((test) => test.id)).toEqual(["pkg.test_mod.TestK.test_bad", "pkg.test_other.TestL", "test_broken"]);
  });

  it("jest: FAIL files with their ● tests, a file that failed to run as the file", () => {
    const result = extractFailingTests(fixture("jest.txt"), { runner: "jest", cwd: projectDir("jest") });
    expect(failures(result)).toEqual([
      { source: "jest", file: "src/a.test.js", id: "bad one", titlePath: ["bad one"] },
      { source: "jest", file: "src/a.test.js", id: "suite inner bad", titlePath: ["suite", "inner bad"] },
      { source: "jest", file: "src/a.test.js", id: "suite deep x > y", titlePath: ["suite", "deep", "x > y"] },
      { source: "jest", file: "src/c.test.js" },
    ]);
  });

  it("jest: a slow file's duration and a project's display name are not part of the path", () => {
    const output = ["FAIL unit src/slow.test.js (6.2 s)", "  ● slow › times out", "", "Test Suites: 1 failed, 1 total", "Tests:       1 failed, 1 total"].join("\n");
    expect(failures(extractFailingTests(output, { runner: "jest" }))).toEqual([{ source: "jest", file: "src/slow.test.js", id: "slow times out", titlePath: ["slow", "times out"] }]);
  });

  it("vitest: FAIL lines of failed tests and suites, checked against Test Files", () => {
    const result = extractFailingTests(fixture("vitest.txt"), { runner: "vitest", cwd: projectDir("vitest") });
    expect(failures(result)).toEqual([
      { source: "vitest", file: "src/c.test.ts" },
      { source: "vitest", file: "src/a.test.ts", id: "bad one", titlePath: ["bad one"] },
      { source: "vitest", file: "src/a.test.ts", id: "suite inner bad", titlePath: ["suite", "inner bad"] },
      { source: "vitest", file: "src/a.test.ts", id: "suite deep x y", titlePath: ["suite", "deep", "x", "y"] },
    ]);
  });

  it("mocha: numbered failures with nested titles, files from the test's stack frame", () => {
    const result = extractFailingTests(fixture("mocha.txt"), { runner: "mocha", cwd: projectDir("mocha") });
    expect(failures(result)).toEqual([
      { source: "mocha", file: "test/a.spec.js", id: "top bad", titlePath: ["top bad"] },
      { source: "mocha", file: "test/a.spec.js", id: "suite adds", titlePath: ["suite", "adds"] },
      { source: "mocha", file: "test/a.spec.js", id: "suite deep x (y)", titlePath: ["suite", "deep", "x (y)"] },
    ]);
  });

  it("mocha: a hook's failure is its test, or its suite", () => {
    const output = [
      "  2 failing",
      "",
      '  1) suite',
      '       "before each" hook for "adds":',
      "     Error: no db",
      "      at Context.<anonymous> (test/db.spec.js:3:11)",
      "",
      '  2) other',
      '       "before all" hook in "other":',
      "     Error: no server",
      "      at Context.<anonymous> (test/server.spec.js:9:1)",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "mocha" })).map((test) => [test.file, test.id])).toEqual([
      ["test/db.spec.js", "suite adds"],
      ["test/server.spec.js", "other"],
    ]);
  });

  it("node --test, TAP (Node 20): leaf failures with their locations, suites left out, a file that did not load", () => {
    const result = extractFailingTests(fixture("node20-tap.txt"), { runner: "node-test", cwd: projectDir("node") });
    expect(failures(result)).toEqual([
      { source: "node-test", file: "test/a.test.mjs", id: "bad one", titlePath: ["bad one"] },
      { source: "node-test", file: "test/a.test.mjs", id: "inner bad", titlePath: ["inner bad"] },
      { source: "node-test", file: "test/c.test.mjs" },
    ]);
  });

  it("node --test, spec (Node 24): the failing tests section", () => {
    const result = extractFailingTests(fixture("node24-spec.txt"), { runner: "node-test", cwd: projectDir("node") });
    expect(failures(result)).toEqual([
      { source: "node-test", file: "test/a.test.mjs", id: "bad one", titlePath: ["bad one"] },
      { source: "node-test", file: "test/a.test.mjs", id: "inner bad", titlePath: ["inner bad"] },
      { source: "node-test", file: "test/c.test.mjs" },
    ]);
  });

  it("go test: top-level failing tests with their package, a package that did not build as the package", () => {
    expect(failures(extractFailingTests(fixture("go.txt"), { runner: "go" }))).toEqual([
      { source: "go", container: "example.com/m/broken" },
      { source: "go", container: "example.com/m/calc", id: "TestAdd" },
      { source: "go", container: "example.com/m/calc", id: "TestSub" },
    ]);
  });

  it("cargo test: failing tests of every target with the flags that rerun their target, doc tests included", () => {
    expect(failures(extractFailingTests(fixture("cargo.txt"), { runner: "cargo" }))).toEqual([
      { source: "cargo", id: "tests::adds", container: "--lib" },
      { source: "cargo", id: "integ_bad", container: "--test integ" },
      { source: "cargo", id: "src/lib.rs - doc (line 2)", container: "--doc" },
    ]);
  });

  it("cargo test -q: the closing failures lists name the tests", () => {
    const output = [
      "     Running tests/add.rs (target/debug/deps/add-1c2d)",
      "",
      "running 2 tests",
      "F.",
      "failures:",
      "",
      "---- adds stdout ----",
      "    indented panic detail",
      "",
      "failures:",
      "    adds",
      "",
      "test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s",
      "",
      "error: test failed, to rerun pass `--test add`",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "cargo" }))).toEqual([{ source: "cargo", id: "adds", container: "--test add" }]);
  });

  it("cargo test: rerun flags that are not a target selection are not kept", () => {
    const output = ["test adds ... FAILED", "test result: FAILED. 0 passed; 1 failed; 0 ignored", "error: test failed, to rerun pass `--config build.rustc-wrapper=x --lib`"].join("\n");
    expect(failures(extractFailingTests(output, { runner: "cargo" }))).toEqual([{ source: "cargo", id: "adds" }]);
  });

  it("Maven Surefire 3: methods with their classes, a parameterised invocation as its method, checked against the totals", () => {
    expect(failures(extractFailingTests(fixture("maven.txt"), { runner: "maven" }))).toEqual([
      { source: "maven", container: "com.example.CalcTest", id: "CalcTest#adds" },
      { source: "maven", container: "com.example.CalcTest", id: "CalcTest#param" },
      { source: "maven", container: "com.example.CalcTest", id: "CalcTest#throwsIt" },
    ]);
  });

  it("Maven Surefire 2: the method(class) form", () => {
    const output = [
      "-------------------------------------------------------",
      " T E S T S",
      "-------------------------------------------------------",
      "Running com.example.AppTest",
      "Tests run: 2, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 sec <<< FAILURE!",
      "testAdd(com.example.AppTest)  Time elapsed: 0.01 sec  <<< FAILURE!",
      "Results :",
      "Tests run: 2, Failures: 1, Errors: 0, Skipped: 0",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "maven" }))).toEqual([{ source: "maven", container: "com.example.AppTest", id: "AppTest#testAdd" }]);
  });

  // No Gradle or .NET SDK on this machine: these follow the formats the tools document and print.
  it("Gradle: Class > method() FAILED, nested classes and parameterised invocations", () => {
    const output = [
      "> Task :test FAILED",
      "",
      "CalcTest > adds() FAILED",
      "    org.opentest4j.AssertionFailedError at CalcTest.java:7",
      "",
      "CalcTest > param(int) > [2] 2 FAILED",
      "    org.opentest4j.AssertionFailedError at CalcTest.java:10",
      "",
      "OuterTest > InnerTest > works() FAILED",
      "    java.lang.IllegalStateException at OuterTest.java:12",
      "",
      "7 tests completed, 3 failed",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "gradle" })).map((test) => test.id)).toEqual(["CalcTest.adds", "CalcTest.param", "OuterTest$InnerTest.works"]);
  });

  it("dotnet test: VSTest's Failed lines, a theory's arguments dropped, checked against each project's totals", () => {
    const output = [
      "Starting test execution, please wait...",
      "A total of 1 test files matched the specified pattern.",
      "  Failed Calc.Tests.AddTests.Adds [12 ms]",
      "  Error Message:",
      "   Assert.Equal() Failure",
      "  Failed Calc.Tests.AddTests.Theory(a: 1, b: 2) [1 ms]",
      "",
      "Failed!  - Failed:     2, Passed:     5, Skipped:     0, Total:     7, Duration: 45 ms - Calc.Tests.dll (net8.0)",
    ].join("\n");
    expect(failures(extractFailingTests(output, { runner: "dotnet" }))).toEqual([
      { source: "dotnet", id: "Calc.Tests.AddTests.Adds", container: "Calc.Tests.AddTests" },
      { source: "dotnet", id: "Calc.Tests.AddTests.Theory", container: "Calc.Tests.AddTests" },
    ]);
  });
});

describe("extractFailingTests without knowing the runner", () => {
  const cases: [string, RunnerKind, string?][] = [
    ["pytest.txt", "pytest"],
    ["unittest.txt", "unittest", "unittest"],
    ["jest.txt", "jest", "jest"],
    ["vitest.txt", "vitest", "vitest"],
    ["mocha.txt", "mocha", "mocha"],
    ["node20-tap.txt", "node-test", "node"],
    ["node24-spec.txt", "node-test", "node"],
    ["go.txt", "go"],
    ["cargo.txt", "cargo"],
    ["maven.txt", "maven"],
  ];
  it.each(cases)("%s is recognised as %s's", (name, runner, dir) => {
    const result = extractFailingTests(fixture(name), dir === undefined ? {} : { cwd: projectDir(dir) });
    expect(result.understood && result.source).toBe(runner);
  });

  it("says so when the output is no known runner's", () => {
    const result = extractFailingTests("make: *** [test] Error 1\n");
    expect(result.understood).toBe(false);
    expect(!result.understood && result.reason).toMatch(/not that of a test runner compile-loop knows/);
  });

  it("a run that failed with every test passing (a coverage threshold) names no failing test", () => {
    const output = "============================== 3 passed in 0.12s ===============================\nFAIL Required test coverage of 90% not reached.\n";
    const result = extractFailingTests(output, { runner: "pytest" });
    expect(result).toEqual({ understood: false, reason: "the pytest output names no failing test" });
  });
});
