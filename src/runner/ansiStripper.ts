/**
 * Streaming remover of terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC
 * strings and the short two- or three-character escapes). State survives
 * between `push` calls, so a sequence split across two chunks is still removed.
 */

type StripState = "text" | "escape" | "csi" | "string" | "stringEscape" | "intermediate";

const ESC = 0x1b;
const BEL = 0x07;
const C1_CSI = 0x9b;
const NEWLINE = 0x0a;
/** A control sequence longer than this is not one a terminal would accept; give up on it. */
const MAX_CSI_CHARS = 64;
/** OSC hyperlinks carry URLs; longer strings are treated as broken and dropped. */
const MAX_STRING_CHARS = 4096;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPECIAL_START = /[\x1b\x9b]/g;

export class AnsiStripper {
  private state: StripState = "text";
  private sequenceLength = 0;

  push(text: string): string {
    let out = "";
    let i = 0;
    const length = text.length;
    while (i < length) {
      if (this.state === "text") {
        SPECIAL_START.lastIndex = i;
        const match = SPECIAL_START.exec(text);
        if (match === null) {
          out += i === 0 ? text : text.slice(i);
          break;
        }
        out += text.slice(i, match.index);
        this.enter(text.charCodeAt(match.index) === ESC ? "escape" : "csi");
        i = match.index + 1;
        continue;
      }
      const code = text.charCodeAt(i);
      // Returns true when the character is part of the sequence (consumed).
      if (this.consume(code)) i += 1;
    }
    return out;
  }

  /** Ends the stream: an unfinished sequence is dropped. */
  end(): string {
    this.state = "text";
    this.sequenceLength = 0;
    return "";
  }

  private enter(state: StripState): void {
    this.state = state;
    this.sequenceLength = 0;
  }

  private consume(code: number): boolean {
    this.sequenceLength += 1;
    switch (this.state) {
      case "escape":
        if (code === 0x5b) this.enter("csi"); // [
        else if (code === 0x5d || code === 0x50 || code === 0x58 || code === 0x5e || code === 0x5f) this.enter("string"); // ] P X ^ _
        else if (code >= 0x20 && code <= 0x2f) this.enter("intermediate");
        else if (code >= 0x30 && code <= 0x7e) this.enter("text");
        else if (code === ESC) this.enter("escape");
        else {
          // Not an escape after all: show the character as text.
          this.enter("text");
          return false;
        }
        return true;
      case "csi":
        if (code >= 0x40 && code <= 0x7e) {
          this.enter("text");
          return true;
        }
        if (code >= 0x20 && code <= 0x3f && this.sequenceLength <= MAX_CSI_CHARS) return true;
        this.enter("text");
        return false;
      case "intermediate":
        if (code >= 0x20 && code <= 0x2f && this.sequenceLength <= MAX_CSI_CHARS) return true;
        this.enter("text");
        return code >= 0x30 && code <= 0x7e;
      case "string":
        if (code === BEL) {
          this.enter("text");
          return true;
        }
        if (code === ESC) {
          this.state = "stringEscape";
          return true;
        }
        if (code === NEWLINE || code === C1_CSI || this.sequenceLength > MAX_STRING_CHARS) {
          // An unterminated string must not swallow the rest of the output.
          this.enter("text");
          return false;
        }
        return true;
      case "stringEscape":
        if (code === 0x5c) {
          // ESC \ (string terminator)
          this.enter("text");
          return true;
        }
        this.enter("escape");
        return false;
      case "text":
        return false;
    }
  }
}
