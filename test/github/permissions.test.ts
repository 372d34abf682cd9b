import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getCollaboratorPermission } from "../../src/github/collaboratorPermission.js";
import { isAllowedToTrigger } from "../../src/github/isAllowedToTrigger.js";
import type { GitHubServer } from "../support/githubServer.js";
import { startGitHubServer } from "../support/githubServer.js";
import { clientFor } from "./clientFor.js";

const REPO = { owner: "octo", repo: "app" };
let gh: GitHubServer;

beforeEach(async () => {
  gh = await startGitHubServer();
  const repo = gh.addRepo("octo", "app");
  Object.assign(repo.permissions, { ada: "admin", max: "maintain", wes: "write", tri: "triage", rita: "read", nobody: "none" });
  // A custom role: role_name GitHub does not define, legacy permission write.
  repo.permissions.custom = { permission: "write", role_name: "release-manager" };
});
afterEach(async () => {
  await gh.close();
});

describe("getCollaboratorPermission", () => {
  it("reads each level, preferring role_name over the folded legacy field", async () => {
    const { client } = clientFor(gh);
    const levels: Record<string, string> = {};
    for (const login of ["ada", "max", "wes", "tri", "rita", "nobody", "custom", "stranger"]) {
      levels[login] = await getCollaboratorPermission(client, REPO, login);
    }
    expect(levels).toEqual({ ada: "admin", max: "maintain", wes: "write", tri: "triage", rita: "read", nobody: "none", custom: "write", stranger: "none" });
    expect(gh.callsTo("GET", "/repos/octo/app/collaborators/max/permission")).toHaveLength(1);
  });

  it("does not turn a server error into 'none'", async () => {
    gh.injectFault({ path: /permission$/ }, { kind: "server_error" }, 10);
    const { client } = clientFor(gh, { retries: 1 });
    await expect(getCollaboratorPermission(client, REPO, "ada")).rejects.toMatchObject({ status: 502 });
  });
});

describe("isAllowedToTrigger", () => {
  const base = { allowedUsers: [] as string[], isBot: false };
  it("allows write, maintain and admin", () => {
    for (const permission of ["write", "maintain", "admin"] as const) {
      expect(isAllowedToTrigger({ ...base, permission, login: "x" }).allowed).toBe(true);
    }
  });
  it("refuses triage, read and none unless the login is in allowed-users (any case, optional @)", () => {
    for (const permission of ["triage", "read", "none"] as const) {
      const decision = isAllowedToTrigger({ ...base, permission, login: "Reader" });
      expect(decision.allowed).toBe(false);
      expect(decision.reason).toContain("write access");
    }
    expect(isAllowedToTrigger({ ...base, permission: "read", login: "Reader", allowedUsers: ["@reader"] }).allowed).toBe(true);
  });
  it("never lets bots trigger, even with write permission or when listed", () => {
    expect(isAllowedToTrigger({ permission: "write", login: "helper", allowedUsers: ["helper"], isBot: true }).allowed).toBe(false);
    expect(isAllowedToTrigger({ permission: "admin", login: "github-actions[bot]", allowedUsers: [], isBot: false }).allowed).toBe(false);
  });
});
