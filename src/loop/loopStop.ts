import type { FailureReason } from "./loopTypes.js";

/** Internal: unwinds the loop with a reason; runCompileLoop turns it into the result and never lets it escape. */
export class LoopStop extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail: string,
    readonly iterations: number,
  ) {
    super(detail);
    this.name = "LoopStop";
  }
}
