import { runGit } from "./runGit.js";

/** Checks out `sha` with a detached HEAD (the exact commit that was verified, not whatever a branch points to now). */
export async function checkoutDetached(cwd: string, sha: string): Promise<void> {
  await runGit(cwd, ["checkout", "--detach", "--quiet", sha]);
}
