import { runGit } from "./runGit.js";

/** One entry of `git status --porcelain=v1`: X is the index column, Y the work tree column. */
export interface DirtyPath {
  path: string;
  /** The path before a rename or copy. */
  originalPath?: string;
  index: string;
  worktree: string;
}

export interface RepoStatus {
  /** null when HEAD is detached. */
  branch: string | null;
  /** null in a repository without commits. */
  headSha: string | null;
  dirty: DirtyPath[];
}

/** Parses `git status --porcelain=v1 -z` output. */
export function parsePorcelainStatus(output: string): DirtyPath[] {
  const fields = output.split("\0");
  const entries: DirtyPath[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? "";
    if (field.length < 4) continue;
    const index = field[0] ?? " ";
    const worktree = field[1] ?? " ";
    const entry: DirtyPath = { path: field.slice(3), index, worktree };
    // Renames and copies carry the original path in the next field.
    if (index === "R" || index === "C" || worktree === "R" || worktree === "C") {
      entry.originalPath = fields[i + 1] ?? "";
      i++;
    }
    entries.push(entry);
  }
  return entries;
}

/** Branch, HEAD commit and uncommitted paths of the repository at `cwd`. */
export async function getRepoStatus(cwd: string): Promise<RepoStatus> {
  const branchOut = (await runGit(cwd, ["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim();
  const headOut = (await runGit(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => "")).trim();
  const statusOut = await runGit(cwd, ["status", "--porcelain=v1", "-z", "--untracked-files=all"]);
  return {
    branch: branchOut === "" ? null : branchOut,
    headSha: headOut === "" ? null : headOut,
    dirty: parsePorcelainStatus(statusOut),
  };
}
