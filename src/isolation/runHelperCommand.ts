import { execFile } from "node:child_process";

export interface HelperResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The helpers (id, useradd, setfacl, sudo) need no more than this; never our keys. */
const HELPER_ENV: NodeJS.ProcessEnv = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C" };

/** Runs a system helper without a shell; resolves with its exit code instead of throwing. */
export function runHelperCommand(file: string, args: readonly string[], timeoutMs = 60_000): Promise<HelperResult> {
  return new Promise((resolve) => {
    execFile(file, [...args], { env: HELPER_ENV, timeout: timeoutMs, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ code: 0, stdout, stderr });
        return;
      }
      const code = typeof error.code === "number" ? error.code : 127;
      resolve({ code, stdout, stderr: stderr || error.message });
    });
  });
}
