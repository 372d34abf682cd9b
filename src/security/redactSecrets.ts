/** What a secret becomes in anything compile-loop writes (comments, summaries, outputs). */
export const REDACTION = "***";

/** Shorter secrets are ignored: redacting "a" or "ab" would shred every text. */
export const MIN_SECRET_LENGTH = 4;

/**
 * Base64 of a secret as it appears inside a longer base64 stream. A secret that
 * starts at a byte offset of 0, 1 or 2 (mod 3) encodes to three different
 * strings; only the characters fed entirely by the secret's bytes are stable, so
 * those are what we look for. This catches e.g. `basic base64("x-access-token:" + token)`.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const forms = new Set<string>();
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const start = Math.ceil((shift * 8) / 6);
    const end = Math.floor(((shift + bytes.length) * 8) / 6);
    const stable = encoded.slice(start, end);
    // Very short fragments would match unrelated base64 text.
    if (stable.length >= 6) forms.add(stable);
  }
  // The plain, padded encoding of the whole secret.
  forms.add(bytes.toString("base64"));
  return [...forms];
}

/**
 * Replaces every occurrence of each secret, of its JSON-escaped form (as it
 * appears inside a recorded request) and of its base64 forms with
 * `replacement`. Longest patterns go first so a secret that contains another
 * is removed whole.
 */
export function redact(text: string, secrets: readonly string[], replacement: string = REDACTION): string {
  const patterns = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    patterns.add(secret);
    patterns.add(JSON.stringify(secret).slice(1, -1));
    for (const form of base64Forms(secret)) patterns.add(form);
  }
  let out = text;
  for (const pattern of [...patterns].sort((a, b) => b.length - a.length)) {
    out = out.split(pattern).join(replacement);
  }
  return out;
}
