import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readFile, rename, rmdir, unlink, realpath } from "node:fs/promises";
import path from "node:path";
import { EditWriteError } from "./editWriteError.js";
import { isWithin, realpathOfDeepestExisting } from "./repoContainment.js";

interface Backup {
  relPath: string;
  absPath: string;
  /** Previous content and mode, or undefined when the file was created by this call. */
  previous: { content: Buffer; mode: number } | undefined;
}

/**
 * Writes every file of a planned edit. Each file is written to a temporary
 * file in its own directory and renamed over the target, so a crash never
 * leaves a half-written file. A target that is a symlink (or reached through
 * one that leaves the repository) is refused before anything is written. If a
 * write fails, the files this call already replaced are restored from memory,
 * files it created are removed, and an EditWriteError names the path.
 */
export async function writeEditsAtomically(repoDir: string, writes: ReadonlyMap<string, string>): Promise<void> {
  const root = path.resolve(repoDir);
  const realRoot = await realpath(root);
  const targets: { relPath: string; absPath: string; content: string }[] = [];
  for (const [relPath, content] of writes) {
    const absPath = path.resolve(root, relPath);
    if (!isWithin(root, absPath) || absPath === root) {
      throw new EditWriteError(`refusing to write '${relPath}': it is outside the repository`, relPath);
    }
    if (!isWithin(realRoot, realpathOfDeepestExisting(path.dirname(absPath)))) {
      throw new EditWriteError(`refusing to write '${relPath}': its directory is reached through a symbolic link that leaves the repository`, relPath);
    }
    const stat = await lstat(absPath).catch(() => undefined);
    if (stat?.isSymbolicLink()) throw new EditWriteError(`refusing to write '${relPath}': it is a symbolic link`, relPath);
    if (stat && !stat.isFile()) throw new EditWriteError(`refusing to write '${relPath}': it is not a regular file`, relPath);
    targets.push({ relPath, absPath, content });
  }

  const done: Backup[] = [];
  const createdDirs: string[] = [];
  for (const target of targets) {
    try {
      const previous = await readPrevious(target.absPath);
      createdDirs.push(...(await makeParents(path.dirname(target.absPath))));
      await replaceFile(target.absPath, Buffer.from(target.content, "utf8"), previous?.mode);
      done.push({ relPath: target.relPath, absPath: target.absPath, previous });
    } catch (error) {
      const problems = await rollBack(done, createdDirs);
      const detail = error instanceof Error ? error.message : String(error);
      const restored = problems.length === 0 ? "files written before it were restored" : `restoring failed for: ${problems.join(", ")}`;
      throw new EditWriteError(`could not write '${target.relPath}': ${detail} (${restored})`, target.relPath, { cause: error });
    }
  }
}

async function readPrevious(absPath: string): Promise<Backup["previous"]> {
  const stat = await lstat(absPath).catch(() => undefined);
  if (!stat) return undefined;
  return { content: await readFile(absPath), mode: stat.mode & 0o7777 };
}

/** Creates missing parent directories, returning those it created (deepest last). */
async function makeParents(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = dir;
  while (!(await lstat(current).catch(() => undefined))) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of missing) await mkdir(d);
  return missing;
}

async function replaceFile(absPath: string, data: Buffer, mode: number | undefined): Promise<void> {
  const temp = path.join(path.dirname(absPath), `.${path.basename(absPath)}.${randomBytes(6).toString("hex")}.tmp`);
  // "wx": never follow or clobber something already at the temporary name.
  const handle = await open(temp, "wx", mode ?? 0o644);
  try {
    await handle.writeFile(data);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, absPath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function rollBack(done: readonly Backup[], createdDirs: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const backup of [...done].reverse()) {
    try {
      if (backup.previous) await replaceFile(backup.absPath, backup.previous.content, backup.previous.mode);
      else await unlink(backup.absPath);
    } catch {
      problems.push(backup.relPath);
    }
  }
  for (const dir of [...createdDirs].reverse()) await rmdir(dir).catch(() => undefined);
  return problems;
}
