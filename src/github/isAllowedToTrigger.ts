import type { RepositoryPermission } from "./collaboratorPermission.js";

export interface TriggerCheck {
  permission: RepositoryPermission;
  login: string;
  /** Logins allowed in addition to users with write access (the `allowed-users` input). */
  allowedUsers: readonly string[];
  /** The sender's `type` is "Bot" (or the login ends in [bot]). */
  isBot: boolean;
}

export type TriggerDecision = { allowed: true; reason: string } | { allowed: false; reason: string };

const WRITE_OR_ABOVE: readonly RepositoryPermission[] = ["admin", "maintain", "write"];

/** Who may start a run: people with write access or listed in allowed-users; never bots (no fix loops between bots). */
export function isAllowedToTrigger(check: TriggerCheck): TriggerDecision {
  if (check.isBot || /\[bot\]$/i.test(check.login)) {
    return { allowed: false, reason: `@${check.login} is a bot; bots cannot trigger compile-loop` };
  }
  if (WRITE_OR_ABOVE.includes(check.permission)) {
    return { allowed: true, reason: `@${check.login} has ${check.permission} permission` };
  }
  const login = check.login.toLowerCase();
  if (check.allowedUsers.some((u) => u.trim().replace(/^@/, "").toLowerCase() === login)) {
    return { allowed: true, reason: `@${check.login} is listed in allowed-users` };
  }
  return {
    allowed: false,
    reason: `@${check.login} has ${check.permission} permission; write access or a place in allowed-users is needed to trigger compile-loop`,
  };
}
