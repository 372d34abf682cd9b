import type { ChatModel, ChatRequest } from "../models/chatModel.js";
import { addUsage } from "../models/chatModel.js";
import { READ_FILE_RANGE_TOOL, READ_FILE_TOOL } from "../context/readFileTools.js";
import { TargetFileTools } from "../context/targetFileTools.js";
import { diffSnapshots, snapshotFiles, type FileSnapshot } from "../context/fileChanges.js";
import { MULTI_FILE_SYSTEM } from "./systemPrompts.js";
import { buildMultiFilePrompt, buildTestFailureMessage, renderNumberedBlocks, type PreviousAttempt } from "./buildPrompts.js";
import { editKey, formatErrorKey, type StagnationKey } from "./detectStagnation.js";
import { LoopStop } from "./loopStop.js";
import type { FailedAttempt, ModeStrategy, ModelTurn, StrategyServices } from "./modeStrategy.js";
import type { ParsedEdit, ReplyFormat } from "./interpretReply.js";

/**
 * Multi-file diff mode (`targetFiles`, or `targetFile` with `editMode:
 * "diff"`): the model reads files with tools and answers with
 * SEARCH/REPLACE blocks under path headers. The prompt is rebuilt from
 * scratch every iteration, so its size does not grow with the iteration
 * count; the only thing carried over is the previous reply, shown as it was
 * sent, with whether it was applied.
 *
 * `digestModel` is the model the read tools summarise large files with; the
 * driver passes one that goes through the run's budget and stop checks.
 */
export function createMultiFileStrategy(services: StrategyServices, allowedReads: readonly string[], digestModel: ChatModel): ModeStrategy {
  const { cfg } = services;
  const format: ReplyFormat = { kind: "blocks", targetFiles: cfg.targetFiles, repoDir: cfg.repoDir };
  const tools = new TargetFileTools(cfg.repoDir, allowedReads, digestModel, services.now);
  /** The target files as the previous request saw them; undefined before the first. */
  let snapshot: FileSnapshot | undefined;
  let previousAttempt: PreviousAttempt | undefined;

  const renderEdit = (edit: ParsedEdit): string =>
    services.redact(edit.kind === "blocks" ? renderNumberedBlocks(edit.blocks) : edit.content);

  return {
    mode: "multi-diff",
    format,

    async request(iteration: number, lastTestOutput: string): Promise<ModelTurn> {
      const after = await snapshotFiles(cfg.repoDir, cfg.targetFiles, snapshot);
      // The first prompt has no previous iteration to compare with: it lists no changes.
      const changes = diffSnapshots(snapshot ?? after, after);
      snapshot = after;
      const prompt = buildMultiFilePrompt({
        ...services.task,
        targetFiles: cfg.targetFiles,
        lastTestOutput,
        ...(previousAttempt ? { previousAttempt } : {}),
        changes,
        iteration,
        maxIterations: cfg.maxIterations,
      });
      services.dump(iteration, "iter_messages_size", { iter: iteration, messages_len: 1, user_len: prompt.length });
      const system = services.system ?? MULTI_FILE_SYSTEM;
      const messages: ChatRequest["messages"] = [{ role: "user", content: prompt }];
      const toolDefinitions = [READ_FILE_TOOL, READ_FILE_RANGE_TOOL];
      let toolCalls = 0;
      // Until the first answer nothing was tried in this iteration, so a stop reports the one before.
      let response = await services.callModel(iteration, { system, messages, tools: toolDefinitions, purpose: "edit" }, iteration - 1);
      let usage = response.usage;
      while (response.toolCalls.length > 0) {
        if (toolCalls + response.toolCalls.length > cfg.limits.maxToolCallsPerIteration) {
          services.dump(iteration, "tool_loop_giveup", { iter: iteration, count: toolCalls });
          throw new LoopStop("tool_loop", `exceeded ${cfg.limits.maxToolCallsPerIteration} tool calls within one iteration`, iteration);
        }
        messages.push({
          role: "assistant",
          content: [
            ...(response.text ? [{ type: "text" as const, text: response.text }] : []),
            ...response.toolCalls.map((call) => ({ type: "tool_call" as const, call })),
          ],
        });
        const results = [];
        for (const call of response.toolCalls) {
          toolCalls++;
          // The digest calls made here were counted in the run's usage by the budgeted model; this adds them to the iteration's.
          const dispatched = await tools.dispatch(call, { lastError: lastTestOutput, signal: services.signal });
          usage = addUsage(usage, dispatched.usage);
          const requested = typeof call.input.path === "string" ? call.input.path : "";
          services.emit({ type: "tool_use", iteration, tool: call.name, path: requested, ok: dispatched.outcome.ok, ...(dispatched.outcome.ok ? {} : { error: dispatched.outcome.error }) });
          results.push({
            type: "tool_result" as const,
            toolCallId: call.id,
            content: dispatched.outcome.ok ? dispatched.outcome.content : `ERROR: ${dispatched.outcome.error}`,
            ...(dispatched.outcome.ok ? {} : { isError: true }),
          });
        }
        messages.push({ role: "user", content: results });
        response = await services.callModel(iteration, { system, messages, tools: toolDefinitions, purpose: "edit" }, iteration);
        usage = addUsage(usage, response.usage);
      }
      return { text: response.text, stopReason: response.stopReason, usage, toolCalls };
    },

    remember(attempt: FailedAttempt): string {
      switch (attempt.kind) {
        case "tests_failed":
          previousAttempt = { applied: true, edit: renderEdit(attempt.edit) };
          return buildTestFailureMessage(attempt.test, "Your edit was written; fix the code with new SEARCH/REPLACE blocks against the files as they are now.");
        case "edit_failed":
          // The blocks as parsed, numbered: the numbers the feedback uses, without the prose around them.
          previousAttempt = { applied: false, feedback: attempt.message, reply: renderEdit(attempt.edit) };
          return attempt.message;
        case "format_error":
          // The reply as sent: the line numbers of a parse error refer to it.
          previousAttempt = { applied: false, feedback: attempt.message, reply: attempt.reply };
          return attempt.message;
      }
    },

    stagnationKey(attempt: FailedAttempt): StagnationKey {
      return attempt.kind === "format_error" ? formatErrorKey(attempt.problem, attempt.message) : editKey(attempt.edit);
    },
  };
}
