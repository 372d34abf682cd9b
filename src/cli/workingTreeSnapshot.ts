import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { writeEditsAtomically } from "../edits/writeEditsAtomically.js";

/** File contents before the run (undefined: the file did not exist), to diff against and to restore for --dry-run. */
export type OriginalContents = Map<string, string | undefined>;

export async function captureOriginals(repoDir: string, relPaths: readonly string[]): Promise<OriginalContents> {
  const originals: OriginalContents = new Map();
  for (const rel of relPaths) {
    originals.set(rel, await readFile(path.join(repoDir, rel), "utf8").catch(() => undefined));
  }
  return originals;
}

/** Puts every captured file back as it was (removing files the run created). */
export async function restoreOriginals(repoDir: string, originals: OriginalContents, changed: readonly string[]): Promise<void> {
  const writes = new Map<string, string>();
  for (const rel of changed) {
    const before = originals.get(rel);
    if (before === undefined) await rm(path.join(repoDir, rel), { force: true });
    else writes.set(rel, before);
  }
  if (writes.size > 0) await writeEditsAtomically(repoDir, writes);
}

/** A unified diff of the changed files against their captured originals. */
export async function diffAgainstOriginals(repoDir: string, originals: OriginalContents, changed: readonly string[]): Promise<string> {
  const patches: string[] = [];
  for (const rel of [...changed].sort()) {
    const before = originals.get(rel);
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
