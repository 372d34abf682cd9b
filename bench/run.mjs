// `npm run bench`: compiles the library with tsc into build/, runs every
// benchmark on this machine and prints one table of medians against the
// targets from the issues. Figures are measurements, not assertions: a row
// over its target is flagged, and the exit code says whether all were within.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const suites = [
  ["edits", "./edits.mjs", "benchEdits"],
  ["runner", "./runner.mjs", "benchRunner"],
  ["loop", "./loop.mjs", "benchLoop"],
  ["startup", "./startup.mjs", "benchStartup"],
  ["isolation", "./isolation.mjs", "benchIsolation"],
  ["context", "./context.mjs", "benchContext"],
  ["focus", "./focus.mjs", "benchFocus"],
];

const rows = [];
for (const [label, file, fn] of suites) {
  try {
    const mod = await import(file);
    const got = await mod[fn]();
    for (const row of got) rows.push({ suite: label, ...row });
  } catch (error) {
    rows.push({ suite: label, name: `(suite failed: ${String(error?.message ?? error).slice(0, 100)})`, value: NaN, unit: "", target: undefined });
  }
}

const fmt = (v) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : "n/a");
const lines = [];
lines.push(`compile-loop benchmarks · node ${process.version} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${new Date().toISOString().slice(0, 10)}`);
lines.push("");
lines.push("| suite | measurement | median | target | ratio | within |");
lines.push("|---|---|---|---|---|---|");
let allWithin = true;
for (const r of rows) {
  const value = r.value ?? r.medianMs;
  const unit = r.unit ?? "ms";
  const hasTarget = typeof r.target === "number";
  const within = hasTarget ? Number.isFinite(value) && value <= r.target : undefined;
  if (within === false) allWithin = false;
  const ratio = hasTarget && Number.isFinite(value) ? `${(value / r.target).toFixed(2)}x` : "";
  lines.push(`| ${r.suite} | ${r.name}${r.note ? ` (${r.note})` : ""} | ${fmt(value)} ${unit} | ${hasTarget ? `<= ${r.target} ${unit}` : ""} | ${ratio} | ${within === undefined ? "" : within ? "yes" : "NO"} |`);
}
console.log(lines.join("\n"));
process.exit(allWithin ? 0 : 1);
