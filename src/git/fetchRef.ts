import { runGit } from "./runGit.js";
import { remoteCredentialConfig, tokenSecrets } from "./remoteCredentials.js";

export interface FetchOptions {
  /** Token for an https remote; sent as an HTTP header for this command only. */
  token?: string;
  /** Shallow fetch depth. */
  depth?: number;
}

/** Fetches `ref` (a branch, `refs/pull/N/head`, or a commit SHA) from `remote` and returns the fetched commit's SHA. */
export async function fetchRef(cwd: string, remote: string, ref: string, options: FetchOptions = {}): Promise<string> {
  const config = await remoteCredentialConfig(cwd, remote, options.token, "fetch");
  const args = ["fetch", "--no-tags", "--no-write-fetch-head", "--quiet"];
  if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
  // Fetch into a private ref so FETCH_HEAD races with other fetches cannot mix results.
  const localRef = "refs/compile-loop/fetched";
  args.push(remote, `+${ref}:${localRef}`);
  await runGit(cwd, args, { config, secrets: tokenSecrets(options.token) });
  return (await runGit(cwd, ["rev-parse", "--verify", `${localRef}^{commit}`])).trim();
}
