/**
 * Streaming line normaliser: `\r\n` becomes `\n`, and a line rewritten with
 * lone carriage returns (progress bars) keeps only its last non-empty segment,
 * as a terminal would finally show it. The unfinished current line is held
 * back until its newline arrives, up to `maxPendingChars`; a longer line is
 * released as it is so memory stays bounded.
 */
export class CarriageReturnCollapser {
  private pending = "";
  private afterCarriageReturn = false;

  constructor(private readonly maxPendingChars = 64 * 1024) {}

  push(text: string): string {
    let out = "";
    let start = 0;
    for (;;) {
      const cr = text.indexOf("\r", start);
      const segment = cr === -1 ? text.slice(start) : text.slice(start, cr);
      out += this.pushSegment(segment);
      if (cr === -1) break;
      this.afterCarriageReturn = true;
      start = cr + 1;
    }
    return out;
  }

  /** Ends the stream and returns the held-back last line. */
  end(): string {
    const rest = this.pending;
    this.pending = "";
    this.afterCarriageReturn = false;
    return rest;
  }

  /** Handles text that contains no carriage return. */
  private pushSegment(segment: string): string {
    if (segment === "") return "";
    if (this.afterCarriageReturn) {
      // Text after a lone CR overwrites the line; a CR right before LF is a plain line end.
      if (segment.charCodeAt(0) !== 0x0a) this.pending = "";
      this.afterCarriageReturn = false;
    }
    const lastNewline = segment.lastIndexOf("\n");
    if (lastNewline === -1) {
      this.pending += segment;
      return this.releaseIfTooLong();
    }
    const out = this.pending + segment.slice(0, lastNewline + 1);
    this.pending = segment.slice(lastNewline + 1);
    return out + this.releaseIfTooLong();
  }

  private releaseIfTooLong(): string {
    if (this.pending.length <= this.maxPendingChars) return "";
    const released = this.pending;
    this.pending = "";
    return released;
  }
}
