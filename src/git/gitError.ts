/** A git command that exited non-zero. `args` and `stderr` never carry credentials: they travel in the environment, and stderr is redacted. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly stderr: string;
  readonly exitCode: number | null;

  constructor(args: readonly string[], stderr: string, exitCode: number | null, message?: string) {
    const detail = stderr.trim() || `exit code ${exitCode ?? "unknown"}`;
    super(message ?? `git ${args.join(" ")} failed: ${detail}`);
    this.name = "GitError";
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/** What the remote said when it refused a push. */
export type PushRejectionKind = "stale_lease" | "non_fast_forward" | "already_exists" | "remote_rejected";

/** The remote refused the push because its branch is not where we expected: someone else pushed. Nothing was overwritten. */
export class PushRejectedError extends GitError {
  readonly kind: PushRejectionKind;
  readonly remoteBranch: string;

  constructor(args: readonly string[], stderr: string, exitCode: number | null, kind: PushRejectionKind, remoteBranch: string) {
    const why: Record<PushRejectionKind, string> = {
      stale_lease: `the branch moved since compile-loop last saw it (someone else pushed); nothing was overwritten`,
      non_fast_forward: `the remote branch has commits that are not in the fix; nothing was overwritten`,
      already_exists: `the branch already exists on the remote and compile-loop did not create it; nothing was overwritten`,
      remote_rejected: `the remote refused the update (a branch protection rule or a hook)`,
    };
    super(args, stderr, exitCode, `Push to ${remoteBranch} was rejected: ${why[kind]}. ${stderr.trim()}`.trim());
    this.name = "PushRejectedError";
    this.kind = kind;
    this.remoteBranch = remoteBranch;
  }
}

/** The remote refused our credentials (401/403): the token lacks `contents: write`, or cannot push to this repository (a fork). */
export class PushPermissionError extends GitError {
  readonly remoteBranch: string;

  constructor(args: readonly string[], stderr: string, exitCode: number | null, remoteBranch: string) {
    super(
      args,
      stderr,
      exitCode,
      `No permission to push ${remoteBranch}: the token cannot write to this repository (check \`permissions: contents: write\`, or the pull request comes from a fork). ${stderr.trim()}`.trim(),
    );
    this.name = "PushPermissionError";
    this.remoteBranch = remoteBranch;
  }
}

/** `commitFiles` found no change in the given paths. */
export class NothingToCommitError extends Error {
  readonly paths: readonly string[];

  constructor(paths: readonly string[]) {
    super(`Nothing to commit: none of ${paths.length} path(s) differ from HEAD`);
    this.name = "NothingToCommitError";
    this.paths = paths;
  }
}
