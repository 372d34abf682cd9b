import { describe, expect, it } from "vitest";
import { CarriageReturnCollapser } from "../../src/runner/carriageReturnCollapser.js";

function collapse(chunks: string[], maxPending?: number): string {
  const collapser = new CarriageReturnCollapser(maxPending);
  return chunks.map((chunk) => collapser.push(chunk)).join("") + collapser.end();
}

describe("CarriageReturnCollapser", () => {
  it("turns CRLF into LF", () => {
    expect(collapse(["a\r\nb\r\n"])).toBe("a\nb\n");
  });

  it("keeps the last segment of a progress-bar line", () => {
    expect(collapse(["before\n 10%\r 50%\r100% done\nafter\n"])).toBe("before\n100% done\nafter\n");
  });

  it("keeps the text before a trailing CR when nothing overwrites it", () => {
    expect(collapse(["progress 100%\r"])).toBe("progress 100%");
    expect(collapse(["x 1\r\r\ny\n"])).toBe("x 1\ny\n");
  });

  it("works when CR and LF arrive in separate chunks", () => {
    expect(collapse(["a\r", "\nb\r", "c\n"])).toBe("a\nc\n");
    expect(collapse(["10%", "\r", "20%", "\r", "done", "\n"])).toBe("done\n");
  });

  it("releases only whole lines until the end", () => {
    const collapser = new CarriageReturnCollapser();
    expect(collapser.push("one\ntw")).toBe("one\n");
    expect(collapser.push("o\nthr")).toBe("two\n");
    expect(collapser.end()).toBe("thr");
  });

  it("releases a line longer than the limit instead of holding it", () => {
    const collapser = new CarriageReturnCollapser(10);
    expect(collapser.push("x".repeat(8))).toBe("");
    expect(collapser.push("x".repeat(8))).toBe("x".repeat(16));
    expect(collapser.end()).toBe("");
  });
});
