import type { LoopResult } from "./loopTypes.js";

/** What a reader of a give-up needs: the last test failure, and what became of the model's last reply, in plain words. */
export interface LastAttempt {
  /** The output of the last test run that ran (or of the first), not feedback written for the model. */
  testOutput: string;
  /** One sentence about the last reply when it was not applied; absent when its edit was tested. */
  replyNote?: string;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

export function describeLastAttempt(result: Pick<LoopResult, "history" | "initialTest" | "lastError">): LastAttempt {
  const tested = [...result.history].reverse().find((record) => record.test !== undefined);
  const testOutput = tested?.test?.output ?? result.initialTest?.output ?? result.lastError;
  const last = result.history.at(-1);
  if (last === undefined) return { testOutput };
  switch (last.outcome) {
    case "edit_failed": {
      const files = [...new Set((last.failedBlocks ?? []).flatMap((f) => (f.block.path === undefined ? [] : [f.block.path])))];
      return { testOutput, replyNote: `The model's last edit did not match ${files.length > 0 ? joinNames(files) : "the files"}; nothing of it was applied.` };
    }
    case "format_error":
      return { testOutput, replyNote: "The model's last reply was not a usable edit (no SEARCH/REPLACE blocks, a cut-off reply, or a file it may not edit); nothing was applied." };
    case "stopped":
      return { testOutput, replyNote: "The run stopped during the last iteration; its edit, if any, was not tested." };
    default:
      return { testOutput };
  }
}
