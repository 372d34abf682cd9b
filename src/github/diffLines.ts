/**
 * Lines of a pull request's diff that GitHub accepts review comments on:
 * on the RIGHT side, every added or context line inside a hunk of the
 * file's `patch` (as the pulls files endpoint returns it).
 */
export function commentableRightLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let right = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header !== null) {
      right = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith("+") || line.startsWith(" ")) {
      lines.add(right);
      right += 1;
    } else if (line.startsWith("\\")) {
      // "\ No newline at end of file": not a line.
    } else if (!line.startsWith("-") && line !== "") {
      inHunk = false;
    }
  }
  return lines;
}
