import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";

/** What the action needs from the runner; @actions/core in production, the same calls in tests. */
export interface ActionIO {
  env: NodeJS.ProcessEnv;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Registers a value with the runner's log masking. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

export async function readEventPayload(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${file}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Prints text we do not control (test output, model replies) so it cannot
 * issue workflow commands: everything between ::stop-commands:: and the
 * random token is printed verbatim by the runner.
 */
export function logUntrusted(io: Pick<ActionIO, "info">, title: string, text: string): void {
  const token = randomUUID().replace(/-/g, "");
  io.info(title);
  io.info(`::stop-commands::${token}`);
  io.info(text);
  io.info(`::${token}::`);
}
