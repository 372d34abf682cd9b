// The SEARCH/REPLACE edit engine: parse a reply, plan the edits, write them.
export type { EditBlock, FailedBlock, ApplyResult, EditFailureKind, MatchStrategy } from "./editBlock.js";
export { EditParseError } from "./editBlock.js";
export { EditWriteError } from "./editWriteError.js";
export { parseSearchReplace, tryParseSearchReplace } from "./parseSearchReplace.js";
export type { ParseOptions, ParseOutcome } from "./parseSearchReplace.js";
export { applySearchReplace } from "./applySearchReplace.js";
export { describeEditFailures } from "./describeEditFailures.js";
export type { DescribeOptions } from "./describeEditFailures.js";
export { planReplyEdits } from "./planReplyEdits.js";
export type { EditFileAccess, PlannedBlock, ReplyEditPlan } from "./planReplyEdits.js";
export { resolveEditPath } from "./resolveEditPath.js";
export type { EditPathPolicy, ResolvedEditPath } from "./resolveEditPath.js";
export { writeEditsAtomically } from "./writeEditsAtomically.js";
export { extractWholeFile } from "./extractWholeFile.js";
