import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionInputDefaults, ROOT } from "../support/actionHarness.js";
import { DEFAULT_REPO_MAP_TOKENS } from "../../src/context/repoMap/buildRepoMap.js";
import { DEFAULT_SUGGEST_MAX_LINES } from "../../src/github/planSuggestions.js";
import { DEFAULT_MAX_ITERATIONS } from "../../src/loop/validateLoopOptions.js";

const EXAMPLES = ["ci-last-step.yml", "fix-comment.yml", "on-failed-ci.yml", "pull-request.yml"];

/** Keys of the `with:` block of the compile-loop step (a small reader for these flat files). */
function compileLoopInputs(yaml: string): string[] {
  const lines = yaml.split("\n");
  const uses = lines.findIndex((l) => /uses: compile-loop\/compile-loop@v1/.test(l));
  if (uses === -1) return [];
  const withLine = lines.findIndex((l, i) => i > uses && /^\s+with:\s*$/.test(l));
  const indent = (lines[withLine + 1] ?? "").search(/\S/);
  const keys: string[] = [];
  for (let i = withLine + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (line.search(/\S/) < indent) break;
    const key = /^\s*([\w-]+):/.exec(line)?.[1];
    if (key && line.search(/\S/) === indent) keys.push(key);
  }
  return keys;
}

describe("example workflows", () => {
  const inputs = Object.keys(actionInputDefaults());

  for (const name of EXAMPLES) {
    it(`${name}: uses only declared inputs, least-privilege permissions and a waiting concurrency group`, async () => {
      const yaml = await readFile(path.join(ROOT, "examples", name), "utf8");
      const used = compileLoopInputs(yaml);
      expect(used).toContain("test-command");
      for (const key of used) expect(inputs, `${name} uses an undeclared input '${key}'`).toContain(key);
      expect(yaml).toMatch(/^permissions:\n {2}contents: read$/m);
      expect(yaml).toContain("contents: write");
      expect(yaml).toContain("pull-requests: write");
      expect(yaml).not.toMatch(/write-all|issues: write|actions: write/);
      expect(yaml).toMatch(/concurrency:\n\s+group: compile-loop-\$\{\{ [^}]+ \}\}\n\s+cancel-in-progress: false/);
      expect(yaml).toContain("persist-credentials: false");
      expect(yaml).not.toMatch(/\t/);
    });
  }

  it("fork-prs.yml: declared inputs, read-only contents, suggestions, user isolation, no fork checkout by the workflow", async () => {
    const yaml = await readFile(path.join(ROOT, "examples", "fork-prs.yml"), "utf8");
    for (const key of compileLoopInputs(yaml)) expect(inputs, `fork-prs.yml uses an undeclared input '${key}'`).toContain(key);
    expect(yaml).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(yaml).not.toMatch(/contents: write|write-all|issues: write/);
    expect(yaml).toContain("pull-requests: write");
    expect(yaml).toMatch(/push: suggest\n/);
    expect(yaml).toMatch(/test-isolation: user/);
    expect(yaml).not.toMatch(/ref: \$\{\{ github\.event\.workflow_run\.head/);
    expect(yaml).toContain("persist-credentials: false");
  });

  it("action.yml's numeric defaults are the engine's constants", () => {
    const defaults = actionInputDefaults();
    expect(defaults["repo-map-tokens"]).toBe(String(DEFAULT_REPO_MAP_TOKENS));
    expect(defaults["suggest-max-lines"]).toBe(String(DEFAULT_SUGGEST_MAX_LINES));
    expect(defaults["max-iterations"]).toBe(String(DEFAULT_MAX_ITERATIONS));
  });

  it("docs/action.md lists every input and output of action.yml", async () => {
    const doc = await readFile(path.join(ROOT, "docs/action.md"), "utf8");
    const actionYml = await readFile(path.join(ROOT, "action.yml"), "utf8");
    const outputs = [...(actionYml.split("\noutputs:\n")[1] ?? "").matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
    for (const name of [...inputs, ...outputs]) expect(doc, name).toContain(`| \`${name}\` |`);
  });
});
