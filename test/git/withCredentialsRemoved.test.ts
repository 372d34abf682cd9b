import { execFile } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isCredentialConfigKey, withCredentialsRemoved } from "../../src/git/withCredentialsRemoved.js";
import type { GitFixture } from "./gitFixture.js";
import { createGitFixture, git, isolateGitFromMachineConfig } from "./gitFixture.js";

const exec = promisify(execFile);
const HEADER = "AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==";
let fx: GitFixture;
let configFile: string;

beforeAll(isolateGitFromMachineConfig);
beforeEach(async () => {
  fx = await createGitFixture();
  configFile = path.join(fx.clone, ".git", "config");
});
afterEach(async () => {
  await fx.cleanup();
});

/** What a test command could see: .git/config and the checkout's files, read by a separate process. */
async function readAsChildProcess(file: string): Promise<string> {
  const { stdout } = await exec(process.execPath, ["-e", `try { process.stdout.write(require("fs").readFileSync(${JSON.stringify(file)}, "utf8")) } catch { process.stdout.write("<missing>") }`]);
  return stdout;
}

describe("withCredentialsRemoved", () => {
  it("removes actions/checkout's extra header while fn runs and restores the file byte for byte", async () => {
    await git(fx.clone, "config", "http.https://github.com/.extraheader", HEADER);
    await git(fx.clone, "config", "credential.helper", "store");
    await git(fx.clone, "config", "user.name", "Keep Me");
    const before = await readFile(configFile);
    const modeBefore = (await stat(configFile)).mode;

    const seen = await withCredentialsRemoved(fx.clone, async (hidden) => {
      expect(hidden.configKeys.sort()).toEqual(["credential.helper", "http.https://github.com/.extraheader"]);
      return readAsChildProcess(configFile);
    });
    expect(seen).not.toContain("extraheader");
    expect(seen).not.toContain("eC1hY2Nlc3MtdG9rZW46");
    expect(seen).not.toContain("helper");
    expect(seen).toContain("Keep Me");
    expect(await readFile(configFile)).toEqual(before);
    expect((await stat(configFile)).mode).toBe(modeBefore);
  });

  it("restores everything when fn throws", async () => {
    await git(fx.clone, "config", "http.extraheader", HEADER);
    await writeFile(path.join(fx.clone, ".git-credentials"), "https://x-access-token:ghs_secret@github.com\n", { mode: 0o600 });
    const before = await readFile(configFile);
    await expect(
      withCredentialsRemoved(fx.clone, async () => {
        expect(await readAsChildProcess(path.join(fx.clone, ".git-credentials"))).toBe("<missing>");
        expect(await readAsChildProcess(configFile)).not.toContain(HEADER);
        throw new Error("test command crashed");
      }),
    ).rejects.toThrow("test command crashed");
    expect(await readFile(configFile)).toEqual(before);
    expect(await readFile(path.join(fx.clone, ".git-credentials"), "utf8")).toContain("ghs_secret");
    expect((await stat(path.join(fx.clone, ".git-credentials"))).mode & 0o777).toBe(0o600);
  });

  it("removes an includeIf that pulls in a credentials file (actions/checkout v6) and hides that file", async () => {
    const included = path.join(fx.root, "git-credentials-abc.config");
    await writeFile(included, `[http "https://github.com/"]\n\textraheader = ${HEADER}\n`);
    await git(fx.clone, "config", `includeIf.gitdir:${path.join(fx.clone, ".git")}.path`, included);
    const plain = path.join(fx.root, "plain.config");
    await writeFile(plain, "[core]\n\tautocrlf = false\n");
    await git(fx.clone, "config", "include.path", plain);
    expect((await git(fx.clone, "config", "--get-all", "http.https://github.com/.extraheader")).trim()).toBe(HEADER);

    await withCredentialsRemoved(fx.clone, async (hidden) => {
      expect(hidden.files).toContain(included);
      await expect(git(fx.clone, "config", "--get-all", "http.https://github.com/.extraheader")).rejects.toThrow();
      expect(await readAsChildProcess(included)).toBe("<missing>");
      // An include without credentials stays.
      expect((await git(fx.clone, "config", "--get", "include.path")).trim()).toBe(plain);
    });
    expect((await git(fx.clone, "config", "--get-all", "http.https://github.com/.extraheader")).trim()).toBe(HEADER);
    expect(await readFile(included, "utf8")).toContain(HEADER);
  });

  it("is a no-op when there is nothing to hide", async () => {
    const before = await readFile(configFile);
    expect(await withCredentialsRemoved(fx.clone, async (hidden) => hidden)).toEqual({ configKeys: [], files: [] });
    expect(await readFile(configFile)).toEqual(before);
  });

  it("recognises credential keys", () => {
    expect(isCredentialConfigKey("http.extraheader")).toBe(true);
    expect(isCredentialConfigKey("http.https://github.com/.extraheader")).toBe(true);
    expect(isCredentialConfigKey("credential.https://example.com.username")).toBe(true);
    expect(isCredentialConfigKey("http.sslverify")).toBe(false);
    expect(isCredentialConfigKey("user.name")).toBe(false);
  });
});
