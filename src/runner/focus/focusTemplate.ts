import { escapeRegExp } from "./argumentScan.js";
import { describeFailingTest, type FailingTest } from "./failingTests.js";
import { shellQuote } from "./shellWords.js";

export type TemplateExpansion = { ok: true; command: string } | { ok: false; reason: string };

type QuoteState = "none" | "single" | "double";
type Placeholder = "files" | "tests";

/**
 * A user's focus command (`--focus-command`) with `{files}` and `{tests}`
 * filled in. Outside quotes each file or test becomes one shell-quoted word
 * (`pytest {tests}`); inside quotes, where a single pattern is expected
 * (`go test ./... -run '{tests}'`, `jest -t "{tests}"`), they are joined with
 * `|` as a regular-expression alternation, each escaped for a regular
 * expression and for that kind of quote.
 */
export function expandFocusTemplate(template: string, tests: readonly FailingTest[]): TemplateExpansion {
  if (!/\{(?:files|tests)\}/.test(template)) return { ok: false, reason: "the focus command has neither {files} nor {tests} in it" };
  const lists: Partial<Record<Placeholder, string[]>> = {};
  let out = "";
  let state: QuoteState = "none";
  for (let i = 0; i < template.length; i++) {
    const placeholder = template.startsWith("{files}", i) ? "files" : template.startsWith("{tests}", i) ? "tests" : undefined;
    if (placeholder !== undefined) {
      const list = lists[placeholder] ?? listFor(placeholder, tests);
      if (typeof list === "string") return { ok: false, reason: list };
      lists[placeholder] = list;
      out += fill(list, state);
      i += placeholder.length + 1;
      continue;
    }
    const char = template[i] ?? "";
    out += char;
    if (state === "none" && char === "\\") {
      out += template[i + 1] ?? "";
      i += 1;
    } else if (state === "double" && char === "\\") {
      out += template[i + 1] ?? "";
      i += 1;
    } else if (char === "'" && state !== "double") state = state === "single" ? "none" : "single";
    else if (char === '"' && state !== "single") state = state === "double" ? "none" : "double";
  }
  return { ok: true, command: out };
}

/** The values for a placeholder, or the sentence saying why some failure has none. */
function listFor(placeholder: Placeholder, tests: readonly FailingTest[]): string[] | string {
  const values: string[] = [];
  for (const test of tests) {
    // A pytest failure of a whole module (it did not import) is selected by its file.
    const value = placeholder === "files" ? test.file : (test.id ?? (test.source === "pytest" ? test.file : undefined));
    if (value !== undefined && value.startsWith("-")) return `the failure ${describeFailingTest(test)} is named like an option, and would reach the command as one`;
    if (value === undefined || value === "") {
      return placeholder === "files"
        ? `the failure ${describeFailingTest(test)} names no file for {files}`
        : `the failure ${describeFailingTest(test)} names no test for {tests} (a whole file or package failed)`;
    }
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

function fill(values: readonly string[], state: QuoteState): string {
  if (state === "none") return values.map(shellQuote).join(" ");
  const pattern = values.map(escapeRegExp).join("|");
  if (state === "single") return pattern.replaceAll("'", `'\\''`);
  return pattern.replace(/[\\"$`]/g, "\\$&");
}
