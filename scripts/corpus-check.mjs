#!/usr/bin/env node
// Measures how closely our SEARCH/REPLACE parser agrees with Aider's on real
// model replies. Run after `tsc -p tsconfig.build.json`:
//   scripts/node24 scripts/corpus-check.mjs [--verbose]
// The corpus is read from /work/shared/corpora (or $COMPILE_LOOP_CORPUS); it
// is never copied into this repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Agreement (on replies where Aider's parser did not stop with an error) below which the check fails.
export const AGREEMENT_THRESHOLD = 0.97;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export function defaultCorpusPath() {
  if (process.env.COMPILE_LOOP_CORPUS) return process.env.COMPILE_LOOP_CORPUS;
  const candidates = [join(repoRoot, "..", "shared", "corpora", "aider-chat-history.dev.json"), "/work/shared/corpora/aider-chat-history.dev.json"];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

/** Compares one section; returns undefined when we agree, else a category and detail. */
function compareSection(section, parse) {
  const expected = (section.blocks ?? []).filter((b) => b.path !== null);
  let ours;
  try {
    ours = parse(section.input_text);
  } catch (error) {
    if (section.error !== undefined) return undefined;
    return { category: "we reported an error, Aider did not", detail: String(error.message ?? error) };
  }
  if (section.error !== undefined) {
    return { category: "Aider reported an error, we parsed", detail: `${section.error}; we found ${ours.length} block(s)` };
  }
  if (ours.length !== expected.length) {
    return { category: "different number of blocks", detail: `Aider ${expected.length}, ours ${ours.length}` };
  }
  for (let i = 0; i < expected.length; i++) {
    const a = expected[i];
    const b = ours[i];
    if ((b.path ?? null) !== a.path) return { category: "different path", detail: `block ${i + 1}: Aider '${a.path}', ours '${b.path}'` };
    if (b.search !== a.search) return { category: "different SEARCH text", detail: `block ${i + 1}` };
    if (b.replace !== a.replace) return { category: "different REPLACE text", detail: `block ${i + 1}` };
  }
  return undefined;
}

export function checkCorpus(corpus, parse) {
  const sections = corpus.sections;
  const differences = [];
  let agreeClean = 0;
  let clean = 0;
  let agreeErrors = 0;
  let errors = 0;
  let shellBlocks = 0;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    shellBlocks += (section.blocks ?? []).filter((b) => b.path === null).length;
    const isError = section.error !== undefined;
    if (isError) errors++;
    else clean++;
    const diff = compareSection(section, parse);
    if (diff === undefined) {
      if (isError) agreeErrors++;
      else agreeClean++;
    } else {
      differences.push({ section: i, header: section.header, ...diff });
    }
  }
  return {
    sections: sections.length,
    clean,
    agreeClean,
    errors,
    agreeErrors,
    shellBlocks,
    agreement: clean === 0 ? 1 : agreeClean / clean,
    differences,
  };
}

async function main() {
  const built = join(repoRoot, "build", "edits", "parseSearchReplace.js");
  if (!existsSync(built)) {
    console.error(`build/edits/parseSearchReplace.js is missing. Compile first:\n  scripts/node24 node_modules/typescript/bin/tsc -p tsconfig.build.json`);
    process.exit(2);
  }
  const corpusPath = defaultCorpusPath();
  if (!existsSync(corpusPath)) {
    console.error(`Corpus not found at ${corpusPath} (set COMPILE_LOOP_CORPUS to its path).`);
    process.exit(2);
  }
  const { parseSearchReplace } = await import(pathToFileURL(built).href);
  const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
  const report = checkCorpus(corpus, (text) => parseSearchReplace(text));
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`Corpus: ${corpusPath}`);
  console.log(`Replies: ${report.sections} (${report.clean} parsed cleanly by Aider, ${report.errors} where Aider stopped with an error; ${report.shellBlocks} shell blocks ignored)`);
  console.log(`Exact agreement on clean replies: ${report.agreeClean}/${report.clean} = ${pct(report.agreement)} (threshold ${pct(AGREEMENT_THRESHOLD)})`);
  console.log(`Both report an error: ${report.agreeErrors}/${report.errors}`);
  console.log(`Differences: ${report.differences.length}`);
  const byCategory = new Map();
  for (const d of report.differences) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  for (const [category, list] of byCategory) {
    console.log(`  ${category}: ${list.length}`);
    for (const d of list) console.log(`    #${d.section} ${d.header.slice(0, 70)} — ${d.detail}`);
  }
  process.exit(report.agreement >= AGREEMENT_THRESHOLD ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
