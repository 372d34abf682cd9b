import type { ChatModel, ChatRequest, ToolCall } from "../models/chatModel.js";
import { addUsage } from "../models/chatModel.js";
import { tryParseSearchReplace } from "../edits/parseSearchReplace.js";
import { REPO_READ_TOOLS } from "../context/readFileTools.js";
import { RepoReadTools } from "../context/repoReadTools.js";
import { EditScope } from "../context/editScope.js";
import { DEFAULT_PROTECTED_GLOBS } from "../context/selectTargetFiles.js";
import { describeTargetReason } from "../context/targetReasons.js";
import { diffSnapshots, snapshotFiles, type FileSnapshot } from "../context/fileChanges.js";
import { MULTI_FILE_SYSTEM } from "./systemPrompts.js";
import { buildMultiFilePrompt, buildTestFailureMessage, renderNumberedBlocks, type PreviousAttempt } from "./buildPrompts.js";
import { editKey, formatErrorKey, type StagnationKey } from "./detectStagnation.js";
import { LoopStop } from "./loopStop.js";
import type { FailedAttempt, ModeStrategy, ModelTurn, StrategyServices } from "./modeStrategy.js";
import type { ParsedEdit, ReplyFormat } from "./interpretReply.js";

/** What the caller knows about the targets that the loop's options do not carry yet. */
export interface MultiFileScopeOptions {
  /** The user named the files (--files / target-files): edits never leave the initial targets. Default false: a file the model reads becomes editable. */
  targetsAreHardLimit?: boolean;
  /** The loop's protected globs; reading a protected file never makes it editable. Default: DEFAULT_PROTECTED_GLOBS. */
  protectedPaths?: readonly string[];
  /** Why each target was chosen (selectTargetFiles' reasons or explanations), shown next to it in the prompt. */
  targetReasons?: Readonly<Record<string, string>>;
  /** The repository map section, built once per run. */
  repoMap?: string;
}

/** The multi-file mode, with the edit scope the driver reads to report edits outside the initial targets. */
export interface MultiFileStrategy extends ModeStrategy {
  readonly editScope: EditScope;
}

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
 *
 * The reading tools cover the whole repository (read-only). Editing follows
 * reading: a file the model reads becomes editable (EditScope), by being
 * appended to `cfg.targetFiles`, the list both the reply parser (through
 * `format`) and the driver's write check read; the driver's path policy
 * (protected globs, .git, symbolic links) still applies to every write.
 */
export function createMultiFileStrategy(
  services: StrategyServices,
  allowedReads: readonly string[],
  digestModel: ChatModel,
  scopeOptions: MultiFileScopeOptions = {},
): MultiFileStrategy {
  const { cfg } = services;
  const format: ReplyFormat = { kind: "blocks", targetFiles: cfg.targetFiles, repoDir: cfg.repoDir };
  const tools = new RepoReadTools(cfg.repoDir, allowedReads, digestModel, services.now);
  const scope = new EditScope({
    editable: cfg.targetFiles,
    hardLimit: scopeOptions.targetsAreHardLimit === true,
    protectedGlobs: scopeOptions.protectedPaths ?? DEFAULT_PROTECTED_GLOBS,
    maxBytesPerFile: cfg.limits.maxBytesPerFile,
  });
  const targetReasons: Record<string, string> = {};
  for (const [file, reason] of Object.entries(scopeOptions.targetReasons ?? {})) targetReasons[file] = describeTargetReason(reason);
  /** The target files as the previous request saw them; undefined before the first. */
  let snapshot: FileSnapshot | undefined;
  let previousAttempt: PreviousAttempt | undefined;

  const renderEdit = (edit: ParsedEdit): string =>
    services.redact(edit.kind === "blocks" ? renderNumberedBlocks(edit.blocks) : edit.content);

  /** What a tool call was about, for the tool_use event: the path read, the glob listed or the pattern searched. */
  const subject = (call: ToolCall): string => {
    const value = call.name === "list_files" ? call.input.glob : call.name === "search_code" ? call.input.pattern : call.input.path;
    return typeof value === "string" ? value : "";
  };

  return {
    mode: "multi-diff",
    format,
    editScope: scope,

    async request(iteration: number, lastTestOutput: string): Promise<ModelTurn> {
      // The previous iteration may have written or created files: list the repository again.
      tools.refresh();
      const after = await snapshotFiles(cfg.repoDir, cfg.targetFiles, snapshot);
      // The first prompt has no previous iteration to compare with: it lists no changes.
      const changes = diffSnapshots(snapshot ?? after, after);
      snapshot = after;
      const prompt = buildMultiFilePrompt({
        ...services.task,
        targetFiles: scope.initialTargets,
        targetReasons,
        ...(scopeOptions.repoMap !== undefined ? { repoMap: scopeOptions.repoMap } : {}),
        readEditable: scope.extended,
        editRule: scope.hardLimit ? "targets_only" : "after_read",
        lastTestOutput,
        ...(previousAttempt ? { previousAttempt } : {}),
        changes,
        iteration,
        maxIterations: cfg.maxIterations,
      });
      services.dump(iteration, "iter_messages_size", { iter: iteration, messages_len: 1, user_len: prompt.length });
      const system = services.system ?? MULTI_FILE_SYSTEM;
      const messages: ChatRequest["messages"] = [{ role: "user", content: prompt }];
      const toolDefinitions = [...REPO_READ_TOOLS];
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
          // The note is built after admitting the read, so it says whether the file may now be edited.
          const dispatched = await tools.dispatch(call, {
            lastError: lastTestOutput,
            signal: services.signal,
            noteFor: (read) => {
              const admission = scope.admitRead(read);
              if (admission.admitted && admission.newly) services.dump(iteration, "edit_scope_extended", { iter: iteration, path: read.realRelPath });
              return scope.noteFor(read);
            },
          });
          usage = addUsage(usage, dispatched.usage);
          services.emit({ type: "tool_use", iteration, tool: call.name, path: subject(call), ok: dispatched.outcome.ok, ...(dispatched.outcome.ok ? {} : { error: dispatched.outcome.error }) });
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
        case "format_error": {
          // A reply refused only because it edits files outside the scope is told which files and how to allow them.
          const message = attempt.problem === "unparsable" ? (explainRefusedPaths(cfg.repoDir, attempt.reply, scope) ?? attempt.message) : attempt.message;
          // The reply as sent: the line numbers of a parse error refer to it.
          previousAttempt = { applied: false, feedback: message, reply: attempt.reply };
          return message;
        }
      }
    },

    stagnationKey(attempt: FailedAttempt): StagnationKey {
      return attempt.kind === "format_error" ? formatErrorKey(attempt.problem, attempt.message) : editKey(attempt.edit);
    },
  };
}

/**
 * When a reply parses once its paths are not checked, but not against the
 * editable files, the parser's "Output format invalid" was about the paths:
 * say which files the model may not edit, why, and how that is allowed.
 * Undefined when the reply is malformed for another reason.
 */
export function explainRefusedPaths(repoDir: string, reply: string, scope: EditScope): string | undefined {
  const loose = tryParseSearchReplace(reply);
  if (!loose.ok) return undefined;
  const seen = new Set<string>();
  const refusals: string[] = [];
  for (const block of loose.blocks) {
    const written = block.path;
    if (written === undefined || written === "" || seen.has(written)) continue;
    seen.add(written);
    const why = scope.explainRefusal(repoDir, written);
    if (why) refusals.push(`- ${why}`);
  }
  if (refusals.length === 0) return undefined;
  return [
    `Nothing was written: your reply edits ${refusals.length === 1 ? "a file" : "files"} you may not edit.`,
    ...refusals,
    "Send all the blocks of your reply again, editing only files you may edit.",
  ].join("\n");
}
