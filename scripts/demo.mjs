// `npm run demo`: the main job on a fresh clone, with no API key and no
// network. It copies examples/demo/project (a failing test) into a temporary
// git repository and runs the built CLI there, answering model calls from
// the recorded transcript examples/demo/transcript.jsonl.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const work = mkdtempSync(path.join(tmpdir(), "compile-loop-demo-"));
const git = (...args) => spawnSync("git", args, { cwd: work, stdio: "ignore", env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "demo", GIT_AUTHOR_EMAIL: "demo@example.com", GIT_COMMITTER_NAME: "demo", GIT_COMMITTER_EMAIL: "demo@example.com" } });
try {
  cpSync(path.join(root, "examples/demo/project"), work, { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "demo project with a failing test");
  console.log(`demo repository: ${work}\n$ compile-loop --test "node math.test.js" --replay examples/demo/transcript.jsonl\n`);
  const run = spawnSync(
    process.execPath,
    [path.join(root, "dist/cli/index.js"), "--test", "node math.test.js", "--replay", path.join(root, "examples/demo/transcript.jsonl"), ...process.argv.slice(2)],
    { cwd: work, stdio: "inherit" },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
