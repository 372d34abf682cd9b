import { lstat, mkdir, readdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
import path from "node:path";
import { runGit } from "./runGit.js";

/** Files of the git directory whose content decides what our own git commands run. */
const GUARDED_FILES = ["config", "config.worktree", "info/attributes", "commondir"];

interface SavedFile {
  content: Buffer;
  mode: number;
}

/** Restores the git directory's configuration and hooks to a snapshot. */
export interface GitStateGuard {
  /** Puts back what changed since the snapshot; returns what it had to undo (relative to the git directory). */
  restore(): Promise<string[]>;
}

async function readSaved(file: string): Promise<SavedFile | null> {
  try {
    const info = await lstat(file);
    if (!info.isFile()) return null;
    return { content: await readFile(file), mode: info.mode & 0o777 };
  } catch {
    return null;
  }
}

async function snapshotFiles(gitDir: string, names: readonly string[]): Promise<Map<string, SavedFile | null>> {
  const saved = new Map<string, SavedFile | null>();
  for (const name of names) saved.set(name, await readSaved(path.join(gitDir, name)));
  return saved;
}

async function hookNames(gitDir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(gitDir, "hooks"))).map((name) => `hooks/${name}`);
  } catch {
    return [];
  }
}

/**
 * Snapshot of the git directory taken before untrusted code runs: the
 * repository configuration (where `core.fsmonitor`, `core.sshCommand`,
 * filters, includes and credential helpers live), attributes and hooks.
 * `restore` is called after every test run, so whatever the test command
 * planted is gone before compile-loop runs git again, and the later steps of
 * the job never see it either.
 */
export async function guardGitState(repoDir: string): Promise<GitStateGuard> {
  const gitDirs = new Set<string>();
  for (const flag of ["--git-dir", "--git-common-dir"]) {
    gitDirs.add(path.resolve(repoDir, (await runGit(repoDir, ["rev-parse", flag])).trim()));
  }
  const snapshots = new Map<string, Map<string, SavedFile | null>>();
  for (const gitDir of gitDirs) snapshots.set(gitDir, await snapshotFiles(gitDir, [...GUARDED_FILES, ...(await hookNames(gitDir))]));

  return {
    async restore(): Promise<string[]> {
      const undone: string[] = [];
      for (const [gitDir, saved] of snapshots) {
        const names = new Set([...saved.keys(), ...(await hookNames(gitDir))]);
        for (const name of names) {
          const file = path.join(gitDir, name);
          const before = saved.get(name) ?? null;
          const now = await readSaved(file);
          const nowExists = now !== null || (await lstat(file).then(() => true, () => false));
          if (before === null) {
            if (!nowExists) continue;
            await rm(file, { recursive: true, force: true });
          } else {
            if (now !== null && now.mode === before.mode && now.content.equals(before.content)) continue;
            if (nowExists && now === null) await rm(file, { recursive: true, force: true });
            await mkdir(path.dirname(file), { recursive: true });
            await writeFile(file, before.content, { mode: before.mode });
            await chmod(file, before.mode);
          }
          undone.push(name);
        }
      }
      return undone;
    },
  };
}
