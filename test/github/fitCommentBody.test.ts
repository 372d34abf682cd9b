import { describe, expect, it } from "vitest";
import { fitCommentBody, GITHUB_COMMENT_LIMIT } from "../../src/github/fitCommentBody.js";

describe("fitCommentBody", () => {
  it("leaves a body within the limit alone", () => {
    expect(fitCommentBody("short")).toEqual({ body: "short", truncated: false });
    const exact = "y".repeat(GITHUB_COMMENT_LIMIT);
    expect(fitCommentBody(exact)).toEqual({ body: exact, truncated: false });
  });

  it("keeps the start and the end, with a note saying how much was cut", () => {
    const body = `START${"m".repeat(100_000)}END`;
    const fitted = fitCommentBody(body, 10_000);
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(10_000);
    expect(fitted.body.startsWith("START")).toBe(true);
    expect(fitted.body.endsWith("END")).toBe(true);
    const removed = Number(/([\d,]+) characters were cut/.exec(fitted.body)?.[1]?.replaceAll(",", ""));
    // Kept text + removed text = original text.
    const note = /\n\n> \[!NOTE\]\n> .*\n\n/.exec(fitted.body)?.[0] ?? "";
    expect(fitted.body.length - note.length + removed).toBe(body.length);
  });

  it("never splits a surrogate pair", () => {
    const body = "😀".repeat(50_000);
    const fitted = fitCommentBody(body, 1_001);
    expect(fitted.body.length).toBeLessThanOrEqual(1_001);
    expect(fitted.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("handles limits smaller than the note", () => {
    expect(fitCommentBody("abcdefghij".repeat(10), 20).body.length).toBeLessThanOrEqual(20);
  });
});
