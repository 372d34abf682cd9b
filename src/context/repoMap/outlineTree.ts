import { splitLines } from "../../text/lines.js";
import type { FoundDefinition, LanguageRules } from "./languageRules.js";
import type { Definition, SyntaxNode } from "./syntaxNode.js";

/** Definitions one file contributes at most; a generated file can declare thousands. */
export const MAX_DEFINITIONS_PER_FILE = 200;
/** A signature longer than this is cut: the name and the start of the parameters say enough. */
export const MAX_SIGNATURE_CHARS = 120;
/** Members are listed one level down (a class's methods), not their own members. */
const MAX_DEPTH = 1;

/**
 * The outline of a parsed file: its top-level definitions and their direct
 * members, in source order, each with its line and first line. Pure over
 * the syntax tree; the rules say which nodes define what.
 */
export function outlineTree(root: SyntaxNode, rules: LanguageRules, source: string): Definition[] {
  const { lines } = splitLines(source);
  const out: Definition[] = [];
  /** `parentRow`: the line the enclosing definition starts on; a member sharing it (a one-line trait) starts where it starts. */
  const visit = (nodes: readonly (SyntaxNode | null)[], depth: number, unwrapLevel: number, parentRow: number): void => {
    for (const node of nodes) {
      if (node === null || out.length >= MAX_DEFINITIONS_PER_FILE) continue;
      const unwrap = rules.transparent[node.type];
      // Wrappers nest (an exported namespace in a guard); the bound stops a pathological file.
      if (unwrap !== undefined) {
        if (unwrapLevel < 8) visit(unwrap(node), depth, unwrapLevel + 1, parentRow);
        continue;
      }
      const rule = rules.definitions[node.type];
      if (rule === undefined) continue;
      for (const found of rule(node, depth > 0)) {
        if (out.length >= MAX_DEFINITIONS_PER_FILE) break;
        out.push({ name: found.name, kind: found.kind, line: definitionRow(found) + 1, signature: signatureOf(found, lines, parentRow), depth });
        if (found.members !== undefined && depth < MAX_DEPTH) visit(found.members.namedChildren, depth + 1, 0, found.anchor.startPosition.row);
      }
    }
  };
  visit(root.namedChildren, 0, 0, -1);
  return out;
}

/** The row a definition is on: its name's (annotations and decorators above it are skipped), within the node. */
function definitionRow(found: FoundDefinition): number {
  const { anchor } = found;
  const nameRow = found.nameNode?.startPosition.row ?? anchor.startPosition.row;
  return nameRow >= anchor.startPosition.row && nameRow <= anchor.endPosition.row ? nameRow : anchor.startPosition.row;
}

/**
 * The definition's first line: the line its name is on (annotations and
 * decorators above it are skipped), without the body when the body starts
 * on it. The line is cut before any pattern runs over it: a line can be
 * megabytes long.
 */
function signatureOf(found: FoundDefinition, lines: readonly string[], parentRow: number): string {
  const node = found.anchor;
  const row = definitionRow(found);
  const line = lines[row] ?? "";
  const startColumn = row === node.startPosition.row ? node.startPosition.column : 0;
  const body = node.childForFieldName("body");
  let end = body !== null && body.startPosition.row === row && body.startPosition.column > startColumn ? body.startPosition.column : line.length;
  // Whatever follows the definition on its line (a one-line trait's closing brace) is not part of it.
  if (node.endPosition.row === row) end = Math.min(end, node.endPosition.column);
  // The line from its start keeps what precedes a definition on it (export, pub, static), unless that is
  // another statement (`a = 1; b = 2`) or the enclosing definition (a one-line trait).
  const before = line.slice(0, Math.min(startColumn, 4 * MAX_SIGNATURE_CHARS));
  const start = row === parentRow || startColumn > before.length || /[;})]/.test(before) ? startColumn : 0;
  let text = line.slice(start, Math.min(end, start + 4 * MAX_SIGNATURE_CHARS)).replace(/\s+/g, " ").trim();
  if (text.endsWith("{") || text.endsWith(":")) text = text.slice(0, -1).trimEnd();
  return text.length > MAX_SIGNATURE_CHARS ? `${text.slice(0, MAX_SIGNATURE_CHARS - 3)}...` : text;
}
