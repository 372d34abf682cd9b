import { readFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";

/** A zombie counts as gone: in a container nobody may reap it, but it runs nothing. */
export function isProcessGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

/** Polls until the process is gone or `limitMs` passed; returns whether it is gone. */
export async function waitUntilGone(pid: number, limitMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (isProcessGone(pid)) return true;
    await delay(50);
  }
  return isProcessGone(pid);
}
