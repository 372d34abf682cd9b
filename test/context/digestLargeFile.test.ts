import { describe, expect, it } from "vitest";
import { buildLineIndex, chunkByLines, findErrorLine, packDigests, prioritiseDigests, type ChunkDigest } from "../../src/context/digestLargeFile.js";
import { readRange, READ_FILE_RANGE_MAX_LINES } from "../../src/context/readFileTools.js";

describe("chunkByLines", () => {
  it("cuts just before a definition that starts within 20 lines of the natural end", () => {
    const lines = Array.from({ length: 250 }, (_, i) => (i === 205 ? "def later():" : `x${i} = ${i}`));
    const chunks = chunkByLines(lines.join("\n"), 200);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([[1, 205], [206, 250]]);
    expect(chunks[1]?.text.startsWith("def later():")).toBe(true);
  });

  it("keeps the natural end when no definition follows soon", () => {
    const text = Array.from({ length: 450 }, (_, i) => `line ${i}`).join("\n");
    expect(chunkByLines(text, 200).map((c) => [c.start, c.end])).toEqual([[1, 200], [201, 400], [401, 450]]);
  });
});

describe("digest packing", () => {
  const digests: ChunkDigest[] = [
    { start: 1, end: 200, digest: "a".repeat(100) },
    { start: 201, end: 400, digest: "b".repeat(100) },
    { start: 401, end: 600, digest: "c".repeat(100) },
  ];

  it("puts the chunk with the error line first and restores file order after packing", () => {
    const ordered = prioritiseDigests(digests, 450);
    expect(ordered[0]?.start).toBe(401);
    const packed = packDigests(ordered, 210);
    expect(packed).toBe(`L1-200: ${"a".repeat(100)}\nL401-600: ${"c".repeat(100)}`);
  });

  it("packs everything when it fits and nothing when no digest fits", () => {
    expect(packDigests(digests, 10_000).split("\n")).toHaveLength(3);
    expect(packDigests(digests, 50)).toBe("");
  });

  it("finds the error line for the file from a stack trace", () => {
    expect(findErrorLine("at run (/repo/src/big.js:1234:5)", "src/big.js")).toBe(1234);
    expect(findErrorLine("other.js:12 then big.js:77", "src/big.js")).toBe(77);
    expect(findErrorLine(undefined, "x.js")).toBeUndefined();
  });

  it("indexes each chunk by range and the first line of its summary", () => {
    expect(buildLineIndex([{ start: 1, end: 9, digest: "\nFirst line\nsecond" }])).toBe("L1-9: First line");
  });
});

describe("readRange", () => {
  const content = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
  it("returns the exact lines with a header", () => {
    const out = readRange("f.txt", content, 3, 4);
    expect(out).toEqual({ ok: true, content: "[f.txt lines 3-4 of 30]\nline 3\nline 4" });
  });
  it("rejects bad ranges with messages the model can act on", () => {
    expect(readRange("f", content, 0, 2)).toMatchObject({ ok: false, error: expect.stringContaining("1 <= line_start") });
    expect(readRange("f", content, "1", 2)).toMatchObject({ ok: false, error: expect.stringContaining("integers") });
    expect(readRange("f", content, 1, READ_FILE_RANGE_MAX_LINES + 1)).toMatchObject({ ok: false, error: expect.stringContaining("at most 500") });
    expect(readRange("f", content, 40, 41)).toMatchObject({ ok: false, error: expect.stringContaining("has 30 lines") });
  });
});
