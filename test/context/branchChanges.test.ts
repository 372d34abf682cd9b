import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findBaseRef, listBranchChanges } from "../../src/context/listRepositoryFiles.js";
import { listChangedFiles } from "../../src/git/listChangedFiles.js";
import { makeTempDir } from "../support/tempDir.js";
import { git, isolateGit, makeGitRepo, writeTree } from "./repoFixture.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A repository on main, then a feature branch with one commit that changes src/money.py. */
async function featureBranch(): Promise<string> {
  const repo = await makeGitRepo({ "src/money.py": "def add(a, b):\n    return a + b\n", "README.md": "x\n" });
  cleanups.push(repo.remove);
  await git(repo.dir, "checkout", "--quiet", "-b", "feature");
  await writeTree(repo.dir, { "src/money.py": "def add(a, b):\n    return a - b\n" });
  await git(repo.dir, "commit", "--quiet", "--no-gpg-sign", "-am", "break add");
  return repo.dir;
}

/** A bare origin next to the repository, with main pushed. */
async function addOrigin(dir: string, options: { setHead: boolean }): Promise<string> {
  const holder = await makeTempDir({}, "compile-loop-origin-");
  cleanups.push(holder.remove);
  const origin = path.join(holder.dir, "origin.git");
  await git(holder.dir, "init", "--quiet", "--bare", "--initial-branch=main", origin);
  await git(dir, "remote", "add", "origin", origin);
  await git(dir, "push", "--quiet", "origin", "main");
  await git(dir, "fetch", "--quiet", "origin");
  if (options.setHead) await git(dir, "remote", "set-head", "origin", "main");
  return origin;
}

/** What the pipeline does: the base ref, then the diff from its merge base. */
async function pipelineChanges(dir: string): Promise<string[]> {
  const base = await findBaseRef(dir);
  return base ? listChangedFiles(dir, base) : [];
}

describe("the branch's changes are found against the default branch's merge base", () => {
  it("with no remote: against the local main", async () => {
    isolateGit();
    const dir = await featureBranch();
    expect(await findBaseRef(dir)).toBe("main");
    expect(await listBranchChanges(dir)).toEqual(["src/money.py"]);
    expect(await pipelineChanges(dir)).toEqual(["src/money.py"]);
  });

  it("with a local branch not pushed: against origin's default branch", async () => {
    isolateGit();
    const dir = await featureBranch();
    await addOrigin(dir, { setHead: true });
    expect(await findBaseRef(dir)).toBe("origin/main");
    expect(await listBranchChanges(dir)).toEqual(["src/money.py"]);
  });

  it("with the branch pushed and its upstream set (git push -u, gh pr checkout): not against the upstream, which is HEAD", async () => {
    isolateGit();
    const dir = await featureBranch();
    await addOrigin(dir, { setHead: false });
    await git(dir, "push", "--quiet", "-u", "origin", "feature");
    expect((await git(dir, "rev-parse", "--abbrev-ref", "@{upstream}")).trim()).toBe("origin/feature");
    expect(await findBaseRef(dir)).toBe("origin/main");
    expect(await listBranchChanges(dir)).toEqual(["src/money.py"]);
    expect(await pipelineChanges(dir)).toEqual(["src/money.py"]);
  });

  it("commits made on main after the branch left it do not count", async () => {
    isolateGit();
    const dir = await featureBranch();
    await git(dir, "checkout", "--quiet", "main");
    await writeTree(dir, { "README.md": "changed on main\n" });
    await git(dir, "commit", "--quiet", "--no-gpg-sign", "-am", "main moves on");
    await git(dir, "checkout", "--quiet", "feature");
    expect(await listBranchChanges(dir)).toEqual(["src/money.py"]);
  });

  it("on the default branch itself, or outside git, there are no branch changes", async () => {
    isolateGit();
    const repo = await makeGitRepo({ "a.txt": "a\n" });
    cleanups.push(repo.remove);
    expect(await listBranchChanges(repo.dir)).toEqual([]);
    const plain = await makeTempDir({ "a.txt": "a\n" });
    cleanups.push(plain.remove);
    expect(await findBaseRef(plain.dir)).toBeUndefined();
    expect(await listBranchChanges(plain.dir)).toEqual([]);
  });
});
