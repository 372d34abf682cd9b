import { statSync } from "node:fs";
import path from "node:path";
import { runGit } from "../git/runGit.js";
import { listRepositoryFiles, SKIPPED_DIRS } from "./listRepositoryFiles.js";

/**
 * The files the reading tools may see: in a git repository, the tracked files
 * and the new files that are not ignored (what `git ls-files --cached
 * --others --exclude-standard` lists: a file the model created in this run is
 * there, a build artefact or a local `.env` ignored by .gitignore is not);
 * outside git, a bounded walk that skips dependency and build folders.
 *
 * The listing is cached: listing 50,000 files costs tens of milliseconds, and
 * within one iteration nothing is written. The strategy drops the cache
 * before each iteration, after the previous one's edit.
 */
export class RepoFileIndex {
  private listing: { files: readonly string[]; set: ReadonlySet<string> } | undefined;
  private gitRepo: Promise<boolean> | undefined;

  constructor(readonly repoDir: string) {}

  isGitRepo(): Promise<boolean> {
    this.gitRepo ??= runGit(this.repoDir, ["rev-parse", "--is-inside-work-tree"]).then(
      (out) => out.trim() === "true",
      () => false,
    );
    return this.gitRepo;
  }

  /** Repository-relative POSIX paths, sorted. */
  async files(): Promise<readonly string[]> {
    return (await this.load()).files;
  }

  /** Whether the path is in the listing; on a miss, asks again for that one path, since files appear during a run. */
  async has(relPath: string): Promise<boolean> {
    if ((await this.load()).set.has(relPath)) return true;
    if (await this.isGitRepo()) {
      const out = await runGit(this.repoDir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", `:(literal)${relPath}`]).catch(() => "");
      return out.split("\0").includes(relPath);
    }
    // Outside git the walk may have stopped at its cap: any regular file outside the skipped folders counts.
    if (relPath.split("/").some((segment) => SKIPPED_DIRS.has(segment))) return false;
    try {
      return statSync(path.join(this.repoDir, ...relPath.split("/"))).isFile();
    } catch {
      return false;
    }
  }

  invalidate(): void {
    this.listing = undefined;
  }

  private async load(): Promise<{ files: readonly string[]; set: ReadonlySet<string> }> {
    if (!this.listing) {
      const files = await listRepositoryFiles(this.repoDir, await this.isGitRepo());
      this.listing = { files, set: new Set(files) };
    }
    return this.listing;
  }
}
