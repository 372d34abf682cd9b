import type { GitHubClient } from "../github/createGitHubClient.js";

/**
 * The login of a user token (a PAT), so the status comment it wrote can be
 * found again; undefined for the workflow's and GitHub Apps' tokens, which
 * cannot call GET /user and whose comments are recognised as a bot's.
 */
export async function tokenLogin(client: GitHubClient, token: string): Promise<string | undefined> {
  // Installation tokens (the workflow's, a GitHub App's) start with ghs_ and always get 403 from GET /user.
  if (token.startsWith("ghs_")) return undefined;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.type === "Bot" ? undefined : data.login;
  } catch {
    return undefined;
  }
}
