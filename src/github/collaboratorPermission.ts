import type { GitHubClient } from "./createGitHubClient.js";
import type { RepoRef } from "./repoRef.js";
import { hasStatus } from "./requestErrors.js";

export type RepositoryPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

const KNOWN: readonly RepositoryPermission[] = ["admin", "maintain", "write", "triage", "read", "none"];

function asPermission(value: unknown): RepositoryPermission | null {
  return typeof value === "string" && (KNOWN as readonly string[]).includes(value) ? (value as RepositoryPermission) : null;
}

/**
 * The user's permission on the repository. `role_name` is preferred because the
 * legacy `permission` field folds maintain into write and triage into read;
 * custom roles fall back to the legacy field. An unknown user is "none".
 */
export async function getCollaboratorPermission(client: GitHubClient, repo: RepoRef, username: string): Promise<RepositoryPermission> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
    const record = data as { permission?: unknown; role_name?: unknown };
    return asPermission(record.role_name) ?? asPermission(record.permission) ?? "none";
  } catch (error) {
    if (hasStatus(error, 404)) return "none";
    throw error;
  }
}
