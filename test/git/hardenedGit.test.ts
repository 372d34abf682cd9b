import { existsSync } from "node:fs";
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { gitEnvironment, runGit } from "../../src/git/runGit.js";
import { MAX_LINE_CHARS, streamGitLines } from "../../src/git/streamGitLines.js";
import { commitFiles } from "../../src/git/commitFiles.js";
import { getRepoStatus } from "../../src/git/getRepoStatus.js";
import { guardGitState } from "../../src/git/guardGitState.js";
import { createGitFixture, git, isolateGitFromMachineConfig, type GitFixture } from "./gitFixture.js";

let fixture: GitFixture | undefined;
beforeAll(() => isolateGitFromMachineConfig());
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

describe("git after untrusted code ran", () => {
  it("git gets an allowlisted environment: no INPUT_*, ACTIONS_* or keys; hooks and fsmonitor are switched off on every command", () => {
    const env = gitEnvironment({ PATH: "/usr/bin", HOME: "/home/runner", "INPUT_API-KEY": "sk-1", ACTIONS_RUNTIME_TOKEN: "rt", OPENAI_API_KEY: "sk-2", GITHUB_TOKEN: "ghs", LC_ALL: "C" });
    expect(Object.keys(env).filter((name) => !name.startsWith("GIT_CONFIG_")).sort()).toEqual(["GIT_TERMINAL_PROMPT", "HOME", "LC_ALL", "PATH"]);
    const entries = Array.from({ length: Number(env.GIT_CONFIG_COUNT) }, (_, i) => `${env[`GIT_CONFIG_KEY_${i}`]}=${env[`GIT_CONFIG_VALUE_${i}`]}`);
    expect(entries).toEqual(["core.hooksPath=/dev/null", "core.fsmonitor=false"]);
  });

  it("streamed git (search_code's git grep) gets the same environment: no key, hooks and fsmonitor off", async () => {
    const f = (fixture = await createGitFixture());
    const saved = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = "sk-streamed-secret";
    try {
      const lines: string[] = [];
      // git's ! alias runs a shell with the environment git was given.
      const run = await streamGitLines(f.clone, ["-c", "alias.showenv=!env", "showenv"], (line) => (lines.push(line), true));
      expect(run.exitCode).toBe(0);
      expect(lines.join("\n")).not.toContain("sk-streamed-secret");
      expect(lines).toContain("GIT_CONFIG_KEY_0=core.hooksPath");
      expect(lines).toContain("GIT_CONFIG_VALUE_1=false");
    } finally {
      if (saved === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved;
    }
  });

  it("streamed git stops when the reader has enough, with everything git started", async () => {
    const f = (fixture = await createGitFixture());
    const seen: string[] = [];
    const pidFile = path.join(f.root, "sleeper.pid");
    // A background sleep in git's process group, which only killing the whole group ends.
    const run = await streamGitLines(f.clone, ["-c", `alias.many=!sleep 30 & echo $! > ${pidFile}; yes line`, "many"], (line) => (seen.push(line), seen.length < 1000));
    expect(run.stopped).toBe(true);
    expect(seen).toHaveLength(1000);
    const pid = (await readFile(pidFile, "utf8")).trim();
    // Not running: gone, or a zombie waiting to be reaped.
    const state = await readFile(`/proc/${pid}/stat`, "utf8").then((stat) => stat.split(" ")[2], () => "gone");
    expect(state === "gone" || state === "Z", `sleep ${pid} is in state ${state}`).toBe(true);
  });

  it("streamed git is stopped at its timeout and says so", async () => {
    const f = (fixture = await createGitFixture());
    const run = await streamGitLines(f.clone, ["-c", "alias.slow=!echo partial; sleep 30", "slow"], () => true, { timeoutMs: 300 });
    expect(run).toMatchObject({ timedOut: true, exitCode: null, stopped: false });
  });

  it("streamed git passes a line of megabytes cut, and does not wait for what git left running", async () => {
    const f = (fixture = await createGitFixture());
    const lines: string[] = [];
    const long = await streamGitLines(f.clone, ["-c", "alias.long=!head -c 3000000 /dev/zero | tr '\\0' x; echo; echo after", "long"], (line) => (lines.push(line), true));
    expect(long.exitCode).toBe(0);
    expect(lines.map((l) => l.length)).toEqual([MAX_LINE_CHARS, 5]);
    const seen: string[] = [];
    // The alias exits at once, leaving a sleep that holds git's stdout open.
    const left = await streamGitLines(f.clone, ["-c", "alias.bg=!sleep 30 & echo done", "bg"], (line) => (seen.push(line), true), { timeoutMs: 20_000 });
    expect(left).toMatchObject({ exitCode: 0, timedOut: false });
    expect(seen).toEqual(["done"]);
  });

  it("a planted core.fsmonitor and hooks do not run inside status or commit", async () => {
    const f = (fixture = await createGitFixture());
    const marker = path.join(f.root, "planted-code-ran");
    await git(f.clone, "config", "core.fsmonitor", `touch ${marker}; false`);
    for (const hook of ["pre-commit", "commit-msg", "post-commit", "reference-transaction"]) {
      const file = path.join(f.clone, ".git/hooks", hook);
      await writeFile(file, `#!/bin/sh\ntouch ${marker}\n`);
      await chmod(file, 0o755);
    }
    // The planting works: plain git runs it.
    await git(f.clone, "status");
    expect(existsSync(marker)).toBe(true);
    await rm(marker);

    await writeFile(path.join(f.clone, "src/a.txt"), "changed\n");
    await getRepoStatus(f.clone);
    await commitFiles(f.clone, { paths: ["src/a.txt"], message: "fix\n" });
    expect(existsSync(marker)).toBe(false);
    expect((await runGit(f.clone, ["log", "-1", "--format=%s"])).trim()).toBe("fix");
  });

  it("the guard puts back the config and removes hooks added after its snapshot, and says what it undid", async () => {
    const f = (fixture = await createGitFixture());
    const configBefore = await readFile(path.join(f.clone, ".git/config"), "utf8");
    const guard = await guardGitState(f.clone);
    await git(f.clone, "config", "core.sshCommand", "steal; ssh");
    await writeFile(path.join(f.clone, ".git/hooks/pre-push"), "#!/bin/sh\nsteal\n", { mode: 0o755 });
    expect((await guard.restore()).sort()).toEqual(["config", "hooks/pre-push"]);
    expect(await readFile(path.join(f.clone, ".git/config"), "utf8")).toBe(configBefore);
    expect(existsSync(path.join(f.clone, ".git/hooks/pre-push"))).toBe(false);
    expect(await guard.restore()).toEqual([]);
  });
});
