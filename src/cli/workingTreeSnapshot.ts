import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTwoFilesPatch } from "diff";

/**
 * File bytes before the run (undefined: the file did not exist), to diff
 * against and to restore for --dry-run. Bytes, not text, so a restore is exact
 * whatever the encoding.
 */
export type OriginalContents = Map<string, Buffer | undefined>;

export async function captureOriginals(repoDir: string, relPaths: readonly string[]): Promise<OriginalContents> {
  const originals: OriginalContents = new Map();
  for (const rel of relPaths) {
    originals.set(rel, await readFile(path.join(repoDir, rel)).catch(() => undefined));
  }
  return originals;
}

/**
 * Puts every listed file back as it was (removing files the run created).
 * Synchronous so it can also run from a signal handler just before exiting;
 * each file goes through a temporary file and a rename, so none is ever
 * half-restored.
 */
export function restoreOriginalsSync(repoDir: string, originals: OriginalContents, changed: readonly string[]): void {
  for (const rel of changed) {
    if (!originals.has(rel)) continue;
    const abs = path.join(repoDir, rel);
    const before = originals.get(rel);
    if (before === undefined) {
      rmSync(abs, { force: true });
      continue;
    }
    let current: Buffer | undefined;
    try {
      current = readFileSync(abs);
    } catch {
      current = undefined;
    }
    if (current?.equals(before)) continue;
    let mode: number | undefined;
    try {
      mode = statSync(abs).mode & 0o7777;
    } catch {
      mode = undefined;
    }
    const temp = path.join(path.dirname(abs), `.${path.basename(abs)}.compile-loop-restore-${randomBytes(4).toString("hex")}`);
    writeFileSync(temp, before, mode === undefined ? {} : { mode });
    renameSync(temp, abs);
  }
}

export async function restoreOriginals(repoDir: string, originals: OriginalContents, changed: readonly string[]): Promise<void> {
  restoreOriginalsSync(repoDir, originals, changed);
}

/** A unified diff of the changed files against their captured originals. */
export async function diffAgainstOriginals(repoDir: string, originals: OriginalContents, changed: readonly string[]): Promise<string> {
  const patches: string[] = [];
  for (const rel of [...changed].sort()) {
    const before = originals.get(rel)?.toString("utf8");
    const after = await readFile(path.join(repoDir, rel), "utf8").catch(() => undefined);
    if (before === after) continue;
    const patch = createTwoFilesPatch(
      before === undefined ? "/dev/null" : `a/${rel}`,
      after === undefined ? "/dev/null" : `b/${rel}`,
      before ?? "",
      after ?? "",
      undefined,
      undefined,
      { context: 3 },
    );
    // Drop the "Index:"/"=====" preamble so the output reads like git diff.
    patches.push(patch.replace(/^(?:Index:.*\n)?=+\n/, ""));
  }
  return patches.join("");
}
