import { runHelperCommand, type HelperResult } from "./runHelperCommand.js";

/**
 * How compile-loop may act as another user: it is root (containers, these
 * machines), it has passwordless sudo (GitHub-hosted runners), or neither
 * (a self-hosted runner as a plain user).
 */
export type Privilege = { kind: "root" } | { kind: "sudo" } | { kind: "unprivileged"; why: string };

export type ElevatedPrivilege = Exclude<Privilege, { kind: "unprivileged" }>;

export async function detectPrivilege(): Promise<Privilege> {
  if (process.getuid?.() === 0) return { kind: "root" };
  // -n: never prompt; a password prompt would hang the job.
  const sudo = await runHelperCommand("sudo", ["-n", "true"], 10_000);
  if (sudo.code === 0) return { kind: "sudo" };
  const why = sudo.code === 127 ? "it is not root and sudo is not installed" : "it is not root and has no passwordless sudo";
  return { kind: "unprivileged", why };
}

/** Runs a helper as root: directly when we are root, through `sudo -n` otherwise. */
export function runAsRoot(privilege: ElevatedPrivilege, file: string, args: readonly string[], timeoutMs?: number): Promise<HelperResult> {
  return privilege.kind === "root" ? runHelperCommand(file, args, timeoutMs) : runHelperCommand("sudo", ["-n", "--", file, ...args], timeoutMs);
}
