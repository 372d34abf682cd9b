import { notUnderstood, runnerLabel, RUNNER_KINDS, type FailureExtraction, type RunnerKind } from "./failingTests.js";
import type { ReaderContext } from "./readers/readerContext.js";
import { readCargoTestOutput, readGoTestOutput } from "./readers/readGoCargoOutput.js";
import { readJestOutput, readVitestOutput } from "./readers/readJestVitestOutput.js";
import { readDotnetOutput, readGradleOutput, readSurefireOutput } from "./readers/readJvmDotnetOutput.js";
import { readMochaOutput, readNodeTestOutput } from "./readers/readMochaNodeOutput.js";
import { readPytestOutput, readUnittestOutput } from "./readers/readPythonOutput.js";

/** Reads one runner's output: undefined when the text is not that runner's. */
type OutputReader = (output: string, context: ReaderContext) => FailureExtraction | undefined;

const READERS: Readonly<Record<RunnerKind, OutputReader>> = {
  pytest: readPytestOutput,
  unittest: readUnittestOutput,
  jest: readJestOutput,
  vitest: readVitestOutput,
  mocha: readMochaOutput,
  "node-test": readNodeTestOutput,
  go: readGoTestOutput,
  cargo: readCargoTestOutput,
  maven: readSurefireOutput,
  gradle: readGradleOutput,
  dotnet: readDotnetOutput,
};

export interface ExtractOptions {
  /** The runner the command invokes, when known: only its reader is asked. */
  runner?: RunnerKind;
  /** The directory the command ran in (absolute), to make printed absolute paths relative. */
  cwd?: string;
}

/**
 * The failing tests a test run's output names. With `runner`, that runner's
 * format is read; without, every known format is tried and exactly one must
 * recognise the text. "Not understood" carries a sentence saying why: the
 * output is no known runner's, or its list of failures does not add up to
 * its own counts (cut short, or a format we do not know).
 */
export function extractFailingTests(output: string, options: ExtractOptions = {}): FailureExtraction {
  const context: ReaderContext = options.cwd === undefined ? {} : { cwd: options.cwd };
  if (options.runner !== undefined) {
    return READERS[options.runner](output, context) ?? notUnderstood(`the output does not look like ${runnerLabel(options.runner)} output`);
  }
  const recognised: { runner: RunnerKind; result: FailureExtraction }[] = [];
  for (const runner of RUNNER_KINDS) {
    const result = READERS[runner](output, context);
    if (result !== undefined) recognised.push({ runner, result });
  }
  const withFailures = recognised.filter((entry) => entry.result.understood);
  if (withFailures.length === 1 && withFailures[0] !== undefined) return withFailures[0].result;
  if (withFailures.length > 1) {
    return notUnderstood(`the output reads as several runners' (${withFailures.map((entry) => runnerLabel(entry.runner)).join(", ")}), so which tests to re-run is not clear`);
  }
  const first = recognised[0];
  if (first !== undefined) return first.result;
  return notUnderstood("the output is not that of a test runner compile-loop knows (pytest, unittest, jest, vitest, mocha, node --test, go test, cargo test, Maven, Gradle, dotnet test)");
}
