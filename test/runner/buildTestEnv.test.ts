import { describe, expect, it } from "vitest";
import { buildTestEnv, droppedExtraEnvNames } from "../../src/runner/buildTestEnv.js";
import { isRunnerControlName, isSecretName } from "../../src/runner/testEnvNames.js";

const parent: NodeJS.ProcessEnv = {
  PATH: "/usr/bin:/bin",
  HOME: "/home/runner",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
  JAVA_HOME_17_X64: "/opt/java/17",
  GOPATH: "/home/runner/go",
  GITHUB_REPOSITORY: "octo/repo",
  GITHUB_SHA: "abc123",
  RUNNER_TEMP: "/tmp/runner",
  CI: "1",
  TERM: "xterm-256color",
  NODE_OPTIONS: "--require /tmp/hook.js",
  OPENAI_API_KEY: "sk-secret",
  ANTHROPIC_API_KEY: "sk-ant-secret",
  GITHUB_TOKEN: "ghs_secret",
  GH_TOKEN: "gho_secret",
  NPM_TOKEN: "npm_secret",
  INPUT_API_KEY: "sk-input",
  INPUT_TEST_COMMAND: "npm test",
  ACTIONS_RUNTIME_TOKEN: "rt",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.example",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "idt",
  ACTIONS_CACHE_URL: "https://cache.example",
  ACTIONS_RESULTS_URL: "https://results.example",
  GITHUB_ENV: "/x/env",
  GITHUB_OUTPUT: "/x/out",
  GITHUB_PATH: "/x/path",
  GITHUB_STATE: "/x/state",
  GITHUB_STEP_SUMMARY: "/x/summary",
  DATABASE_URL: "postgres://user:pw@db/test",
  UNDEFINED_ONE: undefined,
};

describe("buildTestEnv", () => {
  const env = buildTestEnv(parent);

  it("keeps allowlisted variables", () => {
    expect(env).toMatchObject({
      PATH: "/usr/bin:/bin",
      HOME: "/home/runner",
      LANG: "C.UTF-8",
      LC_ALL: "C.UTF-8",
      JAVA_HOME_17_X64: "/opt/java/17",
      GOPATH: "/home/runner/go",
      GITHUB_REPOSITORY: "octo/repo",
      GITHUB_SHA: "abc123",
      RUNNER_TEMP: "/tmp/runner",
    });
  });

  it("sets plain, colourless terminal settings and normalises CI", () => {
    expect(env).toMatchObject({ TERM: "dumb", NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" });
    expect(buildTestEnv({ PATH: "/bin" }).CI).toBeUndefined();
  });

  it("drops every secret, runner control and unlisted variable", () => {
    for (const name of Object.keys(parent)) {
      if (name === "UNDEFINED_ONE") continue;
      const expectedKept = [
        "PATH", "HOME", "LANG", "LC_ALL", "JAVA_HOME_17_X64", "GOPATH", "GITHUB_REPOSITORY", "GITHUB_SHA", "RUNNER_TEMP", "CI", "TERM",
      ].includes(name);
      expect(name in env, name).toBe(expectedKept);
    }
    expect(JSON.stringify(env)).not.toMatch(/secret|sk-|ghs_|gho_|npm_secret|idt|pw@/);
  });

  it("supplies a PATH when the parent has none", () => {
    expect(buildTestEnv({}).PATH).toBe("/usr/local/bin:/usr/bin:/bin");
  });

  it("passes explicit extras, overriding defaults, but never runner controls", () => {
    const extra = {
      DATABASE_URL: "postgres://localhost/test",
      TEST_DB_PASSWORD: "local-only",
      NODE_OPTIONS: "--max-old-space-size=4096",
      FORCE_COLOR: "1",
      GITHUB_TOKEN: "ghs_explicit",
      GITHUB_OUTPUT: "/x/out",
      ACTIONS_RUNTIME_TOKEN: "rt",
      INPUT_MODEL: "m",
    };
    const withExtras = buildTestEnv(parent, extra);
    expect(withExtras).toMatchObject({
      DATABASE_URL: "postgres://localhost/test",
      TEST_DB_PASSWORD: "local-only",
      NODE_OPTIONS: "--max-old-space-size=4096",
      FORCE_COLOR: "1",
    });
    for (const name of ["GITHUB_TOKEN", "GITHUB_OUTPUT", "ACTIONS_RUNTIME_TOKEN", "INPUT_MODEL"]) {
      expect(name in withExtras, name).toBe(false);
    }
    expect(droppedExtraEnvNames(extra).sort()).toEqual(["ACTIONS_RUNTIME_TOKEN", "GITHUB_OUTPUT", "GITHUB_TOKEN", "INPUT_MODEL"]);
  });
});

describe("isSecretName", () => {
  it.each([
    "OPENAI_API_KEY", "NPM_TOKEN", "GITHUB_TOKEN", "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "SSH_PRIVATE_KEY",
    "GOOGLE_APPLICATION_CREDENTIALS", "npm_config__authtoken", "SIGNING_KEY", "MY_APIKEY", "client_secret",
  ])("flags %s", (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(["PATH", "HOME", "KEYBOARD_LAYOUT", "GOPATH", "LANG", "MONKEY"])("does not flag %s", (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe("isRunnerControlName", () => {
  it("covers the runner's command files, tokens and the action inputs", () => {
    for (const name of ["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY", "GITHUB_TOKEN",
      "GH_TOKEN", "ACTIONS_CACHE_URL", "ACTIONS_RESULTS_URL", "ACTIONS_ID_TOKEN_REQUEST_URL", "INPUT_API-KEY"]) {
      expect(isRunnerControlName(name), name).toBe(true);
    }
    expect(isRunnerControlName("GITHUB_SHA")).toBe(false);
  });
});
