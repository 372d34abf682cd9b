/** What the code under test was isolated with: its own identity, or nothing beyond the environment allowlist. */
export type IsolationLevel = "user" | "none";

/** How a command is started under an isolation: the program, its arguments, environment and identity. */
export interface IsolatedLaunch {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

/**
 * Where the setup and test commands run. The runner depends on this interface
 * only; `src/isolation` provides the implementations.
 */
export interface CommandIsolation {
  readonly level: IsolationLevel;
  /** Rewrites how the shell is started: under another identity, with its own HOME. */
  launch(shell: string, args: readonly string[], env: NodeJS.ProcessEnv): IsolatedLaunch;
  /**
   * Runs after every command, before its result is returned: ends whatever the
   * command left running (setsid, double forks) and undoes what it may not keep.
   */
  afterRun(): Promise<void>;
}

/** No identity change: the command runs as compile-loop does, with the allowlisted environment. */
export const NO_ISOLATION: CommandIsolation = {
  level: "none",
  launch: (shell, args, env) => ({ file: shell, args: [...args], env }),
  afterRun: () => Promise.resolve(),
};
