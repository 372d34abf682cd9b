import { readFile } from "node:fs/promises";
import path from "node:path";
import { WHOLE_FILE_SYSTEM } from "./systemPrompts.js";
import { buildTestFailureMessage, buildWholeFilePrompt } from "./buildPrompts.js";
import { boundConversation, type Exchange } from "./boundConversation.js";
import { editKey, formatErrorKey, testOutputKey, type StagnationKey } from "./detectStagnation.js";
import type { FailedAttempt, ModeStrategy, ModelTurn, StrategyServices } from "./modeStrategy.js";
import type { ReplyFormat } from "./interpretReply.js";

/**
 * Whole-file mode (`targetFile` + `editMode: "full"`): the model rewrites one
 * file and sends it in one fenced block. A conversation: the opening message
 * is rebuilt each iteration with the file as it is now (so the model never
 * works from a stale copy), followed by the past (reply, feedback) exchanges,
 * bounded in size.
 */
export function createWholeFileStrategy(services: StrategyServices): ModeStrategy {
  const { cfg } = services;
  const relPath = cfg.targetFiles[0] ?? "";
  const format: ReplyFormat = { kind: "whole_file", path: relPath, lang: cfg.lang };
  const exchanges: Exchange[] = [];

  return {
    mode: "single-full",
    format,

    async request(iteration: number, lastTestOutput: string): Promise<ModelTurn> {
      // Not redacted: the model sends the file back whole, so a redacted secret in it would be overwritten with the mask.
      const content = await readTarget(cfg.repoDir, relPath);
      const opening = buildWholeFilePrompt({
        ...services.task,
        path: relPath,
        content,
        lang: cfg.lang,
        // Once there are exchanges, each carries the failure that followed it; the first test output would only be stale.
        ...(exchanges.length === 0 ? { initialFailure: lastTestOutput } : {}),
      });
      const conversation = boundConversation(opening, exchanges, cfg.limits.conversationBudgetChars);
      if (conversation.droppedExchanges > 0) services.dump(iteration, "conversation_trimmed", { dropped: conversation.droppedExchanges });
      const response = await services.callModel(
        iteration,
        { system: services.system ?? WHOLE_FILE_SYSTEM, messages: conversation.messages, purpose: "edit" },
        iteration - 1,
      );
      return { text: response.text, stopReason: response.stopReason, usage: response.usage, toolCalls: 0 };
    },

    remember(attempt: FailedAttempt): string {
      const feedback =
        attempt.kind === "tests_failed"
          ? buildTestFailureMessage(attempt.test, `Fix the code and send the WHOLE corrected file again in a single \`\`\`${cfg.lang} block.`)
          : attempt.message;
      exchanges.push({ reply: attempt.reply, feedback });
      return feedback;
    },

    stagnationKey(attempt: FailedAttempt): StagnationKey {
      // The same failure three times: a model rewriting the whole file rarely sends byte-equal files, but it does keep failing the same way.
      if (attempt.kind === "tests_failed") return testOutputKey(attempt.test.output);
      if (attempt.kind === "edit_failed") return editKey(attempt.edit);
      return formatErrorKey(attempt.problem, attempt.message);
    },
  };
}

async function readTarget(repoDir: string, relPath: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(repoDir, relPath), "utf8");
  } catch {
    return undefined;
  }
}
