import { ACTION_INPUT_PREFIX, isSecretName } from "../runner/testEnvNames.js";
import { MIN_SECRET_LENGTH } from "./redactSecrets.js";

/**
 * Values to redact from everything compile-loop writes: the given secrets
 * (the API key, the token), the values of the named variables whatever their
 * names, and every environment value whose name looks secret. Trimmed forms
 * too: providers trim keys, so that is what an error could echo back.
 *
 * An action input (INPUT_*) whose name looks secret but whose value is a
 * plain number is not taken: `max-tokens-total` and `repo-map-tokens` hold
 * numbers whose redaction would blank them out of test output and prompts.
 * A secret-named input the action does not declare (`npm-token`) is still
 * taken. The extra variables given to the test command (`test-env`,
 * `--test-env`) are judged by name too: a test that prints one must not
 * send it to the model or a comment.
 */
export function collectSecrets(
  env: NodeJS.ProcessEnv,
  known: { values?: readonly (string | undefined)[]; names?: readonly string[]; extraEnv?: Readonly<Record<string, string>> } = {},
): string[] {
  const names = new Set(known.names ?? []);
  const found = [...(known.values ?? [])].filter((v): v is string => v !== undefined);
  const looksSecret = (name: string, value: string): boolean => isSecretName(name) && !(name.toUpperCase().startsWith(ACTION_INPUT_PREFIX) && /^\s*\d+\s*$/.test(value));
  for (const [name, value] of [...Object.entries(env), ...Object.entries(known.extraEnv ?? {})]) {
    if (value !== undefined && (looksSecret(name, value) || names.has(name))) found.push(value);
  }
  const forms = found.flatMap((s) => [s, s.trim()]).filter((s) => s.length >= MIN_SECRET_LENGTH);
  return [...new Set(forms)];
}
