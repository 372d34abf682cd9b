import { describe, expect, it } from "vitest";
import { findFilesNamedInOutput, selectTargetFiles } from "../../src/context/selectTargetFiles.js";

const repoFiles = ["src/math.ts", "src/util/math.ts", "src/app.ts", "test/app.test.ts", ".github/workflows/ci.yml", "README.md", "node_modules/x/index.js"];

describe("findFilesNamedInOutput", () => {
  it("maps absolute CI paths, relative paths and line suffixes to repository files", () => {
    const output = [
      "FAIL test/app.test.ts > adds",
      "  at add (/home/runner/work/proj/proj/src/app.ts:12:7)",
      "error in ./src/util/math.ts(3,1): TS2322",
    ].join("\n");
    expect(findFilesNamedInOutput(output, repoFiles)).toEqual(["src/app.ts", "src/util/math.ts", "test/app.test.ts"]);
  });

  it("ignores a bare name that several files share, and files in dependency folders", () => {
    expect(findFilesNamedInOutput("math.ts failed; see node_modules/x/index.js", repoFiles)).toEqual([]);
  });
});

describe("selectTargetFiles", () => {
  it("uses files named in the output plus files changed on the branch, minus protected ones", () => {
    const selection = selectTargetFiles({
      repoFiles,
      failingOutput: "at /w/src/app.ts:3 and .github/workflows/ci.yml",
      changedFiles: ["src/math.ts", "deleted.ts"],
    });
    expect(selection.files).toEqual(["src/app.ts", "src/math.ts"]);
    expect(selection.reasons.get("src/math.ts")).toBe("changed-on-branch");
    // The workflow is named outside any failure frame: configuration, left out.
    expect(selection.configDropped).toEqual([".github/workflows/ci.yml"]);
    expect(selectTargetFiles({ repoFiles, failingOutput: "at .github/workflows/ci.yml:3" }).protectedDropped).toEqual([".github/workflows/ci.yml"]);
  });

  it("uses only the user's globs when given, and keeps literal paths of files to create", () => {
    const selection = selectTargetFiles({ repoFiles, include: ["src/**/*.ts", "src/new.ts"], failingOutput: "test/app.test.ts" });
    expect(selection.files).toEqual(["src/app.ts", "src/math.ts", "src/new.ts", "src/util/math.ts"]);
  });
});
