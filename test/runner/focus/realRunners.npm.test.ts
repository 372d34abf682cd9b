import { describe, it } from "vitest";
import { cachedNpmRunner, exerciseScenario } from "./realRunnerSupport.js";

// vitest and jest, installed from the npm registry by the test (once per
// machine, cached under the system temp folder; skipped with npm's reason
// when the registry cannot be reached), on generated projects: see
// realRunners.native.test.ts and RunnerScenario for the story each follows.

const VITEST = "vitest@4.1.12";
const JEST = "jest@30.5.2";

const JS_CALC = (add: string, mul: string): string => `exports.add = (a, b) => ${add};\nexports.mul = (a, b) => ${mul};\n`;
const ESM_CALC = (add: string, mul: string): string => `export const add = (a, b) => ${add};\nexport const mul = (a, b) => ${mul};\n`;

describe("focus with real npm-installed runners", () => {
  it("vitest, through npm test", async (context) => {
    const installed = await cachedNpmRunner(VITEST);
    if ("skip" in installed) return context.skip(installed.skip);
    const test = (body: string): string =>
      `import { test, expect } from "vitest";\nimport { writeFileSync } from "node:fs";\nimport { add, mul } from "../calc.js";\nconst mark = (name) => writeFileSync(new URL("../markers/" + name, import.meta.url), "");\n${body}`;
    await exerciseScenario({
      runner: "vitest",
      command: "npm test",
      nodeModules: installed.nodeModules,
      files: {
        "package.json": JSON.stringify({ type: "module", scripts: { test: "vitest run" } }),
        "calc.js": ESM_CALC("a - b", "a * b"),
        "src/add.test.js": test(`test("adds", () => { mark("add.adds"); expect(add(1, 2)).toBe(3); });\ntest("adds zero", () => { mark("add.zero"); expect(add(0, 0)).toBe(0); });\n`),
        "src/mul.test.js": test(`test("multiplies", () => { mark("mul.muls"); expect(mul(2, 3)).toBe(6); });\n`),
        "src/other.test.js": test(`test("other", () => { mark("other.other"); });\n`),
      },
      badFix: { "calc.js": ESM_CALC("a + b", "a * b + 1") },
      goodFix: { "calc.js": ESM_CALC("a + b", "a * b") },
      expectedFailures: [{ source: "vitest", file: "src/add.test.js", id: "adds", titlePath: ["adds"] }],
      expectedFocusedCommand: "npm test -- src/add.test.js",
      focusedMarkers: ["add.adds", "add.zero"],
      refocusedMarkers: ["mul.muls"],
      allMarkers: ["add.adds", "add.zero", "mul.muls", "other.other"],
      unknownCommand: "bash -c 'npx vitest run'",
    });
  });

  it("jest", async (context) => {
    const installed = await cachedNpmRunner(JEST);
    if ("skip" in installed) return context.skip(installed.skip);
    const test = (body: string): string =>
      `const { writeFileSync } = require("node:fs");\nconst path = require("node:path");\nconst { add, mul } = require("../calc");\nconst mark = (name) => writeFileSync(path.join(__dirname, "..", "markers", name), "");\n${body}`;
    await exerciseScenario({
      runner: "jest",
      command: "npx jest --ci",
      nodeModules: installed.nodeModules,
      files: {
        "package.json": JSON.stringify({ private: true }),
        "calc.js": JS_CALC("a - b", "a * b"),
        "src/add.test.js": test(`test("adds", () => { mark("add.adds"); expect(add(1, 2)).toBe(3); });\ntest("adds zero", () => { mark("add.zero"); expect(add(0, 0)).toBe(0); });\n`),
        "src/mul.test.js": test(`test("multiplies", () => { mark("mul.muls"); expect(mul(2, 3)).toBe(6); });\n`),
        "src/other.test.js": test(`test("other", () => { mark("other.other"); });\n`),
      },
      badFix: { "calc.js": JS_CALC("a + b", "a * b + 1") },
      goodFix: { "calc.js": JS_CALC("a + b", "a * b") },
      expectedFailures: [{ source: "jest", file: "src/add.test.js", id: "adds", titlePath: ["adds"] }],
      expectedFocusedCommand: "npx jest --ci --runTestsByPath src/add.test.js",
      focusedMarkers: ["add.adds", "add.zero"],
      refocusedMarkers: ["mul.muls"],
      allMarkers: ["add.adds", "add.zero", "mul.muls", "other.other"],
      unknownCommand: "bash -c 'npx jest --ci'",
    });
  });
});
