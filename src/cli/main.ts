#!/usr/bin/env node
import { runCli, EXIT_INTERRUPTED } from "./runCli.js";

const controller = new AbortController();
let interrupts = 0;
let emergencyCleanup: (() => void) | undefined;
const onInterrupt = (): void => {
  interrupts++;
  // First Ctrl-C: stop the model call and the test process group, then report.
  // A second one exits at once (after putting a dry run's files back); writes
  // are atomic, so no file is half-written.
  if (interrupts > 1) {
    try {
      emergencyCleanup?.();
    } finally {
      process.exit(EXIT_INTERRUPTED);
    }
  }
  controller.abort();
};
process.on("SIGINT", onInterrupt);
process.on("SIGTERM", onInterrupt);

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
  setEmergencyCleanup: (cleanup) => {
    emergencyCleanup = cleanup;
  },
});
