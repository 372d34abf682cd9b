import { StringDecoder } from "node:string_decoder";
import { AnsiStripper } from "./ansiStripper.js";
import { CarriageReturnCollapser } from "./carriageReturnCollapser.js";

/**
 * Turns the raw bytes of one output stream into clean text: UTF-8 decoded
 * across chunk boundaries, escape sequences removed, line endings normalised
 * and progress-bar rewrites collapsed. Only whole lines are released (except
 * for very long ones), so two streams fed into one buffer never mix mid-line.
 */
export class TerminalTextCleaner {
  private readonly decoder = new StringDecoder("utf8");
  private readonly ansi = new AnsiStripper();
  private readonly lines: CarriageReturnCollapser;

  constructor(maxPendingChars?: number) {
    this.lines = new CarriageReturnCollapser(maxPendingChars);
  }

  push(chunk: Buffer): string {
    return this.lines.push(this.ansi.push(this.decoder.write(chunk)));
  }

  end(): string {
    const decoded = this.ansi.push(this.decoder.end()) + this.ansi.end();
    return this.lines.push(decoded) + this.lines.end();
  }
}
