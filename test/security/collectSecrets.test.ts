import { describe, expect, it } from "vitest";
import { collectSecrets } from "../../src/security/collectSecrets.js";

describe("collectSecrets", () => {
  it("takes values of secret-looking variables and of the variables named, in both trimmed and raw forms", () => {
    const secrets = collectSecrets({ NPM_TOKEN: "npm_abcdef", DB_PASSWORD: "hunter22", HOME: "/root", MY_KEY_VAR: " spaced-key " }, { names: ["MY_KEY_VAR"], values: ["sk-given"] });
    expect(secrets.sort()).toEqual([" spaced-key ", "hunter22", "npm_abcdef", "sk-given", "spaced-key"].sort());
  });

  it("does not take an input's number for a secret: max-tokens-total and repo-map-tokens hold numbers", () => {
    // The runner passes every input as INPUT_<NAME>; the secret ones (api-key, github-token) are named by the action.
    const env = { "INPUT_MAX-TOKENS-TOTAL": "200000", "INPUT_REPO-MAP-TOKENS": "1024", "INPUT_API-KEY": "sk-live-123456", "INPUT_GITHUB-TOKEN": "ghs_abcdef" };
    const secrets = collectSecrets(env, { names: ["INPUT_API-KEY", "INPUT_GITHUB-TOKEN"] });
    expect(secrets.sort()).toEqual(["ghs_abcdef", "sk-live-123456"]);
  });

  it("still takes a secret-named input the action does not declare, and secret-named test-env values", () => {
    const secrets = collectSecrets({ "INPUT_NPM-TOKEN": "npm_undeclared_1", DB_PASSWORD: "123456" }, { extraEnv: { NPM_TOKEN: "npm_for_tests_2", PLAIN: "visible" } });
    expect(secrets.sort()).toEqual(["123456", "npm_for_tests_2", "npm_undeclared_1"]);
  });
});
