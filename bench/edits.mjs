// Benchmarks of the SEARCH/REPLACE engine, run against the compiled build/
// (scripts/node24 node_modules/typescript/bin/tsc -p tsconfig.build.json).
// bench/run.mjs calls benchEdits() and prints the rows.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const buildDir = join(dirname(fileURLToPath(import.meta.url)), "..", "build", "edits");
const WARMUP_RUNS = 5;
const MEASURED_RUNS = 21;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(fn) {
  for (let i = 0; i < WARMUP_RUNS; i++) fn();
  const times = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(median(times) * 100) / 100;
}

/** A ~1 MB source file of 20,000 distinct lines. */
function generatedFile() {
  const lines = [];
  for (let i = 0; i < 20_000; i++) {
    lines.push(i % 50 === 0 ? `function part${i}(input) {` : `  const value${i} = compute(input, ${i}, "padding");`);
  }
  return lines;
}

async function load(name) {
  const file = join(buildDir, `${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing; run: scripts/node24 node_modules/typescript/bin/tsc -p tsconfig.build.json`);
  return import(pathToFileURL(file).href);
}

export async function benchEdits() {
  const { applySearchReplace } = await load("applySearchReplace");
  const { describeEditFailures } = await load("describeEditFailures");
  const { parseSearchReplace } = await load("parseSearchReplace");

  const lines = generatedFile();
  const content = `${lines.join("\n")}\n`;

  // Near the end, with the inner whitespace changed so only the whitespace strategy matches.
  const loose = lines.slice(19_980, 19_988).map((l) => l.replace(" = ", "  =  "));
  const looseBlock = { search: `${loose.join("\n")}\n`, replace: "  // replaced\n" };
  const looseResult = applySearchReplace(content, [looseBlock]);
  if (looseResult.applied?.[0]?.strategy !== "whitespace") throw new Error("benchmark setup: the whitespace-only SEARCH did not apply");

  // Eight lines from the middle with two of them altered: matches nowhere, has a closest region.
  const near = lines.slice(10_001, 10_009);
  near[2] = "  const renamed = compute(input, 0);";
  near[5] = "  // a comment the file does not have";
  const missBlock = { search: `${near.join("\n")}\n`, replace: "x\n" };
  const missResult = applySearchReplace(content, [missBlock]);
  if (missResult.failed[0]?.closest?.startLine !== 10_002) throw new Error("benchmark setup: the closest region was not found");

  const oneBlock = `Now update the helper:\n\nsrc/helpers/format.ts\n\`\`\`ts\n<<<<<<< SEARCH\n${lines.slice(0, 12).join("\n")}\n=======\n${lines.slice(0, 14).join("\n")}\n>>>>>>> REPLACE\n\`\`\`\n\n`;
  const reply = oneBlock.repeat(Math.ceil(1_000_000 / oneBlock.length));
  const blockCount = parseSearchReplace(reply).length;

  return [
    {
      name: "applySearchReplace: 8-line whitespace-only match near the end of a 20,000-line (1 MB) file",
      medianMs: measure(() => applySearchReplace(content, [looseBlock])),
      target: 20,
      unit: "ms",
    },
    {
      name: "applySearchReplace + describeEditFailures: SEARCH matching nowhere in the 1 MB file",
      medianMs: measure(() => describeEditFailures(applySearchReplace(content, [missBlock]).failed)),
      target: 100,
      unit: "ms",
    },
    {
      name: `parseSearchReplace: ${(reply.length / 1e6).toFixed(1)} MB reply with ${blockCount} blocks`,
      medianMs: measure(() => parseSearchReplace(reply)),
      target: 20,
      unit: "ms",
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchEdits()) console.log(`${row.medianMs <= row.target ? "ok  " : "SLOW"} ${row.medianMs} ${row.unit} (target <= ${row.target}) ${row.name}`);
}
