import { splitLines } from "../../text/lines.js";
import type { LanguageRules } from "./languageRules.js";
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
        out.push({ name: found.name, kind: found.kind, line: found.anchor.startPosition.row + 1, signature: signatureOf(found.anchor, lines, parentRow), depth });
        if (found.members !== undefined && depth < MAX_DEPTH) visit(found.members.namedChildren, depth + 1, 0, found.anchor.startPosition.row);
      }
    }
  };
  visit(root.namedChildren, 0, 0, -1);
  return out;
}

/** The definition's first line, without the body when the body starts on it. */
function signatureOf(node: SyntaxNode, lines: readonly string[], parentRow: number): string {
  const { row, column } = node.startPosition;
  const line = lines[row] ?? "";
  const body = node.childForFieldName("body");
  let end = body !== null && body.startPosition.row === row && body.startPosition.column > column ? body.startPosition.column : line.length;
  // Whatever follows the definition on its line (a one-line trait's closing brace) is not part of it.
  if (node.endPosition.row === row) end = Math.min(end, node.endPosition.column);
  // The whole line from its start keeps what precedes a definition on it (export, pub, static).
  let text = line.slice(row === parentRow ? column : 0, end);
  text = text.trim().replace(/\s*[{:]$/, "").replace(/\s+/g, " ");
  return text.length > MAX_SIGNATURE_CHARS ? `${text.slice(0, MAX_SIGNATURE_CHARS - 3)}...` : text;
}
