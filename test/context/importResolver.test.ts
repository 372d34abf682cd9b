import { describe, expect, it } from "vitest";
import { selectTargetFiles } from "../../src/context/selectTargetFiles.js";

/**
 * Each case is an ecosystem where the failing output names only the test
 * file and the bug is two modules away: target selection must offer the
 * module that has it, by following imports the way that language does.
 */
function select(files: Record<string, string>, failingOutput: string, changedFiles: string[] = []): string[] {
  return selectTargetFiles({ repoFiles: Object.keys(files), failingOutput, changedFiles, readFile: (p) => files[p] }).files;
}

describe("imports are followed transitively, per ecosystem", () => {
  it("Python: absolute imports against the repository root", () => {
    const files = {
      "tests/test_orders.py": "from orders.service import order_total\n\ndef test_total():\n    assert order_total() == 5\n",
      "orders/__init__.py": "",
      "orders/service.py": "from orders.money import add\n\ndef order_total():\n    return add(2, 3)\n",
      "orders/money.py": "def add(a, b):\n    return a - b\n",
      "pyproject.toml": "[project]\nname = 'orders'\n",
    };
    const out = "tests/test_orders.py:4: AssertionError\nFAILED tests/test_orders.py::test_total - assert -1 == 5\nconfigfile: pyproject.toml";
    expect(select(files, out)).toEqual(["tests/test_orders.py", "orders/service.py", "orders/money.py"]);
  });

  it("Python: a src/ layout and the pythonpath of pytest.ini, with parenthesised and aliased imports", () => {
    const files = {
      "pytest.ini": "[pytest]\npythonpath = lib\n  extra\ntestpaths = tests\n",
      "tests/test_cart.py": "import shop.cart as cart\n\ndef test_it():\n    assert cart.total() == 3\n",
      "src/shop/__init__.py": "",
      "src/shop/cart.py": "from shop.pricing import (\n    price,\n    discount,\n)\nfrom helpers import fmt\n",
      "src/shop/pricing.py": "def price(): return 1\n",
      "lib/helpers.py": "def fmt(x): return x\n",
    };
    expect(select(files, "tests/test_cart.py:4: in test_it")).toEqual(["tests/test_cart.py", "src/shop/cart.py", "src/shop/pricing.py", "lib/helpers.py"]);
  });

  it("Python: the pythonpath of pyproject.toml, and 'from . import' of a sibling module", () => {
    const files = {
      "pyproject.toml": '[tool.pytest.ini_options]\npythonpath = [\n  "app",\n]\n',
      "tests/test_api.py": "from api import handlers\n",
      "app/api/__init__.py": "from . import handlers\n",
      "app/api/handlers.py": "from . import store\n",
      "app/api/store.py": "DATA = {}\n",
    };
    expect(select(files, "tests/test_api.py:1: ImportError")).toEqual(["tests/test_api.py", "app/api/__init__.py", "app/api/handlers.py", "app/api/store.py"]);
  });

  it("Rust: an integration test using the crate, then mod and use crate::", () => {
    const files = {
      "Cargo.toml": '[package]\nname = "order-calc"\nversion = "0.1.0"\n',
      "tests/totals.rs": "use order_calc::service::order_total;\n#[test]\nfn total() { assert_eq!(order_total(), 5); }\n",
      "src/lib.rs": "pub mod money;\npub mod service;\n",
      "src/service.rs": "use crate::money::{add, Money};\npub fn order_total() -> i32 { add(2, 3) }\n",
      "src/money.rs": "pub fn add(a: i32, b: i32) -> i32 { a - b }\n",
      "src/unused.rs": "",
    };
    const out = "thread 'total' panicked at tests/totals.rs:3:17:\nassertion `left == right` failed";
    expect(select(files, out)).toEqual(["tests/totals.rs", "src/service.rs", "src/money.rs"]);
  });

  it("Rust: super:: and nested module files", () => {
    const files = {
      "Cargo.toml": '[package]\nname = "calc"\n',
      "src/main.rs": "mod billing;\n",
      "src/billing/mod.rs": "pub mod invoice;\npub mod tax;\n",
      "src/billing/invoice.rs": "use super::tax::rate;\n",
      "src/billing/tax.rs": "pub fn rate() -> f64 { 0.2 }\n",
    };
    expect(select(files, "panicked at src/billing/invoice.rs:9:5")).toEqual(["src/billing/invoice.rs", "src/billing/tax.rs"]);
    expect(select(files, "error[E0425] --> src/billing/mod.rs:2:1")).toEqual(["src/billing/mod.rs", "src/billing/invoice.rs", "src/billing/tax.rs"]);
  });

  it("Java: imports to src/main/java/<package>/ and the same package's classes", () => {
    const files = {
      "pom.xml": "<project/>",
      "src/test/java/com/acme/orders/OrderServiceTest.java": "package com.acme.orders;\nimport org.junit.Test;\npublic class OrderServiceTest { OrderService s = new OrderService(); }\n",
      "src/main/java/com/acme/orders/OrderService.java": "package com.acme.orders;\nimport com.acme.money.Money;\npublic class OrderService {}\n",
      "src/main/java/com/acme/money/Money.java": "package com.acme.money;\npublic class Money {}\n",
      "src/main/java/com/acme/money/Unused.java": "package com.acme.money;\n",
    };
    const out = "java.lang.AssertionError: expected 5\n\tat com.acme.orders.OrderServiceTest.total(OrderServiceTest.java:12)";
    expect(select(files, out)).toEqual(["src/test/java/com/acme/orders/OrderServiceTest.java", "src/main/java/com/acme/orders/OrderService.java", "src/main/java/com/acme/money/Money.java"]);
  });

  it("Java: a plain javac layout, static and wildcard imports", () => {
    const files = {
      "src/app/Main.java": "package app;\nimport static util.Maths.add;\nimport model.*;\n",
      "src/util/Maths.java": "package util;\n",
      "src/model/Order.java": "package model;\n",
      "src/model/Line.java": "package model;\n",
    };
    expect(select(files, "at app.Main.main(Main.java:7)").sort()).toEqual(["src/app/Main.java", "src/model/Line.java", "src/model/Order.java", "src/util/Maths.java"]);
  });

  it("C: #include \"...\" and the matching .c, through an include/ folder", () => {
    const files = {
      "Makefile": "test:\n\tcc -Iinclude tests/test_orders.c src/orders.c src/money.c -o t && ./t\n",
      "tests/test_orders.c": '#include <assert.h>\n#include "orders.h"\nint main(void) { assert(order_total() == 5); }\n',
      "include/orders.h": "int order_total(void);\n",
      "src/orders.c": '#include "money.h"\nint order_total(void) { return add(2, 3); }\n',
      "include/money.h": "int add(int, int);\n",
      "src/money.c": "int add(int a, int b) { return a - b; }\n",
    };
    const out = "t: tests/test_orders.c:3: main: Assertion `order_total() == 5' failed.\nmake: *** [Makefile:2: test] Aborted";
    expect(select(files, out)).toEqual(["tests/test_orders.c", "include/orders.h", "src/orders.c", "include/money.h", "src/money.c"]);
  });

  it("Go: a test's own package and imported packages of the module", () => {
    const files = {
      "go.mod": "module example.com/shop\n\ngo 1.22\n",
      "orders/orders_test.go": 'package orders\nimport "testing"\n',
      "orders/orders.go": 'package orders\nimport (\n\t"fmt"\n\tm "example.com/shop/money"\n)\n',
      "money/money.go": "package money\n",
      "money/money_test.go": "package money\n",
    };
    expect(select(files, "--- FAIL: TestTotal\n    orders_test.go:12: got -1, want 5")).toEqual(["orders/orders_test.go", "orders/orders.go", "money/money.go"]);
  });

  it("npm workspaces: a package imported by name resolves to its source entry", () => {
    const files = {
      "package.json": '{ "private": true, "workspaces": ["packages/*"] }',
      "packages/app/package.json": '{ "name": "@acme/app" }',
      "packages/app/test/total.test.js": 'import { total } from "../src/total.js";\n',
      "packages/app/src/total.js": 'import { add } from "@acme/money";\nimport { fmt } from "@acme/money/format";\n',
      "packages/money/package.json": '{ "name": "@acme/money", "main": "dist/index.js", "exports": { ".": { "import": "./dist/index.js" } } }',
      "packages/money/src/index.ts": 'export { add } from "./add.js";\n',
      "packages/money/src/add.ts": "export const add = (a, b) => a - b;\n",
      "packages/money/src/format.ts": "export const fmt = String;\n",
    };
    const out = "FAIL packages/app/test/total.test.js\n  at packages/app/test/total.test.js:4:10";
    expect(select(files, out)).toEqual(["packages/app/test/total.test.js", "packages/app/src/total.js", "packages/money/src/index.ts", "packages/money/src/format.ts", "packages/money/src/add.ts"]);
  });

  it("pnpm workspaces and tsconfig paths (with comments in tsconfig.json)", () => {
    const files = {
      "pnpm-workspace.yaml": "packages:\n  - 'libs/*'\n",
      "libs/core/package.json": '{ "name": "core", "source": "lib/main.ts" }',
      "libs/core/lib/main.ts": "export const x = 1;\n",
      "tsconfig.json": '{\n  // aliases\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], }, },\n}\n',
      "test/a.test.ts": 'import { b } from "@/b";\nimport { x } from "core";\n',
      "src/b.ts": 'import { c } from "@/deep/c";\n',
      "src/deep/c.ts": "export const c = 1;\n",
    };
    expect(select(files, "FAIL test/a.test.ts > works\n at test/a.test.ts:3:1")).toEqual(["test/a.test.ts", "src/b.ts", "libs/core/lib/main.ts", "src/deep/c.ts"]);
  });
});

describe("ranking and caps", () => {
  it("files in failure frames come before files only mentioned", () => {
    const files = { "a.py": "", "b.py": "", "c.py": "" };
    expect(select(files, "collected a.py\nrunning b.py\n  File \"/ci/c.py\", line 3, in f")).toEqual(["c.py", "a.py", "b.py"]);
  });

  it("configuration and harness files named outside a frame are left out; in a frame or changed on the branch they come last", () => {
    const files = {
      "pyproject.toml": "",
      "conftest.py": "",
      "tests/test_x.py": "",
      "src/x.py": "",
      "src/TestRunner.java": "",
      "jest.config.js": "",
      "src/changed.py": "",
    };
    const selection = selectTargetFiles({
      repoFiles: Object.keys(files),
      failingOutput: "rootdir: /w, configfile: pyproject.toml\nconftest.py loaded\nat Runner.run(TestRunner.java:40)\ntests/test_x.py:3: AssertionError",
      changedFiles: ["jest.config.js", "src/changed.py"],
      readFile: (p) => files[p as keyof typeof files],
    });
    expect(selection.files).toEqual(["tests/test_x.py", "src/changed.py", "src/TestRunner.java", "jest.config.js"]);
    expect(selection.configDropped).toEqual(["conftest.py", "pyproject.toml"]);
    expect(selection.reasons.get("src/TestRunner.java")).toBe("config-in-failure-frame");
    expect(selection.reasons.get("jest.config.js")).toBe("config-changed-on-branch");
    expect(selection.explanations.get("src/changed.py")).toBe("changed on this branch");
  });

  it("imports are followed to a bounded depth, and the list is capped with the rest reported", () => {
    const files: Record<string, string> = { "t.py": "import m1\n" };
    for (let i = 1; i <= 6; i++) files[`m${i}.py`] = `import m${i + 1}\n`;
    expect(select(files, "t.py:1: E")).toEqual(["t.py", "m1.py", "m2.py", "m3.py"]);
    const many: Record<string, string> = {};
    for (let i = 0; i < 50; i++) many[`f${i}.py`] = "";
    const capped = selectTargetFiles({ repoFiles: Object.keys(many), failingOutput: "", changedFiles: Object.keys(many), maxTargets: 10 });
    expect(capped.files).toHaveLength(10);
    expect(capped.overCap).toHaveLength(40);
  });

  it("explains each import with the file that imports it", () => {
    const files = { "t.py": "import a\n", "a.py": "import b\n", "b.py": "" };
    const selection = selectTargetFiles({ repoFiles: Object.keys(files), failingOutput: "t.py:1: E", readFile: (p) => files[p as keyof typeof files] });
    expect(Object.fromEntries(selection.explanations)).toEqual({
      "t.py": "in a failure frame of the output",
      "a.py": "imported by t.py",
      "b.py": "imported by a.py, 2 imports away from the failure",
    });
  });

  it("never offers a secret-looking file, even when the output names it", () => {
    const selection = selectTargetFiles({ repoFiles: [".env", "app.py", "certs/dev.pem"], failingOutput: "error reading .env:3 and certs/dev.pem:1 from app.py:9" });
    expect(selection.files).toEqual(["app.py"]);
    expect(selection.protectedDropped).toEqual([".env", "certs/dev.pem"]);
  });
});
