import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/** The derivation-loop seed's cap on listed skill files. */
export const MAX_LISTED_SKILLS = 50;
/** AGENTS.md is quoted in the prompt up to this size; the rest can be read with read_file. */
export const AGENTS_MD_MAX_CHARS = 4000;

export interface RepoGuidance {
  /** Contents of AGENTS.md at the repository root, cut to AGENTS_MD_MAX_CHARS. */
  agentsMd?: { path: string; text: string; truncated: boolean };
  /** skills/**\/SKILL.md, sorted, repository-relative. */
  skills: { path: string; description: string }[];
  /** Skills beyond the cap. */
  moreSkills: number;
}

/** Reads the repository's guidance for models: AGENTS.md and skills/**\/SKILL.md. */
export async function discoverRepoGuidance(repoDir: string): Promise<RepoGuidance> {
  const guidance: RepoGuidance = { skills: [], moreSkills: 0 };
  try {
    const text = await readFile(path.join(repoDir, "AGENTS.md"), "utf8");
    guidance.agentsMd = {
      path: "AGENTS.md",
      text: text.slice(0, AGENTS_MD_MAX_CHARS),
      truncated: text.length > AGENTS_MD_MAX_CHARS,
    };
  } catch {
    // No AGENTS.md: nothing to add.
  }
  const skillPaths = (await findSkillFiles(path.join(repoDir, "skills"))).map((p) =>
    path.relative(repoDir, p).split(path.sep).join("/"),
  );
  skillPaths.sort();
  for (const rel of skillPaths.slice(0, MAX_LISTED_SKILLS)) {
    const text = await readFile(path.join(repoDir, rel), "utf8").catch(() => "");
    guidance.skills.push({ path: rel, description: describeSkill(text) });
  }
  guidance.moreSkills = Math.max(0, skillPaths.length - MAX_LISTED_SKILLS);
  return guidance;
}

async function findSkillFiles(dir: string, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symlinked folders are not followed: guidance must come from the repository itself.
    if (entry.isDirectory()) found.push(...(await findSkillFiles(full, depth + 1)));
    else if (entry.isFile() && entry.name === "SKILL.md") found.push(full);
  }
  return found;
}

/** The `description:` of a SKILL.md front matter, else its first non-heading line. */
export function describeSkill(text: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  const described = front?.[1] ? /^description:\s*(.+)$/m.exec(front[1]) : null;
  if (described?.[1]) return described[1].trim().replace(/^["']|["']$/g, "").slice(0, 200);
  const body = front ? text.slice(front[0].length) : text;
  const line = body.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#"));
  return (line ?? "").trim().slice(0, 200);
}

/** Prompt section for the guidance; empty when the repository has none. */
export function formatRepoGuidance(guidance: RepoGuidance): string {
  const parts: string[] = [];
  if (guidance.agentsMd) {
    parts.push(
      `Repository guidance (${guidance.agentsMd.path}${guidance.agentsMd.truncated ? ", first part" : ""}):\n${guidance.agentsMd.text.trim()}`,
    );
  }
  if (guidance.skills.length > 0) {
    const lines = guidance.skills.map((s) => `- ${s.path}${s.description ? `: ${s.description}` : ""}`);
    if (guidance.moreSkills > 0) lines.push(`- ... ${guidance.moreSkills} more skill file(s)`);
    parts.push(`Repository skills (read one with read_file when it applies):\n${lines.join("\n")}`);
  }
  return parts.join("\n\n");
}

export function guidancePaths(guidance: RepoGuidance): string[] {
  return [...(guidance.agentsMd ? [guidance.agentsMd.path] : []), ...guidance.skills.map((s) => s.path)];
}
