/**
 * Real git repositories for the context tests, with the machine's git
 * configuration shut out and a fixed identity, so listing, ignoring and
 * grepping behave as on a CI runner.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { makeTempDir } from "../support/tempDir.js";

const exec = promisify(execFile);

export function isolateGit(): void {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_SYSTEM = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  delete process.env.GIT_CONFIG_COUNT;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: "Test Person",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test Person",
  GIT_COMMITTER_EMAIL: "test@example.com",
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec("git", args, { cwd, env: { ...process.env, ...IDENTITY }, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function writeTree(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

/** A temporary git repository on `main` with the files committed (those .gitignore ignores stay untracked, as do `untracked`). */
export async function makeGitRepo(files: Record<string, string | Buffer>, options: { untracked?: Record<string, string | Buffer> } = {}): Promise<{ dir: string; remove: () => Promise<void> }> {
  isolateGit();
  const made = await makeTempDir({}, "compile-loop-context-");
  await git(made.dir, "init", "--quiet", "--initial-branch=main");
  await writeTree(made.dir, files);
  await git(made.dir, "add", "--all");
  await git(made.dir, "commit", "--quiet", "--no-gpg-sign", "-m", "initial");
  await writeTree(made.dir, options.untracked ?? {});
  return made;
}
