import type { FailedBlock } from "./editBlock.js";

export interface DescribeOptions {
  /** How many blocks the reply had, to say "2 of 5 blocks failed". */
  totalBlocks?: number;
}

// Keeps feedback bounded when a SEARCH is huge; the model still has its own reply.
const MAX_SEARCH_LINES_SHOWN = 30;

/**
 * Feedback for the model about blocks that did not apply: for each block what
 * failed, the closest real lines of the file (numbered), and whether the
 * REPLACE text is already there; then that the whole reply must come again.
 */
export function describeEditFailures(failed: ReadonlyArray<FailedBlock & { path?: string }>, options: DescribeOptions = {}): string {
  const count = failed.length;
  const of = options.totalBlocks !== undefined ? ` of ${options.totalBlocks}` : "";
  const parts: string[] = [
    `${count}${of} SEARCH/REPLACE block${count === 1 && of === "" ? "" : "s"} could not be applied, so none of the edits in your reply were applied (edits are all-or-nothing).`,
  ];
  for (const failure of failed) parts.push(describeOne(failure));
  // Nothing of the reply was kept, so the whole reply comes again: block numbers always mean the reply the model sent.
  parts.push("Send ALL the blocks of your reply again, with the failed ones corrected. SEARCH must copy the current lines of the file exactly (without the line numbers shown here).");
  return parts.join("\n\n");
}

function describeOne(failure: FailedBlock & { path?: string }): string {
  const path = failure.path ?? failure.block.path;
  const where = path !== undefined ? ` (${path})` : "";
  const title = `## Block ${failure.index + 1}${where}`;
  const lines: string[] = [];
  switch (failure.kind) {
    case "ambiguous":
      lines.push(
        `${title}: SEARCH matches ${failure.candidateLines?.length ?? "several"} places${formatCandidates(failure.candidateLines)}.`,
        "Add the lines just above or below the part you want to change so that SEARCH matches exactly one place.",
      );
      break;
    case "missing_file":
      lines.push(
        `${title}: the file does not exist.`,
        failure.reason ?? "To create a new file, use an empty SEARCH section; otherwise check the path.",
      );
      break;
    case "refused_path":
      lines.push(`${title}: this path cannot be edited.`, failure.reason ?? "The path is not one of the files you may edit.");
      break;
    case "no_match":
      lines.push(`${title}: ${failure.reason ?? "SEARCH does not match the file (not even ignoring whitespace and indentation)."}`);
      if (failure.reason === undefined) {
        if (failure.closest) {
          lines.push(
            `The closest lines in the file (similarity ${failure.closest.similarity.toFixed(2)}), lines ${failure.closest.startLine}-${failure.closest.endLine}:`,
            fence(failure.closest.text),
          );
        } else {
          lines.push("No line of this SEARCH occurs in the file; read the file again before editing it.");
        }
        lines.push("Your SEARCH was:", fence(truncate(failure.block.search)));
      }
      break;
  }
  if (failure.replaceAlreadyPresent) {
    lines.push("Note: the REPLACE text of this block is already in the file, so this change may already be made; if so, leave this block out.");
  }
  return lines.join("\n");
}

function formatCandidates(candidateLines: readonly number[] | undefined): string {
  if (!candidateLines || candidateLines.length === 0) return "";
  return ` (starting at lines ${candidateLines.join(", ")})`;
}

function truncate(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  if (lines.length <= MAX_SEARCH_LINES_SHOWN) return lines.join("\n");
  return [...lines.slice(0, MAX_SEARCH_LINES_SHOWN), `... (${lines.length - MAX_SEARCH_LINES_SHOWN} more lines)`].join("\n");
}

function fence(text: string): string {
  // A fence longer than any backtick run inside, so file content cannot close it.
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}\n${text}\n${ticks}`;
}
