import { readdir, readFile } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";
import { runAsRoot, type ElevatedPrivilege } from "./privilege.js";
import type { TestUser } from "./ensureTestUser.js";

/** A process that keeps forking new ones gets this many rounds before we say so. */
const MAX_ROUNDS = 50;
const ROUND_PAUSE_MS = 10;

/** Live (not zombie) processes with `uid` as real, effective or saved user id; /proc/<pid>/status is readable by anyone. */
export async function listUserProcesses(uid: number): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let status: string;
    try {
      status = await readFile(`/proc/${entry}/status`, "utf8");
    } catch {
      continue; // exited while we looked
    }
    if (/^State:\s+[ZX]/m.test(status)) continue;
    const ids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
    if (ids !== null && ids.slice(1, 4).some((id) => Number(id) === uid)) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Kills every process of the test user, wherever it went (a new session with
 * setsid, a double fork, a re-parented daemon), and returns once none is left.
 * Throws if some survive, so nothing touches git or the network beside them.
 */
export async function endUserProcesses(privilege: ElevatedPrivilege, user: TestUser): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pids = await listUserProcesses(user.uid);
    if (pids.length === 0) return;
    if (privilege.kind === "root") {
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Gone already.
        }
      }
    } else {
      // They are not ours to signal without root.
      await runAsRoot(privilege, "kill", ["-KILL", ...pids.map(String)]);
    }
    await delay(round === 0 ? 0 : ROUND_PAUSE_MS);
  }
  const left = await listUserProcesses(user.uid);
  if (left.length > 0) throw new Error(`processes of ${user.name} are still running after ${MAX_ROUNDS} rounds of SIGKILL (pids ${left.slice(0, 10).join(", ")}).`);
}
