/**
 * Real git repositories for tests: a bare `origin` in a temp dir and a clone of
 * it, with the machine's git configuration shut out (GIT_CONFIG_GLOBAL/SYSTEM
 * point at /dev/null) and an explicit identity.
 */
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** Makes every git the test process spawns ignore the machine's config. */
export function isolateGitFromMachineConfig(): void {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_SYSTEM = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  process.env.GIT_TERMINAL_PROMPT = "0";
  delete process.env.GIT_CONFIG_COUNT;
}

const TEST_IDENTITY = {
  GIT_AUTHOR_NAME: "Test Person",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test Person",
  GIT_COMMITTER_EMAIL: "test@example.com",
};

/** Runs git in a test (not the code under test), with a fixed identity. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec("git", args, { cwd, env: { ...process.env, ...TEST_IDENTITY } });
  return stdout;
}

export interface GitFixture {
  root: string;
  /** Bare repository used as `origin`. */
  origin: string;
  /** A clone of origin on branch main, with one commit. */
  clone: string;
  /** Another clone, for "someone else pushed" scenarios. */
  cloneAgain(name: string): Promise<string>;
  cleanup(): Promise<void>;
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

export async function createGitFixture(files: Record<string, string> = { "README.md": "hello\n", "src/a.txt": "a\n" }): Promise<GitFixture> {
  const root = await mkdtemp(path.join(tmpdir(), "compile-loop-git-"));
  const origin = path.join(root, "origin.git");
  await exec("git", ["init", "--quiet", "--bare", "--initial-branch=main", origin]);
  const seed = path.join(root, "seed");
  await exec("git", ["init", "--quiet", "--initial-branch=main", seed]);
  await writeFiles(seed, files);
  await git(seed, "add", "-A");
  await git(seed, "commit", "--quiet", "-m", "initial");
  await git(seed, "push", "--quiet", origin, "main");
  const cloneAgain = async (name: string): Promise<string> => {
    const dir = path.join(root, name);
    await exec("git", ["clone", "--quiet", origin, dir]);
    return dir;
  };
  const clone = await cloneAgain("clone");
  return { root, origin, clone, cloneAgain, cleanup: () => rm(root, { recursive: true, force: true }) };
}
