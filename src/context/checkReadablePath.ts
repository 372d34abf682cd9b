import { isInsideDotGit, realRelativePath } from "./repoPaths.js";
import { secretRuleFor } from "./secretPaths.js";

/**
 * Where a repository file really is, or why it is never read: the rule for
 * the model's reads and for the repository map alike. The caller then asks
 * its listing about `realRelPath`: a link to an ignored file is as
 * unreadable as the file.
 */
export type PathCheck = { ok: true; realRelPath: string } | { ok: false; error: string };

export function checkReadablePath(repoDir: string, rel: string): PathCheck {
  const secret = secretRuleFor(rel);
  if (secret) return { ok: false, error: secretMessage(rel, secret) };
  const realRel = realRelativePath(repoDir, rel);
  if (realRel === undefined) return { ok: false, error: `'${rel}' is reached through a symbolic link that leads outside the repository, so it is not read` };
  if (realRel !== rel) {
    if (isInsideDotGit(realRel)) return { ok: false, error: `'${rel}' is a symbolic link into .git/, which compile-loop never reads` };
    const realSecret = secretRuleFor(realRel);
    if (realSecret) return { ok: false, error: `'${rel}' is a symbolic link to ${realRel}, ${secretMessage(realRel, realSecret)}` };
  }
  return { ok: true, realRelPath: realRel };
}

function secretMessage(rel: string, rule: string): string {
  return `'${rel}' looks like a secret file (it matches ${rule}); compile-loop never reads such files or sends them to the model`;
}
