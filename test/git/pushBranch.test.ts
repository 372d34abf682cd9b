import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commitFiles } from "../../src/git/commitFiles.js";
import { fetchRef } from "../../src/git/fetchRef.js";
import type { GitError} from "../../src/git/gitError.js";
import { PushPermissionError, PushRejectedError } from "../../src/git/gitError.js";
import { pushBranch } from "../../src/git/pushBranch.js";
import { basicAuthHeader } from "../../src/git/remoteCredentials.js";
import type { GitFixture } from "./gitFixture.js";
import { createGitFixture, git, isolateGitFromMachineConfig, writeFiles } from "./gitFixture.js";
import type { GitHttpServer } from "./gitHttpServer.js";
import { startGitHttpServer } from "./gitHttpServer.js";

const TOKEN = "ghs_testTokenValue1234567890";
let fx: GitFixture;
let server: GitHttpServer | undefined;

beforeAll(isolateGitFromMachineConfig);
beforeEach(async () => {
  fx = await createGitFixture();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await fx.cleanup();
});

async function remoteSha(branch: string): Promise<string | null> {
  const out = (await git(fx.origin, "for-each-ref", "--format=%(objectname)", `refs/heads/${branch}`)).trim();
  return out === "" ? null : out;
}

async function commitChange(dir: string, content: string): Promise<string> {
  await writeFiles(dir, { "src/a.txt": content });
  return commitFiles(dir, { paths: ["src/a.txt"], message: content.trim() });
}

describe("pushBranch on a local remote", () => {
  it("creates a new branch (lease: must not exist), then updates it with a lease on what it saw", async () => {
    const first = await commitChange(fx.clone, "fix 1\n");
    expect(await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "compile-loop/pr-1", expectedRemoteSha: null })).toEqual({
      sha: first,
      remoteBranch: "compile-loop/pr-1",
    });
    expect(await remoteSha("compile-loop/pr-1")).toBe(first);

    // A re-run rewrites the fix (not a fast-forward): allowed because the remote is where we saw it.
    await git(fx.clone, "reset", "--quiet", "--hard", "HEAD~1");
    const second = await commitChange(fx.clone, "fix 2\n");
    await pushBranch(fx.clone, { localRef: second, remoteBranch: "compile-loop/pr-1", expectedRemoteSha: first });
    expect(await remoteSha("compile-loop/pr-1")).toBe(second);
  });

  it("refuses to overwrite a branch someone else moved (stale lease)", async () => {
    const ours = await commitChange(fx.clone, "ours\n");
    await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "fix", expectedRemoteSha: null });
    const other = await fx.cloneAgain("other");
    await git(other, "checkout", "--quiet", "fix");
    await writeFiles(other, { "theirs.txt": "theirs\n" });
    await git(other, "add", "-A");
    await git(other, "commit", "--quiet", "-m", "theirs");
    await git(other, "push", "--quiet", "origin", "fix");
    const theirs = await remoteSha("fix");

    const next = await commitChange(fx.clone, "ours again\n");
    const error = await pushBranch(fx.clone, { localRef: next, remoteBranch: "fix", expectedRemoteSha: ours }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRejectedError);
    expect((error as PushRejectedError).kind).toBe("stale_lease");
    expect((error as Error).message).toMatch(/someone else pushed\); nothing was overwritten/);
    expect(await remoteSha("fix")).toBe(theirs);
  });

  it("refuses to create a branch that already exists, and a non-fast-forward without a lease", async () => {
    await commitChange(fx.clone, "x\n");
    const exists = await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "main", expectedRemoteSha: null }).catch((e: unknown) => e);
    expect(exists).toBeInstanceOf(PushRejectedError);
    expect(["already_exists", "stale_lease"]).toContain((exists as PushRejectedError).kind);

    await git(fx.clone, "reset", "--quiet", "--hard", "HEAD~1");
    const other = await commitChange(fx.clone, "y\n");
    await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "side", expectedRemoteSha: null });
    await git(fx.clone, "reset", "--quiet", "--hard", "HEAD~1");
    await commitChange(fx.clone, "z\n");
    const nonFf = await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "side" }).catch((e: unknown) => e);
    expect(nonFf).toBeInstanceOf(PushRejectedError);
    expect((nonFf as PushRejectedError).kind).toBe("non_fast_forward");
    expect(await remoteSha("side")).toBe(other);
  });

  it("accepts a token for a file remote without using or storing it", async () => {
    const sha = await commitChange(fx.clone, "with token\n");
    await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "tok", expectedRemoteSha: null, token: TOKEN });
    expect(await remoteSha("tok")).toBe(sha);
    expect(await readFile(path.join(fx.clone, ".git", "config"), "utf8")).not.toContain(TOKEN);
    await commitChange(fx.clone, "more\n");
    const error = await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "tok", expectedRemoteSha: "0".repeat(40), token: TOKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRejectedError);
    expect(JSON.stringify({ message: (error as Error).message, stderr: (error as GitError).stderr, args: (error as GitError).args })).not.toContain(TOKEN);
  });
});

describe("pushBranch over https-style HTTP with a token", () => {
  it("sends the token as exactly one Authorization header, replacing a stale one from .git/config, and stores nothing", async () => {
    server = await startGitHttpServer(fx.root, basicAuthHeader(TOKEN).slice("AUTHORIZATION: ".length));
    const url = `${server.url}/origin.git`;
    await git(fx.clone, "remote", "set-url", "origin", url);
    // What actions/checkout leaves behind: its own header for the host.
    await git(fx.clone, "config", `http.${server.url}/.extraheader`, "AUTHORIZATION: basic c3RhbGU=");
    const configBefore = await readFile(path.join(fx.clone, ".git", "config"), "utf8");

    const sha = await commitChange(fx.clone, "over http\n");
    await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "compile-loop/pr-9", expectedRemoteSha: null, token: TOKEN });
    expect(await remoteSha("compile-loop/pr-9")).toBe(sha);
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) expect(request.authorization).toHaveLength(1);
    expect(await readFile(path.join(fx.clone, ".git", "config"), "utf8")).toBe(configBefore);

    // Fetch uses the same per-command header.
    expect(await fetchRef(fx.clone, "origin", "refs/heads/compile-loop/pr-9", { token: TOKEN })).toBe(sha);
  });

  it("reports 403 as PushPermissionError without the token in the message", async () => {
    server = await startGitHttpServer(fx.root, basicAuthHeader(TOKEN).slice("AUTHORIZATION: ".length));
    server.deny = true;
    await git(fx.clone, "remote", "set-url", "origin", `${server.url}/origin.git`);
    await commitChange(fx.clone, "denied\n");
    const error = await pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "nope", expectedRemoteSha: null, token: TOKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushPermissionError);
    expect((error as Error).message).toMatch(/No permission to push nope/);
    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
    for (const text of [(error as Error).message, (error as GitError).stderr, (error as GitError).args.join(" ")]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(base64);
    }
  });

  it("a wrong token is a permission error too (401)", async () => {
    server = await startGitHttpServer(fx.root, "basic something-else");
    await git(fx.clone, "remote", "set-url", "origin", `${server.url}/origin.git`);
    await commitChange(fx.clone, "wrong token\n");
    await expect(pushBranch(fx.clone, { localRef: "HEAD", remoteBranch: "nope", expectedRemoteSha: null, token: TOKEN })).rejects.toBeInstanceOf(PushPermissionError);
  });
});
