import { describe, expect, it } from "vitest";
import { TerminalTextCleaner } from "../../src/runner/terminalTextCleaner.js";

describe("TerminalTextCleaner", () => {
  it("decodes UTF-8 split at every byte, strips escapes and collapses progress lines", () => {
    const raw = Buffer.from("\x1b[32m✓\x1b[0m λ 😀\r\n 1/3\r 3/3\x1b[K\r\nend", "utf8");
    for (let cut = 0; cut <= raw.length; cut += 1) {
      const cleaner = new TerminalTextCleaner();
      const out = cleaner.push(raw.subarray(0, cut)) + cleaner.push(raw.subarray(cut)) + cleaner.end();
      expect(out, `cut at ${cut}`).toBe("✓ λ 😀\n 3/3\nend");
    }
  });

  it("replaces invalid UTF-8 instead of failing", () => {
    const cleaner = new TerminalTextCleaner();
    expect(cleaner.push(Buffer.from([0x61, 0xff, 0x62, 0x0a])) + cleaner.end()).toBe("a\uFFFDb\n");
  });
});
