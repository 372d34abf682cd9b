import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EditBlock } from "../../src/edits/editBlock.js";
import { parseSearchReplace } from "../../src/edits/parseSearchReplace.js";

// Same threshold as scripts/corpus-check.mjs; measured 183/185 (98.9%), see docs/edit-format.md.
const AGREEMENT_THRESHOLD = 0.97;

interface CorpusBlock {
  path: string | null;
  search?: string;
  replace?: string;
}
interface CorpusSection {
  header: string;
  input_text: string;
  blocks?: CorpusBlock[];
  error?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpusPath = path.join(repoRoot, "..", "shared", "corpora", "aider-chat-history.dev.json");
const present = existsSync(corpusPath);

function sameBlocks(ours: EditBlock[], expected: CorpusBlock[]): boolean {
  return (
    ours.length === expected.length &&
    expected.every((e, i) => ours[i]?.path === e.path && ours[i]?.search === e.search && ours[i]?.replace === e.replace)
  );
}

describe.skipIf(!present)(`agreement with Aider's parser on ${corpusPath}`, () => {
  const sections = present ? (JSON.parse(readFileSync(corpusPath, "utf8")) as { sections: CorpusSection[] }).sections : [];

  it(`matches Aider's blocks exactly on at least ${AGREEMENT_THRESHOLD * 100}% of cleanly parsed replies`, () => {
    const clean = sections.filter((s) => s.error === undefined);
    const agreeing = clean.filter((s) => {
      try {
        return sameBlocks(parseSearchReplace(s.input_text), (s.blocks ?? []).filter((b) => b.path !== null));
      } catch {
        return false;
      }
    });
    expect(clean.length).toBeGreaterThan(100);
    expect(agreeing.length / clean.length).toBeGreaterThanOrEqual(AGREEMENT_THRESHOLD);
  });

  it("reports an error wherever Aider's parser stopped with one (cut-off replies)", () => {
    const failing = sections.filter((s) => s.error !== undefined);
    expect(failing.length).toBeGreaterThan(0);
    for (const s of failing) expect(() => parseSearchReplace(s.input_text), s.header).toThrow();
  });
});

if (!present) {
  describe("corpus agreement", () => {
    it.skip(`skipped: the Aider corpus is not at ${corpusPath} (it lives outside the repository and is never copied in)`, () => {});
  });
}
