/**
 * Just enough of the shell's grammar to find the test runner in a test
 * command and rebuild it: words with their quoting, `&&` between commands,
 * `N>&M` redirections. Anything else (pipes, `;`, `||`, subshells, command
 * substitution, other redirections) makes the command one we do not rewrite.
 */

export interface ShellWord {
  /** The word as written, quotes and escapes included: kept words are put back verbatim. */
  raw: string;
  /** The word after quote removal. */
  value: string;
  /** It contains an unquoted or double-quoted `$`: its value is only known to the shell. */
  dynamic: boolean;
}

/** One simple command: its words, and the `2>&1`-style redirections found among them. */
export interface SimpleCommand {
  words: ShellWord[];
  redirections: string[];
}

export type ParsedCommandLine = { ok: true; commands: SimpleCommand[] } | { ok: false; reason: string };

/** An fd duplication such as `2>&1`: harmless anywhere in a command. */
const FD_DUPLICATION = /^\d*>&\d+$/;
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Characters that never need quoting in a shell word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Splits a command line into its `&&`-joined simple commands, or says what it contains that we do not rewrite. */
export function parseCommandLine(line: string): ParsedCommandLine {
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirections: [] };
  let i = 0;
  const text = line.trim();
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === " " || char === "\t") {
      i += 1;
      continue;
    }
    if (char === "&" && text[i + 1] === "&") {
      if (current.words.length === 0) return { ok: false, reason: "the command starts or continues with `&&`" };
      commands.push(current);
      current = { words: [], redirections: [] };
      i += 2;
      continue;
    }
    const word = readWord(text, i);
    if (!word.ok) return word;
    if (FD_DUPLICATION.test(word.word.raw)) current.redirections.push(word.word.raw);
    else current.words.push(word.word);
    i = word.end;
  }
  if (current.words.length === 0) return { ok: false, reason: commands.length === 0 ? "the command is empty" : "the command ends with `&&`" };
  commands.push(current);
  return { ok: true, commands };
}

type WordRead = { ok: true; word: ShellWord; end: number } | { ok: false; reason: string };

function readWord(text: string, start: number): WordRead {
  let raw = "";
  let value = "";
  let dynamic = false;
  let i = start;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === " " || char === "\t") break;
    if (char === "\n" || char === ";" || char === "|" || char === "(" || char === ")" || char === "`" || char === "<") {
      return { ok: false, reason: `the command uses \`${char === "\n" ? "a newline" : char}\`, which compile-loop does not rewrite` };
    }
    if (char === "&") {
      if (text[i + 1] === "&") break;
      // `2>&1` is read whole below, so a lone `&` here runs something in the background.
      return { ok: false, reason: "the command runs something in the background (`&`)" };
    }
    if (char === ">") {
      const rest = text.slice(i);
      const duplication = /^>&\d+/.exec(rest);
      if (duplication === null || !/^\d*$/.test(raw)) return { ok: false, reason: "the command redirects its output to a file" };
      raw += duplication[0];
      value += duplication[0];
      i += duplication[0].length;
      continue;
    }
    if (char === "#" && raw === "") return { ok: false, reason: "the command has a comment" };
    if (char === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1) return { ok: false, reason: "the command has an unclosed single quote" };
      raw += text.slice(i, close + 1);
      value += text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (char === '"') {
      let j = i + 1;
      let inner = "";
      for (; j < text.length && text[j] !== '"'; j++) {
        const c = text[j] ?? "";
        if (c === "\\" && j + 1 < text.length && '$`"\\\n'.includes(text[j + 1] ?? "")) {
          inner += text[j + 1];
          j += 1;
          continue;
        }
        if (c === "`") return { ok: false, reason: "the command uses command substitution" };
        if (c === "$") dynamic = true;
        inner += c;
      }
      if (j >= text.length) return { ok: false, reason: "the command has an unclosed double quote" };
      raw += text.slice(i, j + 1);
      value += inner;
      i = j + 1;
      continue;
    }
    if (char === "\\") {
      const next = text[i + 1];
      if (next === undefined || next === "\n") return { ok: false, reason: "the command continues over several lines" };
      raw += text.slice(i, i + 2);
      value += next;
      i += 2;
      continue;
    }
    if (char === "$") {
      if (text[i + 1] === "(") return { ok: false, reason: "the command uses command substitution" };
      dynamic = true;
    }
    raw += char;
    value += char;
    i += 1;
  }
  return { ok: true, word: { raw, value, dynamic }, end: i };
}

/** One shell word that reads back as exactly `value`. */
export function shellQuote(value: string): string {
  if (value !== "" && SAFE_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A word made from a plain value, for building commands. */
export function literalWord(value: string): ShellWord {
  return { raw: shellQuote(value), value, dynamic: false };
}

export function isEnvAssignment(word: ShellWord): boolean {
  return ENV_ASSIGNMENT.test(word.raw);
}

/** Puts simple commands back together; only the words we added are new text. */
export function joinCommands(commands: readonly SimpleCommand[]): string {
  return commands.map((command) => [...command.words.map((word) => word.raw), ...command.redirections].join(" ")).join(" && ");
}
