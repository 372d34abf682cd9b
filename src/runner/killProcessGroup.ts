/**
 * Sends `signal` to every process in the group led by `pid` (the test command
 * runs as a group leader). Returns false when no process of the group is left.
 */
export function killProcessGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    // ESRCH: the group is gone already. EPERM cannot happen for our own children; treat it alike.
    if (isErrnoException(error)) return false;
    throw error;
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
