import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NO_ISOLATION, type CommandIsolation, type IsolatedLaunch } from "../runner/commandIsolation.js";
import { guardGitState } from "../git/guardGitState.js";
import type { TestUser } from "./ensureTestUser.js";
import { claimTestUser } from "./claimTestUser.js";
import { endUserProcesses } from "./endUserProcesses.js";
import { grantTreeAccess, type TreeAccessGrant } from "./grantTreeAccess.js";
import { IsolationUnavailableError, type IsolationReport, type IsolationSetting } from "./isolationSetting.js";
import { detectPrivilege, runAsRoot, type ElevatedPrivilege } from "./privilege.js";

export interface PrepareTestIsolationOptions {
  setting: IsolationSetting;
  /** The working tree the commands may change; `.git/` inside it stays read-only to them. */
  workTree: string;
  /** Whether `workTree` is a git repository whose configuration and hooks must be guarded. */
  isGitRepo: boolean;
  /** Told what a run had to undo (a planted hook, a changed config). */
  onNotice?: (message: string) => void;
}

/** An isolation ready for the runner, what it is, and how to hand everything back at the end. */
export interface PreparedIsolation {
  isolation: CommandIsolation;
  report: IsolationReport;
  /** Ends leftovers, gives the files the tests created back to the job's user, removes the test HOME. Call once, at the end. */
  release(): Promise<void>;
}

/** Variables that point into the job user's home, where the test user may not write; the tools fall back to HOME. */
const HOME_BOUND_NAMES = ["XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"];

const NONE_DETAIL =
  "the setup and test commands run as the same user as compile-loop, so code under test could read the API key and the GitHub token from /proc, and could leave processes running.";

/**
 * Preflight and set-up of the strongest isolation the machine allows (or the
 * one asked for): detect root or passwordless sudo, create the test user, give
 * it the working tree, and guard the git directory. `user` that cannot be had
 * throws `IsolationUnavailableError` naming what is missing; `auto` falls back
 * to `none` and says why in the report.
 */
export async function prepareTestIsolation(options: PrepareTestIsolationOptions): Promise<PreparedIsolation> {
  const guard = options.isGitRepo ? await guardGitState(options.workTree) : undefined;
  const afterEveryRun = async (): Promise<void> => {
    const undone = (await guard?.restore()) ?? [];
    if (undone.length > 0) options.onNotice?.(`the test command changed ${undone.join(", ")} in the git directory; compile-loop put back what was there before it ran.`);
  };
  const unisolated = (detail: string): PreparedIsolation => ({
    isolation: { ...NO_ISOLATION, afterRun: afterEveryRun },
    report: { requested: options.setting, level: "none", detail },
    release: () => Promise.resolve(),
  });
  if (options.setting === "none") return unisolated(`test isolation is off: ${NONE_DETAIL}`);

  try {
    return await isolateAsUser(options, afterEveryRun);
  } catch (error) {
    if (!(error instanceof IsolationUnavailableError)) throw error;
    if (options.setting === "user") throw error;
    return unisolated(`no separate user for the tests: ${error.message.replace(/\.$/, "")}; ${NONE_DETAIL}`);
  }
}

async function isolateAsUser(options: PrepareTestIsolationOptions, afterEveryRun: () => Promise<void>): Promise<PreparedIsolation> {
  const privilege = await detectPrivilege();
  if (privilege.kind === "unprivileged") {
    throw new IsolationUnavailableError(`running the tests as another user needs root or passwordless sudo, and compile-loop ${privilege.why}`);
  }
  const claimed = await claimTestUser(privilege);
  const user = claimed.user;
  let home: string | undefined;
  let grant: TreeAccessGrant;
  try {
    // Whatever a crashed earlier run of this slot left running goes first.
    await endUserProcesses(privilege, user);
    const tree = await stat(options.workTree);
    home = await createHome(privilege, user);
    grant = await grantTreeAccess({ privilege, repoDir: options.workTree, user, owner: { uid: tree.uid, gid: tree.gid } });
  } catch (error) {
    if (home !== undefined) await removeHome(privilege, home);
    await claimed.release();
    throw error;
  }
  const userHome = home;
  const isolation: CommandIsolation = {
    level: "user",
    launch: (shell, args, env) => launchAs(privilege, user, userHome, shell, args, env),
    afterRun: async () => {
      await endUserProcesses(privilege, user);
      await afterEveryRun();
    },
  };
  const via = privilege.kind === "root" ? "a user switch by compile-loop, which runs as root" : "sudo";
  return {
    isolation,
    report: {
      requested: options.setting,
      level: "user",
      detail: `the setup and test commands run as the unprivileged user ${user.name} (uid ${user.uid}, through ${via}), so they cannot read compile-loop's environment, memory or files; .git/ is read-only to them and every process they start is killed after each run.`,
    },
    release: async () => {
      try {
        await endUserProcesses(privilege, user);
        await grant.revoke();
        await removeHome(privilege, userHome);
      } finally {
        await claimed.release();
      }
    },
  };
}

function launchAs(privilege: ElevatedPrivilege, user: TestUser, home: string, shell: string, args: readonly string[], parentEnv: NodeJS.ProcessEnv): IsolatedLaunch {
  const env: NodeJS.ProcessEnv = { ...parentEnv, HOME: home, USER: user.name, LOGNAME: user.name };
  for (const name of HOME_BOUND_NAMES) delete env[name];
  const tmp = path.join(home, "tmp");
  Object.assign(env, { TMPDIR: tmp, TMP: tmp, TEMP: tmp });
  if (privilege.kind === "root") return { file: shell, args: [...args], env, uid: user.uid, gid: user.gid };
  // sudo resets the environment by its own policy; env -i sets exactly ours. None of it is a secret.
  const assignments = Object.entries(env).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${value}`]));
  return { file: "sudo", args: ["-n", "-u", user.name, "--", "/usr/bin/env", "-i", ...assignments, shell, ...args], env: { PATH: parentEnv.PATH ?? "/usr/bin:/bin" } };
}

/** An empty HOME of the test user's own, in the machine's shared temporary directory, closed to everyone else. */
async function createHome(privilege: ElevatedPrivilege, user: TestUser): Promise<string> {
  const base = existsSync("/tmp") ? "/tmp" : tmpdir();
  const home = await mkdtemp(path.join(base, "compile-loop-home-"));
  await mkdir(path.join(home, "tmp"));
  const owned = await runAsRoot(privilege, "chown", ["-R", `${user.uid}:${user.gid}`, home]);
  if (owned.code !== 0) {
    await rm(home, { recursive: true, force: true });
    throw new IsolationUnavailableError(`could not give ${user.name} its temporary home: ${owned.stderr.trim()}`);
  }
  if (privilege.kind === "root") await chmod(home, 0o700);
  else await runAsRoot(privilege, "chmod", ["700", home]);
  return home;
}

async function removeHome(privilege: ElevatedPrivilege, home: string): Promise<void> {
  if (privilege.kind === "root") await rm(home, { recursive: true, force: true });
  else await runAsRoot(privilege, "rm", ["-rf", "--", home]);
}
