import { ACTION_INPUT_PREFIX, isSecretName } from "../runner/testEnvNames.js";
import { MIN_SECRET_LENGTH } from "./redactSecrets.js";

/**
 * Values to redact from everything compile-loop writes: the given secrets
 * (the API key, the token), the values of the named variables whatever their
 * names, and every environment value whose name looks secret. Trimmed forms
 * too: providers trim keys, so that is what an error could echo back.
 *
 * The action's inputs (INPUT_*) are not judged by their names: the names
 * are ours, and `max-tokens-total` or `repo-map-tokens` hold numbers whose
 * redaction would blank them out of test output and prompts. The action
 * names its secret inputs (api-key, github-token) itself.
 */
export function collectSecrets(env: NodeJS.ProcessEnv, known: { values?: readonly (string | undefined)[]; names?: readonly string[] } = {}): string[] {
  const names = new Set(known.names ?? []);
  const found = [...(known.values ?? [])].filter((v): v is string => v !== undefined);
  for (const [name, value] of Object.entries(env)) {
    const judgedByName = !name.toUpperCase().startsWith(ACTION_INPUT_PREFIX) && isSecretName(name);
    if (value !== undefined && (judgedByName || names.has(name))) found.push(value);
  }
  const forms = found.flatMap((s) => [s, s.trim()]).filter((s) => s.length >= MIN_SECRET_LENGTH);
  return [...new Set(forms)];
}
