import { redact } from "../security/redactSecrets.js";

export interface FixCommitFacts {
  /** The pull request the fix is for, if any. */
  prNumber?: number;
  testCommand: string;
  summary: string;
  iterations: number;
  files: readonly string[];
  runUrl?: string;
  /** Redacted from the whole message: a test command can carry a token (`TOKEN=... npm test`). */
  secrets: readonly string[];
}

/** The message of a fix commit, the same from the CLI and the action. */
export function fixCommitMessage(facts: FixCommitFacts): string {
  const subject = facts.prNumber !== undefined ? `compile-loop: fix failing tests of #${facts.prNumber}` : "compile-loop: fix failing tests";
  const body = [
    `Test command: ${facts.testCommand}`,
    `Result: ${facts.summary} (${facts.iterations} iteration${facts.iterations === 1 ? "" : "s"})`,
    `Files: ${facts.files.join(", ")}`,
    ...(facts.runUrl ? [`Run: ${facts.runUrl}`] : []),
  ];
  return redact(`${subject}\n\n${body.join("\n")}\n`, facts.secrets);
}
