import { notUnderstood, outputLines, relativeToCwd, understood, type FailingTest, type FailureExtraction } from "../failingTests.js";
import type { ReaderContext } from "./readerContext.js";

const JEST_SUITES = /^Test Suites: (?:(\d+) failed)?/;
const JEST_FILE = /^(FAIL|PASS) (\S.*)$/;
const JEST_ENTRY = /^ {2}● (.+)$/;
/** Jest appends the duration of a slow file: `FAIL src/a.test.js (5.2 s)`. */
const TRAILING_DURATION = / \(\d+(?:\.\d+)? m?s\)$/;
/** Titles of `●` blocks that are not tests. */
const JEST_NOT_A_TEST = new Set(["Console"]);

/**
 * jest: `FAIL path` per failing file, then `  ● describe › test` per failing
 * test (`Test suite failed to run` for a file that did not load), checked
 * against `Test Suites: N failed`. The repeat in "Summary of all failing
 * tests" is folded into the first.
 */
export function readJestOutput(output: string, context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  const suitesLine = lines.find((line) => JEST_SUITES.test(line));
  if (suitesLine === undefined) return undefined;
  const tests: FailingTest[] = [];
  const failedFiles = new Set<string>();
  let current: string | undefined;
  let entriesInCurrent = 0;
  const closeFile = (): void => {
    if (current !== undefined && entriesInCurrent === 0) tests.push({ source: "jest", file: current });
    current = undefined;
  };
  for (const line of lines) {
    const file = JEST_FILE.exec(line);
    if (file?.[2] !== undefined) {
      closeFile();
      if (file[1] === "FAIL") {
        current = jestPath(file[2], context.cwd);
        failedFiles.add(current);
        entriesInCurrent = 0;
      }
      continue;
    }
    if (line.startsWith("Test Suites: ") || line.startsWith("Summary of all failing tests")) {
      closeFile();
      continue;
    }
    const entry = current === undefined ? null : JEST_ENTRY.exec(line);
    if (current === undefined || entry?.[1] === undefined) continue;
    const title = entry[1].trim();
    if (JEST_NOT_A_TEST.has(title)) continue;
    entriesInCurrent += 1;
    if (title === "Test suite failed to run") {
      tests.push({ source: "jest", file: current });
      continue;
    }
    const titlePath = title.split(" › ");
    tests.push({ source: "jest", file: current, id: titlePath.join(" "), titlePath });
  }
  closeFile();
  const expected = Number(JEST_SUITES.exec(suitesLine)?.[1] ?? 0);
  if (expected !== failedFiles.size) {
    return notUnderstood(`jest reported ${expected} failed test files but printed "FAIL" for ${failedFiles.size}`);
  }
  return understood("jest", tests);
}

/** The path on a `FAIL` line, without a project's display name before it or a duration after it. */
function jestPath(rest: string, cwd: string | undefined): string {
  let text = rest.replace(TRAILING_DURATION, "").trim();
  const space = text.indexOf(" ");
  if (space !== -1) {
    const first = text.slice(0, space);
    const after = text.slice(space + 1).trim();
    if (!/[./]/.test(first) && /[./]/.test(after)) text = after;
  }
  return relativeToCwd(text, cwd);
}

const VITEST_FILES = /^ *Test Files {2}(?:(\d+) failed)?/;
const VITEST_FAIL = /^ FAIL {2}(.+)$/;
/** A file that failed as a whole: ` FAIL  src/c.test.ts [ src/c.test.ts ]`. */
const VITEST_FILE_ERROR = /^(.+?) \[ .+ \]$/;
/** A workspace project's name before the path: ` FAIL  |unit| src/a.test.ts > adds`. */
const VITEST_PROJECT = /^\|[^|]+\| /;

/**
 * vitest: ` FAIL  path > describe > test` in its "Failed Tests" and "Failed
 * Suites" sections, checked against `Test Files  N failed`. The path ends
 * at the first ` > `. A title that itself contains ` > ` is split there too
 * (the output cannot tell), which only matters to `{tests}` templates: the
 * derived vitest command focuses on files.
 */
export function readVitestOutput(output: string, context: ReaderContext): FailureExtraction | undefined {
  const lines = outputLines(output);
  const filesLine = lines.find((line) => VITEST_FILES.test(line));
  if (filesLine === undefined) return undefined;
  const tests: FailingTest[] = [];
  for (const line of lines) {
    const match = VITEST_FAIL.exec(line);
    if (match?.[1] === undefined) continue;
    const rest = match[1].replace(VITEST_PROJECT, "").trim();
    const fileError = VITEST_FILE_ERROR.exec(rest);
    if (fileError?.[1] !== undefined) {
      tests.push({ source: "vitest", file: relativeToCwd(fileError[1], context.cwd) });
      continue;
    }
    const parts = rest.split(" > ");
    const file = relativeToCwd(parts[0] ?? rest, context.cwd);
    const titlePath = parts.slice(1);
    tests.push(titlePath.length === 0 ? { source: "vitest", file } : { source: "vitest", file, id: titlePath.join(" "), titlePath });
  }
  const expected = Number(VITEST_FILES.exec(filesLine)?.[1] ?? 0);
  const files = new Set(tests.map((test) => test.file));
  if (expected !== files.size) {
    return notUnderstood(`vitest reported ${expected} failed test files but named ${files.size} in its "FAIL" lines`);
  }
  return understood("vitest", tests);
}
