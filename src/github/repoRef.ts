/** A repository as the REST API addresses it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Parses "owner/name" (GITHUB_REPOSITORY, `full_name`). */
export function parseRepoFullName(fullName: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName.trim());
  if (match === null) throw new Error(`Not a repository name of the form owner/name: "${fullName}"`);
  return { owner: match[1] ?? "", repo: match[2] ?? "" };
}

export function repoFullName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}
