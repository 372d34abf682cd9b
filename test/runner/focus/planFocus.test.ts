import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { FailingTest } from "../../../src/runner/focus/failingTests.js";
import { expandFocusTemplate } from "../../../src/runner/focus/focusTemplate.js";
import { locateTestRunner } from "../../../src/runner/focus/locateTestRunner.js";
import { planFocus, type FocusPlan } from "../../../src/runner/focus/planFocus.js";
import type { ProjectFacts } from "../../../src/runner/focus/runnerAdapters.js";
import { parseCommandLine, shellQuote } from "../../../src/runner/focus/shellWords.js";

const PYTEST_OUTPUT = [
  "=========================== short test summary info ============================",
  "FAILED tests/test_a.py::test_bad - assert 1 == 2",
  "FAILED tests/test_a.py::test_p[a b] - assert 'a b' == 1",
  "========================= 2 failed, 4 passed in 0.98s ==========================",
].join("\n");
const VITEST_OUTPUT = [
  " FAIL  src/a.test.ts > suite > adds",
  " FAIL  src/b.test.ts > subtracts",
  " Test Files  2 failed | 3 passed (5)",
  "      Tests  2 failed | 9 passed (11)",
].join("\n");
const JEST_OUTPUT = ["FAIL src/a.test.js", "  ● adds", "", "Test Suites: 1 failed, 2 passed, 3 total", "Tests:       1 failed, 5 passed, 6 total"].join("\n");
const NODE_OUTPUT = ["ℹ tests 4", "ℹ fail 1", "", "✖ failing tests:", "", "test at test/a.test.mjs:4:1", "✖ adds (0.9ms)"].join("\n");
const GO_OUTPUT = ["--- FAIL: TestAdd (0.00s)", "FAIL", "FAIL\texample.com/m/calc\t0.003s", "ok  \texample.com/m/other\t0.002s", "FAIL"].join("\n");
const CARGO_OUTPUT = [
  "     Running unittests src/lib.rs (target/debug/deps/calc-c6626fb655a8d231)",
  "test tests::adds ... FAILED",
  "test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s",
  "error: test failed, to rerun pass `--lib`",
].join("\n");
const MOCHA_OUTPUT = ["  1 passing (5ms)", "  1 failing", "", "  1) math", "       adds (1+1):", "     AssertionError: 1 == 2", "      at Context.<anonymous> (test/math.spec.js:3:10)"].join("\n");
const UNITTEST_OUTPUT = [
  "======================================================================",
  "FAIL: test_bad (tests.test_mod.TestK.test_bad)",
  "----------------------------------------------------------------------",
  "Ran 3 tests in 0.001s",
  "FAILED (failures=1)",
].join("\n");

function focused(plan: FocusPlan): string {
  if (!plan.focused) throw new Error(`not focused: ${plan.reason}`);
  return plan.command;
}

function scripts(map: Record<string, string>, dir = "."): ProjectFacts {
  return { packageScripts: (asked) => (asked === dir ? map : undefined) };
}

describe("planFocus: direct invocations", () => {
  it.each([
    ["pytest", PYTEST_OUTPUT, "pytest tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'"],
    ["pytest -q -k 'not slow' tests/ --maxfail 3", PYTEST_OUTPUT, "pytest -q -k 'not slow' --maxfail 3 tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'"],
    ["python -m pytest -x tests", PYTEST_OUTPUT, "python -m pytest -x tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'"],
    ["cd backend && PYTHONPATH=. poetry run pytest tests", PYTEST_OUTPUT, "cd backend && PYTHONPATH=. poetry run pytest tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'"],
    ["python3 -m unittest discover", UNITTEST_OUTPUT, "python3 -m unittest tests.test_mod.TestK.test_bad"],
    ["python -m unittest -v tests.test_mod", UNITTEST_OUTPUT, "python -m unittest -v tests.test_mod.TestK.test_bad"],
    ["npx vitest run", VITEST_OUTPUT, "npx vitest run src/a.test.ts src/b.test.ts"],
    ["vitest run src --reporter dot", VITEST_OUTPUT, "vitest run --reporter dot src/a.test.ts src/b.test.ts"],
    ["npx jest --ci src/", JEST_OUTPUT, "npx jest --ci --runTestsByPath src/a.test.js"],
    ["CI=1 ./node_modules/.bin/jest --changedSince main", JEST_OUTPUT, "CI=1 ./node_modules/.bin/jest --runTestsByPath src/a.test.js"],
    ["node --test", NODE_OUTPUT, "node --test test/a.test.mjs"],
    ["node --import tsx --test 'test/**/*.test.mjs'", NODE_OUTPUT, "node --import tsx --test test/a.test.mjs"],
    ["go test -race ./...", GO_OUTPUT, "go test -race -run '^(?:TestAdd)$' example.com/m/calc"],
    ["go test -run TestA ./... -count=1", GO_OUTPUT, "go test -count=1 -run '^(?:TestAdd)$' example.com/m/calc"],
    ["cargo test", CARGO_OUTPUT, "cargo test --lib -- tests::adds --exact"],
    ["cargo test --workspace adds -- --nocapture", CARGO_OUTPUT, "cargo test --workspace --lib -- --nocapture tests::adds --exact"],
    ["npx mocha 'test/**/*.spec.js'", MOCHA_OUTPUT, "npx mocha 'test/**/*.spec.js' --grep '^(?:math adds \\(1\\+1\\))'"],
    ["mocha --grep math", MOCHA_OUTPUT, "mocha --grep '^(?:math adds \\(1\\+1\\))'"],
  ])("%s", (command, output, expected) => {
    expect(focused(planFocus({ command, output }))).toBe(expected);
  });

  it("Maven, Gradle and dotnet, from their own outputs", () => {
    const maven = [
      " T E S T S",
      "[ERROR] com.example.CalcTest.adds -- Time elapsed: 0.053 s <<< FAILURE!",
      "[ERROR] com.example.CalcTest.subs -- Time elapsed: 0.053 s <<< FAILURE!",
      "[ERROR] com.example.OtherTest -- Time elapsed: 0.053 s <<< ERROR!",
      "[ERROR] Tests run: 6, Failures: 2, Errors: 1, Skipped: 0",
    ].join("\n");
    expect(focused(planFocus({ command: "./mvnw -B -Dtest=Calc* verify", output: maven }))).toBe(
      "./mvnw -B verify '-Dtest=CalcTest#adds+subs,OtherTest' -Dsurefire.failIfNoSpecifiedTests=false",
    );
    const gradle = ["CalcTest > adds() FAILED", "2 tests completed, 1 failed"].join("\n");
    expect(focused(planFocus({ command: "./gradlew test --tests 'Calc*'", output: gradle }))).toBe("./gradlew test --tests CalcTest.adds");
    expect(planFocus({ command: "./gradlew build", output: gradle })).toMatchObject({ focused: false, reason: expect.stringContaining("last task is not a test task") });
    const dotnet = ["Starting test execution, please wait...", "  Failed Calc.Tests.Adds [12 ms]", "Failed!  - Failed:     1, Passed:     5, Skipped:     0, Total:     6"].join("\n");
    expect(focused(planFocus({ command: "dotnet test Calc.sln -- RunConfiguration.MaxCpuCount=1", output: dotnet }))).toBe(
      "dotnet test Calc.sln --filter FullyQualifiedName=Calc.Tests.Adds -- RunConfiguration.MaxCpuCount=1",
    );
  });

  it("a build failure of one package runs that package whole (no -run)", () => {
    const output = ["FAIL\texample.com/m/broken [build failed]", "--- FAIL: TestAdd (0.00s)", "FAIL\texample.com/m/calc\t0.003s"].join("\n");
    expect(focused(planFocus({ command: "go test ./...", output }))).toBe("go test example.com/m/broken example.com/m/calc");
  });

  it("absolute paths in the output are made relative to where the runner runs", () => {
    const output = ["TAP version 13", "not ok 1 - adds", "  ---", "  location: '/repo/web/test/a.test.mjs:4:1'", "  ...", "# tests 2", "# fail 1"].join("\n");
    expect(focused(planFocus({ command: "cd web && node --test", output, cwd: "/repo" }))).toBe("cd web && node --test test/a.test.mjs");
  });
});

describe("planFocus: package.json scripts", () => {
  it("npm test forwards after --, yarn and pnpm without", () => {
    const facts = scripts({ test: "tsc -p . && vitest run", "test:unit": "vitest run --coverage" });
    expect(focused(planFocus({ command: "npm test", output: VITEST_OUTPUT, facts }))).toBe("npm test -- src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "npm run test:unit --silent", output: VITEST_OUTPUT, facts }))).toBe("npm run test:unit --silent -- src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "npm test -- --reporter=dot", output: VITEST_OUTPUT, facts }))).toBe("npm test -- --reporter=dot src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "yarn test", output: VITEST_OUTPUT, facts }))).toBe("yarn test src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "yarn run test:unit", output: VITEST_OUTPUT, facts }))).toBe("yarn run test:unit src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "pnpm test:unit", output: VITEST_OUTPUT, facts }))).toBe("pnpm test:unit src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "pnpm run test", output: VITEST_OUTPUT, facts }))).toBe("pnpm run test src/a.test.ts src/b.test.ts");
  });

  it("options reach the runner: jest's --runTestsByPath through npm needs --", () => {
    const facts = scripts({ test: "jest --ci" });
    expect(focused(planFocus({ command: "npm t", output: JEST_OUTPUT, facts }))).toBe("npm t -- --runTestsByPath src/a.test.js");
    expect(focused(planFocus({ command: "pnpm test", output: JEST_OUTPUT, facts }))).toBe("pnpm test --runTestsByPath src/a.test.js");
  });

  it("scripts calling node --test, pytest, go and cargo", () => {
    expect(focused(planFocus({ command: "npm test", output: NODE_OUTPUT, facts: scripts({ test: "node --test" }) }))).toBe("npm test -- test/a.test.mjs");
    expect(focused(planFocus({ command: "npm test", output: PYTEST_OUTPUT, facts: scripts({ test: "python -m pytest -q" }) }))).toBe("npm test -- tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'");
    expect(focused(planFocus({ command: "npm test", output: GO_OUTPUT, facts: scripts({ test: "go test ./..." }) }))).toBe("npm test -- -run '^(?:TestAdd)$'");
    expect(focused(planFocus({ command: "yarn test", output: CARGO_OUTPUT, facts: scripts({ test: "cargo test -- --nocapture" }) }))).toBe("yarn test tests::adds --exact");
  });

  it("the script's package.json is the one where the command runs", () => {
    expect(focused(planFocus({ command: "cd web && npm test", output: VITEST_OUTPUT, facts: scripts({ test: "vitest run" }, "web") }))).toBe("cd web && npm test -- src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "npm --prefix web test", output: VITEST_OUTPUT, facts: scripts({ test: "vitest run" }, "web") }))).toBe("npm --prefix web test -- src/a.test.ts src/b.test.ts");
  });

  it("yarn and pnpm run a runner's binary when no script has its name", () => {
    expect(focused(planFocus({ command: "yarn vitest run", output: VITEST_OUTPUT, facts: scripts({ test: "vitest" }) }))).toBe("yarn vitest run src/a.test.ts src/b.test.ts");
    expect(focused(planFocus({ command: "pnpm exec jest src", output: JEST_OUTPUT, facts: scripts({}) }))).toBe("pnpm exec jest --runTestsByPath src/a.test.js");
  });

  it.each([
    ["npm test", { test: "vitest run src/a.test.ts" }, VITEST_OUTPUT, "already names what to run (src/a.test.ts)"],
    ["npm test", { test: "jest --testPathPattern unit" }, JEST_OUTPUT, "already chooses its files by pattern"],
    ["npm test", { test: "npm run test:unit" }, VITEST_OUTPUT, "runs another script"],
    ["npm test", { test: "vitest run && echo done" }, VITEST_OUTPUT, "does not end with a test runner compile-loop knows"],
    ["npm run nope", { test: "vitest run" }, VITEST_OUTPUT, 'has no script "nope"'],
    ["npm test --workspaces", { test: "vitest run" }, VITEST_OUTPUT, "several workspaces"],
  ])("%s with scripts %j: not focused", (command, map, output, why) => {
    const plan = planFocus({ command, output, facts: scripts(map) });
    expect(plan.focused).toBe(false);
    expect(!plan.focused && plan.reason).toContain(why);
  });

  it("no package.json: said so", () => {
    const plan = planFocus({ command: "npm test", output: VITEST_OUTPUT, facts: {} });
    expect(!plan.focused && plan.reason).toContain("there is no readable package.json in .");
  });
});

describe("planFocus: not understood", () => {
  it("a command that is no known runner: one sentence with the hint", () => {
    const plan = planFocus({ command: "make test", output: PYTEST_OUTPUT });
    expect(plan).toEqual({
      focused: false,
      reason: "Running the full test command each time: `make test` is not a test runner compile-loop knows, nor a package.json script that ends with one (a --focus-command / focus-command with {files} or {tests} says how to run only some tests).",
      tests: expect.any(Array),
    });
  });

  it.each([
    ["pytest | tee log.txt", "`|`"],
    ["pytest > log.txt", "redirects its output to a file"],
    ["pytest; echo done", "`;`"],
    ["pytest $(cat args)", "command substitution"],
    ["pytest & wait", "background"],
  ])("%s is not rewritten (%s)", (command, why) => {
    const plan = planFocus({ command, output: PYTEST_OUTPUT });
    expect(!plan.focused && plan.reason).toContain(why);
  });

  it("output that is not the runner's", () => {
    const plan = planFocus({ command: "pytest", output: "error: could not compile `calc`\n" });
    expect(!plan.focused && plan.reason).toBe(
      "Running the full test command each time: the output does not look like pytest output (a --focus-command / focus-command with {files} or {tests} says how to run only some tests).",
    );
  });

  it("a failing test named like an option is not passed to the runner", () => {
    const output = ["=== short test summary info ===", "FAILED --rootdir=/ - boom", "=== 1 failed in 0.1s ==="].join("\n");
    const plan = planFocus({ command: "pytest", output });
    expect(!plan.focused && plan.reason).toContain("a failing test is named like an option (--rootdir=/)");
    expect(planFocus({ command: "pytest", output, template: "pytest {tests}" })).toMatchObject({ focused: false, reason: expect.stringContaining("is named like an option") });
  });

  it("unittest discovering from a start directory whose names do not import from here", () => {
    const plan = planFocus({ command: "python -m unittest discover -s tests", output: UNITTEST_OUTPUT });
    expect(!plan.focused && plan.reason).toContain("unittest discovers from tests");
    expect(focused(planFocus({ command: "python -m unittest discover -s tests -t .", output: UNITTEST_OUTPUT }))).toBe("python -m unittest tests.test_mod.TestK.test_bad");
  });
});

describe("focus templates", () => {
  const tests: FailingTest[] = [
    { source: "pytest", file: "tests/test_a.py", id: "tests/test_a.py::test_p[a b]" },
    { source: "pytest", file: "tests/it's.py", id: "tests/it's.py::test_x" },
  ];

  it("unquoted placeholders become one shell word per item", () => {
    expect(expandFocusTemplate("pytest -q {tests}", tests)).toEqual({ ok: true, command: `pytest -q 'tests/test_a.py::test_p[a b]' 'tests/it'\\''s.py::test_x'` });
    expect(expandFocusTemplate("npx vitest run {files}", tests)).toEqual({ ok: true, command: `npx vitest run tests/test_a.py 'tests/it'\\''s.py'` });
  });

  it("quoted placeholders become one alternation, escaped for the pattern and the quotes", () => {
    const go: FailingTest[] = [
      { source: "go", container: "m/calc", id: "TestAdd" },
      { source: "go", container: "m/calc", id: "TestSub" },
    ];
    expect(expandFocusTemplate("go test ./... -run '^({tests})$'", go)).toEqual({ ok: true, command: "go test ./... -run '^(TestAdd|TestSub)$'" });
    // What the shell hands the runner is what counts: bash prints the argument back.
    const jest: FailingTest[] = [
      { source: "jest", file: "a.test.js", id: `adds "one" (1+1) it's $5` },
      { source: "jest", file: "b.test.js", id: "back\\slash `tick`" },
    ];
    const pattern = String.raw`adds "one" \(1\+1\) it's \$5|back\\slash ${"`"}tick${"`"}`;
    for (const template of [`printf %s "{tests}"`, `printf %s '{tests}'`]) {
      const expanded = expandFocusTemplate(template, jest);
      expect(expanded.ok && execFileSync("bash", ["-c", expanded.command], { encoding: "utf8" })).toBe(pattern);
    }
    expect(new RegExp(pattern).test("adds \"one\" (1+1) it's $5")).toBe(true);
  });

  it("a template whose placeholder a failure cannot fill is refused", () => {
    expect(expandFocusTemplate("go test {files}", [{ source: "go", container: "m/calc", id: "TestAdd" }])).toEqual({ ok: false, reason: "the failure m/calc.TestAdd names no file for {files}" });
    expect(expandFocusTemplate("go test -run '{tests}' ./...", [{ source: "go", container: "m/broken" }])).toMatchObject({ ok: false });
    expect(expandFocusTemplate("make test", tests)).toEqual({ ok: false, reason: "the focus command has neither {files} nor {tests} in it" });
  });

  it("planFocus uses the template whatever the command, reading failures as the command's runner", () => {
    const plan = planFocus({ command: "npm test", output: PYTEST_OUTPUT, template: "tox -e py -- {tests}", facts: scripts({ test: "pytest" }) });
    expect(focused(plan)).toBe("tox -e py -- tests/test_a.py::test_bad 'tests/test_a.py::test_p[a b]'");
    const unknown = planFocus({ command: "make test", output: GO_OUTPUT, template: "go test ./... -run '^({tests})$'" });
    expect(focused(unknown)).toBe("go test ./... -run '^(TestAdd)$'");
  });
});

describe("shell words", () => {
  it("keeps each word's text and value", () => {
    const parsed = parseCommandLine(`FOO=1 pytest -k "a and not b" 'x y' a\\ b 2>&1 && echo "$HOME"`);
    expect(parsed.ok && parsed.commands.map((command) => command.words.map((word) => [word.raw, word.value, word.dynamic]))).toEqual([
      [["FOO=1", "FOO=1", false], ["pytest", "pytest", false], ["-k", "-k", false], [`"a and not b"`, "a and not b", false], ["'x y'", "x y", false], ["a\\ b", "a b", false]],
      [["echo", "echo", false], [`"$HOME"`, "$HOME", true]],
    ]);
    expect(parsed.ok && parsed.commands[0]?.redirections).toEqual(["2>&1"]);
  });

  it("quotes only what needs it", () => {
    expect(shellQuote("tests/test_a.py::test_x")).toBe("tests/test_a.py::test_x");
    expect(shellQuote("a b")).toBe("'a b'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote("")).toBe("''");
  });

  it("locates runners behind wrappers", () => {
    const runner = (command: string): string | undefined => {
      const located = locateTestRunner(command);
      return located.ok ? located.located.runner : undefined;
    };
    expect(runner("npx --yes vitest")).toBe("vitest");
    expect(runner("npx -y vitest@4 run")).toBe("vitest");
    expect(runner("cross-env NODE_ENV=test jest")).toBe("jest");
    expect(runner("uv run pytest")).toBe("pytest");
    expect(runner("python3.12 -B -m pytest")).toBe("pytest");
    expect(runner("cargo +nightly test")).toBe("cargo");
    expect(runner("node test/run.js --test")).toBeUndefined();
    expect(runner("node --test-reporter spec --test")).toBe("node-test");
    expect(runner("go vet ./...")).toBeUndefined();
    expect(runner("$RUNNER tests")).toBeUndefined();
  });
});
