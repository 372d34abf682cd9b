import type { ShellWord } from "./shellWords.js";

/** What one argument of a runner's command line is. */
export type ArgumentRole = "option" | "value" | "positional" | "separator" | "passthrough";

export interface ScanSpec {
  /** Options whose value is the next word when not written `--opt=value` (both `-k` and `--keyword` forms). */
  valueOptions: ReadonlySet<string>;
  /** Words after `--` belong to someone else (a test binary, RunSettings): marked passthrough. */
  separatorEnds?: boolean;
}

/**
 * Classifies each argument as an option, an option's value, a positional
 * (for test runners: which tests or files to run) or what follows `--`. An
 * unknown option is taken to be a flag without a value: a wrong guess only
 * makes the focused command fail, and a failing focused run whose output
 * names no tests falls back to the full command.
 */
export function scanArguments(args: readonly ShellWord[], spec: ScanSpec): ArgumentRole[] {
  const roles: ArgumentRole[] = [];
  let expectValue = false;
  let passthrough = false;
  for (const word of args) {
    if (passthrough) {
      roles.push("passthrough");
      continue;
    }
    if (expectValue) {
      roles.push("value");
      expectValue = false;
      continue;
    }
    if (word.value === "--") {
      roles.push("separator");
      if (spec.separatorEnds === true) passthrough = true;
      continue;
    }
    if (word.value.startsWith("-") && word.value !== "-") {
      roles.push("option");
      if (!word.value.includes("=") && spec.valueOptions.has(word.value)) expectValue = true;
      continue;
    }
    roles.push("positional");
  }
  return roles;
}

/** The option's name without an attached `=value`. */
export function optionName(word: ShellWord): string {
  const equals = word.value.indexOf("=");
  return equals === -1 ? word.value : word.value.slice(0, equals);
}

/**
 * Indices of the named options and of their values (`--grep x`, `--grep=x`),
 * to drop them.
 */
export function optionIndices(args: readonly ShellWord[], roles: readonly ArgumentRole[], names: ReadonlySet<string>): Set<number> {
  const indices = new Set<number>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === undefined || roles[i] !== "option" || !names.has(optionName(word))) continue;
    indices.add(i);
    if (roles[i + 1] === "value") indices.add(i + 1);
  }
  return indices;
}

export function hasOption(args: readonly ShellWord[], roles: readonly ArgumentRole[], names: ReadonlySet<string>): boolean {
  return optionIndices(args, roles, names).size > 0;
}

/** Escapes text for a regular expression (JavaScript, Go RE2 and .NET agree on these). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
