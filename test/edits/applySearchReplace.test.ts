import { describe, expect, it } from "vitest";
import { applySearchReplace } from "../../src/edits/applySearchReplace.js";

const file = ["function a() {", "  return 1;", "}", "", "function b() {", "  if (x) {", "    return 2;", "  }", "}", ""].join("\n");

describe("applySearchReplace", () => {
  it("applies an exact match and reports its strategy and line", () => {
    const result = applySearchReplace(file, [{ search: "  return 1;\n", replace: "  return 10;\n" }]);
    expect(result.failed).toEqual([]);
    expect(result.content).toBe(file.replace("return 1;", "return 10;"));
    expect(result.applied).toEqual([{ index: 0, strategy: "exact", startLine: 2 }]);
  });

  it("applies blocks in order to the evolving content", () => {
    const result = applySearchReplace("one\n", [
      { search: "one\n", replace: "two\n" },
      { search: "two\n", replace: "three\n" },
    ]);
    expect(result.content).toBe("three\n");
  });

  it("matches whole lines only, so a fragment of a line does not match", () => {
    const result = applySearchReplace("const value = 1;\n", [{ search: "value = 1", replace: "value = 2" }]);
    expect(result.failed[0]?.kind).toBe("no_match");
    expect(result.content).toBe("const value = 1;\n");
  });

  it("matches after an indentation shift and re-indents REPLACE (adding indentation)", () => {
    const search = "if (x) {\n  return 2;\n}\n";
    const replace = "if (x) {\n  return 3;\n}\nreturn 4;\n";
    const result = applySearchReplace(file, [{ search, replace }]);
    expect(result.applied?.[0]).toEqual({ index: 0, strategy: "indentation", startLine: 6 });
    expect(result.content).toContain("  if (x) {\n    return 3;\n  }\n  return 4;\n}");
  });

  it("matches after an indentation shift and re-indents REPLACE (removing indentation)", () => {
    const search = "        return 1;\n";
    const result = applySearchReplace(file, [{ search, replace: "        return 5;\n      // done\n" }]);
    expect(result.applied?.[0]?.strategy).toBe("indentation");
    expect(result.content).toContain("function a() {\n  return 5;\n// done\n}");
  });

  it("matches ignoring runs of whitespace inside lines", () => {
    const search = "function   b()  {\n  if (x)   {\n";
    const result = applySearchReplace(file, [{ search, replace: "function b() {\n  if (y) {\n" }]);
    expect(result.applied?.[0]).toEqual({ index: 0, strategy: "whitespace", startLine: 5 });
    expect(result.content).toContain("function b() {\n  if (y) {\n    return 2;");
  });

  it("reports an ambiguous SEARCH with the candidate lines and leaves the content unchanged", () => {
    const content = "x();\ny();\nx();\ny();\n";
    const result = applySearchReplace(content, [{ search: "x();\ny();\n", replace: "z();\n" }]);
    expect(result.failed).toMatchObject([{ index: 0, kind: "ambiguous", candidateLines: [1, 3] }]);
    expect(result.content).toBe(content);
  });

  it("prefers a unique exact match over other whitespace-equal places", () => {
    const content = "  x();\nx();\n";
    const result = applySearchReplace(content, [{ search: "x();\n", replace: "y();\n" }]);
    expect(result.content).toBe("  x();\ny();\n");
  });

  it("is ambiguous among indentation-shifted matches", () => {
    const content = "  x();\n    x();\n";
    const result = applySearchReplace(content, [{ search: "x();\n", replace: "y();\n" }]);
    expect(result.failed[0]).toMatchObject({ kind: "ambiguous", candidateLines: [1, 2] });
  });

  it("gives the closest region, numbered, with a similarity score, when nothing matches", () => {
    const search = "function b() {\n  if (y) {\n    return 2;\n  }\n}\n";
    const result = applySearchReplace(file, [{ search, replace: "function b() {}\n" }]);
    const failure = result.failed[0];
    expect(failure?.kind).toBe("no_match");
    expect(failure?.closest).toMatchObject({ startLine: 5, endLine: 9 });
    expect(failure?.closest?.text).toBe("5 | function b() {\n6 |   if (x) {\n7 |     return 2;\n8 |   }\n9 | }");
    expect(failure?.closest?.similarity).toBeGreaterThan(0.7);
    expect(failure?.closest?.similarity).toBeLessThan(1);
    expect(failure?.replaceAlreadyPresent).toBeUndefined();
  });

  it("has no closest region when SEARCH shares no line with the file", () => {
    const result = applySearchReplace(file, [{ search: "nothing like this\n", replace: "x\n" }]);
    expect(result.failed[0]?.closest).toBeUndefined();
  });

  it("notes when the REPLACE text is already in the file", () => {
    const result = applySearchReplace(file, [{ search: "  return 0;\n", replace: "  return 1;\n" }]);
    expect(result.failed[0]).toMatchObject({ kind: "no_match", replaceAlreadyPresent: true });
  });

  it("creates content from an empty SEARCH on empty content", () => {
    const result = applySearchReplace("", [{ search: "", replace: "hello\n" }]);
    expect(result).toEqual({ content: "hello\n", failed: [], applied: [{ index: 0, strategy: "create", startLine: 1 }] });
  });

  it("refuses an empty SEARCH on a file with content, explaining why", () => {
    const result = applySearchReplace("existing\n", [{ search: "", replace: "more\n" }]);
    expect(result.content).toBe("existing\n");
    expect(result.failed[0]?.kind).toBe("no_match");
    expect(result.failed[0]?.reason).toContain("SEARCH must quote the existing lines");
  });

  it("keeps trying later blocks after a failure and reports every failure", () => {
    const result = applySearchReplace("a\nb\nc\n", [
      { search: "zzz\n", replace: "y\n" },
      { search: "b\n", replace: "B\n" },
      { search: "qqq\n", replace: "y\n" },
    ]);
    expect(result.failed.map((f) => f.index)).toEqual([0, 2]);
    expect(result.content).toBe("a\nB\nc\n");
  });

  it("keeps CRLF line endings and the absence of a final newline", () => {
    expect(applySearchReplace("a\r\nb\r\n", [{ search: "b\n", replace: "c\n" }]).content).toBe("a\r\nc\r\n");
    expect(applySearchReplace("a\nb", [{ search: "b\n", replace: "c\n" }]).content).toBe("a\nc");
  });

  it("deletes lines with an empty REPLACE", () => {
    expect(applySearchReplace("a\nb\nc\n", [{ search: "b\n", replace: "" }]).content).toBe("a\nc\n");
  });

  it("finds an 8-line whitespace-only match near the end of a 20,000-line file", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  const value${i} = compute(${i}, "padding text for the line");`);
    const content = `${lines.join("\n")}\n`;
    const target = lines.slice(19_990, 19_998).map((l) => l.replace(" = ", "   =   ").trim());
    const result = applySearchReplace(content, [{ search: `${target.join("\n")}\n`, replace: "  // gone\n" }]);
    expect(result.applied?.[0]).toEqual({ index: 0, strategy: "whitespace", startLine: 19_991 });
    // SEARCH was written without the file's two-space indentation, so REPLACE gets it added.
    expect(result.content).toContain(`${lines[19_989]}\n    // gone\n${lines[19_998]}\n`);
  });
});
