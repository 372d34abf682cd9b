import { describe, expect, it } from "vitest";
import { AnsiStripper } from "../../src/runner/ansiStripper.js";
import { stripAnsi } from "../../src/runner/stripAnsi.js";

describe("stripAnsi", () => {
  it("removes colour and cursor CSI sequences", () => {
    expect(stripAnsi("\x1b[31mFAIL\x1b[0m test \x1b[1;32mok\x1b[m\x1b[2K\x1b[?25l")).toBe("FAIL test ok");
  });

  it("removes OSC titles and hyperlinks ended by BEL or ST", () => {
    expect(stripAnsi("\x1b]0;title\x07a \x1b]8;;https://example.test/x\x1b\\link\x1b]8;;\x1b\\ b")).toBe("a link b");
  });

  it("removes DCS strings, two-character and charset escapes", () => {
    expect(stripAnsi("\x1bPq#0;2\x1b\\x\x1b7y\x1b8\x1b(Bz\x1bM")).toBe("xyz");
  });

  it("removes the 8-bit CSI", () => {
    expect(stripAnsi("a\x9b1mb")).toBe("ab");
  });

  it("leaves plain text, tabs, newlines and non-ASCII alone", () => {
    const text = "line 1\tcol\nλ → ✓ 😀 [not an escape]\r\n";
    expect(stripAnsi(text)).toBe(text);
  });

  it("does not let an unterminated OSC swallow the following lines", () => {
    expect(stripAnsi("\x1b]0;broken title\nnext line\n")).toBe("\nnext line\n");
  });

  it("keeps the character after a stray ESC that starts no sequence", () => {
    expect(stripAnsi("a\x1b\nb")).toBe("a\nb");
  });
});

describe("AnsiStripper (streaming)", () => {
  it("removes sequences split across chunks at every position", () => {
    const text = "start \x1b[38;5;196mred\x1b[0m \x1b]8;;http://x.test\x1b\\link\x1b]8;;\x07 end";
    for (let cut = 0; cut <= text.length; cut += 1) {
      const stripper = new AnsiStripper();
      const out = stripper.push(text.slice(0, cut)) + stripper.push(text.slice(cut)) + stripper.end();
      expect(out, `cut at ${cut}`).toBe("start red link end");
    }
  });
});
