import { AnsiStripper } from "./ansiStripper.js";

/** Removes terminal escape sequences (colours, cursor moves, hyperlinks, titles) from complete text. */
export function stripAnsi(text: string): string {
  const stripper = new AnsiStripper();
  return stripper.push(text) + stripper.end();
}
