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
    expect(failure?.closest?.text).toBe("5| function b() {\n6|   if (x) {\n7|     return 2;\n8|   }\n9| }");
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

  describe("SEARCH with blank lines the file does not have (issue 10)", () => {
    it("retries without a leading blank line, dropping REPLACE's matching one", () => {
      const content = "import os\ndef a():\n    return 1\n";
      const result = applySearchReplace(content, [{ search: "\ndef a():\n    return 1\n", replace: "\ndef a():\n    return 2\n" }]);
      expect(result.failed).toEqual([]);
      expect(result.content).toBe("import os\ndef a():\n    return 2\n");
      expect(result.applied).toEqual([{ index: 0, strategy: "exact", startLine: 2 }]);
    });

    it("retries without trailing blank lines too", () => {
      const result = applySearchReplace("x = 1\ny = 2\n", [{ search: "x = 1\n\n\n", replace: "x = 10\n\n" }]);
      expect(result.content).toBe("x = 10\ny = 2\n");
    });

    it("keeps REPLACE's blank lines beyond those SEARCH had", () => {
      const result = applySearchReplace("a\nb\n", [{ search: "\nb\n", replace: "\n\nc\n" }]);
      expect(result.content).toBe("a\n\nc\n");
    });

    it("does not retry when the lines without the blank ones match in several places", () => {
      const content = "a\nb\na\n";
      const result = applySearchReplace(content, [{ search: "\na\n", replace: "c\n" }]);
      expect(result.failed[0]?.kind).toBe("no_match");
      expect(result.content).toBe(content);
    });

    it("uses the blank line when the file has it", () => {
      const result = applySearchReplace("a\nb\n\nb\n", [{ search: "\nb\n", replace: "\nc\n" }]);
      expect(result.content).toBe("a\nb\n\nc\n");
    });
  });

  describe("indentation style (issue 10)", () => {
    it("writes a space-indented REPLACE with tabs into a tab-indented Makefile", () => {
      const content = "app: main.o\n\tcc -o app main.o\n\nmain.o: main.c\n\tcc -c main.c\n";
      const result = applySearchReplace(content, [
        { search: "main.o: main.c\n    cc -c main.c\n", replace: "main.o: main.c util.h\n    cc -Wall -c main.c\n    @echo built main.o\n" },
      ]);
      expect(result.applied?.[0]?.strategy).toBe("whitespace");
      expect(result.content).toBe("app: main.o\n\tcc -o app main.o\n\nmain.o: main.c util.h\n\tcc -Wall -c main.c\n\t@echo built main.o\n");
    });

    it("converts nested levels and a level shift in a tab-indented Python file", () => {
      const content = "class A:\n\tdef f(self):\n\t\tif x:\n\t\t\treturn 1\n\t\treturn 2\n";
      const search = "def f(self):\n    if x:\n        return 1\n";
      const replace = "def f(self):\n    if x:\n        if y:\n            return 3\n        return 1\n";
      const result = applySearchReplace(content, [{ search, replace }]);
      expect(result.content).toBe("class A:\n\tdef f(self):\n\t\tif x:\n\t\t\tif y:\n\t\t\t\treturn 3\n\t\t\treturn 1\n\t\treturn 2\n");
    });

    it("converts REPLACE after an indentation-shifted match of unindented SEARCH lines", () => {
      const content = "func f() {\n\tfoo()\n\tbar()\n}\n";
      const result = applySearchReplace(content, [{ search: "foo()\nbar()\n", replace: "foo()\nif x {\n    baz()\n}\nbar()\n" }]);
      expect(result.applied?.[0]?.strategy).toBe("indentation");
      expect(result.content).toBe("func f() {\n\tfoo()\n\tif x {\n\t\tbaz()\n\t}\n\tbar()\n}\n");
    });

    it("writes a tab-indented REPLACE with the file's spaces", () => {
      const content = "def f():\n    if x:\n        return 1\n";
      const result = applySearchReplace(content, [{ search: "def f():\n\tif x:\n\t\treturn 1\n", replace: "def f():\n\tif x:\n\t\treturn 2\n\treturn 3\n" }]);
      expect(result.content).toBe("def f():\n    if x:\n        return 2\n    return 3\n");
    });

    it("leaves an exact match's REPLACE as written", () => {
      const content = "all:\n\tcc x.c\n";
      const result = applySearchReplace(content, [{ search: "all:\n\tcc x.c\n", replace: "all:\n\tcc -O2 x.c\n" }]);
      expect(result.content).toBe("all:\n\tcc -O2 x.c\n");
    });
  });

  describe("Unicode spaces (issue 10)", () => {
    it("treats one NBSP like a space, as it treats two", () => {
      for (const spaced of ["const a\u00a0= 1;", "const a\u00a0\u00a0= 1;", "const a\u2009=\u3000 1;"]) {
        const result = applySearchReplace(`${spaced}\n`, [{ search: "const a = 1;\n", replace: "const a = 2;\n" }]);
        expect(result.applied?.[0]?.strategy, JSON.stringify(spaced)).toBe("whitespace");
        expect(result.content).toBe("const a = 2;\n");
      }
      const reverse = applySearchReplace("const a = 1;\n", [{ search: "const a\u00a0= 1;\n", replace: "const a = 2;\n" }]);
      expect(reverse.content).toBe("const a = 2;\n");
    });
  });

  describe("mixed line endings (issue 10)", () => {
    const endings = (text: string): { crlf: number; lf: number } => {
      const crlf = text.split("\r\n").length - 1;
      return { crlf, lf: text.split("\n").length - 1 - crlf };
    };

    it("gives replaced and inserted lines the file's dominant ending, leaving other lines as they are", () => {
      const content = "a\r\nb\r\nc\r\nd\n";
      const result = applySearchReplace(content, [{ search: "b\n", replace: "B1\nB2\n" }]);
      expect(result.applied?.[0]).toEqual({ index: 0, strategy: "exact", startLine: 2 });
      expect(result.content).toBe("a\r\nB1\r\nB2\r\nc\r\nd\n");
    });

    it("does not spread a minority ending when the replaced line had it", () => {
      const content = "a\nb\r\nc\nd\n";
      const result = applySearchReplace(content, [{ search: "b\n", replace: "B1\nB2\nB3\n" }]);
      expect(result.content).toBe("a\nB1\nB2\nB3\nc\nd\n");
      expect(Math.min(endings(result.content).crlf, endings(result.content).lf)).toBe(0);
    });

    it("never increases the number of lines with the less common ending", () => {
      const content = "one\r\ntwo\ntwo b\r\nthree\r\nfour\n";
      const before = endings(content);
      const edits = [
        { search: "two\ntwo b\n", replace: "2\n2b\n2c\n" },
        { search: "four\n", replace: "4\n5\n" },
        { search: "one\n", replace: "" },
      ];
      for (const edit of edits) {
        const after = endings(applySearchReplace(content, [edit]).content);
        expect(Math.min(after.crlf, after.lf), JSON.stringify(edit)).toBeLessThanOrEqual(Math.min(before.crlf, before.lf));
      }
    });
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
