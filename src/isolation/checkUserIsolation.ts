import { IsolationUnavailableError } from "./isolationSetting.js";
import { detectPrivilege, runAsRoot } from "./privilege.js";

/**
 * Whether `user` isolation can be had here, without setting anything up:
 * for decisions made before a run (whether to run a fork's code at all).
 */
export async function checkUserIsolation(): Promise<{ available: true } | { available: false; why: string }> {
  const privilege = await detectPrivilege();
  if (privilege.kind === "unprivileged") return { available: false, why: `running the tests as another user needs root or passwordless sudo, and compile-loop ${privilege.why}` };
  const setfacl = await runAsRoot(privilege, "setfacl", ["--version"]);
  if (setfacl.code !== 0) return { available: false, why: new IsolationUnavailableError("setfacl is not installed (Debian/Ubuntu package `acl`)").message };
  return { available: true };
}
