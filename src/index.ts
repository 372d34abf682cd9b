// Public API of compile-loop. Other modules and checks rely on these names.
export type { EditBlock, FailedBlock, ApplyResult, EditFailureKind, MatchStrategy } from "./edits/editBlock.js";
export { EditParseError } from "./edits/editBlock.js";
export type {
  ChatModel,
  ChatMessage,
  ChatContentPart,
  ChatRequest,
  ChatResponse,
  ToolCall,
  ToolDefinition,
  TokenUsage,
  StopReason,
  ModelErrorKind,
} from "./models/chatModel.js";
export { ModelCallError } from "./models/chatModel.js";
export { ScriptedModel } from "./models/scriptedModel.js";
export type { ScriptedTurn } from "./models/scriptedModel.js";
export type { TestRunResult, TestRunner } from "./runner/testRunResult.js";
export type {
  FailureReason,
  LoopResult,
  LoopEvent,
  LoopOptions,
  LoopLimits,
  IterationRecord,
  EditMode,
  LoopMode,
  DumpMode,
} from "./loop/loopTypes.js";
