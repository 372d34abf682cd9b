import { describe, expect, it } from "vitest";
import { findImportedFiles } from "../../src/context/findImportedFiles.js";
import { selectTargetFiles } from "../../src/context/selectTargetFiles.js";

const repo = new Set(["src/math.ts", "src/util/index.ts", "lib/helper.cjs", "test/math.test.ts", "pkg/mod.py", "pkg/sub/__init__.py", "pkg/tests/test_mod.py"]);

describe("findImportedFiles", () => {
  it("resolves relative JS/TS imports, including .js specifiers of .ts files and index files", () => {
    const content = `import { add } from "../src/math.js";\nimport * as u from '../src/util';\nconst h = require("../lib/helper.cjs");\nimport fs from "node:fs";\nimport x from "lodash";`;
    expect(findImportedFiles("test/math.test.ts", content, repo)).toEqual(["lib/helper.cjs", "src/math.ts", "src/util/index.ts"]);
  });

  it("resolves Python relative imports to modules and packages", () => {
    const content = "from ..mod import thing\nfrom ..sub import other\nimport os\n";
    expect(findImportedFiles("pkg/tests/test_mod.py", content, repo)).toEqual(["pkg/mod.py", "pkg/sub/__init__.py"]);
  });

  it("ignores specifiers that resolve to nothing in the repository", () => {
    expect(findImportedFiles("test/math.test.ts", `import "./missing.js";`, repo)).toEqual([]);
  });
});

describe("selectTargetFiles follows the imports of files named in the output", () => {
  it("adds the module under test when only the test file is named", () => {
    const files = { "test/math.test.ts": `import { add } from "../src/math.js";` } as Record<string, string>;
    const selection = selectTargetFiles({
      repoFiles: [...repo],
      failingOutput: "AssertionError at file:///w/test/math.test.ts:4:8",
      readFile: (p) => files[p],
    });
    // Ranked: the file named in the failure first, then what it imports.
    expect(selection.files).toEqual(["test/math.test.ts", "src/math.ts"]);
    expect(selection.reasons.get("src/math.ts")).toBe("imported-by-named");
  });
});
