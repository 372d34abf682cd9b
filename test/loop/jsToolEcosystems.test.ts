import { symlink, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/loop/runPipeline.js";
import { listBranchChanges } from "../../src/context/listRepositoryFiles.js";
import { arrangeBranchLayout, detectiveModel, hastyModel, type EcosystemBug } from "../support/ecosystemModels.js";
import { readRepoMap, repoMapSection } from "../support/readRepoMap.js";
import { makeTempDir } from "../support/tempDir.js";
import { git, isolateGit, writeTree } from "../context/repoFixture.js";
import { cachedNpmRunner } from "../runner/focus/realRunnerSupport.js";

/**
 * The JavaScript toolchains of issue 11 that come from the npm registry
 * (vitest, jest, mocha, tsc, ESLint), on generated projects, the way
 * ecosystems.test.ts does it for the toolchains of the machine: the test calls
 * orderTotal (module 1), which calls add (module 2), where the bug is. For tsc
 * the bug is a type error in money.ts, which the output names, two modules
 * away from the entry point; for ESLint a lint error in a module. Each tool is
 * installed once (cached under the system temp folder by cachedNpmRunner) and
 * linked into every project; a tool the registry cannot give is skipped with
 * npm's reason.
 */
/** A project with its bug (what the scripted models need) and how to run it. */
interface Ecosystem extends EcosystemBug {
  name: string;
  /** The npm package to install, pinned. */
  spec: string;
  files: Record<string, string>;
  testCommand: string;
}

const ESM_SERVICE = 'import { add } from "./money.js";\n\nexport function orderTotal(prices) {\n  return prices.reduce((total, price) => add(total, price), 0);\n}\n';
const ESM_MONEY = "export function add(a, b) {\n  return a + b;\n}\n";
const CJS_SERVICE = 'const { add } = require("./money");\n\nfunction orderTotal(prices) {\n  return prices.reduce((total, price) => add(total, price), 0);\n}\n\nmodule.exports = { orderTotal };\n';
const CJS_MONEY = "function add(a, b) {\n  return a + b;\n}\n\nmodule.exports = { add };\n";

const ECOSYSTEMS: Ecosystem[] = [
  {
    name: "vitest",
    spec: "vitest@4.1.12",
    files: {
      ".gitignore": "node_modules\n",
      "package.json": '{ "name": "orders", "type": "module", "private": true }\n',
      "src/service.js": ESM_SERVICE,
      "src/money.js": ESM_MONEY,
      "test/orders.test.js": 'import { test, expect } from "vitest";\nimport { orderTotal } from "../src/service.js";\n\ntest("order total", () => {\n  expect(orderTotal([2, 3])).toBe(5);\n});\n',
    },
    buggy: "src/money.js",
    bugLine: "  return a - b;",
    fixLine: "  return a + b;",
    testCommand: "node_modules/.bin/vitest run",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "jest",
    spec: "jest@30.5.2",
    files: {
      ".gitignore": "node_modules\n",
      "package.json": '{ "name": "orders", "private": true }\n',
      "src/service.js": CJS_SERVICE,
      "src/money.js": CJS_MONEY,
      "test/orders.test.js": 'const { orderTotal } = require("../src/service");\n\ntest("order total", () => {\n  expect(orderTotal([2, 3])).toBe(5);\n});\n',
    },
    buggy: "src/money.js",
    bugLine: "  return a - b;",
    fixLine: "  return a + b;",
    testCommand: "node_modules/.bin/jest --ci",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "mocha",
    spec: "mocha@12.0.3",
    files: {
      ".gitignore": "node_modules\n",
      "package.json": '{ "name": "orders", "type": "module", "private": true }\n',
      "src/service.js": ESM_SERVICE,
      "src/money.js": ESM_MONEY,
      "test/orders.test.js": 'import assert from "node:assert/strict";\nimport { orderTotal } from "../src/service.js";\n\ndescribe("orders", () => {\n  it("order total", () => {\n    assert.equal(orderTotal([2, 3]), 5);\n  });\n});\n',
    },
    buggy: "src/money.js",
    bugLine: "  return a - b;",
    fixLine: "  return a + b;",
    testCommand: "node_modules/.bin/mocha test/orders.test.js",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "TypeScript with tsc",
    spec: "typescript@6.0.3",
    files: {
      ".gitignore": "node_modules\n",
      "package.json": '{ "name": "orders", "type": "module", "private": true }\n',
      "tsconfig.json": '{\n  "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "nodenext", "moduleResolution": "nodenext", "types": [] },\n  "include": ["src"]\n}\n',
      "src/index.ts": 'import { orderTotal } from "./service.js";\n\nexport const total: number = orderTotal([2, 3]);\n',
      "src/service.ts": 'import { add } from "./money.js";\n\nexport function orderTotal(prices: number[]): number {\n  return prices.reduce((total, price) => add(total, price), 0);\n}\n',
      "src/money.ts": "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
    },
    buggy: "src/money.ts",
    bugLine: "  return `${a + b}`;",
    fixLine: "  return a + b;",
    testCommand: "node_modules/.bin/tsc -p tsconfig.json --noEmit",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "ESLint",
    spec: "eslint@10.15.0",
    files: {
      ".gitignore": "node_modules\n",
      "package.json": '{ "name": "orders", "type": "module", "private": true }\n',
      "eslint.config.js": 'export default [{ files: ["**/*.js"], rules: { "no-var": "error" } }];\n',
      "src/service.js": ESM_SERVICE,
      "src/money.js": "export function add(a, b) {\n  const total = a + b;\n  return total;\n}\n",
    },
    buggy: "src/money.js",
    bugLine: "  var total = a + b;",
    fixLine: "  const total = a + b;",
    testCommand: "node_modules/.bin/eslint .",
    searches: ["function orderTotal", "function add"],
  },
];

/** The three layouts of the issue. */
type Layout = "no remote" | "local branch, not pushed" | "branch pushed, upstream set";
const LAYOUTS: Layout[] = ["no remote", "local branch, not pushed", "branch pushed, upstream set"];

/** Each tool's node_modules, or why it could not be installed; installed together, once, before the tests. */
const installs = new Map<string, { nodeModules: string } | { skip: string }>();

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

beforeAll(async () => {
  isolateGit();
  const results = await Promise.all(ECOSYSTEMS.map(async (eco) => [eco.spec, await cachedNpmRunner(eco.spec)] as const));
  for (const [spec, installed] of results) installs.set(spec, installed);
}, 300_000);

/** The project committed the way a pull request would be, in the given layout, with the tool linked in as an install would. */
async function buildRepo(eco: Ecosystem, layout: Layout, nodeModules: string): Promise<string> {
  const made = await makeTempDir({}, "compile-loop-jseco-");
  cleanups.push(made.remove);
  const dir = made.dir;
  await git(dir, "init", "--quiet", "--initial-branch=main");
  await writeTree(dir, eco.files);
  await git(dir, "add", "--all");
  await git(dir, "commit", "--quiet", "--no-gpg-sign", "-m", "working version");
  await symlink(nodeModules, path.join(dir, "node_modules"), "dir");
  await git(dir, "checkout", "--quiet", "-b", "feature");
  const content = await readFile(path.join(dir, eco.buggy), "utf8");
  await writeTree(dir, { [eco.buggy]: content.replace(eco.fixLine, eco.bugLine) });
  await git(dir, "commit", "--quiet", "--no-gpg-sign", "-am", "refactor money");
  const removeOrigin = await arrangeBranchLayout(dir, layout);
  if (removeOrigin) cleanups.push(removeOrigin);
  return dir;
}


/** The tool's node_modules, or undefined after skipping the test with npm's reason. */
function installedOrSkip(eco: Ecosystem, skip: (note: string) => void): string | undefined {
  const installed = installs.get(eco.spec) ?? { skip: `${eco.spec} was not installed` };
  if ("skip" in installed) {
    skip(installed.skip);
    return undefined;
  }
  return installed.nodeModules;
}

for (const eco of ECOSYSTEMS) {
  describe(`${eco.name} (${eco.spec}, from the npm registry)`, () => {
    for (const layout of LAYOUTS) {
      it(`${layout}: a model that searches, reads, then edits converges`, async (context) => {
        const nodeModules = installedOrSkip(eco, (note) => context.skip(note));
        if (nodeModules === undefined) return;
        const dir = await buildRepo(eco, layout, nodeModules);
        expect(await listBranchChanges(dir)).toEqual([eco.buggy]);
        const result = await runPipeline({ repoDir: dir, testCommand: eco.testCommand, model: detectiveModel(eco), maxIterations: 2 });
        expect(result.ok, `${result.summary}\n${result.lastError}`).toBe(true);
        expect(result.iterations).toBe(1);
        expect(result.modifiedFiles).toEqual([eco.buggy]);
        expect(await readFile(path.join(dir, eco.buggy), "utf8")).toContain(eco.fixLine);
      }, 60_000);

      it(`${layout}: a model that edits at once converges, because selection offers the file; the map shows where the function is`, async (context) => {
        const nodeModules = installedOrSkip(eco, (note) => context.skip(note));
        if (nodeModules === undefined) return;
        const dir = await buildRepo(eco, layout, nodeModules);
        const model = hastyModel(eco);
        const result = await runPipeline({ repoDir: dir, testCommand: eco.testCommand, model, maxIterations: 1 });
        const map = new Map(readRepoMap(repoMapSection(model.requests[0])).map((file) => [file.path, file.entries]));
        expect(map.get(eco.buggy)?.some((signature) => signature.includes(eco.searches[1])), JSON.stringify([...map])).toBe(true);
        expect(result.targetFiles).toContain(eco.buggy);
        expect(result.ok, `${result.summary}\n${result.lastError}`).toBe(true);
        expect(result.modifiedFiles).toEqual([eco.buggy]);
        expect(await readFile(path.join(dir, eco.buggy), "utf8")).toContain(eco.fixLine);
      }, 60_000);
    }
  });
}
