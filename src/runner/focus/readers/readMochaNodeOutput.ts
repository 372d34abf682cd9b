import { notUnderstood, outputLines, relativeToCwd, understood, type FailingTest, type FailureExtraction } from "../failingTests.js";
import type { ReaderContext } from "./readerContext.js";

const MOCHA_FAILING = /^ {2}(\d+) failing$/;
const MOCHA_PASSING = /^ {2}\d+ passing \(/;
const MOCHA_ENTRY = /^ {2}(\d+)\) (.+)$/;
const MOCHA_CONTINUATION = /^ {5,}(\S.*)$/;
const STACK_FRAME = /^\s+at (?:(.+?) \()?((?:file:\/\/)?[^():\s][^():]*):\d+:\d+\)?$/;
/** `"before each" hook for "adds"`: the hook of one test. */
const HOOK_FOR_TEST = /^"[^"]+" hook for "(.+)"$/;
/** `"before all" hook in "suite"` or `"before all" hook: name`: a hook of a whole suite. */
const HOOK_OF_SUITE = /^"[^"]+" hook(?: in "(.+)"|: .*)?$/;

/**
 * mocha: after `N failing`, one entry per failure (`  1) suite` with the
 * nested titles on the following lines, the last ending in `:`); the file is
 * the test's own stack frame (`Context.<anonymous>`), else the first frame
 * outside node and node_modules. A hook's failure is kept as its suite (or,
 * for an `each` hook, its test).
 */
export function readMochaOutput(output: string, context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  const failingAt = lines.findIndex((line) => MOCHA_FAILING.test(line));
  if (failingAt === -1) return lines.some((line) => MOCHA_PASSING.test(line)) ? understood("mocha", []) : undefined;
  const expected = Number(MOCHA_FAILING.exec(lines[failingAt] ?? "")?.[1] ?? 0);
  const tests: FailingTest[] = [];
  let entries = 0;
  for (let i = failingAt + 1; i < lines.length; i++) {
    const entry = MOCHA_ENTRY.exec(lines[i] ?? "");
    if (entry?.[2] === undefined) continue;
    entries += 1;
    const titles = [entry[2]];
    while (!(titles[titles.length - 1] ?? "").endsWith(":")) {
      const next = MOCHA_CONTINUATION.exec(lines[i + 1] ?? "");
      if (next?.[1] === undefined) break;
      titles.push(next[1]);
      i += 1;
    }
    const last = titles.length - 1;
    titles[last] = (titles[last] ?? "").replace(/:$/, "");
    const titlePath = mochaTitlePath(titles);
    const file = mochaFile(lines, i + 1, context.cwd);
    tests.push({ source: "mocha", ...(file === undefined ? {} : { file }), ...(titlePath.length === 0 ? {} : { id: titlePath.join(" "), titlePath }) });
  }
  if (entries !== expected) return notUnderstood(`mocha reported ${expected} failing but printed ${entries} numbered failures`);
  return understood("mocha", tests);
}

/** The titles of a failure, with a hook replaced by what it ran for. */
function mochaTitlePath(titles: readonly string[]): string[] {
  const path = [...titles];
  const last = path[path.length - 1] ?? "";
  const forTest = HOOK_FOR_TEST.exec(last);
  if (forTest?.[1] !== undefined) {
    path[path.length - 1] = forTest[1];
    return path;
  }
  if (HOOK_OF_SUITE.test(last)) {
    path.pop();
    // The root suite has no title of its own.
    return path.filter((title) => title !== "{root}");
  }
  return path;
}

function mochaFile(lines: readonly string[], from: number, cwd: string | undefined): string | undefined {
  let fallback: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (MOCHA_ENTRY.test(line)) break;
    const frame = STACK_FRAME.exec(line);
    if (frame?.[2] === undefined) continue;
    const file = relativeToCwd(frame[2], cwd);
    if (file.startsWith("node:") || file.includes("node_modules/") || file.startsWith("/") || file.startsWith("internal/")) continue;
    if (frame[1]?.startsWith("Context.") === true) return file;
    fallback ??= file;
  }
  return fallback;
}

const NODE_SPEC_FAIL = /^ℹ fail (\d+)$/;
const NODE_SPEC_SECTION = /^✖ failing tests:$/;
const NODE_SPEC_LOCATION = /^test at (.+):\d+:\d+$/;
const NODE_SPEC_NAME = /^✖ (.+?)(?: \(\d+(?:\.\d+)?m?s\))?$/;
const NODE_TAP_FAIL = /^# fail (\d+)$/;
const NODE_TAP_NOT_OK = /^( *)not ok \d+ - (.+?)(?: # (?:TODO|SKIP)\b.*)?$/;
const NODE_TAP_FIELD = /^ *(location|type|failureType): '?(.*?)'?$/;

/**
 * node --test, in both of its reporters: `spec` (the default for every
 * output since Node 23, and on a terminal before) lists `test at
 * file:line:col` and `✖ name` under `✖ failing tests:`; `tap` (the default
 * for pipes before Node 23) gives each `not ok` a YAML block with its
 * `location`. A file that failed to load is a test named by its path.
 */
export function readNodeTestOutput(output: string, context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  const specFail = lines.map((line) => NODE_SPEC_FAIL.exec(line)?.[1]).find((count) => count !== undefined);
  if (specFail !== undefined) return readNodeSpec(lines, Number(specFail), context.cwd);
  const tapFail = lines.map((line) => NODE_TAP_FAIL.exec(line)?.[1]).find((count) => count !== undefined);
  if (tapFail !== undefined && lines.some((line) => line.startsWith("TAP version "))) return readNodeTap(lines, Number(tapFail), context.cwd);
  return undefined;
}

function readNodeSpec(lines: readonly string[], expected: number, cwd: string | undefined): FailureExtraction {
  const tests: FailingTest[] = [];
  const start = lines.findIndex((line) => NODE_SPEC_SECTION.test(line));
  if (start !== -1) {
    for (let i = start + 1; i < lines.length; i++) {
      const location = NODE_SPEC_LOCATION.exec(lines[i] ?? "");
      const name = NODE_SPEC_NAME.exec(lines[i + 1] ?? "");
      if (location?.[1] === undefined || name?.[1] === undefined) continue;
      tests.push(nodeTest(location[1], name[1], cwd));
      i += 1;
    }
  }
  // A test whose subtests failed counts in `fail` but is not listed: only its failing subtests are.
  if (tests.length > expected || (expected > 0 && tests.length === 0)) {
    return notUnderstood(`node --test reported ${expected} failing tests but listed ${tests.length} under "failing tests"`);
  }
  return understood("node-test", tests);
}

function readNodeTap(lines: readonly string[], expected: number, cwd: string | undefined): FailureExtraction {
  const tests: FailingTest[] = [];
  let failures = 0;
  for (let i = 0; i < lines.length; i++) {
    const notOk = NODE_TAP_NOT_OK.exec(lines[i] ?? "");
    if (notOk?.[2] === undefined) continue;
    const fields = new Map<string, string>();
    for (let j = i + 1; j < lines.length && !/^ *\.\.\.$/.test(lines[j] ?? ""); j++) {
      if (/^ *(?:not )?ok \d+ /.test(lines[j] ?? "")) break;
      const field = NODE_TAP_FIELD.exec(lines[j] ?? "");
      if (field?.[1] !== undefined && field[2] !== undefined && !fields.has(field[1])) fields.set(field[1], field[2]);
    }
    // A describe() block fails when a test inside it does, and is not counted as a failing test.
    if (fields.get("type") === "suite") continue;
    failures += 1;
    // A test that failed only because its subtests did adds nothing the subtests do not say.
    if (fields.get("failureType") === "subtestsFailed") continue;
    const location = fields.get("location")?.replace(/:\d+:\d+$/, "");
    tests.push(location === undefined ? { source: "node-test", id: notOk[2] } : nodeTest(location, notOk[2], cwd));
  }
  if (failures !== expected) return notUnderstood(`node --test reported ${expected} failing tests but its TAP output has ${failures}`);
  return understood("node-test", tests);
}

function nodeTest(location: string, name: string, cwd: string | undefined): FailingTest {
  const file = relativeToCwd(location, cwd);
  // A test file that failed to load is reported as a test named by the file's path.
  if (relativeToCwd(name, cwd) === file) return { source: "node-test", file };
  return { source: "node-test", file, id: name, titlePath: [name] };
}
