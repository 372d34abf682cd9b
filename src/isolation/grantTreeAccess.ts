import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { IsolationUnavailableError } from "./isolationSetting.js";
import { runAsRoot, type ElevatedPrivilege } from "./privilege.js";
import type { TestUser } from "./ensureTestUser.js";

/** Undoes a grant: ownership of what the tests created, and every ACL entry we added. */
export interface TreeAccessGrant {
  revoke(): Promise<void>;
}

export interface GrantTreeAccessOptions {
  privilege: ElevatedPrivilege;
  repoDir: string;
  user: TestUser;
  /** The account that owns the checkout and runs the job's later steps. */
  owner: { uid: number; gid: number };
}

/**
 * Lets the test user read and write the working tree, but not `.git/`, with
 * POSIX ACLs: nothing is opened to other users. Default entries make what
 * either side creates usable by the other; the checkout's ancestors get a
 * traverse-only entry where the test user could not pass.
 */
export async function grantTreeAccess(options: GrantTreeAccessOptions): Promise<TreeAccessGrant> {
  const { privilege, user, owner } = options;
  const repoDir = path.resolve(options.repoDir);
  const probe = await runAsRoot(privilege, "setfacl", ["--version"]);
  if (probe.code !== 0) {
    throw new IsolationUnavailableError("setfacl is not installed (Debian/Ubuntu package `acl`), which gives the test user the working tree without opening it to everyone.");
  }
  const grantedAncestors: { dir: string; hadAcl: boolean }[] = [];
  const entries = (await readdir(repoDir)).filter((name) => name !== ".git").map((name) => path.join(repoDir, name));
  const treeEntries = `u:${user.uid}:rwX,d:u:${user.uid}:rwX,d:u:${owner.uid}:rwX`;
  const revokeEntries = `u:${user.uid},d:u:${user.uid},d:u:${owner.uid}`;

  // Where nothing had ACLs before, revoking can remove every extended entry and leave the modes exactly as found.
  const existing = await runAsRoot(privilege, "getfacl", ["-R", "-s", "-P", "--absolute-names", "--", repoDir], 600_000);
  const hadAcls = existing.code !== 0 || existing.stdout.trim() !== "";
  const removal = hadAcls ? ["-x", revokeEntries] : ["-b"];

  const grant = async (): Promise<void> => {
    for (const dir of ancestorsOf(repoDir)) {
      if (await othersCanTraverse(dir)) continue;
      const before = await runAsRoot(privilege, "getfacl", ["-s", "--absolute-names", "--", dir]);
      await must(runAsRoot(privilege, "setfacl", ["-m", `u:${user.uid}:x`, dir]), `let ${user.name} pass through ${dir}`);
      grantedAncestors.push({ dir, hadAcl: before.code !== 0 || before.stdout.trim() !== "" });
    }
    await must(runAsRoot(privilege, "setfacl", ["-m", treeEntries, repoDir]), `give ${user.name} the working tree`);
    // -P: a symlink in the checkout must not carry the grant to what it points at.
    for (const batch of batches(entries, 200)) {
      await must(runAsRoot(privilege, "setfacl", ["-R", "-P", "-m", treeEntries, "--", ...batch]), `give ${user.name} the working tree`);
    }
  };

  const revoke = async (): Promise<void> => {
    // What the tests created belongs to the job's user again, so later steps can change and remove it.
    await must(
      runAsRoot(privilege, "find", [repoDir, "-path", path.join(repoDir, ".git"), "-prune", "-o", "-user", String(user.uid), "-exec", "chown", "-h", `${owner.uid}:${owner.gid}`, "{}", "+"], 600_000),
      "hand the files the tests created back",
    );
    const current = (await readdir(repoDir)).filter((name) => name !== ".git").map((name) => path.join(repoDir, name));
    await runAsRoot(privilege, "setfacl", [...removal, repoDir]);
    for (const batch of batches(current, 200)) await runAsRoot(privilege, "setfacl", ["-R", "-P", ...removal, "--", ...batch]);
    for (const { dir, hadAcl } of grantedAncestors.reverse()) await runAsRoot(privilege, "setfacl", [hadAcl ? "-x" : "-b", ...(hadAcl ? [`u:${user.uid}`] : []), dir]);
  };

  try {
    await grant();
  } catch (error) {
    await revoke().catch(() => undefined);
    throw error;
  }
  return { revoke };
}

/** `/a/b/c` → `/`, `/a`, `/a/b`. */
function ancestorsOf(dir: string): string[] {
  const out: string[] = [];
  let current = path.dirname(dir);
  while (true) {
    out.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

async function othersCanTraverse(dir: string): Promise<boolean> {
  return ((await stat(dir)).mode & 0o001) !== 0;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

async function must(result: Promise<{ code: number; stderr: string }>, what: string): Promise<void> {
  const done = await result;
  if (done.code !== 0) throw new IsolationUnavailableError(`could not ${what}: ${done.stderr.trim() || `exit ${done.code}`}`);
}
