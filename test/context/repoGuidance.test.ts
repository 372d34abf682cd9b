import { afterEach, describe, expect, it } from "vitest";
import { describeSkill, discoverRepoGuidance, formatRepoGuidance, MAX_LISTED_SKILLS } from "../../src/context/repoGuidance.js";
import { diffSnapshots, snapshotFiles } from "../../src/context/fileChanges.js";
import { makeTempDir } from "../support/tempDir.js";
import { writeFile, rm, utimes } from "node:fs/promises";
import path from "node:path";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe("repository guidance", () => {
  it("lists at most 50 skills, sorted, and says how many more there are", async () => {
    const files: Record<string, string> = { "AGENTS.md": "Use tabs." };
    for (let i = 0; i < 53; i++) files[`skills/s${String(i).padStart(2, "0")}/SKILL.md`] = `# Skill ${i}\nDoes thing ${i}.`;
    const { dir, remove } = await makeTempDir(files);
    cleanups.push(remove);
    const guidance = await discoverRepoGuidance(dir);
    expect(guidance.skills).toHaveLength(MAX_LISTED_SKILLS);
    expect(guidance.skills[0]).toEqual({ path: "skills/s00/SKILL.md", description: "Does thing 0." });
    expect(guidance.moreSkills).toBe(3);
    const text = formatRepoGuidance(guidance);
    expect(text).toContain("Use tabs.");
    expect(text).toContain("... 3 more skill file(s)");
  });

  it("reads a description from front matter", () => {
    expect(describeSkill("---\nname: x\ndescription: \"Fix flaky tests\"\n---\nbody")).toBe("Fix flaky tests");
  });

  it("is empty for a repository without guidance", async () => {
    const { dir, remove } = await makeTempDir({ "a.txt": "x" });
    cleanups.push(remove);
    expect(formatRepoGuidance(await discoverRepoGuidance(dir))).toBe("");
  });
});

describe("file changes between iterations", () => {
  it("reports added, modified and deleted files with sizes", async () => {
    const { dir, remove } = await makeTempDir({ "a.txt": "one", "b.txt": "two" });
    cleanups.push(remove);
    const before = await snapshotFiles(dir, ["a.txt", "b.txt", "c.txt"]);
    await writeFile(path.join(dir, "a.txt"), "one!");
    await rm(path.join(dir, "b.txt"));
    await writeFile(path.join(dir, "c.txt"), "new file");
    const after = await snapshotFiles(dir, ["a.txt", "b.txt", "c.txt"]);
    expect(diffSnapshots(before, after)).toEqual([
      { path: "a.txt", status: "modified", size: 4 },
      { path: "b.txt", status: "deleted", size: 0 },
      { path: "c.txt", status: "added", size: 8 },
    ]);
  });

  it("re-reads a file whose mtime moved even when its size did not, and reuses unchanged hashes", async () => {
    const { dir, remove } = await makeTempDir({ "a.txt": "one" });
    cleanups.push(remove);
    const first = await snapshotFiles(dir, ["a.txt"]);
    await writeFile(path.join(dir, "a.txt"), "two");
    await utimes(path.join(dir, "a.txt"), new Date(), new Date(Date.now() + 5000));
    const second = await snapshotFiles(dir, ["a.txt"], first);
    expect(diffSnapshots(first, second)).toEqual([{ path: "a.txt", status: "modified", size: 3 }]);
    const third = await snapshotFiles(dir, ["a.txt"], second);
    expect(third.get("a.txt")).toBe(second.get("a.txt"));
  });
});
