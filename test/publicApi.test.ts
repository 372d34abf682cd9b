import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const REQUIRED = [
  "parseSearchReplace",
  "applySearchReplace",
  "runCompileLoop",
  "ScriptedModel",
  "ModelCallError",
  "EditParseError",
  "createChatModel",
  "runTestCommand",
  "buildTestEnv",
  "selectTargetFiles",
] as const;

describe("public API", () => {
  it("exports the names other modules and checks rely on", () => {
    for (const name of REQUIRED) expect(typeof (api as Record<string, unknown>)[name], name).toBe("function");
  });

  it("keeps VERSION equal to package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(api.VERSION).toBe(pkg.version);
  });

  it.skipIf(!existsSync(new URL("../build/index.js", import.meta.url)))("resolves through package.json exports once built", async () => {
    // A variable specifier: typechecking must not need build/, which only exists after a build.
    const specifier = "compile-loop";
    const built = (await import(specifier)) as Record<string, unknown>;
    for (const name of REQUIRED) expect(typeof built[name], name).toBe("function");
  });
});
