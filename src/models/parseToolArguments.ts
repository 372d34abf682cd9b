/** Tool input as the engine wants it: an object, or an empty one and a reason. */
export interface ParsedToolInput {
  input: Record<string, unknown>;
  inputError?: string;
}

const PREVIEW = 200;

/**
 * Parses a tool call's arguments. Providers send a JSON string (OpenAI) or an
 * object (Anthropic, some OpenAI-compatible servers); anything that is not a
 * JSON object yields an empty input and an explanation the model can act on.
 */
export function parseToolArguments(toolName: string, raw: unknown): ParsedToolInput {
  if (isPlainObject(raw)) return { input: raw };
  if (raw === undefined || raw === null || raw === "") return { input: {} };
  if (typeof raw !== "string") {
    return { input: {}, inputError: `The arguments for tool "${toolName}" were ${describe(raw)}, not a JSON object.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      input: {},
      inputError: `The arguments for tool "${toolName}" are not valid JSON (${reason}). Received: ${preview(raw)}`,
    };
  }
  if (isPlainObject(parsed)) return { input: parsed };
  return { input: {}, inputError: `The arguments for tool "${toolName}" were ${describe(parsed)}, not a JSON object. Received: ${preview(raw)}` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

function preview(text: string): string {
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}
