import type { GrammarName } from "./grammars.js";
import type { DefinitionKind, SyntaxNode } from "./syntaxNode.js";

/** A definition a rule recognised: the node its line comes from, and where its members are. */
export interface FoundDefinition {
  anchor: SyntaxNode;
  name: string;
  kind: DefinitionKind;
  members?: SyntaxNode;
  /** The node of the name: its line is the definition's line (Java annotations and TS decorators sit above it, inside the node). */
  nameNode?: SyntaxNode;
}

/** Recognises the definitions a node declares; `asMember` when it stands inside a class, impl or module body. */
export type DefinitionRule = (node: SyntaxNode, asMember: boolean) => FoundDefinition[];

/** Nodes that only wrap definitions (export, decorators, templates, namespaces, include guards): what to look at instead. */
export type Unwrap = (node: SyntaxNode) => readonly (SyntaxNode | null)[];

export interface LanguageRules {
  definitions: Readonly<Record<string, DefinitionRule>>;
  transparent: Readonly<Record<string, Unwrap>>;
}

const present = (nodes: readonly (SyntaxNode | null)[]): SyntaxNode[] => nodes.filter((n): n is SyntaxNode => n !== null);

/** A node named by one of its fields. */
function named(kind: DefinitionKind, options: { memberKind?: DefinitionKind; nameField?: string; members?: string } = {}): DefinitionRule {
  return (node, asMember) => {
    const nameNode = node.childForFieldName(options.nameField ?? "name");
    const name = nameNode?.text;
    if (nameNode === null || name === undefined || name === "") return [];
    const members = options.members !== undefined ? node.childForFieldName(options.members) : null;
    return [{ anchor: node, name, nameNode, kind: asMember && options.memberKind ? options.memberKind : kind, ...(members ? { members } : {}) }];
  };
}

/**
 * Declarations of several names at once (`const a = 1, b = 2`, Go's grouped
 * `type (...)`): one definition per child with a rule in `children`, looking
 * through the list nodes in `through` (Go's `var (...)` nests its specs).
 */
function each(children: Readonly<Record<string, DefinitionRule>>, through: readonly string[] = []): DefinitionRule {
  const collect = (node: SyntaxNode, asMember: boolean): FoundDefinition[] =>
    present(node.namedChildren).flatMap((c) => (through.includes(c.type) ? collect(c, asMember) : (children[c.type]?.(c, asMember) ?? [])));
  return collect;
}

const fieldNode =
  (field: string): Unwrap =>
  (node) => [node.childForFieldName(field)];
const fieldChildren =
  (field: string): Unwrap =>
  (node) => node.childForFieldName(field)?.namedChildren ?? [];
const allChildren: Unwrap = (node) => node.namedChildren;

// ---- JavaScript and TypeScript

const FUNCTION_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function"]);

/** What a name bound to `value` is: a function when the value is one. */
const kindOfValue = (value: SyntaxNode | null, asFunction: DefinitionKind, otherwise: DefinitionKind): DefinitionKind =>
  value !== null && FUNCTION_VALUES.has(value.type) ? asFunction : otherwise;

const jsVariable: DefinitionRule = (node) => {
  const name = node.childForFieldName("name");
  // Destructuring patterns declare many names with no one line each: skipped.
  if (name === null || name.type !== "identifier") return [];
  return [{ anchor: node, name: name.text, nameNode: name, kind: kindOfValue(node.childForFieldName("value"), "function", "variable") }];
};

/** A class field (`items = []`, `static count`, `handle = () => {}`, `#secret`). */
const jsField: DefinitionRule = (node) => {
  const name = node.childForFieldName("property") ?? node.childForFieldName("name");
  if (name === null) return [];
  return [{ anchor: node, name: name.text, nameNode: name, kind: kindOfValue(node.childForFieldName("value"), "method", "field") }];
};

/**
 * Statements that define something by assignment: CommonJS exports
 * (`exports.f = ...`, `module.exports.g = ...`), prototype methods
 * (`Foo.prototype.bar = ...`), and TypeScript's `namespace X {}`.
 */
const jsExpressionStatement: DefinitionRule = (node, asMember) => {
  const inner = present(node.namedChildren)[0];
  if (inner === undefined) return [];
  if (inner.type === "internal_module") return named("module", { members: "body" })(inner, asMember);
  if (inner.type !== "assignment_expression") return [];
  const left = inner.childForFieldName("left");
  const owner = left?.type === "member_expression" ? left.childForFieldName("object")?.text : undefined;
  const property = left?.childForFieldName("property");
  if (owner === undefined || property === null || property === undefined) return [];
  if (owner !== "exports" && owner !== "module.exports" && !owner.endsWith(".prototype")) return [];
  const name = owner.endsWith(".prototype") ? `${owner.slice(0, -".prototype".length)}.${property.text}` : property.text;
  return [{ anchor: node, name, nameNode: property, kind: kindOfValue(inner.childForFieldName("right"), "function", "variable") }];
};

const JS_DEFINITIONS: Record<string, DefinitionRule> = {
  function_declaration: named("function"),
  generator_function_declaration: named("function"),
  class_declaration: named("class", { members: "body" }),
  method_definition: named("method"),
  field_definition: jsField,
  lexical_declaration: each({ variable_declarator: jsVariable }),
  variable_declaration: each({ variable_declarator: jsVariable }),
  expression_statement: jsExpressionStatement,
};

const TS_DEFINITIONS: Record<string, DefinitionRule> = {
  ...JS_DEFINITIONS,
  abstract_class_declaration: named("class", { members: "body" }),
  interface_declaration: named("interface"),
  type_alias_declaration: named("type"),
  enum_declaration: named("enum"),
  internal_module: named("module", { members: "body" }),
  module: named("module", { members: "body" }),
  function_signature: named("function"),
  abstract_method_signature: named("method"),
  method_signature: named("method"),
  public_field_definition: named("field"),
};

const JS_TRANSPARENT: Record<string, Unwrap> = { export_statement: fieldNode("declaration") };
// `declare global { ... }` holds its declarations in a plain block.
const TS_TRANSPARENT: Record<string, Unwrap> = { ...JS_TRANSPARENT, ambient_declaration: allChildren, statement_block: allChildren };

// ---- Python

const pythonAssignment: DefinitionRule = (node, asMember) => {
  const assignment = present(node.namedChildren).find((c) => c.type === "assignment");
  const target = assignment?.childForFieldName("left");
  if (assignment === undefined || target === null || target === undefined || target.type !== "identifier") return [];
  return [{ anchor: node, name: target.text, nameNode: target, kind: asMember ? "field" : "variable" }];
};

const PYTHON_DEFINITIONS: Record<string, DefinitionRule> = {
  function_definition: named("function", { memberKind: "method" }),
  class_definition: named("class", { members: "body" }),
  expression_statement: pythonAssignment,
};

// ---- Rust

const RUST_DEFINITIONS: Record<string, DefinitionRule> = {
  function_item: named("function", { memberKind: "method" }),
  function_signature_item: named("function", { memberKind: "method" }),
  struct_item: named("type"),
  enum_item: named("enum"),
  union_item: named("type"),
  type_item: named("type"),
  trait_item: named("trait", { members: "body" }),
  impl_item: named("impl", { nameField: "type", members: "body" }),
  mod_item: named("module", { members: "body" }),
  const_item: named("constant"),
  static_item: named("variable"),
  macro_definition: named("macro"),
};

// ---- Java

function javaField(kind: DefinitionKind): DefinitionRule {
  return (node) => {
    const nameNode = node.childForFieldName("declarator")?.childForFieldName("name");
    return nameNode ? [{ anchor: node, name: nameNode.text, nameNode, kind }] : [];
  };
}

const JAVA_DEFINITIONS: Record<string, DefinitionRule> = {
  class_declaration: named("class", { members: "body" }),
  interface_declaration: named("interface", { members: "body" }),
  enum_declaration: named("enum", { members: "body" }),
  record_declaration: named("class", { members: "body" }),
  annotation_type_declaration: named("interface"),
  method_declaration: named("method"),
  constructor_declaration: named("method"),
  compact_constructor_declaration: named("method"),
  field_declaration: javaField("field"),
  // An interface's fields are constants.
  constant_declaration: javaField("constant"),
};

// Enum constants and the members after them share one body node.
const JAVA_TRANSPARENT: Record<string, Unwrap> = { enum_body_declarations: allChildren };

// ---- C and C++

const NAME_TYPES = new Set(["identifier", "field_identifier", "type_identifier", "qualified_identifier", "destructor_name", "operator_name", "primitive_type"]);

/** The declarator chain of a C declaration, outermost first (`*f(int)` is a pointer, then a function, then the name). */
function declaratorChain(node: SyntaxNode): SyntaxNode[] {
  const chain: SyntaxNode[] = [];
  let current = node.childForFieldName("declarator");
  while (current !== null && chain.length < 16) {
    chain.push(current);
    if (NAME_TYPES.has(current.type)) break;
    // A C++ reference declarator has its inner declarator as a plain child.
    current = current.childForFieldName("declarator") ?? present(current.namedChildren).find((c) => c.type.endsWith("declarator") || NAME_TYPES.has(c.type)) ?? null;
  }
  return chain;
}

function cDeclaration(kind: DefinitionKind, memberKind: DefinitionKind): DefinitionRule {
  return (node, asMember) => {
    const chain = declaratorChain(node);
    const name = chain.at(-1);
    if (name === undefined || !NAME_TYPES.has(name.type)) return [];
    const isFunction = chain.some((d) => d.type === "function_declarator");
    // Plain variables of a header are not worth a line; members are (a struct's layout explains much).
    if (!isFunction && !asMember) return [];
    return [{ anchor: node, name: name.text, kind: isFunction ? (asMember ? "method" : "function") : asMember ? memberKind : kind }];
  };
}

const cTypeSpecifier: DefinitionRule = (node) => {
  const name = node.childForFieldName("name")?.text;
  // `struct x;` and `struct x y;` mention a type; only the one with a body defines it.
  return name !== undefined && node.childForFieldName("body") !== null ? [{ anchor: node, name, kind: "type" }] : [];
};

const C_DEFINITIONS: Record<string, DefinitionRule> = {
  function_definition: cDeclaration("function", "method"),
  declaration: cDeclaration("variable", "field"),
  struct_specifier: cTypeSpecifier,
  union_specifier: cTypeSpecifier,
  enum_specifier: cTypeSpecifier,
  type_definition: (node) => {
    const name = declaratorChain(node).at(-1);
    return name !== undefined && NAME_TYPES.has(name.type) ? [{ anchor: node, name: name.text, kind: "type" }] : [];
  },
  // A macro without a value is an include guard or a flag, not something a fix calls.
  preproc_def: (node, asMember) => (node.childForFieldName("value") === null ? [] : named("macro")(node, asMember)),
  preproc_function_def: named("macro"),
};

const C_TRANSPARENT: Record<string, Unwrap> = {
  // Include guards and #if blocks wrap most of a header.
  preproc_ifdef: allChildren,
  preproc_if: allChildren,
  preproc_else: allChildren,
  linkage_specification: fieldChildren("body"),
};

const CPP_DEFINITIONS: Record<string, DefinitionRule> = {
  ...C_DEFINITIONS,
  field_declaration: cDeclaration("variable", "field"),
  class_specifier: (node) => {
    const name = node.childForFieldName("name")?.text;
    const body = node.childForFieldName("body");
    return name !== undefined && body !== null ? [{ anchor: node, name, kind: "class", members: body }] : [];
  },
  struct_specifier: (node) => {
    const name = node.childForFieldName("name")?.text;
    const body = node.childForFieldName("body");
    return name !== undefined && body !== null ? [{ anchor: node, name, kind: "type", members: body }] : [];
  },
  alias_declaration: named("type"),
  concept_definition: named("type"),
};

const CPP_TRANSPARENT: Record<string, Unwrap> = {
  ...C_TRANSPARENT,
  namespace_definition: fieldChildren("body"),
  template_declaration: allChildren,
};

// ---- Go

const GO_DEFINITIONS: Record<string, DefinitionRule> = {
  function_declaration: named("function"),
  method_declaration: named("method"),
  type_declaration: each({ type_spec: named("type"), type_alias: named("type") }),
  const_declaration: each({ const_spec: named("constant") }, ["const_spec_list"]),
  var_declaration: each({ var_spec: named("variable") }, ["var_spec_list"]),
};

const PYTHON_TRANSPARENT: Record<string, Unwrap> = {
  decorated_definition: fieldNode("definition"),
  // Definitions under `if TYPE_CHECKING:`, a version check or `try: ... except ImportError:` are the module's too.
  if_statement: allChildren,
  elif_clause: allChildren,
  else_clause: allChildren,
  try_statement: allChildren,
  except_clause: allChildren,
  finally_clause: allChildren,
  block: allChildren,
};
const RUST_TRANSPARENT: Record<string, Unwrap> = { foreign_mod_item: fieldChildren("body") };
const GO_TRANSPARENT: Record<string, Unwrap> = {};

export const LANGUAGE_RULES: Readonly<Record<GrammarName, LanguageRules>> = {
  python: { definitions: PYTHON_DEFINITIONS, transparent: PYTHON_TRANSPARENT },
  javascript: { definitions: JS_DEFINITIONS, transparent: JS_TRANSPARENT },
  typescript: { definitions: TS_DEFINITIONS, transparent: TS_TRANSPARENT },
  tsx: { definitions: TS_DEFINITIONS, transparent: TS_TRANSPARENT },
  rust: { definitions: RUST_DEFINITIONS, transparent: RUST_TRANSPARENT },
  java: { definitions: JAVA_DEFINITIONS, transparent: JAVA_TRANSPARENT },
  c: { definitions: C_DEFINITIONS, transparent: C_TRANSPARENT },
  cpp: { definitions: CPP_DEFINITIONS, transparent: CPP_TRANSPARENT },
  go: { definitions: GO_DEFINITIONS, transparent: GO_TRANSPARENT },
};
