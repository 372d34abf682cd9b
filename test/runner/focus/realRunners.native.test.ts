import { describe, it } from "vitest";
import { exerciseScenario, missingTool } from "./realRunnerSupport.js";

// Each runner's real tool on a generated project (see RunnerScenario): the
// failing tests are read exactly, the focused command runs only them (the
// markers the tests write say which ran), a fix that passes the focused run
// but breaks another test is not ok, and an unknown wrapper runs in full.
// pytest, cargo and go come from the machine (skipped, with the reason, where
// absent); vitest and jest are installed from the npm registry once and
// cached under the system temp folder (realRunners.npm.test.ts).

const ESM_CALC = (add: string, mul: string): string => `export const add = (a, b) => ${add};\nexport const mul = (a, b) => ${mul};\n`;

describe("focus with real runners", () => {
  it("pytest", async (context) => {
    const missing = missingTool("python3", ["-m", "pytest", "--version"]);
    if (missing !== undefined) context.skip(missing);
    const test = (file: string, body: string): string =>
      `from pathlib import Path\nimport calc\n\ndef mark(name):\n    (Path(__file__).resolve().parent.parent / "markers" / name).touch()\n\n${body}`;
    const calc = (add: string, mul: string): string => `def add(a, b):\n    return ${add}\n\ndef mul(a, b):\n    return ${mul}\n`;
    await exerciseScenario({
      runner: "pytest",
      command: "python3 -m pytest -q -p no:cacheprovider",
      // No plugins (faster start) and no .pyc files: a file restored within the same second must not reuse stale bytecode.
      env: { PYTEST_DISABLE_PLUGIN_AUTOLOAD: "1", PYTHONDONTWRITEBYTECODE: "1" },
      files: {
        "calc.py": calc("a - b", "a * b"),
        "tests/test_add.py": test("add", `def test_add():\n    mark("add.test_add")\n    assert calc.add(1, 2) == 3\n\ndef test_add_zero():\n    mark("add.test_add_zero")\n    assert calc.add(0, 0) == 0\n`),
        "tests/test_mul.py": test("mul", `def test_mul():\n    mark("mul.test_mul")\n    assert calc.mul(2, 3) == 6\n`),
        "tests/test_other.py": test("other", `def test_other():\n    mark("other.test_other")\n`),
      },
      badFix: { "calc.py": calc("a + b", "a * b + 1") },
      goodFix: { "calc.py": calc("a + b", "a * b") },
      expectedFailures: [{ source: "pytest", file: "tests/test_add.py", id: "tests/test_add.py::test_add" }],
      expectedFocusedCommand: "python3 -m pytest -q -p no:cacheprovider tests/test_add.py::test_add",
      focusedMarkers: ["add.test_add"],
      refocusedMarkers: ["mul.test_mul"],
      allMarkers: ["add.test_add", "add.test_add_zero", "mul.test_mul", "other.test_other"],
      unknownCommand: "bash -c 'python3 -m pytest -q -p no:cacheprovider'",
    });
  });

  it("node --test", async () => {
    const test = (file: string, body: string): string =>
      `import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { writeFileSync } from "node:fs";\nimport { add, mul } from "../calc.mjs";\nconst mark = (name) => writeFileSync(new URL("../markers/" + name, import.meta.url), "");\n${body}`;
    await exerciseScenario({
      runner: "node-test",
      command: "node --test",
      files: {
        "package.json": JSON.stringify({ type: "module" }),
        "calc.mjs": ESM_CALC("a - b", "a * b"),
        "test/add.test.mjs": test("add", `test("adds", () => { mark("add.adds"); assert.equal(add(1, 2), 3); });\ntest("adds zero", () => { mark("add.zero"); assert.equal(add(0, 0), 0); });\n`),
        "test/mul.test.mjs": test("mul", `test("multiplies", () => { mark("mul.muls"); assert.equal(mul(2, 3), 6); });\n`),
        "test/other.test.mjs": test("other", `test("other", () => { mark("other.other"); });\n`),
      },
      badFix: { "calc.mjs": ESM_CALC("a + b", "a * b + 1") },
      goodFix: { "calc.mjs": ESM_CALC("a + b", "a * b") },
      expectedFailures: [{ source: "node-test", file: "test/add.test.mjs", id: "adds", titlePath: ["adds"] }],
      expectedFocusedCommand: "node --test test/add.test.mjs",
      focusedMarkers: ["add.adds", "add.zero"],
      refocusedMarkers: ["mul.muls"],
      allMarkers: ["add.adds", "add.zero", "mul.muls", "other.other"],
      unknownCommand: "bash -c 'node --test'",
    });
  });

  it("cargo test", async (context) => {
    const missing = missingTool("cargo", ["--version"]);
    if (missing !== undefined) context.skip(missing);
    const test = (body: string): string =>
      `fn mark(name: &str) {\n    std::fs::write(format!("{}/markers/{}", env!("CARGO_MANIFEST_DIR"), name), "").unwrap();\n}\n\n${body}`;
    const lib = (add: string, mul: string): string => `pub fn add(a: i32, b: i32) -> i32 {\n    ${add}\n}\n\npub fn mul(a: i32, b: i32) -> i32 {\n    ${mul}\n}\n`;
    await exerciseScenario({
      runner: "cargo",
      command: "cargo test --no-fail-fast",
      timeoutMs: 120_000,
      files: {
        "Cargo.toml": `[package]\nname = "focuscalc"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\ntest = false\ndoctest = false\n`,
        "src/lib.rs": lib("a - b", "a * b"),
        "tests/add.rs": test(`#[test]\nfn adds() {\n    mark("add.adds");\n    assert_eq!(focuscalc::add(1, 2), 3);\n}\n\n#[test]\nfn adds_zero() {\n    mark("add.adds_zero");\n    assert_eq!(focuscalc::add(0, 0), 0);\n}\n`),
        "tests/mul.rs": test(`#[test]\nfn muls() {\n    mark("mul.muls");\n    assert_eq!(focuscalc::mul(2, 3), 6);\n}\n`),
        "tests/other.rs": test(`#[test]\nfn other() {\n    mark("other.other");\n}\n`),
      },
      badFix: { "src/lib.rs": lib("a + b", "a * b + 1") },
      goodFix: { "src/lib.rs": lib("a + b", "a * b") },
      expectedFailures: [{ source: "cargo", id: "adds", container: "--test add" }],
      expectedFocusedCommand: "cargo test --no-fail-fast --test add -- adds --exact",
      focusedMarkers: ["add.adds"],
      refocusedMarkers: ["mul.muls"],
      allMarkers: ["add.adds", "add.adds_zero", "mul.muls", "other.other"],
      unknownCommand: "bash -c 'cargo test --no-fail-fast'",
    });
  });

  it("go test", async (context) => {
    const missing = missingTool("go", ["version"]);
    if (missing !== undefined) context.skip(missing);
    const test = (pkg: string, body: string): string =>
      `package ${pkg}\n\nimport (\n\t"os"\n\t"path/filepath"\n\t"testing"\n)\n\nfunc mark(name string) { _ = os.WriteFile(filepath.Join("..", "markers", name), nil, 0o644) }\n\n${body}`;
    const source = (pkg: string, name: string, body: string): string => `package ${pkg}\n\nfunc ${name}(a, b int) int { return ${body} }\n`;
    await exerciseScenario({
      runner: "go",
      command: "go test -count=1 ./...",
      files: {
        "go.mod": "module example.com/focus\n\ngo 1.19\n",
        "add/add.go": source("add", "Add", "a - b"),
        "add/add_test.go": test("add", `func TestAdd(t *testing.T) {\n\tmark("add.TestAdd")\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("1+2")\n\t}\n}\n\nfunc TestAddZero(t *testing.T) {\n\tmark("add.TestAddZero")\n\tif Add(0, 0) != 0 {\n\t\tt.Fatal("0+0")\n\t}\n}\n`),
        "mul/mul.go": source("mul", "Mul", "a * b"),
        "mul/mul_test.go": test("mul", `func TestMul(t *testing.T) {\n\tmark("mul.TestMul")\n\tif Mul(2, 3) != 6 {\n\t\tt.Fatal("2*3")\n\t}\n}\n`),
        "other/other_test.go": test("other", `func TestOther(t *testing.T) { mark("other.TestOther") }\n`),
      },
      badFix: { "add/add.go": source("add", "Add", "a + b"), "mul/mul.go": source("mul", "Mul", "a*b + 1") },
      goodFix: { "mul/mul.go": source("mul", "Mul", "a * b") },
      expectedFailures: [{ source: "go", container: "example.com/focus/add", id: "TestAdd" }],
      expectedFocusedCommand: "go test -count=1 -run '^(?:TestAdd)$' example.com/focus/add",
      focusedMarkers: ["add.TestAdd"],
      refocusedMarkers: ["mul.TestMul"],
      allMarkers: ["add.TestAdd", "add.TestAddZero", "mul.TestMul", "other.TestOther"],
      unknownCommand: "bash -c 'go test -count=1 ./...'",
      timeoutMs: 120_000,
    });
  });
});
