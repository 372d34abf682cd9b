import { lstat, mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { ensureTestUser, type TestUser } from "./ensureTestUser.js";
import { IsolationUnavailableError, TEST_USER_NAME } from "./isolationSetting.js";
import { runAsRoot, type ElevatedPrivilege } from "./privilege.js";

/**
 * Runs on one machine at the same time (several runner services, parallel
 * jobs) each need their own test user: the sweep after a test run kills every
 * process of that user, which must never hit another run's tests.
 */
const MAX_CONCURRENT_RUNS = 16;
/** Root-owned, so neither a test user nor another account can fake or steal a claim. */
const CLAIMS_DIR = "/tmp/compile-loop-isolation";
/** A claim directory left empty this long belongs to a run that died while claiming. */
const EMPTY_CLAIM_STALE_MS = 60_000;

export interface ClaimedTestUser {
  user: TestUser;
  /** Frees the slot for the next run. */
  release(): Promise<void>;
}

export function testUserNameForSlot(slot: number): string {
  return slot === 1 ? TEST_USER_NAME : `${TEST_USER_NAME}-${slot}`;
}

/** File operations on the claims directory, as root. */
function rootOps(privilege: ElevatedPrivilege) {
  const asRoot = async (file: string, args: string[]): Promise<boolean> => (await runAsRoot(privilege, file, args)).code === 0;
  if (privilege.kind === "root") {
    return {
      mkdir: (dir: string) => mkdir(dir, { mode: 0o755 }).then(() => true, () => false),
      rename: (from: string, to: string) => rename(from, to).then(() => true, () => false),
      rmdir: (dir: string) => rmdir(dir).then(() => true, () => false),
      remove: (dir: string) => rm(dir, { recursive: true, force: true }).then(() => true),
    };
  }
  return {
    mkdir: (dir: string) => asRoot("mkdir", ["-m", "755", "--", dir]),
    rename: (from: string, to: string) => asRoot("mv", ["-T", "--", from, to]),
    rmdir: (dir: string) => asRoot("rmdir", ["--", dir]),
    remove: (dir: string) => asRoot("rm", ["-rf", "--", dir]),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the first free test-user slot: `<claims>/<user>` holds one
 * directory named after the owning process id. A claim whose process is gone
 * is taken over by renaming that directory, which only one run can do.
 */
export async function claimTestUser(privilege: ElevatedPrivilege): Promise<ClaimedTestUser> {
  const ops = rootOps(privilege);
  await ops.mkdir(CLAIMS_DIR);
  const info = await lstat(CLAIMS_DIR).catch(() => undefined);
  if (info === undefined || !info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new IsolationUnavailableError(`${CLAIMS_DIR} must be a directory owned by root and writable only by it; remove it so compile-loop can recreate it.`);
  }
  const me = String(process.pid);
  for (let slot = 1; slot <= MAX_CONCURRENT_RUNS; slot++) {
    const name = testUserNameForSlot(slot);
    const claim = path.join(CLAIMS_DIR, name);
    const owned = path.join(claim, me);
    let mine = false;
    if (await ops.mkdir(claim)) {
      mine = await ops.mkdir(owned);
    } else {
      const holders = await readdir(claim).catch(() => [] as string[]);
      const holder = holders[0];
      if (holder === undefined) {
        const age = Date.now() - ((await lstat(claim).catch(() => undefined))?.mtimeMs ?? Date.now());
        if (age > EMPTY_CLAIM_STALE_MS && (await ops.rmdir(claim)) && (await ops.mkdir(claim))) mine = await ops.mkdir(owned);
      } else if (/^\d+$/.test(holder) && !isAlive(Number(holder))) {
        mine = await ops.rename(path.join(claim, holder), owned);
      }
    }
    if (!mine) continue;
    try {
      const user = await ensureTestUser(privilege, name);
      return { user, release: async () => void (await ops.remove(claim)) };
    } catch (error) {
      await ops.remove(claim);
      throw error;
    }
  }
  throw new IsolationUnavailableError(`all ${MAX_CONCURRENT_RUNS} test users (${TEST_USER_NAME}, ${TEST_USER_NAME}-2, ...) are in use by other runs on this machine.`);
}
