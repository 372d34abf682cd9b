/** The part of a tree-sitter node the outline reads; web-tree-sitter's Node has it. */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startPosition: { readonly row: number; readonly column: number };
  readonly endPosition: { readonly row: number; readonly column: number };
  readonly namedChildren: readonly (SyntaxNode | null)[];
  childForFieldName(field: string): SyntaxNode | null;
}

export type DefinitionKind = "function" | "method" | "class" | "interface" | "trait" | "impl" | "type" | "enum" | "constant" | "variable" | "field" | "module" | "macro";

/** One definition of a file's outline. */
export interface Definition {
  name: string;
  kind: DefinitionKind;
  /** 1-based line of the definition itself (after decorators and attributes). */
  line: number;
  /** Its first line, trimmed, up to where the body starts. */
  signature: string;
  /** 0 at the top level, 1 for a member of a class, impl, trait or module. */
  depth: number;
}

export interface FileOutline {
  path: string;
  definitions: Definition[];
}
