import type { GitConfigEntry } from "./runGit.js";
import { runGit } from "./runGit.js";

/** The header value GitHub accepts for a token over https (the same form actions/checkout uses). */
export function basicAuthHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, "utf8").toString("base64")}`;
}

/** The token and the forms of it that could show up in git's output. */
export function tokenSecrets(token: string | undefined): string[] {
  if (token === undefined || token === "") return [];
  return [token, Buffer.from(`x-access-token:${token}`, "utf8").toString("base64")];
}

/** The URL git uses for `remote` in the given direction. */
export async function remoteUrl(cwd: string, remote: string, direction: "fetch" | "push"): Promise<string> {
  // A remote may also be given as a URL or a path.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || remote.startsWith("/") || remote.startsWith(".")) return remote;
  const args = direction === "push" ? ["remote", "get-url", "--push", remote] : ["remote", "get-url", remote];
  return (await runGit(cwd, args)).trim();
}

/**
 * Per-command configuration that sends `token` to an http(s) remote as an
 * extra header. The empty value first clears headers inherited from
 * .git/config (actions/checkout persists its own; two Authorization headers are
 * refused by GitHub), and the credential helpers are cleared so git never asks.
 * For other transports (file://, ssh) nothing is added.
 */
export async function remoteCredentialConfig(
  cwd: string,
  remote: string,
  token: string | undefined,
  direction: "fetch" | "push",
): Promise<GitConfigEntry[]> {
  if (token === undefined || token === "") return [];
  const url = await remoteUrl(cwd, remote, direction);
  if (!/^https?:\/\//i.test(url)) return [];
  const key = `http.${url}.extraheader`;
  return [
    { key, value: "" },
    { key, value: basicAuthHeader(token) },
    { key: "credential.helper", value: "" },
  ];
}
