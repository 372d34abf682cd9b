import { isAllowedEnvName, isRunnerControlName, isSecretName } from "./testEnvNames.js";

const FALLBACK_PATH = "/usr/local/bin:/usr/bin:/bin";

/**
 * The environment for the test command: allowlisted variables from the
 * parent (never one that looks like a secret or belongs to the runner), plain
 * non-colour terminal settings, then the user's explicit extra variables.
 *
 * Extra variables are the user's explicit choice and are passed as given, even
 * secret-looking ones (a test database password, say), except the runner's
 * own control and credential variables (see `isRunnerControlName`), which are
 * always dropped; `droppedExtraEnvNames` tells the caller which, to warn.
 */
export function buildTestEnv(parentEnv: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parentEnv)) {
    if (value === undefined) continue;
    if (!isAllowedEnvName(name) || isSecretName(name) || isRunnerControlName(name)) continue;
    env[name] = value;
  }
  if (env.PATH === undefined) env.PATH = FALLBACK_PATH;
  if (parentEnv.CI !== undefined && parentEnv.CI !== "" && parentEnv.CI !== "false" && parentEnv.CI !== "0") {
    env.CI = "true";
  }
  // Test output is read by a model and a person in a log, not a terminal.
  env.TERM = "dumb";
  env.NO_COLOR = "1";
  env.FORCE_COLOR = "0";
  for (const [name, value] of Object.entries(extra)) {
    if (isRunnerControlName(name)) continue;
    env[name] = value;
  }
  return env;
}

/** The extra variable names `buildTestEnv` will refuse to pass on. */
export function droppedExtraEnvNames(extra: Record<string, string>): string[] {
  return Object.keys(extra).filter(isRunnerControlName);
}
