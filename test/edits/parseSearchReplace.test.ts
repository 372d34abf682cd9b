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
    // Issue 10: a block with a second divider line cannot say whether that line is in SEARCH or REPLACE.
    it("refuses a '=======' line inside SEARCH, naming the lines and saying how to write it", () => {
      const text = [
        "README.md",
        "<<<<<<< SEARCH",
        "Install",
        "=======",
        "Run npm i.",
        "=======",
        "Install",
        "=======",
        "Run pnpm i.",
        ">>>>>>> REPLACE",
        "",
      ].join("\n");
      const error = parseError(text);
      expect(error.line).toBe(6);
      expect(error.message).toMatch(/^line 6: the block opened at line 2 has more than one '=======' line \(lines 4, 6, 8\)/);
      expect(error.message).toContain("leave it out of SEARCH: end the block on the line above it and start another block on the line below it");
      expect(error.message).toContain("'<<<<<<<<< SEARCH', '=========', '>>>>>>>>> REPLACE'");
    });

    it("refuses a second divider in REPLACE too, since it reads the same as one in SEARCH", () => {
      const error = parseError(block("Intro\n", "Title\n=======\nIntro\n"));
      expect(error.line).toBe(5);
      expect(error.message).toContain("(lines 3, 5)");
    });

    it("refuses git conflict markers quoted in an ordinary block", () => {
      const search = "<<<<<<< HEAD\na = 1\n=======\na = 2\n>>>>>>> feature\n";
      const error = parseError(block(search, "a = 2\n"));
      expect(error.line).toBe(7);
      expect(error.message).toContain("(lines 4, 7)");
    });

    it("reads '=' lines of another length as content in a block with nine-character markers", () => {
      const search = "<<<<<<< HEAD\na = 1\n=======\na = 2\n>>>>>>> feature\n";
      const text = block(search, "a = 2\n", "<<<<<<<<< SEARCH", "=========", ">>>>>>>>> REPLACE");
      expect(parseSearchReplace(text)).toEqual([{ search, replace: "a = 2\n", line: 1 }]);
      const heading = block("Intro\n", "Title\n=======\nIntro\n", "<<<<<<<<< SEARCH", "=========", ">>>>>>>>> REPLACE");
      expect(parseSearchReplace(heading)[0]).toMatchObject({ search: "Intro\n", replace: "Title\n=======\nIntro\n" });
    });

    it("reads the other markers' lines as content in a long block, so the format itself can be edited", () => {
      const search = "<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n";
      const text = block(search, "", "<<<<<<<< SEARCH", "========", ">>>>>>>> REPLACE");
      expect(parseSearchReplace(text)).toEqual([{ search, replace: "", line: 1 }]);
    });

    it("takes a nine-'=' line as content in a block with eight-character markers", () => {
      const text = block("Changelog\n=========\n", "Changes\n=========\n", "<<<<<<<< SEARCH", "========", ">>>>>>>> REPLACE");
      expect(parseSearchReplace(text)[0]).toMatchObject({ search: "Changelog\n=========\n", replace: "Changes\n=========\n" });
    });

    it("says what a long block expects when it is not closed by a marker of its own length", () => {
      const error = parseError("<<<<<<<<< SEARCH\nx\n=========\ny\n>>>>>>> REPLACE\n");
      expect(error.message).toContain("expected a '>>>>>>>>> REPLACE' line");
      expect(error.message).toContain("opened with 9 '<'");
    });

    it("treats a divider directly before the REPLACE marker as a doubled marker", () => {
      const text = "<<<<<<< SEARCH\nold\n=======\nnew\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(text)[0]).toMatchObject({ search: "old\n", replace: "new\n" });
      const emptied = "<<<<<<< SEARCH\nold\n=======\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(emptied)[0]).toMatchObject({ search: "old\n", replace: "" });
      const code = "src/app.py\n<<<<<<< SEARCH\nold()\n=======\nnew()\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(code)[0]).toMatchObject({ search: "old()\n", replace: "new()\n" });
    });

    it("keeps a last REPLACE line of '=' under a heading line in a Markdown, reST or text file", () => {
      for (const file of ["README.md", "docs/index.rst", "NOTES.txt", "guide.adoc"]) {
        const text = `${file}\n<<<<<<< SEARCH\nIntro.\n=======\nIntro.\n\nUsage\n=======\n>>>>>>> REPLACE\n`;
        expect(parseSearchReplace(text)[0], file).toMatchObject({ path: file, search: "Intro.\n", replace: "Intro.\n\nUsage\n=======\n" });
      }
    });

    it("uses defaultPath to read a path-less block's last '=' line as a heading underline", () => {
      const text = block("Intro.\n", "Intro.\n\nUsage\n=======\n");
      expect(parseSearchReplace(text, { defaultPath: "README.md" })[0]).toMatchObject({ replace: "Intro.\n\nUsage\n=======\n" });
      expect(parseSearchReplace(text, { defaultPath: "src/app.ts" })[0]).toMatchObject({ replace: "Intro.\n\nUsage\n" });
    });

    it("still drops a doubled marker in a Markdown file when no heading line is above it", () => {
      const text = "README.md\n<<<<<<< SEARCH\nold\n=======\n=======\n>>>>>>> REPLACE\n";
      expect(parseSearchReplace(text)[0]).toMatchObject({ search: "old\n", replace: "" });
    });

    it("keeps a last REPLACE line of '-' (never a marker) in any file", () => {
      const text = "src/app.py\n" + block("x = 1\n", '"""\nUsage\n-------\n');
      expect(parseSearchReplace(text)[0]?.replace).toBe('"""\nUsage\n-------\n');
    });

    it("keeps a heading underline in a long block whatever the file", () => {
      const text = block("Intro.\n", "Intro.\n\nUsage\n=======\n", "<<<<<<<<< SEARCH", "=========", ">>>>>>>>> REPLACE");
      expect(parseSearchReplace(text)[0]?.replace).toBe("Intro.\n\nUsage\n=======\n");
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

    // Issue 10: paths models copy from stack traces and Windows shells.
    it("accepts ./ and backslash spellings of an allowed path, in headers and file name lines", () => {
      for (const spelling of ["./src/a.ts", "src\\a.ts", ".\\src\\a.ts", "src//a.ts"]) {
        const fromHeader = parseSearchReplace(`<<< path=${spelling} >>>\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths });
        expect(fromHeader[0]?.path, spelling).toBe("src/a.ts");
        const fromLine = parseSearchReplace(`${spelling}\n\`\`\`ts\n${block("1\n", "2\n")}\`\`\`\n`, { multiFile: true, allowedPaths });
        expect(fromLine[0]?.path, spelling).toBe("src/a.ts");
      }
    });

    it("takes an absolute path inside repoDir (copied from a stack trace) as its relative path", () => {
      const repoDir = "/home/runner/work/app/app";
      const abs = `${repoDir}/src/a.ts`;
      const text = `<<< path=${abs} >>>\n${block("1\n", "2\n")}${repoDir}/./src//b.ts\n${block("3\n", "4\n")}`;
      expect(parseSearchReplace(text, { multiFile: true, allowedPaths, repoDir }).map((b) => b.path)).toEqual(["src/a.ts", "src/b.ts"]);
    });

    it("refuses an absolute path outside repoDir, and a Windows drive path, as outside the repository", () => {
      const repoDir = "/home/runner/work/app/app";
      for (const abs of ["/home/runner/work/other/src/a.ts", "/etc/passwd", "/home/runner/work/app/app/../app2/src/a.ts", "C:\\app\\src\\a.ts"]) {
        const error = parseError(`<<< path=${abs} >>>\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths, repoDir });
        expect(error.message, abs).toBe(`line 1: path '${abs}' is outside the repository; use a path relative to the repository root. Allowed paths: src/a.ts, src/b.ts`);
      }
    });

    it("without repoDir, refuses an absolute path that is not itself allowed", () => {
      const error = parseError(`<<< path=/etc/passwd >>>\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths });
      expect(error.message).toContain("path '/etc/passwd' is not one of the files you may edit");
    });

    it("still refuses a relative path that leaves the allowed list with .., quoting it as written", () => {
      const error = parseError(`<<< path=src/../../etc/passwd >>>\n${block("1\n", "2\n")}`, { multiFile: true, allowedPaths });
      expect(error.message).toContain("path 'src/../../etc/passwd' is not one of the files you may edit");
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
