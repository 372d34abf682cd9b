/** How many numbered alternatives are tried before giving up. */
const MAX_BRANCH_ATTEMPTS = 100;

/**
 * The first of `base`, `base-2`, `base-3`... that does not exist yet, so a
 * second --commit run never moves the branch an earlier run left for review.
 */
export async function pickFixBranchName(base: string, exists: (name: string) => Promise<boolean>): Promise<string> {
  if (!(await exists(base))) return base;
  for (let n = 2; n <= MAX_BRANCH_ATTEMPTS; n++) {
    const candidate = `${base}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`branches ${base} to ${base}-${MAX_BRANCH_ATTEMPTS} all exist; delete the old compile-loop branches and run again`);
}
