import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runTestCommand } from "../../src/runner/runTestCommand.js";
import { buildTestEnv } from "../../src/runner/buildTestEnv.js";
import { makeTempDir } from "../support/tempDir.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe("runTestCommand and an abort that arrives while it prepares", () => {
  it("does not start the command when the signal fires after the call but before the spawn", async () => {
    const { dir, remove } = await makeTempDir();
    cleanups.push(remove);
    const marker = path.join(dir, "started");
    const controller = new AbortController();
    const pending = runTestCommand({ command: `touch ${marker}; sleep 20`, cwd: dir, env: buildTestEnv(process.env), signal: controller.signal });
    // The call is now awaiting its working-directory check: a Ctrl-C lands here.
    controller.abort();
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(result.aborted).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });
});
