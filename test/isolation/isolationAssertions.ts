/** What every isolation test checks about the evidence the hostile test command left. */
import { spawnSync } from "node:child_process";
import { expect } from "vitest";
import { listUserProcesses } from "../../src/isolation/endUserProcesses.js";
import { PLANTED_HOOKS, secretForms, type Evidence } from "../support/hostileTestCommand.js";

/** The files a planted hook, fsmonitor, ssh command or credential helper would write when run. */
export const RAN_PLANTED_CODE = [...PLANTED_HOOKS.map((hook) => `hook-${hook}.txt`), "fsmonitor.txt", "ssh.txt", "credential.txt"];

/** The test user a run used, from the sentence it reported ("... the unprivileged user compile-loop-test-2 (uid 997, ..."). */
export function testUserUid(report: string): number {
  const found = /the unprivileged user (compile-loop-test(?:-\d+)?) \(uid (\d+),/.exec(report);
  if (found === null) throw new Error(`no test user named in: ${report.slice(0, 300)}`);
  const id = spawnSync("id", ["-u", found[1] ?? ""], { encoding: "utf8" });
  expect(Number(id.stdout.trim())).toBe(Number(found[2]));
  return Number(found[2]);
}

/** The hostile code ran, saw no secret anywhere, changed nothing it must not, and left nothing running. */
export async function expectContained(evidence: Evidence, secrets: readonly string[], testUid: number): Promise<Record<string, string>> {
  const files = await evidence.read();
  // It did run, and so did its leftover: otherwise the checks below prove nothing.
  expect(files["proc-first.txt"]?.length ?? 0).toBeGreaterThan(0);
  expect(files["proc-leftover.txt"]?.length ?? 0).toBeGreaterThan(0);
  for (const [name, text] of Object.entries(files)) {
    for (const secret of secrets) for (const form of secretForms(secret)) expect(text.includes(form), `${name} holds a secret (${form.slice(0, 6)}…)`).toBe(false);
  }
  expect(files["planted.txt"], "the test user could plant hooks or git config").toBeUndefined();
  expect(files["sudo.txt"], "the test user could sudo").toBeUndefined();
  expect(files["git-write.txt"], "the test user could write into .git/").toBeUndefined();
  expect(files["tree.txt"], "the tests could not write into the working tree").toBeUndefined();
  for (const name of RAN_PLANTED_CODE) expect(files[name], `${name}: planted code ran`).toBeUndefined();
  expect(await listUserProcesses(testUid)).toEqual([]);
  return files;
}

/** Paths under dir owned by uid. */
export function filesOwnedBy(dir: string, uid: number): string[] {
  const found = spawnSync("find", [dir, "-user", String(uid)], { encoding: "utf8" });
  return found.stdout.split("\n").filter((line) => line !== "");
}
