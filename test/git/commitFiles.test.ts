import { chmod, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commitFiles, DEFAULT_COMMIT_IDENTITY } from "../../src/git/commitFiles.js";
import { createBranchAt } from "../../src/git/createBranchAt.js";
import { GitError, NothingToCommitError } from "../../src/git/gitError.js";
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

describe("commitFiles", () => {
  it("commits only the given paths (new, modified, deleted) and leaves other changes alone", async () => {
    await writeFiles(fx.clone, { "src/a.txt": "fixed\n", "src/new.txt": "new\n", "unrelated.txt": "not mine\n", "README.md": "staged by someone\n" });
    await git(fx.clone, "add", "README.md");
    await writeFiles(fx.clone, { "src/b.txt": "b\n" });
    await git(fx.clone, "add", "src/b.txt");
    await git(fx.clone, "commit", "--quiet", "-m", "b", "--", "src/b.txt");
    await rm(path.join(fx.clone, "src/b.txt"));

    const sha = await commitFiles(fx.clone, { paths: ["src/a.txt", "src/new.txt", "src/b.txt"], message: "compile-loop: fix tests\n\nPR #3" });
    expect(sha).toBe((await git(fx.clone, "rev-parse", "HEAD")).trim());
    const files = (await git(fx.clone, "show", "--name-status", "--format=", sha)).trim().split("\n").sort();
    expect(files).toEqual(["A\tsrc/new.txt", "D\tsrc/b.txt", "M\tsrc/a.txt"]);
    expect(await git(fx.clone, "show", `${sha}:src/a.txt`)).toBe("fixed\n");
    expect((await git(fx.clone, "log", "-1", "--format=%B", sha)).trim()).toBe("compile-loop: fix tests\n\nPR #3");
    // What was not ours is still where it was: README staged, unrelated.txt untracked.
    const status = await git(fx.clone, "status", "--porcelain");
    expect(status).toContain("M  README.md");
    expect(status).toContain("?? unrelated.txt");
  });

  it("uses the bot identity by default and a configured one when given, without writing config", async () => {
    const configBefore = await readFile(path.join(fx.clone, ".git", "config"), "utf8");
    await writeFiles(fx.clone, { "src/a.txt": "one\n" });
    const first = await commitFiles(fx.clone, { paths: ["src/a.txt"], message: "one" });
    expect((await git(fx.clone, "log", "-1", "--format=%an <%ae>|%cn <%ce>", first)).trim()).toBe(
      `${DEFAULT_COMMIT_IDENTITY.name} <${DEFAULT_COMMIT_IDENTITY.email}>|${DEFAULT_COMMIT_IDENTITY.name} <${DEFAULT_COMMIT_IDENTITY.email}>`,
    );
    await writeFiles(fx.clone, { "src/a.txt": "two\n" });
    const second = await commitFiles(fx.clone, { paths: ["src/a.txt"], message: "two", author: { name: "Fixer", email: "fixer@example.com" } });
    expect((await git(fx.clone, "log", "-1", "--format=%an <%ae>", second)).trim()).toBe("Fixer <fixer@example.com>");
    expect(await readFile(path.join(fx.clone, ".git", "config"), "utf8")).toBe(configBefore);
  });

  it("does not run the repository's hooks", async () => {
    // post-commit is not skipped by --no-verify: only hooksPath keeps it from running.
    for (const hook of ["pre-commit", "post-commit"]) {
      await writeFiles(fx.clone, { [`.git/hooks/${hook}`]: `#!/bin/sh\necho ran > ${hook}-ran.txt\n` });
      await chmod(path.join(fx.clone, `.git/hooks/${hook}`), 0o755);
    }
    await writeFiles(fx.clone, { "src/a.txt": "fixed\n" });
    await commitFiles(fx.clone, { paths: ["src/a.txt"], message: "fix" });
    await expect(readFile(path.join(fx.clone, "pre-commit-ran.txt"))).rejects.toThrow();
    await expect(readFile(path.join(fx.clone, "post-commit-ran.txt"))).rejects.toThrow();
  });

  it("treats paths literally and refuses an empty commit", async () => {
    await writeFiles(fx.clone, { "src/*.txt": "star\n", "src/a.txt": "must not be committed\n" });
    const sha = await commitFiles(fx.clone, { paths: ["src/*.txt"], message: "star" });
    expect((await git(fx.clone, "show", "--name-only", "--format=", sha)).trim()).toBe("src/*.txt");
    await expect(commitFiles(fx.clone, { paths: ["README.md"], message: "nothing" })).rejects.toBeInstanceOf(NothingToCommitError);
    await expect(commitFiles(fx.clone, { paths: [], message: "nothing" })).rejects.toBeInstanceOf(NothingToCommitError);
  });
});

describe("createBranchAt", () => {
  it("creates and moves a local branch without checking it out, and rejects bad names", async () => {
    const head = (await git(fx.clone, "rev-parse", "HEAD")).trim();
    await createBranchAt(fx.clone, "compile-loop/pr-7", head);
    expect((await git(fx.clone, "rev-parse", "refs/heads/compile-loop/pr-7")).trim()).toBe(head);
    expect((await git(fx.clone, "symbolic-ref", "--short", "HEAD")).trim()).toBe("main");
    await expect(createBranchAt(fx.clone, "bad..name", head)).rejects.toBeInstanceOf(GitError);
  });
});
