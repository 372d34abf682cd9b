import { applySearchReplace } from "./applySearchReplace.js";
import type { EditBlock, FailedBlock, MatchStrategy } from "./editBlock.js";

/** What planning may see of the repository. */
export interface EditFileAccess {
  /** Current content, or undefined when the file does not exist. */
  read(path: string): string | undefined;
  /** May the path be edited? `relPath`, when given, is its canonical form (e.g. "./a.ts" → "a.ts"), used for reading and writing. */
  isAllowed(path: string): { ok: true; relPath?: string } | { ok: false; reason: string };
}

export interface PlannedBlock {
  path: string;
  /** Index of the block in the reply (0-based). */
  index: number;
  strategy: MatchStrategy;
  startLine: number;
}

export type ReplyEditPlan =
  | { ok: true; writes: Map<string, string>; applied: PlannedBlock[] }
  | {
      ok: false;
      failed: Array<FailedBlock & { path: string }>;
      /** Blocks that would have applied, with their paths: retry them with the corrected ones. */
      applicable: Array<EditBlock & { path: string }>;
    };

/**
 * Works out the new content of every file a reply edits, without writing:
 * blocks are grouped by path and applied in reply order to each file's
 * current content. All-or-nothing: if any block fails, no write is planned.
 * With `singlePath` every block edits that file, whatever path it names
 * (single-file mode: the model was only given that file).
 */
export function planReplyEdits(
  blocks: readonly EditBlock[],
  files: EditFileAccess,
  options: { singlePath?: string } = {},
): ReplyEditPlan {
  const byPath = new Map<string, { block: EditBlock; index: number }[]>();
  const failed: Array<FailedBlock & { path: string }> = [];
  const permissions = new Map<string, ReturnType<EditFileAccess["isAllowed"]>>();
  blocks.forEach((block, index) => {
    const requested = options.singlePath ?? block.path;
    if (requested === undefined || requested === "") {
      failed.push({
        index,
        block,
        path: "",
        kind: "refused_path",
        reason: "The block does not say which file it edits. Put the file path alone on the line before the block.",
      });
      return;
    }
    let permission = permissions.get(requested);
    if (permission === undefined) {
      permission = files.isAllowed(requested);
      permissions.set(requested, permission);
    }
    if (!permission.ok) {
      failed.push({ index, block, path: requested, kind: "refused_path", reason: permission.reason });
      return;
    }
    const path = permission.relPath ?? requested;
    const group = byPath.get(path);
    if (group) group.push({ block, index });
    else byPath.set(path, [{ block, index }]);
  });

  const writes = new Map<string, string>();
  const applied: PlannedBlock[] = [];
  const applicable: Array<EditBlock & { path: string }> = [];
  for (const [path, group] of byPath) {
    const original = files.read(path);
    let content = original;
    let changed = false;
    for (const { block, index } of group) {
      if (content === undefined && block.search.trim() !== "") {
        failed.push({
          index,
          block,
          path,
          kind: "missing_file",
          reason: `${path} does not exist. To create it, use a block with an empty SEARCH section; otherwise use the path of an existing file.`,
        });
        continue;
      }
      const result = applySearchReplace(content ?? "", [block]);
      const failure = result.failed[0];
      if (failure) {
        failed.push({ ...failure, index, path });
        continue;
      }
      content = result.content;
      changed = true;
      applicable.push({ ...block, path });
      for (const a of result.applied ?? []) applied.push({ path, index, strategy: a.strategy, startLine: a.startLine });
    }
    if (changed && content !== undefined && (content !== original || original === undefined)) writes.set(path, content);
  }

  if (failed.length > 0) {
    failed.sort((a, b) => a.index - b.index);
    return { ok: false, failed, applicable };
  }
  applied.sort((a, b) => a.index - b.index);
  return { ok: true, writes, applied };
}
