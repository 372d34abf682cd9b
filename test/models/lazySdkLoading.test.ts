import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../support/tempDir.js";

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

// Resolves the sources' ".js" imports to ".ts" (Node strips the types) and reports every SDK file loaded.
const HOOKS = `
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
export async function resolve(specifier, context, next) {
  if (specifier.startsWith(".") && specifier.endsWith(".js") && context.parentURL?.startsWith("file:")) {
    const ts = new URL(specifier.replace(/\\.js$/, ".ts"), context.parentURL);
    if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.includes("/node_modules/openai/") || url.includes("/node_modules/@anthropic-ai/")) process.stdout.write("SDK " + url + "\\n");
  return next(url, context);
}
`;

describe("SDK loading", () => {
  it("importing the models barrel and building models loads neither SDK (they load on the first call)", async () => {
    const { dir, remove } = await makeTempDir();
    cleanups.push(remove);
    const barrel = pathToFileURL(path.resolve("src/models/index.ts")).href;
    await writeFile(path.join(dir, "hooks.mjs"), HOOKS);
    await writeFile(
      path.join(dir, "main.mjs"),
      `import { register } from "node:module";
register(${JSON.stringify(pathToFileURL(path.join(dir, "hooks.mjs")).href)});
const models = await import(${JSON.stringify(barrel)});
models.createChatModel({ provider: "openai" }, { OPENAI_API_KEY: "k-1234" });
models.createChatModel({ provider: "anthropic" }, { ANTHROPIC_API_KEY: "k-1234" });
console.log("READY");
`,
    );
    const { stdout } = await run(process.execPath, [path.join(dir, "main.mjs")], { cwd: path.resolve("."), timeout: 20_000, env: { PATH: process.env["PATH"] ?? "" } });
    expect(stdout).toContain("READY");
    expect(stdout).not.toContain("SDK ");
  });
});
