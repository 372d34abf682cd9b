import yoctoSpinner from "yocto-spinner";
import type { LoopEvent, IterationRecord } from "../loop/loopTypes.js";
import { describeFocus } from "../runner/focus/index.js";
import type { TestRunResult } from "../runner/testRunResult.js";
import { tailText } from "../text/clipText.js";

export interface ProgressReporter {
  /** A phase outside the loop, e.g. "running setup command". */
  phase(text: string): void;
  onEvent(event: LoopEvent): void;
  /** A finished step outside the loop (setup, the first test run). */
  note(text: string): void;
  stop(): void;
}

export interface ReporterOptions {
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Live status line with a spinner; only on a terminal and outside CI. */
  interactive: boolean;
  quiet: boolean;
  verbose: boolean;
  now?: () => number;
}

function formatTokens(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(0)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function describeRun(result: TestRunResult): string {
  if (result.timedOut) return "timed out";
  if (result.signal) return `killed by ${result.signal}`;
  return `exit ${result.exitCode ?? "?"}`;
}

/** One line for a finished iteration: result, exit code, files edited, tokens, time. */
export function formatIterationLine(record: IterationRecord, maxIterations: number): string {
  const result =
    record.outcome === "passed" ? "tests pass" :
    record.outcome === "failed" ? `tests fail (${record.test ? describeRun(record.test) : "?"})` :
    record.outcome === "edit_failed" ? "edit did not apply (nothing written)" :
    record.outcome === "format_error" ? "reply was not a valid edit (nothing written)" : "stopped";
  const files = record.filesEdited.length > 0 ? ` · edited ${record.filesEdited.join(", ")}` : "";
  const tokens = record.usage.inputTokens + record.usage.outputTokens;
  const run = record.test?.focus ? ` · ${describeFocus(record.test.focus)}` : "";
  return `iteration ${record.iteration}/${maxIterations}: ${result}${files}${run} · ${formatTokens(tokens)} tokens · ${formatSeconds(record.durationMs)}`;
}

/**
 * Progress for people: on a terminal a spinner line with the current step,
 * elapsed time and tokens so far, then one line per finished iteration; in CI
 * or when output is redirected, plain lines with no control codes.
 */
export function createProgressReporter(options: ReporterOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  let tokens = 0;
  let maxIterations = 0;
  let step = "starting";
  let iteration = 0;
  const write = (line: string): void => {
    if (!options.quiet) options.stream.write(`${line}\n`);
  };
  const spinner = options.interactive && !options.quiet ? yoctoSpinner({ stream: options.stream as NodeJS.WriteStream }) : undefined;
  let ticker: NodeJS.Timeout | undefined;
  const statusText = (): string => {
    const where = iteration > 0 ? `iteration ${iteration}/${maxIterations} · ` : "";
    return `${where}${step} · ${formatSeconds(now() - started)} · ${formatTokens(tokens)} tokens`;
  };
  const setStep = (text: string): void => {
    step = text;
    if (spinner) {
      spinner.text = statusText();
      if (!spinner.isSpinning) spinner.start();
      if (!ticker) {
        ticker = setInterval(() => (spinner.text = statusText()), 250);
        ticker.unref();
      }
    } else if (options.verbose) {
      write(`[compile-loop] ${iteration > 0 ? `iteration ${iteration}: ` : ""}${text}`);
    }
  };
  const printLine = (line: string): void => {
    if (spinner?.isSpinning) spinner.clear();
    write(line);
    if (spinner?.isSpinning) spinner.text = statusText();
  };
  return {
    phase: setStep,
    note: (text) => printLine(spinner ? text : `[compile-loop] ${text}`),
    onEvent(event) {
      switch (event.type) {
        case "start":
          maxIterations = event.maxIterations;
          printLine(`${spinner ? "" : "[compile-loop] "}fixing with ${event.targetFiles.length} target file(s): ${event.targetFiles.slice(0, 8).join(", ")}${event.targetFiles.length > 8 ? ", ..." : ""}`);
          break;
        case "iteration_start":
          iteration = event.iteration;
          setStep("asking the model");
          break;
        case "model_call":
          tokens += event.usage.inputTokens + event.usage.outputTokens;
          break;
        case "tool_use":
          // For the search tools `path` holds the pattern or glob.
          setStep(event.tool === "search_code" ? `searching '${event.path}'` : event.tool === "list_files" ? `listing ${event.path}` : `reading ${event.path}`);
          if (options.verbose) printLine(`  ${event.tool} ${event.path}${event.ok ? "" : ` (refused: ${event.error ?? ""})`}`);
          break;
        case "test_start":
          setStep("running the tests");
          break;
        case "iteration_end":
          printLine(`${spinner ? (event.record.outcome === "passed" ? "✔ " : "✖ ") : "[compile-loop] "}${formatIterationLine(event.record, maxIterations)}`);
          if (options.verbose && event.record.test && !event.record.test.ok) printLine(tailText(event.record.test.output, 1500));
          if (options.verbose && event.record.feedback && !event.record.test) printLine(tailText(event.record.feedback, 1500));
          break;
        case "dump":
          if (options.verbose) printLine(`  [${event.event}] ${JSON.stringify(event.fields).slice(0, 300)}`);
          break;
        default:
          break;
      }
    },
    stop() {
      if (ticker) clearInterval(ticker);
      if (spinner?.isSpinning) spinner.stop();
    },
  };
}
