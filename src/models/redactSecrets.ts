import { redact } from "../security/redactSecrets.js";

/** What replaces a secret in transcripts and error messages. */
export const REDACTED = "[REDACTED]";

/**
 * Key-like tokens that providers echo back in error messages (OpenAI prints a
 * masked prefix of a wrong key; GitHub tokens have fixed prefixes). Removed even
 * when we do not know the secret, because a partial key is still a leak.
 */
const KEY_LIKE = /\b(?:sk-[A-Za-z0-9_*-]{6,}|sk_[A-Za-z0-9_*-]{6,}|gh[pousr]_[A-Za-z0-9_*]{6,}|github_pat_[A-Za-z0-9_*]{6,})/g;

/** The shared redaction (secrets, their JSON-escaped and base64 forms), marked [REDACTED] as transcripts show it. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redact(text, secrets, REDACTED);
}

/** redactSecrets plus removal of anything shaped like an API key or GitHub token. */
export function redactKeyLike(text: string, secrets: readonly string[]): string {
  return redactSecrets(text, secrets).replace(KEY_LIKE, REDACTED);
}
