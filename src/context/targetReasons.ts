/** Why a file was chosen as a target, as selectTargetFiles records it. */
export type TargetReason =
  | "named-in-output"
  | "imported-by-named"
  | "changed-on-branch"
  | "matched-glob"
  | "config-in-failure-frame"
  | "config-changed-on-branch";

const PHRASES: Record<TargetReason, string> = {
  "named-in-output": "named in the failing output",
  "imported-by-named": "imported by a file named in the failure",
  "changed-on-branch": "changed on this branch",
  "matched-glob": "matches --files / target-files",
  "config-in-failure-frame": "configuration or test harness, in a failure frame",
  "config-changed-on-branch": "configuration or test harness changed on this branch",
};

/** A phrase for the prompt: the known codes in words, anything else (an explanation already) as it is. */
export function describeTargetReason(reason: string): string {
  return reason in PHRASES ? PHRASES[reason as TargetReason] : reason;
}
