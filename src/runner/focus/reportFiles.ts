import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import type { JUnitReportText } from "./planFocus.js";

/** Where each matching report stood before a run: a report the run did not rewrite is not its report. */
export type ReportSnapshot = ReadonlyMap<string, string>;

/** Directories never searched for reports: they are large and hold no report of this run. */
const SKIPPED_DIRECTORIES = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".gradle"]);
/** Bounds on the search, so a `**` glob over a large checkout stays cheap. */
const MAX_ENTRIES_VISITED = 50_000;
const MAX_REPORT_BYTES = 32 * 1024 * 1024;

/** The report files matching `globs` (relative to `cwd`) now, each with its modification time and size. */
export async function snapshotReports(cwd: string, globs: readonly string[]): Promise<ReportSnapshot> {
  const found = new Map<string, string>();
  for (const glob of globs) {
    const matches = picomatch(glob, { dot: true });
    const base = picomatch.scan(glob).base;
    const root = path.resolve(cwd, base === "" ? "." : base);
    let visited = 0;
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (++visited > MAX_ENTRIES_VISITED) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full);
          continue;
        }
        // An absolute glob is matched against absolute paths, a relative one against paths from `cwd`.
        const subject = path.isAbsolute(glob) ? full : path.relative(cwd, full).split(path.sep).join("/");
        if (!entry.isFile() || !matches(subject)) continue;
        const info = await stat(full).catch(() => undefined);
        if (info !== undefined) found.set(full, `${info.mtimeMs}:${info.size}`);
      }
    };
    await walk(root);
  }
  return found;
}

/** The reports written or rewritten since `before` was taken, read as text (too large ones are skipped). */
export async function readNewReports(cwd: string, globs: readonly string[], before: ReportSnapshot): Promise<JUnitReportText[]> {
  const now = await snapshotReports(cwd, globs);
  const reports: JUnitReportText[] = [];
  for (const [file, stamp] of now) {
    if (before.get(file) === stamp) continue;
    const size = Number(stamp.split(":")[1]);
    if (!(size <= MAX_REPORT_BYTES)) continue;
    const xml = await readFile(file, "utf8").catch(() => undefined);
    if (xml !== undefined) reports.push({ path: path.relative(cwd, file) || file, xml });
  }
  return reports.sort((a, b) => a.path.localeCompare(b.path));
}
