import { describe, expect, it } from "vitest";
import { BoundedOutput, elisionMarker } from "../../src/runner/boundedOutput.js";

describe("BoundedOutput", () => {
  it("keeps everything that fits, with no marker", () => {
    const output = new BoundedOutput({ headBytes: 8, tailBytes: 8 });
    output.append("abcdefgh");
    output.append("ijklmnop");
    expect(output.toString()).toBe("abcdefghijklmnop");
    expect(output.elidedBytes).toBe(0);
    expect(output.totalBytes).toBe(16);
  });

  it("keeps head and tail lines and counts what it left out", () => {
    const output = new BoundedOutput({ headBytes: 20, tailBytes: 20 });
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}\n`);
    for (const line of lines) output.append(line);
    const text = output.toString();
    const total = Buffer.byteLength(lines.join(""));
    expect(text.startsWith("line 0\nline 1\n")).toBe(true);
    expect(text.endsWith("line 98\nline 99\n")).toBe(true);
    expect(output.totalBytes).toBe(total);
    const marker = elisionMarker(output.elidedBytes);
    expect(text).toContain(`\n${marker}\n`);
    const shown = Buffer.byteLength(text) - Buffer.byteLength(`${marker}\n`);
    expect(output.elidedBytes).toBe(total - shown);
    // Whole lines only on both sides of the marker.
    const [head, tail] = text.split(`${marker}\n`);
    for (const line of `${head}${tail}`.split("\n").filter((l) => l !== "")) expect(line).toMatch(/^line \d+$/);
  });

  it("writes one huge chunk through the ring and keeps its end", () => {
    const output = new BoundedOutput({ headBytes: 4, tailBytes: 6 });
    output.append("HEAD");
    output.append(`${"x".repeat(1000)}ABCDEF`);
    expect(output.toString()).toBe(`HEAD\n${elisionMarker(1000)}\nABCDEF`);
  });

  it("never splits a multi-byte character at either cut", () => {
    const output = new BoundedOutput({ headBytes: 5, tailBytes: 7 });
    for (let i = 0; i < 50; i += 1) output.append("€"); // 3 bytes each, no newlines
    const text = output.toString();
    expect(text).not.toContain("\uFFFD");
    const [head, tail] = text.split(/\n\[\.\.\. .* elided \.\.\.\]\n/);
    expect(head).toBe("€");
    expect(tail).toBe("€€");
    expect(output.elidedBytes).toBe(150 - 9);
  });

  it("splits the default budget into a quarter head and three quarters tail", () => {
    const output = new BoundedOutput({ maxBytes: 400 });
    output.append("a".repeat(100));
    output.append("b".repeat(1000));
    output.append("c".repeat(300));
    const text = output.toString();
    expect(text.startsWith(`${"a".repeat(100)}\n[...`)).toBe(true);
    expect(text.endsWith("c".repeat(300))).toBe(true);
    expect(output.elidedBytes).toBe(1000);
  });

  it("rejects a budget it cannot use", () => {
    expect(() => new BoundedOutput({ headBytes: 10, tailBytes: 0 })).toThrow(RangeError);
  });
});
