/**
 * Which environment variables the test command may see. The test command runs
 * code the model just edited, so it gets an allowlist, never the whole
 * environment of the process holding the API keys and the GitHub token.
 */

/** Passed through from the parent environment when present. */
export const ALLOWED_ENV_NAMES: readonly string[] = [
  // Shell and locale basics
  "PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "TZ", "TMPDIR", "TMP", "TEMP", "CI", "HOSTNAME",
  "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR",
  // Native libraries found by toolchains set up earlier in the job
  "LD_LIBRARY_PATH", "PKG_CONFIG_PATH",
  // Node.js
  "NVM_DIR", "NVM_BIN", "NVM_INC", "PNPM_HOME", "COREPACK_HOME", "npm_config_cache", "YARN_CACHE_FOLDER",
  // Python
  "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONPATH", "PYTHONHOME", "PYTHONUNBUFFERED", "PIP_CACHE_DIR",
  "pythonLocation", "Python_ROOT_DIR", "Python2_ROOT_DIR", "Python3_ROOT_DIR",
  // JVM
  "JAVA_HOME", "GRADLE_USER_HOME", "MAVEN_HOME", "M2_HOME",
  // Go
  "GOPATH", "GOROOT", "GOCACHE", "GOMODCACHE", "GOTOOLCHAIN",
  // Rust
  "CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN",
  // Ruby, .NET, Android
  "GEM_HOME", "GEM_PATH", "DOTNET_ROOT", "DOTNET_CLI_TELEMETRY_OPTOUT", "ANDROID_HOME", "ANDROID_SDK_ROOT",
  // GitHub Actions context that is public information about the run
  "GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_REPOSITORY", "GITHUB_REPOSITORY_OWNER", "GITHUB_SHA", "GITHUB_REF",
  "GITHUB_REF_NAME", "GITHUB_HEAD_REF", "GITHUB_BASE_REF", "GITHUB_EVENT_NAME", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER",
  "GITHUB_RUN_ATTEMPT", "GITHUB_JOB", "GITHUB_WORKFLOW", "GITHUB_ACTOR", "GITHUB_SERVER_URL",
  "RUNNER_OS", "RUNNER_ARCH", "RUNNER_TEMP", "RUNNER_TOOL_CACHE", "RUNNER_DEBUG", "ImageOS", "ImageVersion",
];

/** Passed through when the name starts with one of these (LC_ALL, JAVA_HOME_17_X64, ...). */
export const ALLOWED_ENV_PREFIXES: readonly string[] = ["LC_", "JAVA_HOME_"];

/**
 * Deliberately not passed on although common:
 * - NODE_OPTIONS, NODE_PATH: meant for this process (a `--require` there loads code into every Node child);
 *   pass them with an explicit extra variable if the tests need them.
 * - GOFLAGS, GOPROXY, BUNDLE_*, npm_config_* (other than the cache): may carry credentials or registry logins.
 * - GITHUB_EVENT_PATH: the full event payload is not needed to run tests.
 */

/** The Action's own credentials and the files the runner reads back: never given to the test command. */
const RUNNER_CONTROL_NAMES: ReadonlySet<string> = new Set([
  "GITHUB_TOKEN", "GH_TOKEN",
  "GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY",
]);
/** How the runner passes an action's inputs to it. */
export const ACTION_INPUT_PREFIX = "INPUT_";
const RUNNER_CONTROL_PREFIXES: readonly string[] = ["ACTIONS_", ACTION_INPUT_PREFIX];

const SECRET_SUFFIXES: readonly string[] = ["_TOKEN", "_API_KEY", "_KEY", "_SECRET", "_PASSWORD"];
const SECRET_PARTS: readonly string[] = ["TOKEN", "SECRET", "PASSWORD", "CREDENTIAL", "API_KEY", "APIKEY", "PRIVATE_KEY"];

/**
 * True for names that look like they hold a credential (any case):
 * `OPENAI_API_KEY`, `NPM_TOKEN`, `DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, ...
 */
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  return SECRET_SUFFIXES.some((suffix) => upper.endsWith(suffix)) || SECRET_PARTS.some((part) => upper.includes(part));
}

/**
 * True for variables that belong to the GitHub Actions runner or to this
 * Action (its inputs, tokens and command files). These are removed even when
 * the user lists them as extra variables.
 */
export function isRunnerControlName(name: string): boolean {
  const upper = name.toUpperCase();
  return RUNNER_CONTROL_NAMES.has(upper) || RUNNER_CONTROL_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

export function isAllowedEnvName(name: string): boolean {
  return ALLOWED_ENV_NAMES.includes(name) || ALLOWED_ENV_PREFIXES.some((prefix) => name.startsWith(prefix));
}
