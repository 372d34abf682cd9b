import { describe, expect, it } from "vitest";
import { tailOfOutput } from "../../src/runner/tailOfOutput.js";

describe("tailOfOutput", () => {
  it("returns short text unchanged", () => {
    expect(tailOfOutput("a\nb\n", 100)).toBe("a\nb\n");
  });

  it("starts at a line boundary", () => {
    expect(tailOfOutput("first line\nsecond line\nthird\n", 15)).toBe("third\n");
  });

  it("cuts inside a single long line when there is no boundary", () => {
    expect(tailOfOutput("abcdefghij", 4)).toBe("ghij");
  });

  it("does not start with half of a surrogate pair", () => {
    expect(tailOfOutput("aaaa😀b", 3)).toBe("😀b");
    expect(tailOfOutput("aaaa😀b", 2)).toBe("b");
  });

  it("returns nothing for a zero budget", () => {
    expect(tailOfOutput("abc", 0)).toBe("");
  });
});
