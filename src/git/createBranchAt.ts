import { runGit } from "./runGit.js";

/** Points local branch `branch` at `sha` (created or moved), without checking it out. */
export async function createBranchAt(cwd: string, branch: string, sha: string): Promise<void> {
  await runGit(cwd, ["check-ref-format", "--branch", branch]);
  await runGit(cwd, ["update-ref", "--no-deref", `refs/heads/${branch}`, sha]);
}
