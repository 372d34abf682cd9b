// Public API of compile-loop: the engine the CLI and the GitHub Action are built on.
// Other modules and checks rely on these names.

// SEARCH/REPLACE edits.
export * from "./edits/index.js";

// The model interface, and the providers that implement it.
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
  JsonSchemaObject,
} from "./models/chatModel.js";
export { ModelCallError } from "./models/chatModel.js";
export { ScriptedModel } from "./models/scriptedModel.js";
export type { ScriptedTurn } from "./models/scriptedModel.js";
export {
  createChatModel,
  createOpenAIChatModel,
  createAnthropicChatModel,
  createGitHubModelsChatModel,
  recordingChatModel,
  createReplayChatModel,
  estimateCostUsd,
  DEFAULT_PRICE_TABLE,
  PRICE_TABLE_DATE,
} from "./models/index.js";
export type { ChatModelConfig, ProviderName, PriceTable, ModelPrice } from "./models/index.js";

// The test runner.
export type { TestRunResult, TestRunner } from "./runner/testRunResult.js";
export { runTestCommand } from "./runner/runTestCommand.js";
export { createShellTestRunner } from "./runner/createShellTestRunner.js";
export { buildTestEnv, droppedExtraEnvNames } from "./runner/buildTestEnv.js";
export { isSecretName } from "./runner/testEnvNames.js";
export { stripAnsi } from "./runner/stripAnsi.js";
export { tailText, headText } from "./text/clipText.js";
export { splitLines, joinLines, numberLines } from "./text/lines.js";
export { BoundedOutput } from "./runner/boundedOutput.js";
export { createFocusedTestRunner, extractFailingTests, planFocus, formatTimeSaved } from "./runner/focus/index.js";
export type { FocusedTestRunner, FocusedTestRunnerOptions, FocusStats, FailingTest } from "./runner/focus/index.js";

// The loop.
export { runCompileLoop } from "./loop/runCompileLoop.js";
export { runPipeline } from "./loop/runPipeline.js";
export type { PipelineOptions, PipelineResult } from "./loop/runPipeline.js";

// Who the code under test runs as.
export { prepareTestIsolation } from "./isolation/prepareTestIsolation.js";
export type { PreparedIsolation } from "./isolation/prepareTestIsolation.js";
export { IsolationUnavailableError, ISOLATION_SETTINGS } from "./isolation/isolationSetting.js";
export type { IsolationSetting, IsolationLevel, IsolationReport } from "./isolation/isolationSetting.js";
export type { CommandIsolation } from "./runner/commandIsolation.js";
export { LoopOptionsError, DEFAULT_MAX_ITERATIONS, DEFAULT_LIMITS } from "./loop/validateLoopOptions.js";
export { makeSummary, describeFailureReason, STAGNATION_WINDOW } from "./loop/summarizeResult.js";
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

// Choosing what the model may edit.
export { selectTargetFiles, findFilesNamedInOutput, DEFAULT_PROTECTED_GLOBS } from "./context/selectTargetFiles.js";
export type { TargetSelection, TargetSelectionInput } from "./context/selectTargetFiles.js";
export { buildRepoMap, DEFAULT_REPO_MAP_TOKENS } from "./context/repoMap/buildRepoMap.js";
export type { RepoMap, RepoMapInput, RepoMapReport } from "./context/repoMap/buildRepoMap.js";
export type { RepoMapStats } from "./context/repoMap/renderRepoMap.js";

// Keeping secrets and untrusted text in their place.
export { redact } from "./security/redactSecrets.js";
export { fenceUntrustedText, sanitiseUntrustedText } from "./security/fenceUntrustedText.js";

export { VERSION } from "./version.js";
