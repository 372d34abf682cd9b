import { describe, expect, it } from "vitest";
import { base64Forms, redact } from "../../src/security/redactSecrets.js";

describe("redact", () => {
  it("replaces every occurrence of each secret with ***", () => {
    expect(redact("key=abcd1234 and again abcd1234.", ["abcd1234"])).toBe("key=*** and again ***.");
  });

  it("ignores secrets shorter than 4 characters", () => {
    expect(redact("a cat sat", ["a", "at", "cat"])).toBe("a cat sat");
    expect(redact("a cats sat", ["cats"])).toBe("a *** sat");
  });

  it("removes the base64 form of a secret, alone or inside a longer base64 string at any alignment", () => {
    const token = "ghs_0123456789abcdefghij";
    const alone = Buffer.from(token).toString("base64");
    expect(redact(`header ${alone}`, [token])).not.toContain(alone);
    for (const prefix of ["x-access-token:", "y:", "zz:", "abc:"]) {
      const wrapped = Buffer.from(`${prefix}${token}`).toString("base64");
      const out = redact(`AUTHORIZATION: basic ${wrapped}`, [token]);
      expect(out).toContain("***");
      // What is left cannot be decoded back to the token.
      expect(Buffer.from(out.replace(/^.*basic /, "").replace("***", ""), "base64").toString("latin1")).not.toContain(token);
    }
  });

  it("removes a longer secret whole before a shorter one it contains", () => {
    expect(redact("pw=hunter2hunter2", ["hunter2", "hunter2hunter2"])).toBe("pw=***");
  });

  it("leaves text without secrets unchanged", () => {
    expect(redact("nothing to see", [])).toBe("nothing to see");
    expect(base64Forms("abcd").length).toBeGreaterThan(0);
  });
});
