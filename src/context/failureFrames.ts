/**
 * The repository files a test output names, and whether each is named in a
 * failure frame (a path with a line number: a stack frame, a compiler
 * diagnostic, an assertion location) or only mentioned (a "FAIL x.test.ts"
 * line, a runner's `configfile: pyproject.toml` header).
 */

const PATH_TOKEN = /(?:[A-Za-z]:)?[\w@.~+-]*(?:[\\/][\w@.~+-]+)*\.[A-Za-z0-9]{1,8}/g;
// What follows a path in a frame: file.py:12, File "file.py", line 12, file.cs(12,3), file.kt:line 12.
const FRAME_SUFFIX = /^(?::\d+|\(\d+[,)]|", line \d+|:line \d+|, line \d+)/;
// A Java/Kotlin/Scala frame names the class with its package: at com.acme.Money.total(Money.java:12).
const JVM_FRAME = /\bat\s+([\w$.]+)\.[\w$<>-]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
const IGNORED_DIRS = /(^|\/)(node_modules|\.git|dist|build|coverage|vendor|target|__pycache__|site-packages|\.venv)\//;

export interface NamedFile {
  path: string;
  /** Named with a line number at least once. */
  inFrame: boolean;
  /** Position of its first mention in the output, for a stable order. */
  order: number;
}

/**
 * Resolves paths from tool output to repository files by their longest
 * suffix that is a real path: absolute paths from the CI machine, paths
 * relative to a sub-package, or plain relative paths. A suffix several
 * files share is too vague and resolves to nothing. Built once, then each
 * lookup only compares the few files with the same name.
 */
export class PathSuffixIndex {
  private readonly byBase = new Map<string, string[]>();

  constructor(repoFiles: readonly string[]) {
    for (const file of repoFiles) {
      const base = file.slice(file.lastIndexOf("/") + 1);
      const list = this.byBase.get(base);
      if (list) list.push(file);
      else this.byBase.set(base, [file]);
    }
  }

  resolve(token: string): string | undefined {
    const parts = token.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".");
    const candidates = this.byBase.get(parts[parts.length - 1] ?? "");
    if (!candidates) return undefined;
    for (let i = 0; i < parts.length; i++) {
      const suffix = parts.slice(i).join("/");
      const hits = candidates.filter((f) => f === suffix || f.endsWith(`/${suffix}`));
      if (hits.length === 0) continue;
      return hits.length === 1 ? hits[0] : undefined;
    }
    return undefined;
  }
}

/** Files the output names, in the order they first appear; dependency and build folders are left out. */
export function findNamedFiles(output: string, index: PathSuffixIndex): NamedFile[] {
  const named = new Map<string, NamedFile>();
  const note = (file: string | undefined, inFrame: boolean, at: number): void => {
    if (file === undefined || IGNORED_DIRS.test(file)) return;
    const known = named.get(file);
    if (known) known.inFrame ||= inFrame;
    else named.set(file, { path: file, inFrame, order: at });
  };
  for (const match of output.matchAll(JVM_FRAME)) {
    const className = (match[1] ?? "").replace(/\$.*$/, "");
    const packagePath = className.split(".").slice(0, -1).join("/");
    const fileName = match[2] ?? "";
    note(index.resolve(packagePath ? `${packagePath}/${fileName}` : fileName) ?? index.resolve(fileName), true, match.index ?? 0);
  }
  for (const match of output.matchAll(PATH_TOKEN)) {
    const token = match[0].replace(/^\.\//, "");
    const after = output.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16);
    note(index.resolve(token), FRAME_SUFFIX.test(after), match.index ?? 0);
  }
  return [...named.values()].sort((a, b) => a.order - b.order);
}
