import type { IsolationLevel } from "../runner/commandIsolation.js";

export type { IsolationLevel };

/** What the user asks for: the strongest available (`auto`), a separate identity or nothing (`user`, `none`). */
export type IsolationSetting = "auto" | IsolationLevel;

export const ISOLATION_SETTINGS: readonly IsolationSetting[] = ["auto", "user", "none"];

/** The account the code under test runs as; created on first use, shared by every run on the machine. */
export const TEST_USER_NAME = "compile-loop-test";

/** What a run got, for the log, the PR comment, the job summary and `--json`. */
export interface IsolationReport {
  requested: IsolationSetting;
  level: IsolationLevel;
  /** One sentence a user can act on: what protects the secrets, or why nothing does. */
  detail: string;
}

/** `user` isolation was asked for and this machine cannot provide it. */
export class IsolationUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IsolationUnavailableError";
  }
}
