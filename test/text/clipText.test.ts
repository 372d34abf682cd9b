import { describe, expect, it } from "vitest";
import { headText, tailText } from "../../src/text/clipText.js";
import { joinLines, numberLines, splitLines } from "../../src/text/lines.js";

describe("tailText", () => {
  it("returns short text unchanged", () => {
    expect(tailText("a\nb\n", 100)).toBe("a\nb\n");
  });
  it("starts at a line boundary when one is near, and says how much was left out", () => {
    expect(tailText("first line\nsecond\n", 8)).toBe("[... 11 earlier characters omitted ...]\nsecond\n");
    // A boundary far into the tail would throw most of it away: the cut stays mid-line.
    expect(tailText("first line\nsecond line\nthird\n", 15)).toBe("[... 14 earlier characters omitted ...]\nond line\nthird\n");
  });
  it("cuts one long line without starting on half a character", () => {
    expect(tailText("aaaa😀b", 3)).toBe("[... 4 earlier characters omitted ...]\n😀b");
    expect(tailText("aaaa😀b", 2)).toBe("[... 6 earlier characters omitted ...]\nb");
  });
  it("is empty for a budget of 0", () => {
    expect(tailText("abc", 0)).toBe("");
  });
});

describe("headText", () => {
  it("keeps the start and says how much more there was, never splitting a character", () => {
    expect(headText("abcdef", 3)).toBe("abc\n[... 3 more characters omitted ...]");
    expect(headText("ab😀cd", 3)).toBe("ab\n[... 4 more characters omitted ...]");
  });
});

describe("lines", () => {
  it("a final newline does not start a line, and joinLines puts it back", () => {
    expect(splitLines("a\nb\n")).toEqual({ lines: ["a", "b"], finalNewline: true });
    expect(splitLines("a\n\n")).toEqual({ lines: ["a", ""], finalNewline: true });
    expect(splitLines("")).toEqual({ lines: [], finalNewline: false });
    expect(joinLines(["a", "b"], true)).toBe("a\nb\n");
    expect(joinLines(["a", "b"], false)).toBe("a\nb");
  });
  it("numbers lines from the given number, padded to the widest", () => {
    expect(numberLines(["x", "y"], 9)).toBe(" 9| x\n10| y");
  });
});
