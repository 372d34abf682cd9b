import { describe, expect, it } from "vitest";
import { loadParser } from "../../../src/context/repoMap/loadParser.js";
import { LANGUAGE_RULES } from "../../../src/context/repoMap/languageRules.js";
import { outlineTree } from "../../../src/context/repoMap/outlineTree.js";
import type { GrammarName } from "../../../src/context/repoMap/grammars.js";

async function outline(grammar: GrammarName, source: string): Promise<string[]> {
  const parser = await loadParser(grammar);
  const tree = parser.parse(source);
  if (tree === null) throw new Error("no tree");
  try {
    return outlineTree(tree.rootNode, LANGUAGE_RULES[grammar], source).map((d) => `${d.line}:${"  ".repeat(d.depth)}${d.kind} ${d.name} | ${d.signature}`);
  } finally {
    tree.delete();
    parser.delete();
  }
}

describe("outlines from the shipped tree-sitter grammars", () => {
  it("Python: definitions under `if TYPE_CHECKING:` and `try/except ImportError` belong to the module", async () => {
    const source = ["from typing import TYPE_CHECKING", "if TYPE_CHECKING:", "    def typed(): pass", "try:", "    import fast", "    def speed(): return 1", "except ImportError:", "    def speed(): return 0", ""].join("\n");
    expect(await outline("python", source)).toEqual(["3:function typed | def typed()", "6:function speed | def speed()", "8:function speed | def speed()"]);
  });

  it("JavaScript: class fields, CommonJS exports and prototype methods", async () => {
    const source = [
      "class Cart {",
      "  items = [];",
      "  static count = 0;",
      "  #secret = 1;",
      "  handle = () => {};",
      "}",
      "exports.total = function (xs) { return 0; };",
      "module.exports.tax = 0.2;",
      "Cart.prototype.add = function (item) {};",
      "window.other = 1;",
    ].join("\n");
    expect(await outline("javascript", source)).toEqual([
      "1:class Cart | class Cart",
      "2:  field items | items = []",
      "3:  field count | static count = 0",
      "4:  field #secret | #secret = 1",
      "5:  method handle | handle = () => {}",
      "7:function total | exports.total = function (xs) { return 0; };",
      "8:variable tax | module.exports.tax = 0.2;",
      "9:function Cart.add | Cart.prototype.add = function (item) {};",
    ]);
  });

  it("Java and TypeScript: the line of an annotated or decorated definition is its name's, not the annotation's", async () => {
    const java = ["@RestController", "public class UserController {", "  @Autowired", "  private UserService service;", "  @GetMapping(\"/users\")", "  public List<User> list() {", "    return null;", "  }", "}"].join("\n");
    expect(await outline("java", java)).toEqual([
      "2:class UserController | public class UserController",
      "4:  field service | private UserService service;",
      "6:  method list | public List<User> list()",
    ]);
    const ts = ["@Component({ selector: 'x' })", "export class Widget {", "  @Input()", "  label = '';", "}"].join("\n");
    expect(await outline("typescript", ts)).toEqual(["2:class Widget | export class Widget", "4:  field label | label = ''"]);
  });

  it("Java interface constants and record constructors, Rust extern blocks, TypeScript declare global and declare module", async () => {
    expect(await outline("java", "interface Limits {\n  int MAX = 3;\n}\nrecord Point(int x, int y) {\n  Point {\n  }\n}\n")).toEqual([
      "1:interface Limits | interface Limits",
      "2:  constant MAX | int MAX = 3;",
      "4:class Point | record Point(int x, int y)",
      "5:  method Point | Point",
    ]);
    expect(await outline("rust", 'extern "C" {\n    fn abs(x: i32) -> i32;\n}\n')).toEqual(["2:function abs | fn abs(x: i32) -> i32;"]);
    expect(await outline("typescript", 'declare global {\n  interface Window { x: number }\n}\ndeclare module "m" {\n  export function f(): void;\n}\n')).toEqual([
      "2:interface Window | interface Window",
      '4:module "m" | declare module "m"',
      "5:  function f | export function f(): void;",
    ]);
  });

  it("Go: grouped var and const declarations and type aliases", async () => {
    const source = ["package m", "var (", "\tA = 1", "\tB = 2", ")", "const (", "\tC = 3", ")", "type X = Y", "type (", "\tZ = W", ")"].join("\n");
    expect(await outline("go", source)).toEqual(["3:variable A | A = 1", "4:variable B | B = 2", "7:constant C | C = 3", "9:type X | type X = Y", "11:type Z | Z = W"]);
  });

  it("a definition on a line of a hundred thousand characters is cut to a short signature", async () => {
    const source = `a = [1,${" ".repeat(100_000)}2]; b = 1\n`;
    const lines = await outline("python", source);
    expect(lines).toEqual(["1:variable a | a = [1,", "1:variable b | b = 1"]);
  });

  it("Python: classes with their fields and methods, decorated definitions at the def line, functions, module constants", async () => {
    const source = [
      "import os",
      "RATE = 0.2",
      "@dataclass",
      "class Money:",
      "    cents: int",
      "    ZERO = 0",
      "    def add(self, other):",
      "        return self",
      "    @staticmethod",
      "    def parse(text): ...",
      "async def total(items: list[int]) -> int:",
      "    def inner(): pass",
      "    return sum(items)",
      "",
    ].join("\n");
    expect(await outline("python", source)).toEqual([
      "2:variable RATE | RATE = 0.2",
      "4:class Money | class Money",
      "5:  field cents | cents: int",
      "6:  field ZERO | ZERO = 0",
      "7:  method add | def add(self, other)",
      "10:  method parse | def parse(text)",
      "11:function total | async def total(items: list[int]) -> int",
    ]);
  });

  it("TypeScript: exported and local declarations, class members, types; the body is cut from the line", async () => {
    const source = [
      'import { x } from "./x";',
      "export const RATE = 0.2",
      "export function total(items: number[]): number { return 0; }",
      "export default class Money {",
      "  private cents = 0",
      "  add(o: Money): Money { return o; }",
      "}",
      "interface Shape { area(): number }",
      "export type Id = string;",
      "enum Color { Red }",
      "const helper = (a: number) => a * 2",
      "const { a, b } = x;",
      "export { helper };",
    ].join("\n");
    expect(await outline("typescript", source)).toEqual([
      "2:variable RATE | export const RATE = 0.2",
      "3:function total | export function total(items: number[]): number",
      "4:class Money | export default class Money",
      "5:  field cents | private cents = 0",
      "6:  method add | add(o: Money): Money",
      "8:interface Shape | interface Shape",
      "9:type Id | export type Id = string;",
      "10:enum Color | enum Color",
      "11:function helper | const helper = (a: number) => a * 2",
    ]);
  });

  it("JavaScript (CommonJS and JSX through the same grammar) and TSX", async () => {
    expect(await outline("javascript", "function total(xs) {\n  return 0;\n}\nclass Cart {\n  add(item) {}\n}\nmodule.exports = { total };\nconst App = () => <div/>;\n")).toEqual([
      "1:function total | function total(xs)",
      "4:class Cart | class Cart",
      "5:  method add | add(item)",
      "8:function App | const App = () => <div/>",
    ]);
    expect(await outline("tsx", "export function Button(props: { label: string }) {\n  return <button>{props.label}</button>;\n}\n")).toEqual([
      "1:function Button | export function Button(props: { label: string })",
    ]);
  });

  it("Rust: items, impl blocks and traits with their functions, inline modules", async () => {
    const source = [
      "use crate::money::Money;",
      "mod money;",
      "pub struct Order { items: Vec<u32> }",
      "pub enum Kind { A, B }",
      "pub trait Priced { fn price(&self) -> u32; }",
      "impl Order {",
      "    pub fn total(&self) -> u32 { 0 }",
      "}",
      "pub fn helper(x: u32) -> u32 { x }",
      "const RATE: f64 = 0.2;",
      "#[cfg(test)]",
      "mod tests {",
      "    #[test]",
      "    fn adds() {}",
      "}",
    ].join("\n");
    expect(await outline("rust", source)).toEqual([
      "2:module money | mod money;",
      "3:type Order | pub struct Order",
      "4:enum Kind | pub enum Kind",
      "5:trait Priced | pub trait Priced",
      "5:  method price | fn price(&self) -> u32;",
      "6:impl Order | impl Order",
      "7:  method total | pub fn total(&self) -> u32",
      "9:function helper | pub fn helper(x: u32) -> u32",
      "10:constant RATE | const RATE: f64 = 0.2;",
      "12:module tests | mod tests",
      "14:  method adds | fn adds()",
    ]);
  });

  it("Java: a class with its fields, constructor, methods and a nested interface", async () => {
    const source = [
      "package com.acme;",
      "import java.util.List;",
      "public class Money {",
      "  public static final int RATE = 2;",
      "  public Money(int c) { cents = c; }",
      "  public int add(Money o) {",
      "    return cents + o.cents;",
      "  }",
      "  interface Inner {}",
      "}",
    ].join("\n");
    expect(await outline("java", source)).toEqual([
      "3:class Money | public class Money",
      "4:  field RATE | public static final int RATE = 2;",
      "5:  method Money | public Money(int c)",
      "6:  method add | public int add(Money o)",
      "9:  interface Inner | interface Inner",
    ]);
  });

  it("C: functions (pointer return types too), prototypes, types and macros with values, inside an include guard (itself left out)", async () => {
    const source = [
      "#ifndef MONEY_H",
      "#define MONEY_H",
      "#define RATE 2",
      "typedef struct { int cents; } money_t;",
      "struct order { int n; };",
      "static int helper(int x) { return x; }",
      "int *total(const int *items, int n) {",
      "  return 0;",
      "}",
      "int add(int a, int b);",
      "int counter;",
      "#endif",
    ].join("\n");
    expect(await outline("c", source)).toEqual([
      "3:macro RATE | #define RATE 2",
      "4:type money_t | typedef struct { int cents; } money_t;",
      "5:type order | struct order",
      "6:function helper | static int helper(int x)",
      "7:function total | int *total(const int *items, int n)",
      "10:function add | int add(int a, int b);",
    ]);
  });

  it("C++: classes in namespaces with their members, templates, out-of-class definitions", async () => {
    const source = [
      '#include "money.hpp"',
      "namespace acme {",
      "class Money {",
      " public:",
      "  int add(const Money& o) const;",
      "  int cents;",
      "};",
      "template <typename T> T twice(T x) { return x * 2; }",
      "int Money::add(const Money& o) const { return 0; }",
      "}",
    ].join("\n");
    expect(await outline("cpp", source)).toEqual([
      "3:class Money | class Money",
      "5:  method add | int add(const Money& o) const;",
      "6:  field cents | int cents;",
      "8:function twice | template <typename T> T twice(T x)",
      "9:function Money::add | int Money::add(const Money& o) const",
    ]);
  });

  it("Go: types, methods, functions, constants and variables", async () => {
    const source = [
      "package money",
      'import "fmt"',
      "type Money struct { Cents int }",
      "type (",
      "\tAdder interface { Add() }",
      ")",
      "func (m Money) Add(o Money) Money { return m }",
      "func Total(items []int) int {",
      "\treturn 0",
      "}",
      "const Rate = 2",
      "var Default = Money{}",
    ].join("\n");
    expect(await outline("go", source)).toEqual([
      "3:type Money | type Money struct { Cents int }",
      "5:type Adder | Adder interface { Add() }",
      "7:method Add | func (m Money) Add(o Money) Money",
      "8:function Total | func Total(items []int) int",
      "11:constant Rate | const Rate = 2",
      "12:variable Default | var Default = Money{}",
    ]);
  });
});
