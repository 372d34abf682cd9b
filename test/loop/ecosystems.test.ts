import { execFileSync } from "node:child_process";
import { mkdir, readFile, symlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/loop/runPipeline.js";
import { listBranchChanges } from "../../src/context/listRepositoryFiles.js";
import { arrangeBranchLayout, detectiveModel, hastyModel, type EcosystemBug } from "../support/ecosystemModels.js";
import { readRepoMap, repoMapSection } from "../support/readRepoMap.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { makeTempDir } from "../support/tempDir.js";
import { git, isolateGit, writeTree } from "../context/repoFixture.js";

/**
 * Real projects, one per ecosystem on this machine, each with the bug two
 * modules away from the test: the test calls order_total (module 1), which
 * calls add (module 2), which subtracts. The failure names only the test.
 * Each runs through the whole pipeline (first test run, target selection,
 * loop) with the real toolchain as the judge.
 */
/** A project with its bug (what the scripted models need) and how to run it. */
interface Ecosystem extends EcosystemBug {
  name: string;
  /** The program the test command needs; the suite is skipped, saying so, when it is missing. */
  tool: string;
  files: Record<string, string>;
  testCommand: string;
  testEnv?: Record<string, string>;
  /** Links an install step would make (npm workspaces link their packages into node_modules). */
  links?: Record<string, string>;
}

let cargoTarget: { dir: string; remove: () => Promise<void> } | undefined;

const ECOSYSTEMS: Ecosystem[] = [
  {
    name: "Python with pytest",
    tool: "python3",
    files: {
      ".gitignore": "__pycache__/\n.pytest_cache/\n",
      "pyproject.toml": '[project]\nname = "orders"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\n',
      "orders/__init__.py": "",
      "orders/service.py": "from orders.money import add\n\n\ndef order_total(prices):\n    total = 0\n    for price in prices:\n        total = add(total, price)\n    return total\n",
      "orders/money.py": "def add(a, b):\n    return a + b\n",
      "tests/test_orders.py": "from orders.service import order_total\n\n\ndef test_order_total():\n    assert order_total([2, 3]) == 5\n",
    },
    buggy: "orders/money.py",
    bugLine: "    return a - b",
    fixLine: "    return a + b",
    testCommand: "python3 -B -m pytest -q -p no:cacheprovider tests",
    searches: ["def order_total", "def add"],
  },
  {
    name: "Python with unittest",
    tool: "python3",
    files: {
      ".gitignore": "__pycache__/\n",
      "shop/__init__.py": "",
      "shop/service.py": "from shop.money import add\n\n\ndef order_total(prices):\n    total = 0\n    for price in prices:\n        total = add(total, price)\n    return total\n",
      "shop/money.py": "def add(a, b):\n    return a + b\n",
      "tests/__init__.py": "",
      "tests/test_orders.py": "import unittest\n\nfrom shop.service import order_total\n\n\nclass OrderTotal(unittest.TestCase):\n    def test_total(self):\n        self.assertEqual(order_total([2, 3]), 5)\n",
    },
    buggy: "shop/money.py",
    bugLine: "    return a - b",
    fixLine: "    return a + b",
    testCommand: "python3 -B -m unittest discover -s tests -t .",
    searches: ["def order_total", "def add"],
  },
  {
    name: "npm workspaces monorepo with node --test",
    tool: "node",
    files: {
      ".gitignore": "node_modules/\n",
      "package.json": '{ "name": "shop", "private": true, "workspaces": ["packages/*"] }\n',
      "packages/app/package.json": '{ "name": "@acme/app", "type": "module" }\n',
      "packages/app/src/service.js": 'import { add } from "@acme/money";\n\nexport function orderTotal(prices) {\n  return prices.reduce((total, price) => add(total, price), 0);\n}\n',
      "packages/app/test/orders.test.js": 'import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { orderTotal } from "../src/service.js";\n\ntest("order total", () => {\n  assert.equal(orderTotal([2, 3]), 5);\n});\n',
      "packages/money/package.json": '{ "name": "@acme/money", "type": "module", "main": "src/index.js" }\n',
      "packages/money/src/index.js": "export function add(a, b) {\n  return a + b;\n}\n",
    },
    links: { "node_modules/@acme/money": "../../packages/money" },
    buggy: "packages/money/src/index.js",
    bugLine: "  return a - b;",
    fixLine: "  return a + b;",
    testCommand: "node --test packages/app/test/orders.test.js",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "Node with node --test",
    tool: "node",
    files: {
      "package.json": '{ "name": "orders", "type": "module", "private": true }\n',
      "src/service.js": 'import { add } from "./money.js";\n\nexport function orderTotal(prices) {\n  return prices.reduce((total, price) => add(total, price), 0);\n}\n',
      "src/money.js": "export function add(a, b) {\n  return a + b;\n}\n",
      "test/orders.test.js": 'import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { orderTotal } from "../src/service.js";\n\ntest("order total", () => {\n  assert.equal(orderTotal([2, 3]), 5);\n});\n',
    },
    buggy: "src/money.js",
    bugLine: "  return a - b;",
    fixLine: "  return a + b;",
    testCommand: "node --test test/orders.test.js",
    searches: ["function orderTotal", "function add"],
  },
  {
    name: "Rust with cargo test",
    tool: "cargo",
    files: {
      ".gitignore": "target/\n",
      "Cargo.toml": '[package]\nname = "orders"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n',
      "src/lib.rs": "pub mod money;\npub mod service;\n",
      "src/service.rs": "use crate::money::add;\n\npub fn order_total(prices: &[i64]) -> i64 {\n    prices.iter().fold(0, |total, price| add(total, *price))\n}\n",
      "src/money.rs": "pub fn add(a: i64, b: i64) -> i64 {\n    a + b\n}\n",
      "tests/orders.rs": "use orders::service::order_total;\n\n#[test]\nfn order_total_adds() {\n    assert_eq!(order_total(&[2, 3]), 5);\n}\n",
    },
    buggy: "src/money.rs",
    bugLine: "    a - b",
    fixLine: "    a + b",
    testCommand: "cargo test --quiet --offline",
    searches: ["fn order_total", "fn add"],
  },
  {
    name: "Java with javac",
    tool: "javac",
    files: {
      ".gitignore": "out/\n",
      "src/main/java/com/acme/orders/OrderService.java": "package com.acme.orders;\n\nimport com.acme.money.Money;\n\npublic class OrderService {\n    public static int orderTotal(int[] prices) {\n        int total = 0;\n        for (int price : prices) total = Money.add(total, price);\n        return total;\n    }\n}\n",
      "src/main/java/com/acme/money/Money.java": "package com.acme.money;\n\npublic class Money {\n    public static int add(int a, int b) {\n        return a + b;\n    }\n}\n",
      "src/test/java/com/acme/orders/OrderServiceTest.java": 'package com.acme.orders;\n\npublic class OrderServiceTest {\n    public static void main(String[] args) {\n        int got = OrderService.orderTotal(new int[] {2, 3});\n        if (got != 5) throw new AssertionError("expected 5, got " + got);\n        System.out.println("OK");\n    }\n}\n',
    },
    buggy: "src/main/java/com/acme/money/Money.java",
    bugLine: "        return a - b;",
    fixLine: "        return a + b;",
    testCommand: "rm -rf out && javac -d out $(find src -name '*.java') && java -cp out com.acme.orders.OrderServiceTest",
    searches: ["int orderTotal(", "int add("],
  },
  {
    name: "C with make",
    tool: "make",
    files: {
      ".gitignore": "build/\n",
      "Makefile": "test:\n\tmkdir -p build\n\t$(CC) -Iinclude -o build/test_orders tests/*.c src/*.c\n\t./build/test_orders\n",
      "include/orders.h": "int order_total(const int *prices, int n);\n",
      "include/money.h": "int add(int a, int b);\n",
      "src/orders.c": '#include "orders.h"\n#include "money.h"\n\nint order_total(const int *prices, int n) {\n    int total = 0;\n    for (int i = 0; i < n; i++) total = add(total, prices[i]);\n    return total;\n}\n',
      "src/money.c": '#include "money.h"\n\nint add(int a, int b) {\n    return a + b;\n}\n',
      "tests/test_orders.c": '#include <assert.h>\n#include <stdio.h>\n#include "orders.h"\n\nint main(void) {\n    int prices[] = {2, 3};\n    assert(order_total(prices, 2) == 5);\n    puts("OK");\n    return 0;\n}\n',
    },
    buggy: "src/money.c",
    bugLine: "    return a - b;",
    fixLine: "    return a + b;",
    testCommand: "make --no-print-directory test",
    searches: ["int order_total(", "int add("],
  },
];

function hasTool(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The three layouts of the issue, plus the bug already on main (no branch change: only the imports lead to it). */
type Layout = "no remote" | "local branch, not pushed" | "branch pushed, upstream set" | "bug on main, no branch";
const LAYOUTS: Layout[] = ["no remote", "local branch, not pushed", "branch pushed, upstream set", "bug on main, no branch"];

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

beforeAll(async () => {
  isolateGit();
  // One cargo target folder for every Rust run: the build of the test harness is shared, not redone per project.
  cargoTarget = await makeTempDir({}, "compile-loop-cargo-");
  const rust = ECOSYSTEMS.find((e) => e.tool === "cargo");
  if (rust) rust.testEnv = { CARGO_TARGET_DIR: cargoTarget.dir };
});
afterAll(async () => {
  await cargoTarget?.remove();
});

/** The project committed the way a pull request would be, in the given layout. */
async function buildRepo(eco: Ecosystem, layout: Layout): Promise<string> {
  const made = await makeTempDir({}, "compile-loop-eco-");
  cleanups.push(made.remove);
  const dir = made.dir;
  await git(dir, "init", "--quiet", "--initial-branch=main");
  await writeTree(dir, eco.files);
  await git(dir, "add", "--all");
  await git(dir, "commit", "--quiet", "--no-gpg-sign", "-m", "working version");
  for (const [link, target] of Object.entries(eco.links ?? {})) {
    await mkdir(path.dirname(path.join(dir, link)), { recursive: true });
    await symlink(target, path.join(dir, link));
  }
  const breakIt = async (): Promise<void> => {
    const content = await readFile(path.join(dir, eco.buggy), "utf8");
    await writeTree(dir, { [eco.buggy]: content.replace(eco.fixLine, eco.bugLine) });
    await git(dir, "commit", "--quiet", "--no-gpg-sign", "-am", "refactor money");
  };
  if (layout === "bug on main, no branch") {
    await breakIt();
    return dir;
  }
  await git(dir, "checkout", "--quiet", "-b", "feature");
  await breakIt();
  const removeOrigin = await arrangeBranchLayout(dir, layout);
  if (removeOrigin) cleanups.push(removeOrigin);
  return dir;
}


for (const eco of ECOSYSTEMS) {
  const available = hasTool(eco.tool);
  describe.skipIf(!available)(`${eco.name}${available ? "" : ` (skipped: ${eco.tool} is not installed on this machine)`}`, () => {
    for (const layout of LAYOUTS) {
      it(`${layout}: a model that searches, reads, then edits converges`, async () => {
        const dir = await buildRepo(eco, layout);
        if (layout !== "bug on main, no branch") expect(await listBranchChanges(dir)).toEqual([eco.buggy]);
        const model = detectiveModel(eco);
        const result = await runPipeline({ repoDir: dir, testCommand: eco.testCommand, model, maxIterations: 2, ...(eco.testEnv ? { testEnv: eco.testEnv } : {}) });
        expect(result.ok, `${result.summary}\n${result.lastError}`).toBe(true);
        expect(result.iterations).toBe(1);
        expect(result.modifiedFiles).toEqual([eco.buggy]);
        expect(await readFile(path.join(dir, eco.buggy), "utf8")).toContain(eco.fixLine);
      });

      it(`${layout}: a model that edits at once converges, because selection offers the file; the map shows where the function is`, async () => {
        const dir = await buildRepo(eco, layout);
        const events: LoopEvent[] = [];
        const model = hastyModel(eco);
        const result = await runPipeline({ repoDir: dir, testCommand: eco.testCommand, model, maxIterations: 1, onEvent: (e) => events.push(e), ...(eco.testEnv ? { testEnv: eco.testEnv } : {}) });
        // The repository map names the buggy function with its file, parsed by the language's grammar.
        const map = new Map(readRepoMap(repoMapSection(model.requests[0])).map((file) => [file.path, file.entries]));
        expect(map.get(eco.buggy)?.some((signature) => signature.includes(eco.searches[1])), JSON.stringify([...map])).toBe(true);
        expect(map.get(eco.buggy)?.some((signature) => signature.includes(eco.searches[0])), JSON.stringify([...map])).toBe(false);
        const selected = events.find((e): e is Extract<LoopEvent, { type: "targets_selected" }> => e.type === "targets_selected");
        expect(selected?.files, JSON.stringify(selected?.reasons)).toContain(eco.buggy);
        // Two modules away: found by following imports from the test the failure names, whatever the branch did.
        expect(selected?.reasons[eco.buggy]).toBe("imported-by-named");
        expect(result.ok, `${result.summary}\n${result.lastError}`).toBe(true);
        expect(result.modifiedFiles).toEqual([eco.buggy]);
      });
    }
  });
}

describe.skipIf(hasTool("go"))("Go (skipped: the go toolchain is not installed on this machine; Go imports are covered by test/context/importResolver.test.ts)", () => {
  it.skip("go test", () => undefined);
});
