import { formatTokens, formatUsd } from "../models/costEstimate.js";
import { redact } from "../security/redactSecrets.js";
import { encodeCommentMemory } from "./commentMemory.js";
import type { CommentStatus, IterationRow, PullRequestCommentState } from "./commentState.js";
import { STATUS_COMMENT_MARKER } from "./commentState.js";
import { fitCommentBody, GITHUB_COMMENT_LIMIT } from "./fitCommentBody.js";

/** Room left for GitHub's own counting quirks and the joins between parts. */
const SAFETY_MARGIN = 512;
/** Tables longer than this keep their first and last rows. */
const MAX_TABLE_ROWS = 60;
const MAX_NOTES = 5;
const MAX_SHORT_TEXT = 1_000;
const MAX_FILES_PER_ROW = 5;

const RESULT_LABELS: Record<IterationRow["result"], string> = {
  passed: "✅ passed",
  failed: "❌ tests failed",
  edit_failed: "⚠️ edit did not apply",
  format_error: "⚠️ reply not understood",
  stopped: "⏹️ stopped",
};

/** Untrusted text (test output, model replies) may contain our markers; it must never be mistaken for them. */
function defuseMarkers(text: string): string {
  return text.replaceAll("<!-- compile-loop:", "<!-- compile-loop (quoted):");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A fence longer than any backtick run inside, so the content cannot close it. */
function fence(content: string, lang: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${content}${content.endsWith("\n") ? "" : "\n"}${ticks}`;
}

/** Text for a table cell: one line, no pipes or backticks that would break the table. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replaceAll("|", "\\|");
}

function codeSpan(text: string): string {
  return `\`${text.replaceAll("`", "'").replace(/[\r\n]+/g, " ")}\``;
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1_000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

function keepTail(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `… ${(text.length - max).toLocaleString("en-US")} earlier characters elided …\n`;
  return note + text.slice(text.length - Math.max(0, max - note.length));
}

function keepHead(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `\n… ${(text.length - max).toLocaleString("en-US")} more characters elided …`;
  return text.slice(0, Math.max(0, max - note.length)) + note;
}

function statusTitle(status: CommentStatus): string {
  switch (status.kind) {
    case "running":
      return "⏳ running";
    case "success":
      return status.alreadyPassing === true ? "✅ tests already pass" : "✅ fixed";
    case "failure":
      return "❌ gave up";
    case "skipped":
      return "⏭️ skipped";
  }
}

function renderHeader(state: PullRequestCommentState, clean: (t: string) => string): string {
  const h = state.header;
  const facts: string[] = [`Test command: ${codeSpan(clean(clip(h.testCommand, 200)))}`];
  if (h.trigger !== undefined) facts.push(`Triggered by: ${clean(clip(h.trigger, 200))}`);
  if (h.headSha !== undefined) facts.push(`Commit: ${codeSpan(clean(h.headSha.slice(0, 12)))}`);
  if (h.model !== undefined) facts.push(`Model: ${codeSpan(clean(clip(h.model, 100)))}`);
  if (h.maxIterations !== undefined) facts.push(`Max iterations: ${h.maxIterations}`);
  if (h.isolation !== undefined) facts.push(`Test isolation: ${codeSpan(h.isolation)}`);
  if (h.runUrl !== undefined) facts.push(`[Workflow run](${clean(h.runUrl)})`);
  const lines = [`### compile-loop: ${statusTitle(state.status)}`, "", facts.join(" · ")];
  for (const note of (state.notes ?? []).slice(0, MAX_NOTES)) lines.push("", `> ${clean(clip(note, MAX_SHORT_TEXT)).replace(/\n/g, "\n> ")}`);
  return lines.join("\n");
}

function renderRow(row: IterationRow, clean: (t: string) => string): string {
  const files = row.filesEdited.slice(0, MAX_FILES_PER_ROW).map((f) => codeSpan(clean(clip(f, 120))));
  if (row.filesEdited.length > MAX_FILES_PER_ROW) files.push(`+${row.filesEdited.length - MAX_FILES_PER_ROW} more`);
  const exit = row.timedOut === true ? "timeout" : row.exitCode === null ? "—" : String(row.exitCode);
  return `| ${row.iteration} | ${RESULT_LABELS[row.result]} | ${exit} | ${cell(row.testRun ?? "—")} | ${cell(files.join(", ") || "—")} | ${row.tokens.toLocaleString("en-US")} | ${formatDuration(row.durationMs)} |`;
}

/** One line: what the run used and, where the price is known, what it cost. */
export function renderUsage(usage: PullRequestCommentState["usage"]): string {
  if (usage === undefined || usage.inputTokens + usage.outputTokens === 0) return "";
  const cost = usage.costUsd === undefined ? " (no price known for this model)" : `, ${formatUsd(usage.costUsd)}`;
  return `Usage: ${formatTokens(usage.inputTokens)} input + ${formatTokens(usage.outputTokens)} output tokens${cost}.`;
}

function renderTable(rows: readonly IterationRow[], clean: (t: string) => string): string {
  if (rows.length === 0) return "";
  const lines = ["| # | Result | Exit code | Test run | Files edited | Tokens | Duration |", "|---:|---|---:|---|---|---:|---:|"];
  if (rows.length <= MAX_TABLE_ROWS) {
    for (const row of rows) lines.push(renderRow(row, clean));
  } else {
    const head = rows.slice(0, 10);
    const tail = rows.slice(rows.length - (MAX_TABLE_ROWS - 11));
    for (const row of head) lines.push(renderRow(row, clean));
    lines.push(`| … | ${rows.length - head.length - tail.length} iterations not shown | | | | | |`);
    for (const row of tail) lines.push(renderRow(row, clean));
  }
  return lines.join("\n");
}

function renderStatus(status: CommentStatus, clean: (t: string) => string, iterationsSoFar: number): string {
  switch (status.kind) {
    case "running":
      return `⏳ ${clean(clip(status.detail ?? `Working… ${iterationsSoFar} iteration(s) done.`, MAX_SHORT_TEXT))}`;
    case "skipped":
      return `⏭️ ${clean(clip(status.reason, MAX_SHORT_TEXT))}`;
    case "success": {
      const lines = [`✅ **${clean(clip(status.summary, MAX_SHORT_TEXT))}**`];
      if (status.branch !== undefined) {
        const name = codeSpan(clean(clip(status.branch, 200)));
        lines.push(`Fix pushed to ${status.branchUrl === undefined ? name : `[${name}](${clean(status.branchUrl)})`}.`);
      }
      if (status.fixPullRequest !== undefined) lines.push(`Fix pull request: [#${status.fixPullRequest.number}](${clean(status.fixPullRequest.url)}).`);
      if (status.delivery !== undefined) lines.push(clean(clip(status.delivery, MAX_SHORT_TEXT)));
      return lines.join("\n");
    }
    case "failure": {
      const lines = [`❌ **${clean(clip(status.summary, MAX_SHORT_TEXT))}**`];
      if (status.failureReason !== undefined) {
        const sentence = status.failureMessage === undefined ? "" : ` ${clean(clip(status.failureMessage, MAX_SHORT_TEXT))}`;
        lines.push(`Failure reason: ${codeSpan(status.failureReason)}.${sentence}`);
      } else if (status.failureMessage !== undefined) {
        lines.push(clean(clip(status.failureMessage, MAX_SHORT_TEXT)));
      }
      lines.push("Nothing was pushed.");
      return lines.join("\n");
    }
  }
}

function details(summary: string, content: string, lang: string): string {
  return `<details><summary>${summary}</summary>\n\n${fence(content, lang)}\n\n</details>`;
}

/**
 * The PR comment: header, one table row per iteration, the final status, the
 * last error and the last diff (collapsed), and the hidden record of attempts.
 * Every piece of text is redacted; the result always fits GitHub's limit.
 */
export function renderPullRequestComment(state: PullRequestCommentState, limit: number = GITHUB_COMMENT_LIMIT): string {
  const clean = (text: string) => defuseMarkers(redact(text, state.secrets));
  const marker = state.marker ?? STATUS_COMMENT_MARKER;
  const memory = state.memory === undefined || state.memory.length === 0 ? "" : encodeCommentMemory(state.memory, state.secrets);

  const fixed = [marker, renderHeader(state, clean), renderTable(state.rows, clean), renderUsage(state.usage), renderStatus(state.status, clean, state.rows.length)].filter((p) => p !== "");
  const errorTail = state.status.kind === "failure" && state.status.errorTail !== undefined && state.status.errorTail.trim() !== "" ? clean(state.status.errorTail) : "";
  const diff = state.diff !== undefined && state.diff.trim() !== "" ? clean(state.diff) : "";

  // Share what is left between the error tail (its end matters) and the diff (its start matters).
  const overhead = 400; // <details> wrappers, fences, notes
  let room = limit - SAFETY_MARGIN - fixed.join("\n\n").length - memory.length - overhead;
  room = Math.max(room, 0);
  let tailRoom = errorTail.length;
  let diffRoom = diff.length;
  if (tailRoom + diffRoom > room) {
    const half = Math.floor(room / 2);
    if (tailRoom <= half) diffRoom = room - tailRoom;
    else if (diffRoom <= half) tailRoom = room - diffRoom;
    else {
      tailRoom = half;
      diffRoom = room - half;
    }
  }

  const parts = [...fixed];
  if (errorTail !== "" && tailRoom > 0) parts.push(details("Last test failure (tail)", keepTail(errorTail, tailRoom), "text"));
  else if (errorTail !== "") parts.push("_The last error was too long to show here._");
  if (diff !== "" && diffRoom > 0) parts.push(details("Diff of the last attempt", keepHead(diff, diffRoom), "diff"));
  else if (diff !== "") parts.push("_The diff was too long to show here._");

  let body = parts.join("\n\n");
  const withMemory = (text: string) => (memory === "" ? `${text}\n` : `${text}\n\n${memory}\n`);
  if (withMemory(body).length > limit) {
    // Only reachable with a tiny custom limit: cut the visible part, keep the record.
    body = fitCommentBody(body, Math.max(limit - memory.length - 4, 0)).body;
  }
  const out = withMemory(body);
  return out.length <= limit ? out : fitCommentBody(out, limit).body;
}
