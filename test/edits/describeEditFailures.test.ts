import { describe, expect, it } from "vitest";
import { applySearchReplace } from "../../src/edits/applySearchReplace.js";
import { describeEditFailures } from "../../src/edits/describeEditFailures.js";

const content = ["def total(items):", "    s = 0", "    for i in items:", "        s += i.price", "    return s", ""].join("\n");

describe("describeEditFailures", () => {
  it("shows the failed block, the closest numbered lines, the SEARCH and what to send again", () => {
    const search = "def total(items):\n    s = 0\n    for item in items:\n        s += i.price\n";
    const { failed } = applySearchReplace(content, [{ search, replace: "x\n" }]);
    const text = describeEditFailures(failed.map((f) => ({ ...f, index: 1, path: "shop/cart.py" })), { totalBlocks: 3 });
    expect(text).toContain("1 of 3 SEARCH/REPLACE blocks could not be applied");
    expect(text).toContain("none of the edits in your reply were applied");
    expect(text).toContain("## Block 2 (shop/cart.py): SEARCH does not match");
    expect(text).toContain("1| def total(items):\n2|     s = 0\n3|     for i in items:\n4|         s += i.price");
    expect(text).toMatch(/similarity 0\.\d\d\), lines 1-4/);
    expect(text).toContain("for item in items:");
    expect(text).toContain("Send ALL the blocks of your reply again, with the failed ones corrected.");
  });

  it("lists the candidate lines of an ambiguous SEARCH", () => {
    const { failed } = applySearchReplace("a\nb\na\nb\n", [{ search: "a\n", replace: "c\n" }]);
    const text = describeEditFailures(failed.map((f) => ({ ...f, path: "x.txt" })));
    expect(text).toContain("## Block 1 (x.txt): SEARCH matches 2 places (starting at lines 1, 3)");
    expect(text).toContain("matches exactly one place");
  });

  it("says when the REPLACE text is already present", () => {
    const { failed } = applySearchReplace(content, [{ search: "    s = 1\n", replace: "    s = 0\n" }]);
    expect(describeEditFailures(failed)).toContain("REPLACE text of this block is already in the file");
  });

  it("explains refused paths and missing files with their reasons", () => {
    const block = { search: "x\n", replace: "y\n" };
    const text = describeEditFailures([
      { index: 0, block, path: "../etc/passwd", kind: "refused_path", reason: "path '../etc/passwd' is outside the repository" },
      { index: 1, block, path: "src/nope.ts", kind: "missing_file", reason: "src/nope.ts does not exist." },
    ]);
    expect(text).toContain("## Block 1 (../etc/passwd): this path cannot be edited.\npath '../etc/passwd' is outside the repository");
    expect(text).toContain("## Block 2 (src/nope.ts): the file does not exist.\nsrc/nope.ts does not exist.");
  });

  it("can ask for every block again", () => {
    const { failed } = applySearchReplace("a\n", [{ search: "b\n", replace: "c\n" }]);
    expect(describeEditFailures(failed)).toContain("Send ALL the blocks");
  });

  it("fences file text with a fence longer than any backtick run in it", () => {
    const md = "intro\n```js\ncode()\n```\n";
    const { failed } = applySearchReplace(md, [{ search: "intro\n```js\nother()\n```\n", replace: "" }]);
    expect(describeEditFailures(failed)).toContain("````\n1| intro\n2| ```js");
  });
});
