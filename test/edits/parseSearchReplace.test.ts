import { describe, expect, it } from "vitest";
import { EditParseError } from "../../src/edits/editBlock.js";
import { parseSearchReplace, tryParseSearchReplace } from "../../src/edits/parseSearchReplace.js";

const block = (search: string, replace: string, open = "<<<<<<< SEARCH", mid = "=======", close = ">>>>>>> REPLACE"): string =>
  `${open}\n${search}${mid}\n${replace}${close}\n`;

function parseError(text: string, options = {}): EditParseError {
  const outcome = tryParseSearchReplace(text, options);
  if (outcome.ok) throw new Error("expected a parse error");
  return outcome.error;
}

describe("parseSearchReplace", () => {
  it("parses a plain single-file block and records its line", () => {
    const blocks = parseSearchReplace(`Some prose.\n${block("a = 1\n", "a = 2\n")}more prose`);
    expect(blocks).toEqual([{ search: "a = 1\n", replace: "a = 2\n", line: 2 }]);
  });

  it("normalises CRLF and accepts a reply without a final newline", () => {
    const text = "<<<<<<< SEARCH\r\nx\r\n=======\r\ny\r\n>>>>>>> REPLACE";
    expect(parseSearchReplace(text)).toEqual([{ search: "x\n", replace: "y\n", line: 1 }]);
  });

  it.each([5, 6, 7, 8, 9])("accepts markers of length %i and trailing spaces", (n) => {
    const text = `${"<".repeat(n)} SEARCH   \nold\n${"=".repeat(n)}  \nnew\n${">".repeat(n)} REPLACE \n`;
    expect(parseSearchReplace(text)).toEqual([{ search: "old\n", replace: "new\n", line: 1 }]);
  });

  it("does not take 4- or 10-character runs as markers", () => {
    expect(parseSearchReplace("<<<< SEARCH\nx\n====\ny\n>>>> REPLACE\n")).toEqual([]);
    expect(parseSearchReplace("<<<<<<<<<< SEARCH\nx\n")).toEqual([]);
  });

  it("reads blocks inside code fences with any language tag and uses the file name line before the fence", () => {
    const text = "Here is the fix:\n\nsrc/foo.ts\n```typescript\n" + block("const a = 1;\n", "const a = 2;\n") + "```\n";
    expect(parseSearchReplace(text)).toEqual([{ path: "src/foo.ts", search: "const a = 1;\n", replace: "const a = 2;\n", line: 5 }]);
  });

  it("strips markdown decoration around a file name", () => {
    for (const name of ["**src/a.py**", "`src/a.py`", "# src/a.py", "src/a.py:"]) {
      const [b] = parseSearchReplace(`${name}\n\`\`\`\n${block("x\n", "y\n")}\`\`\`\n`);
      expect(b?.path).toBe("src/a.py");
    }
  });

  it("finds a file name written in its own fence before the block (deepseek style)", () => {
    const text = "```python\nword_count.py\n```\n```python\n" + block("x\n", "y\n") + "```\n";
    expect(parseSearchReplace(text)[0]?.path).toBe("word_count.py");
  });

  it("does not take prose before the fence as a file name, and reuses the previous block's path", () => {
    const text = "a/b.ts\n```ts\n" + block("1\n", "2\n") + "```\nThen also change this:\n```ts\n" + block("3\n", "4\n") + "```\n";
    expect(parseSearchReplace(text).map((b) => b.path)).toEqual(["a/b.ts", "a/b.ts"]);
  });

  it("keeps a first SEARCH line that ends with the file name", () => {
    const text = "src/util.ts\n```ts\n" + block("// see src/util.ts\nexport {};\n", "export { x };\n") + "```\n";
    expect(parseSearchReplace(text)[0]?.search).toBe("// see src/util.ts\nexport {};\n");
  });

  it("accepts an empty SEARCH (new file)", () => {
    expect(parseSearchReplace("new.txt\n" + block("", "hello\n"))).toEqual([{ path: "new.txt", search: "", replace: "hello\n", line: 2 }]);
  });

  it("keeps fence lines that are inside a block as content", () => {
    const text = "README.md\n````\n" + block("```js\nold()\n```\n", "```js\nnew()\n```\n") + "````\n";
    expect(parseSearchReplace(text)[0]).toMatchObject({ search: "```js\nold()\n```\n", replace: "```js\nnew()\n```\n" });
  });

  describe("dividers after the first", () => {
    it("splits at the first divider and keeps later dividers in REPLACE", () => {
      const text = block("Title\n", "Title\n=======\nText\n");
      expect(parseSearchReplace(text)[0]).toMatchObject({ search: "Title\n", replace: "Title\n=======\nText\n" });
    });

    it("treats a divider directly before the REPLACE marker as a doubled marker", () => {
      const text = "<<<<<<< SEARCH\nold\n=======\nnew\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(text)[0]).toMatchObject({ search: "old\n", replace: "new\n" });
      const emptied = "<<<<<<< SEARCH\nold\n=======\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(emptied)[0]).toMatchObject({ search: "old\n", replace: "" });
    });

    it("is an error, naming the stray divider, when a divider was used to close the block", () => {
      const text = "<<<<<<< SEARCH\nold\n=======\nnew\n=======\n\nprose\n";
      const error = parseError(text);
      expect(error.line).toBe(8);
      expect(error.message).toContain("line 5");
      expect(error.message).toContain(">>>>>>> REPLACE");
    });
  });

  describe("errors", () => {
    it("reports a block that never ends, with the line where it opened", () => {
      const error = parseError("intro\n<<<<<<< SEARCH\nx\n=======\ny\n");
      expect(error).toBeInstanceOf(EditParseError);
      expect(error.message).toContain("opened at line 2");
      expect(error.message).toContain("'>>>>>>> REPLACE'");
      expect(error.line).toBe(6);
    });

    it("reports a missing divider", () => {
      const error = parseError("<<<<<<< SEARCH\nx\n>>>>>>> REPLACE\n");
      expect(error.line).toBe(3);
      expect(error.message).toContain("'======='");
    });

    it("reports a block left open when the next one starts", () => {
      const error = parseError("<<<<<<< SEARCH\nx\n=======\ny\n<<<<<<< SEARCH\nz\n=======\nw\n>>>>>>> REPLACE\n");
      expect(error.line).toBe(5);
      expect(error.message).toContain("opened at line 1");
    });

    it("throws from parseSearchReplace and returns from tryParseSearchReplace", () => {
      expect(() => parseSearchReplace("<<<<<<< SEARCH\nx\n")).toThrow(EditParseError);
      expect(tryParseSearchReplace(block("a\n", "b\n"))).toEqual({ ok: true, blocks: [{ search: "a\n", replace: "b\n", line: 1 }] });
    });

    it("returns no blocks for prose", () => {
      expect(parseSearchReplace("I could not find the bug.\n=======\n")).toEqual([]);
    });
  });

  describe("multi-file mode", () => {
    const allowedPaths = ["src/a.ts", "src/b.ts"];

    it("applies a path header to the following blocks until the next header", () => {
      const text = `<<< path=src/a.ts >>>\n${block("1\n", "2\n")}${block("3\n", "4\n")}<<< path=src/b.ts >>>\n${block("5\n", "6\n")}`;
      const blocks = parseSearchReplace(text, { multiFile: true, allowedPaths });
      expect(blocks.map((b) => [b.path, b.line])).toEqual([["src/a.ts", 2], ["src/a.ts", 7], ["src/b.ts", 13]]);
    });

    it("requires a path for every block", () => {
      const error = parseError(`intro\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths });
      expect(error.line).toBe(2);
      expect(error.message).toContain("no file path");
    });

    it("refuses a path outside the allowed list, naming it and the allowed paths", () => {
      const error = parseError(`ok\n\n<<< path=src/c.ts >>>\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths: new Set(allowedPaths) });
      expect(error.line).toBe(3);
      expect(error.message).toContain("'src/c.ts'");
      expect(error.message).toContain("src/a.ts, src/b.ts");
    });

    it("refuses a disallowed file name line too", () => {
      const error = parseError("src/z.ts\n```ts\n" + block("1\n", "2\n") + "```\n", { multiFile: true, allowedPaths });
      expect(error.line).toBe(3);
      expect(error.message).toContain("'src/z.ts'");
    });

    it("takes a bare file name that ends exactly one allowed path as that path", () => {
      const blocks = parseSearchReplace("b.ts\n```ts\n" + block("1\n", "2\n") + "```\n", { multiFile: true, allowedPaths });
      expect(blocks[0]?.path).toBe("src/b.ts");
      const twice = parseError("b.ts\n" + block("1\n", "2\n"), { multiFile: true, allowedPaths: ["x/b.ts", "y/b.ts"] });
      expect(twice.message).toContain("x/b.ts, y/b.ts");
    });

    it("accepts an allowed file name without a dot or slash", () => {
      const blocks = parseSearchReplace("Makefile\n```\n" + block("a\n", "b\n") + "```\n", { multiFile: true, allowedPaths: ["Makefile"] });
      expect(blocks[0]?.path).toBe("Makefile");
    });
  });

  it("parses a 1 MB reply (many blocks) completely", () => {
    const one = "src/big.ts\n```ts\n" + block("const a = 1;\n".repeat(20), "const a = 2;\n".repeat(20)) + "```\n\n";
    const count = Math.ceil(1_000_000 / one.length);
    const blocks = parseSearchReplace(one.repeat(count));
    expect(blocks).toHaveLength(count);
    expect(blocks.at(-1)?.path).toBe("src/big.ts");
  });
});
