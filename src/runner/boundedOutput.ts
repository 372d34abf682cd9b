/**
 * Output buffer with a fixed memory cost: it keeps the first `headBytes` and
 * the last `tailBytes` (UTF-8) of everything appended and replaces the middle
 * with one marker line. The tail is a ring buffer, so a command printing
 * hundreds of megabytes costs no more than a quiet one.
 */

export interface BoundedOutputOptions {
  /** Total budget; split one quarter head, three quarters tail unless given explicitly. */
  maxBytes?: number;
  headBytes?: number;
  tailBytes?: number;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024;
/** A cut point is moved to a line boundary if one lies within this many bytes. */
const LINE_ALIGN_WINDOW = 1024;
const NEWLINE = 0x0a;

interface Rendered {
  text: string;
  elidedBytes: number;
}

export class BoundedOutput {
  private readonly head: Buffer;
  private headLength = 0;
  /** Once the head is full (or a chunk did not fit) everything else goes to the tail. */
  private headClosed = false;
  private readonly ring: Buffer;
  private ringPosition = 0;
  private ringWritten = 0;
  private total = 0;
  private rendered: Rendered | undefined;

  constructor(options: BoundedOutputOptions = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const headBytes = options.headBytes ?? Math.floor(maxBytes / 4);
    const tailBytes = options.tailBytes ?? maxBytes - headBytes;
    if (!Number.isInteger(headBytes) || headBytes < 0 || !Number.isInteger(tailBytes) || tailBytes < 1) {
      throw new RangeError(
        `BoundedOutput needs a whole, non-negative head size and a positive tail size (got head ${headBytes}, tail ${tailBytes}).`,
      );
    }
    this.head = Buffer.alloc(headBytes);
    this.ring = Buffer.alloc(tailBytes);
  }

  /** Bytes appended so far, kept or not. */
  get totalBytes(): number {
    return this.total;
  }

  /** Bytes left out of `toString()`. */
  get elidedBytes(): number {
    return this.render().elidedBytes;
  }

  append(chunk: string): void {
    if (chunk === "") return;
    const bytes = Buffer.from(chunk, "utf8");
    this.total += bytes.length;
    this.rendered = undefined;
    let offset = 0;
    if (!this.headClosed) {
      const room = this.head.length - this.headLength;
      if (bytes.length <= room) {
        bytes.copy(this.head, this.headLength);
        this.headLength += bytes.length;
        return;
      }
      // Cut before a character's first byte so the head never ends mid-character.
      let cut = room;
      while (cut > 0 && isContinuationByte(bytes[cut])) cut -= 1;
      bytes.copy(this.head, this.headLength, 0, cut);
      this.headLength += cut;
      this.headClosed = true;
      offset = cut;
    }
    this.writeRing(bytes, offset);
  }

  toString(): string {
    return this.render().text;
  }

  private writeRing(bytes: Buffer, offset: number): void {
    const capacity = this.ring.length;
    const count = bytes.length - offset;
    this.ringWritten += count;
    if (count >= capacity) {
      bytes.copy(this.ring, 0, bytes.length - capacity);
      this.ringPosition = 0;
      return;
    }
    const first = Math.min(count, capacity - this.ringPosition);
    bytes.copy(this.ring, this.ringPosition, offset, offset + first);
    if (first < count) bytes.copy(this.ring, 0, offset + first, bytes.length);
    this.ringPosition = (this.ringPosition + count) % capacity;
  }

  private render(): Rendered {
    if (this.rendered !== undefined) return this.rendered;
    const capacity = this.ring.length;
    let head = this.head.subarray(0, this.headLength);
    let tail =
      this.ringWritten <= capacity
        ? this.ring.subarray(0, this.ringWritten)
        : Buffer.concat([this.ring.subarray(this.ringPosition), this.ring.subarray(0, this.ringPosition)]);
    if (this.ringWritten <= capacity) {
      this.rendered = { text: Buffer.concat([head, tail]).toString("utf8"), elidedBytes: 0 };
      return this.rendered;
    }
    // The ring has overwritten something: show head, marker, tail, each cut cleanly.
    let skip = 0;
    while (skip < tail.length && isContinuationByte(tail[skip])) skip += 1;
    const firstNewline = tail.indexOf(NEWLINE, skip);
    if (firstNewline !== -1 && firstNewline - skip < LINE_ALIGN_WINDOW && firstNewline < tail.length - 1) {
      skip = firstNewline + 1;
    }
    tail = tail.subarray(skip);
    const lastNewline = head.lastIndexOf(NEWLINE);
    if (lastNewline !== -1 && head.length - (lastNewline + 1) < LINE_ALIGN_WINDOW) {
      head = head.subarray(0, lastNewline + 1);
    }
    const elidedBytes = this.total - head.length - tail.length;
    const headText = head.toString("utf8");
    const separator = headText === "" || headText.endsWith("\n") ? "" : "\n";
    const text = `${headText}${separator}${elisionMarker(elidedBytes)}\n${tail.toString("utf8")}`;
    this.rendered = { text, elidedBytes };
    return this.rendered;
  }
}

export function elisionMarker(elidedBytes: number): string {
  return `[... ${elidedBytes.toLocaleString("en-US")} bytes of output elided ...]`;
}

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}
