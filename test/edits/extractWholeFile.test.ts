import { describe, expect, it } from "vitest";
import { extractWholeFile } from "../../src/edits/extractWholeFile.js";

describe("extractWholeFile", () => {
  it("prefers the first block tagged with the language", () => {
    const reply = "Notes:\n```text\nnot this\n```\nThe file:\n```lua\nprint('hi')\n```\n";
    expect(extractWholeFile(reply, "lua")).toBe("print('hi')\n");
  });

  it("falls back to the first fenced block", () => {
    expect(extractWholeFile("x\n~~~\na\nb\n~~~\n", "ts")).toBe("a\nb\n");
  });

  it("keeps shorter fences inside a longer one", () => {
    expect(extractWholeFile("````md\n# T\n```js\nx()\n```\n````\n")).toBe("# T\n```js\nx()\n```\n");
  });

  it("takes a reply with no fence whole (CRLF normalised, newline-terminated)", () => {
    expect(extractWholeFile("local x = 1\r\nreturn x")).toBe("local x = 1\nreturn x\n");
  });

  it("returns undefined for an empty reply or an unclosed fence", () => {
    expect(extractWholeFile("  \n")).toBeUndefined();
    expect(extractWholeFile("Here it is:\n```lua\nprint(1)\n")).toBeUndefined();
  });

  it("returns an empty string for an empty fenced block", () => {
    expect(extractWholeFile("```\n```\n")).toBe("");
  });
});
