import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkoutDetached } from "../../src/git/checkoutDetached.js";
import { ensureShaPresent, hasCommit } from "../../src/git/ensureShaPresent.js";
import { fetchRef } from "../../src/git/fetchRef.js";
import { getDiff } from "../../src/git/getDiff.js";
import { getRepoStatus, parsePorcelainStatus } from "../../src/git/getRepoStatus.js";
import { GitError } from "../../src/git/gitError.js";
import { listChangedFiles } from "../../src/git/listChangedFiles.js";
import { runGit } from "../../src/git/runGit.js";
import type { GitFixture } from "./gitFixture.js";
import { createGitFixture, git, isolateGitFromMachineConfig, writeFiles } from "./gitFixture.js";

let fx: GitFixture;
beforeAll(isolateGitFromMachineConfig);
beforeEach(async () => {
  fx = await createGitFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

describe("runGit", () => {
  it("returns stdout and throws GitError with the args and stderr", async () => {
    expect((await runGit(fx.clone, ["rev-parse", "--abbrev-ref", "HEAD"])).trim()).toBe("main");
    const error = await runGit(fx.clone, ["rev-parse", "--verify", "no-such-ref"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).args).toEqual(["rev-parse", "--verify", "no-such-ref"]);
    expect((error as GitError).message).toContain("git rev-parse --verify no-such-ref failed");
    expect((error as GitError).exitCode).not.toBe(0);
  });

  it("passes config entries through the environment, not the arguments", async () => {
    const value = await runGit(fx.clone, ["config", "--get", "compile-loop.probe"], { config: [{ key: "compile-loop.probe", value: "from-env" }] });
    expect(value.trim()).toBe("from-env");
    expect(await readFile(path.join(fx.clone, ".git", "config"), "utf8")).not.toContain("from-env");
  });
});

describe("getRepoStatus", () => {
  it("reports branch, head and dirty paths including untracked and renamed ones", async () => {
    const clean = await getRepoStatus(fx.clone);
    expect(clean.branch).toBe("main");
    expect(clean.headSha).toMatch(/^[0-9a-f]{40}$/);
    expect(clean.dirty).toEqual([]);

    await writeFiles(fx.clone, { "src/a.txt": "changed\n", "new dir/n e w.txt": "x\n" });
    await git(fx.clone, "mv", "README.md", "READ ME.md");
    const dirty = await getRepoStatus(fx.clone);
    const byPath = new Map(dirty.dirty.map((d) => [d.path, d]));
    expect(byPath.get("src/a.txt")?.worktree).toBe("M");
    expect(byPath.get("new dir/n e w.txt")?.index).toBe("?");
    expect(byPath.get("READ ME.md")).toMatchObject({ index: "R", originalPath: "README.md" });
  });

  it("reports a detached HEAD as branch null", async () => {
    const head = (await git(fx.clone, "rev-parse", "HEAD")).trim();
    await checkoutDetached(fx.clone, head);
    expect(await getRepoStatus(fx.clone)).toMatchObject({ branch: null, headSha: head });
  });

  it("parses porcelain records", () => {
    expect(parsePorcelainStatus(" M a\0R  b\0c\0?? d\0")).toEqual([
      { path: "a", index: " ", worktree: "M" },
      { path: "b", originalPath: "c", index: "R", worktree: " " },
      { path: "d", index: "?", worktree: "?" },
    ]);
  });
});

describe("listChangedFiles", () => {
  it("lists files changed on the branch since the merge base, not the base's own changes", async () => {
    await git(fx.clone, "checkout", "--quiet", "-b", "feature");
    await writeFiles(fx.clone, { "src/a.txt": "feature\n", "src/b.txt": "new\n" });
    await git(fx.clone, "rm", "--quiet", "README.md");
    await git(fx.clone, "add", "-A");
    await git(fx.clone, "commit", "--quiet", "-m", "feature work");
    // The base moves on after the branch point: its files must not be listed.
    const other = await fx.cloneAgain("other");
    await writeFiles(other, { "base-only.txt": "x\n" });
    await git(other, "add", "-A");
    await git(other, "commit", "--quiet", "-m", "base");
    await git(other, "push", "--quiet", "origin", "main");
    await git(fx.clone, "fetch", "--quiet", "origin");
    expect(await listChangedFiles(fx.clone, "origin/main")).toEqual(["src/a.txt", "src/b.txt"]);
  });
});

describe("getDiff", () => {
  it("includes modified and new untracked files and leaves the index untouched", async () => {
    const indexBefore = await readFile(path.join(fx.clone, ".git", "index"));
    await writeFiles(fx.clone, { "src/a.txt": "a changed\n", "src/new.txt": "brand new\n", ".gitignore": "ignored.txt\n", "ignored.txt": "no\n" });
    const diff = await getDiff(fx.clone);
    expect(diff).toContain("diff --git a/src/a.txt b/src/a.txt");
    expect(diff).toContain("+a changed");
    expect(diff).toContain("new file mode 100644");
    expect(diff).toContain("+brand new");
    expect(diff).not.toContain("ignored.txt\n+no");
    expect(await readFile(path.join(fx.clone, ".git", "index"))).toEqual(indexBefore);
    expect((await git(fx.clone, "status", "--porcelain")).split("\n")).toContain("?? src/new.txt");
  });

  it("limits the diff to the given paths, including deleted ones", async () => {
    await writeFiles(fx.clone, { "src/a.txt": "a changed\n", "src/new.txt": "brand new\n" });
    await rm(path.join(fx.clone, "README.md"));
    const diff = await getDiff(fx.clone, { paths: ["src/new.txt", "README.md"] });
    expect(diff).toContain("+brand new");
    expect(diff).toContain("deleted file mode");
    expect(diff).not.toContain("src/a.txt");
    expect(await getDiff(fx.clone, { paths: [] })).toBe("");
  });

  it("is empty for a clean tree", async () => {
    expect(await getDiff(fx.clone)).toBe("");
  });
});

describe("fetchRef, checkoutDetached, ensureShaPresent", () => {
  it("fetches a branch pushed by someone else and checks out its exact commit", async () => {
    const other = await fx.cloneAgain("other");
    await git(other, "checkout", "--quiet", "-b", "pr-head");
    await writeFiles(other, { "src/a.txt": "from the PR\n" });
    await git(other, "commit", "--quiet", "-am", "pr");
    await git(other, "push", "--quiet", "origin", "pr-head");
    const prSha = (await git(other, "rev-parse", "HEAD")).trim();

    expect(await hasCommit(fx.clone, prSha)).toBe(false);
    expect(await fetchRef(fx.clone, "origin", "refs/heads/pr-head")).toBe(prSha);
    await checkoutDetached(fx.clone, prSha);
    expect(await readFile(path.join(fx.clone, "src/a.txt"), "utf8")).toBe("from the PR\n");
    expect((await getRepoStatus(fx.clone)).headSha).toBe(prSha);
  });

  it("fetches a missing commit by SHA, and says clearly when it cannot", async () => {
    const other = await fx.cloneAgain("other");
    await git(other, "checkout", "--quiet", "-b", "elsewhere");
    await writeFiles(other, { "x.txt": "x\n" });
    await git(other, "add", "-A");
    await git(other, "commit", "--quiet", "-m", "x");
    await git(other, "push", "--quiet", "origin", "elsewhere");
    const sha = (await git(other, "rev-parse", "HEAD")).trim();
    await ensureShaPresent(fx.clone, sha);
    expect(await hasCommit(fx.clone, sha)).toBe(true);

    const missing = "1234567890123456789012345678901234567890";
    const error = await ensureShaPresent(fx.clone, missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as Error).message).toContain(`Commit ${missing} is not available locally`);
  });
});
