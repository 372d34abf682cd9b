import { redact } from "../security/redactSecrets.js";
import type { AttemptMemory } from "./commentState.js";

const PREFIX = "<!-- compile-loop:memory ";
const SUFFIX = " -->";

/** Bounds that keep the hidden record small (it rides along in every edit of the comment). */
export const MEMORY_LIMITS = { attempts: 5, lastErrorChars: 600, summaryChars: 300, instructionsChars: 300, files: 20, encodedChars: 8_000 } as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function compact(entry: AttemptMemory, secrets: readonly string[]): AttemptMemory {
  const out: AttemptMemory = {
    at: entry.at,
    ok: entry.ok,
    iterations: entry.iterations,
    summary: clip(redact(entry.summary, secrets), MEMORY_LIMITS.summaryChars),
    filesEdited: entry.filesEdited.slice(0, MEMORY_LIMITS.files).map((f) => redact(f, secrets)),
  };
  if (entry.headSha !== undefined) out.headSha = entry.headSha;
  if (entry.failureReason !== undefined) out.failureReason = entry.failureReason;
  if (entry.lastError !== undefined) out.lastError = clip(redact(entry.lastError, secrets), MEMORY_LIMITS.lastErrorChars);
  if (entry.instructions !== undefined) out.instructions = clip(redact(entry.instructions, secrets), MEMORY_LIMITS.instructionsChars);
  return out;
}

/**
 * The hidden HTML comment that carries earlier attempts: base64 of JSON, so no
 * text inside can close the HTML comment. Keeps the newest attempts that fit.
 */
export function encodeCommentMemory(attempts: readonly AttemptMemory[], secrets: readonly string[] = []): string {
  let kept = attempts.slice(-MEMORY_LIMITS.attempts).map((a) => compact(a, secrets));
  for (;;) {
    const encoded = Buffer.from(JSON.stringify({ v: 1, attempts: kept }), "utf8").toString("base64");
    if (encoded.length <= MEMORY_LIMITS.encodedChars || kept.length === 0) return `${PREFIX}${encoded}${SUFFIX}`;
    kept = kept.slice(1);
  }
}

function isAttempt(value: unknown): value is AttemptMemory {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const optionalString = (k: string) => v[k] === undefined || typeof v[k] === "string";
  return (
    typeof v.at === "string" &&
    typeof v.ok === "boolean" &&
    typeof v.iterations === "number" &&
    typeof v.summary === "string" &&
    Array.isArray(v.filesEdited) &&
    v.filesEdited.every((f) => typeof f === "string") &&
    optionalString("headSha") &&
    optionalString("failureReason") &&
    optionalString("lastError") &&
    optionalString("instructions")
  );
}

/** Reads back the attempts recorded in a comment body; [] when there is none or it is damaged. */
export function parseCommentMemory(body: string): AttemptMemory[] {
  // The record is written last; an earlier look-alike (quoted in test output) is ignored.
  const start = body.lastIndexOf(PREFIX);
  if (start === -1) return [];
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  if (end === -1) return [];
  const encoded = body.slice(start + PREFIX.length, end).trim();
  if (!/^[A-Za-z0-9+/=]*$/.test(encoded)) return [];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return [];
    const attempts = (parsed as { attempts?: unknown }).attempts;
    return Array.isArray(attempts) ? attempts.filter(isAttempt) : [];
  } catch {
    return [];
  }
}

/** Earlier attempts as text for the engine's `priorAttempts` (data for the model, not instructions). */
export function describePriorAttempts(attempts: readonly AttemptMemory[]): string {
  return attempts
    .map((a, i) => {
      const lines = [`Attempt ${i + 1} (${a.at}${a.headSha === undefined ? "" : `, commit ${a.headSha.slice(0, 12)}`}): ${a.ok ? "passed" : "failed"} after ${a.iterations} iteration(s): ${a.summary}`];
      if (a.failureReason !== undefined) lines.push(`  reason: ${a.failureReason}`);
      if (a.filesEdited.length > 0) lines.push(`  files edited: ${a.filesEdited.join(", ")}`);
      if (a.instructions !== undefined) lines.push(`  user instructions: ${a.instructions}`);
      if (a.lastError !== undefined) lines.push(`  last error: ${a.lastError.replace(/\s+/g, " ").trim()}`);
      return lines.join("\n");
    })
    .join("\n");
}
