import { IsolationUnavailableError, TEST_USER_NAME } from "./isolationSetting.js";
import { runAsRoot, type ElevatedPrivilege } from "./privilege.js";
import { runHelperCommand } from "./runHelperCommand.js";

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
}

async function lookUpUser(name: string): Promise<TestUser | undefined> {
  const uid = await runHelperCommand("id", ["-u", name]);
  const gid = await runHelperCommand("id", ["-g", name]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The unprivileged account for the code under test, created on first use: a
 * system account with its own group, no home directory, no login shell and no
 * sudo. Safe to call from several runs at once.
 */
export async function ensureTestUser(privilege: ElevatedPrivilege, name: string = TEST_USER_NAME): Promise<TestUser> {
  let user = await lookUpUser(name);
  if (user === undefined) {
    const created = await runAsRoot(privilege, "useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name]);
    // Exit 9: another run created it a moment ago.
    if (created.code !== 0 && created.code !== 9) {
      const busybox = created.code === 127 ? await runAsRoot(privilege, "adduser", ["-S", "-D", "-H", "-h", "/nonexistent", "-s", "/sbin/nologin", name]) : created;
      if (busybox.code !== 0) {
        throw new IsolationUnavailableError(`could not create the user ${name} for the code under test (${(created.code === 127 ? busybox : created).stderr.trim() || `exit ${created.code}`}).`);
      }
    }
    user = await lookUpUser(name);
    if (user === undefined) throw new IsolationUnavailableError(`the user ${name} was created but cannot be looked up with id.`);
  }
  if (user.uid === 0 || user.gid === 0) throw new IsolationUnavailableError(`the user ${name} exists with uid or gid 0; remove it (userdel ${name}) so compile-loop can create an unprivileged one.`);
  await refuseSudoRights(privilege, name);
  return user;
}

/** An account that can sudo would give the code under test everything back. */
async function refuseSudoRights(privilege: ElevatedPrivilege, name: string): Promise<void> {
  const listed = await runAsRoot(privilege, "sudo", ["-n", "-l", "-U", name], 10_000);
  // 127: sudo is not installed, so nobody can use it.
  if (listed.code === 127) return;
  if (/may run the following commands/i.test(listed.stdout)) {
    throw new IsolationUnavailableError(`the user ${name} may use sudo on this machine, so it would not isolate anything; remove its sudo rights.`);
  }
}
