// Repository-wide reading on a large repository: search_code (git grep) on a
// generated 50,000-file, 200 MB repository, and target selection for a
// failure in it (listing the files, the branch's changes against the
// default branch, ranking with imports followed), then the repository map
// for the chosen targets (tree-sitter outlines within the token budget). The
// repository is a real
// git repository on disk, committed, with the bug on a feature branch.
import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { median } from "./stats.mjs";

const FILES = 50_000;
const FILE_BYTES = 4_200;
const DIRS = 250;

function git(cwd, ...args) {
  // No automatic gc: a background repack would still be writing into .git when the bench removes it.
  return execFileSync("git", ["-c", "gc.auto=0", "-c", "maintenance.auto=false", ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@example.com", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@example.com" },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  }).toString();
}

/** A Python module of about FILE_BYTES: imports of two neighbours, then numbered functions. */
function moduleText(d, m) {
  const lines = [`from pkg${(d + 1) % DIRS}.mod${m % 200} import helper_${m % 200}`, `import pkg${(d + 7) % DIRS}.mod${(m + 3) % 200}`, ""];
  let size = lines.join("\n").length;
  for (let j = 0; size < FILE_BYTES; j++) {
    const body = `def helper_${m}_${j}(value, scale=${j}):\n    """Scales value for record ${d}-${m}-${j}."""\n    return value * scale + ${j}\n`;
    lines.push(body);
    size += body.length + 1;
  }
  return lines.join("\n");
}

async function generate(dir) {
  const perDir = FILES / DIRS;
  let bytes = 0;
  for (let d = 0; d < DIRS; d++) {
    await mkdir(path.join(dir, `pkg${d}`), { recursive: true });
    const writes = [];
    for (let m = 0; m < perDir; m++) {
      let text = moduleText(d, m);
      // The needle: the function a failure would name, defined once and called from two places.
      if (d === 42 && m === 17) text += "\ndef compute_invoice_total(items):\n    return sum(items) - 1\n";
      if ((d === 41 && m === 3) || (d === 43 && m === 9)) text += "\nfrom pkg42.mod17 import compute_invoice_total\n";
      bytes += Buffer.byteLength(text);
      writes.push(writeFile(path.join(dir, `pkg${d}`, `mod${m}.py`), text));
    }
    await Promise.all(writes);
  }
  await mkdir(path.join(dir, "tests"), { recursive: true });
  await writeFile(path.join(dir, "tests/test_invoice.py"), "from pkg41.mod3 import compute_invoice_total\n\ndef test_total():\n    assert compute_invoice_total([2, 3]) == 5\n");
  await writeFile(path.join(dir, "pyproject.toml"), '[tool.pytest.ini_options]\npythonpath = ["."]\n');
  return bytes;
}

export async function benchContext() {
  const { RepoReadTools } = await import("../build/context/repoReadTools.js");
  const { ScriptedModel } = await import("../build/models/scriptedModel.js");
  const { listRepositoryFiles, listBranchChanges, readRepoFileSync } = await import("../build/context/listRepositoryFiles.js");
  const { selectTargetFiles } = await import("../build/context/selectTargetFiles.js");
  const { buildRepoMap, DEFAULT_REPO_MAP_TOKENS } = await import("../build/context/repoMap/buildRepoMap.js");
  const { ImportResolver } = await import("../build/context/importResolver.js");
  const dir = await mkdtemp(path.join(tmpdir(), "compile-loop-bench-context-"));
  try {
    git(dir, "init", "--quiet", "--initial-branch=main");
    const bytes = await generate(dir);
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "--no-gpg-sign", "-m", "base");
    git(dir, "checkout", "--quiet", "-b", "feature");
    await writeFile(path.join(dir, "pkg42/mod17.py"), moduleText(42, 17) + "\ndef compute_invoice_total(items):\n    return sum(items) - 2\n");
    git(dir, "commit", "--quiet", "--no-gpg-sign", "-am", "change the total");

    const tools = new RepoReadTools(dir, [], new ScriptedModel([]));
    const call = (input) => ({ id: "b", name: "search_code", input });
    const time = async (fn, rounds = 9) => {
      await fn();
      const samples = [];
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        await fn();
        samples.push(performance.now() - started);
      }
      return median(samples);
    };
    const check = async (input, expect) => {
      const result = await tools.dispatch(call(input));
      if (!result.outcome.ok || !result.outcome.content.includes(expect)) throw new Error(`search ${JSON.stringify(input)} did not find ${expect}: ${JSON.stringify(result.outcome).slice(0, 300)}`);
    };
    // The files were just written: let the writeback settle and the page cache fill before timing, as on a checked-out runner.
    git(dir, "status", "--porcelain");
    await check({ pattern: "def compute_invoice_total" }, "pkg42/mod17.py:");
    await check({ pattern: "def compute_invoice_\\w+\\(", regex: true }, "pkg42/mod17.py:");
    // Interleaved, so a burst of load on the machine hits both kinds of search alike.
    const searches = { plain: [], regex: [], common: [] };
    const inputs = { plain: { pattern: "def compute_invoice_total" }, regex: { pattern: "def compute_invoice_\\w+\\(", regex: true }, common: { pattern: "return value" } };
    for (let round = 0; round < 9; round++) {
      for (const kind of Object.keys(inputs)) {
        const started = performance.now();
        await tools.dispatch(call(inputs[kind]));
        searches[kind].push(performance.now() - started);
      }
    }
    const plain = median(searches.plain);
    const regex = median(searches.regex);
    const common = median(searches.common);

    const failingOutput = `tests/test_invoice.py:4: in test_total\n    assert compute_invoice_total([2, 3]) == 5\nE   assert 3 == 5\nFAILED tests/test_invoice.py::test_total\nrootdir: ${dir}\nconfigfile: pyproject.toml\n`;
    let selected;
    const selection = await time(async () => {
      const repoFiles = await listRepositoryFiles(dir, true);
      const changedFiles = await listBranchChanges(dir);
      selected = selectTargetFiles({ repoFiles, failingOutput, changedFiles, readFile: readRepoFileSync(dir) });
    });
    if (!selected.files.includes("pkg42/mod17.py") || !selected.files.includes("pkg41/mod3.py")) throw new Error(`selection missed the modules: ${selected.files.slice(0, 10).join(", ")}`);
    const repoFiles = await listRepositoryFiles(dir, true);
    const changedFiles = await listBranchChanges(dir);
    const rankOnly = await time(async () => selectTargetFiles({ repoFiles, failingOutput, changedFiles, readFile: readRepoFileSync(dir) }));
    let map;
    const selectionAndMap = await time(async () => {
      const listed = await listRepositoryFiles(dir, true);
      const changes = await listBranchChanges(dir);
      // One resolver for both, as runPipeline does.
      const importResolver = new ImportResolver(listed, readRepoFileSync(dir));
      const chosen = selectTargetFiles({ repoFiles: listed, failingOutput, changedFiles: changes, readFile: readRepoFileSync(dir), importResolver });
      map = await buildRepoMap({ repoDir: dir, repoFiles: listed, targets: chosen.files, budgetTokens: DEFAULT_REPO_MAP_TOKENS, failingOutput, importResolver });
    });
    if (!map.text?.includes("compute_invoice_total")) throw new Error(`the map does not show the function the failure names:\n${map.text ?? map.report.skipped}`);
    const mapOnly = await time(async () => buildRepoMap({ repoDir: dir, repoFiles, targets: selected.files, budgetTokens: DEFAULT_REPO_MAP_TOKENS, failingOutput }));

    const note = `${repoFiles.length} files, ${Math.round(bytes / 1e6)} MB`;
    return [
      { name: "search_code, plain text, median", note, value: plain, unit: "ms", target: 500 },
      { name: "search_code, regular expression, median", note, value: regex, unit: "ms" },
      { name: "search_code, a pattern in every file (bounded to 50 matches)", note, value: common, unit: "ms" },
      { name: "target selection: list files, branch changes, rank with imports", note, value: selection, unit: "ms", target: 300 },
      { name: "target selection: ranking only (files listed)", note, value: rankOnly, unit: "ms" },
      { name: "target selection and repository map", note, value: selectionAndMap, unit: "ms", target: 300 },
      { name: "repository map only (parse and render)", note: `${map.report.filesParsed} files parsed`, value: mapOnly, unit: "ms" },
      { name: "repository map size, estimated tokens", note: `${map.report.stats.definitionsShown} definitions from ${map.report.stats.filesShown} files`, value: map.report.stats.tokens, unit: "tokens", target: DEFAULT_REPO_MAP_TOKENS },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
