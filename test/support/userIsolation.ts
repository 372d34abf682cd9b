/**
 * Whether this machine can run code as a second, unprivileged user, as
 * compile-loop's `user` isolation does: root or passwordless sudo, and
 * setfacl. CI runs as root and `.ci/run` installs the acl package; elsewhere
 * the tests that need it are skipped with this reason.
 */
import { spawnSync } from "node:child_process";

function whyUnavailable(): string | undefined {
  const root = process.getuid?.() === 0;
  if (!root && spawnSync("sudo", ["-n", "true"]).status !== 0) return "needs root or passwordless sudo to create and use a second user";
  if (spawnSync("setfacl", ["--version"]).status !== 0) return "setfacl is not installed (package acl; .ci/run installs it)";
  return undefined;
}

export const USER_ISOLATION_SKIP_REASON = whyUnavailable();
export const userIsolationAvailable = USER_ISOLATION_SKIP_REASON === undefined;
