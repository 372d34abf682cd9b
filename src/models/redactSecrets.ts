/** What replaces a secret in transcripts and error messages. */
export const REDACTED = "[REDACTED]";

/** Secrets shorter than this are ignored: redacting "a" would shred every text. */
const MIN_SECRET_LENGTH = 4;

/**
 * Key-like tokens that providers echo back in error messages (OpenAI prints a
 * masked prefix of a wrong key; GitHub tokens have fixed prefixes). Removed even
 * when we do not know the secret, because a partial key is still a leak.
 */
const KEY_LIKE = /\b(?:sk-[A-Za-z0-9_*-]{6,}|sk_[A-Za-z0-9_*-]{6,}|gh[pousr]_[A-Za-z0-9_*]{6,}|github_pat_[A-Za-z0-9_*]{6,})/g;

/** Replaces every occurrence of each secret (and of its JSON-escaped form) with [REDACTED]. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join(REDACTED);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
  }
  return out;
}

/** redactSecrets plus removal of anything shaped like an API key or GitHub token. */
export function redactKeyLike(text: string, secrets: readonly string[]): string {
  return redactSecrets(text, secrets).replace(KEY_LIKE, REDACTED);
}
