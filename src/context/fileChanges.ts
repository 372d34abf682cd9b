import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface FileState {
  size: number;
  mtimeMs: number;
  hash: string;
}

export type FileSnapshot = ReadonlyMap<string, FileState>;

export type FileChangeStatus = "added" | "modified" | "deleted";

export interface FileChange {
  path: string;
  status: FileChangeStatus;
  /** Size after the change; 0 for deleted files. */
  size: number;
}

/**
 * Size, mtime and content hash of each path that exists (missing paths are
 * left out). A file whose size and mtime match `previous` keeps its hash
 * without being read again: with 100 target files this is what keeps the
 * per-iteration snapshot cheap. Synchronous on purpose: a few hundred stat
 * calls are faster inline than through the thread pool.
 */
export async function snapshotFiles(repoDir: string, relPaths: readonly string[], previous?: FileSnapshot): Promise<FileSnapshot> {
  const snapshot = new Map<string, FileState>();
  for (const rel of relPaths) {
    const abs = path.join(repoDir, rel);
    try {
      const info = statSync(abs);
      if (!info.isFile()) continue;
      const known = previous?.get(rel);
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
        snapshot.set(rel, known);
        continue;
      }
      const hash = createHash("sha1").update(readFileSync(abs)).digest("hex");
      snapshot.set(rel, { size: info.size, mtimeMs: info.mtimeMs, hash });
    } catch {
      // Missing: absent from the snapshot.
    }
  }
  return snapshot;
}

/** What changed between two snapshots, sorted by path (the derivation seed's "files changed per turn"). */
export function diffSnapshots(before: FileSnapshot, after: FileSnapshot): FileChange[] {
  const changes: FileChange[] = [];
  for (const [p, state] of after) {
    const old = before.get(p);
    if (!old) changes.push({ path: p, status: "added", size: state.size });
    else if (old.hash !== state.hash) changes.push({ path: p, status: "modified", size: state.size });
  }
  for (const p of before.keys()) {
    if (!after.has(p)) changes.push({ path: p, status: "deleted", size: 0 });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

export const MAX_LISTED_CHANGES = 50;

export function formatFileChanges(changes: readonly FileChange[]): string {
  if (changes.length === 0) return "- No target file changed since the previous iteration.";
  const lines = changes.slice(0, MAX_LISTED_CHANGES).map((c) => `- ${c.path} | ${c.status} | ${c.size} bytes`);
  if (changes.length > MAX_LISTED_CHANGES) lines.push(`- ... ${changes.length - MAX_LISTED_CHANGES} more`);
  return lines.join("\n");
}
