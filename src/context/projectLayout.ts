import path from "node:path";

/**
 * What the import resolver needs to know about a repository's layout, read
 * once from its configuration files: where Python puts its import roots,
 * which npm workspace package lives where, the tsconfig path aliases, the Go
 * modules and the Rust crates. Every reader here is tolerant: a file it
 * cannot parse adds nothing, since a wrong guess only costs a target.
 */

export type ReadRepoFile = (relPath: string) => string | undefined;

/** Configuration files read at most, per kind: a monorepo with more is rare, and each read costs. */
const MAX_CONFIG_FILES = 50;

const posix = path.posix;

export function dirOf(rel: string): string {
  const dir = posix.dirname(rel);
  return dir === "." ? "" : dir;
}

export function joinRel(...parts: string[]): string {
  const joined = posix.normalize(parts.filter((p) => p !== "").join("/"));
  return joined === "." ? "" : joined.replace(/^\.\//, "").replace(/\/$/, "");
}

function filesNamed(repoFiles: readonly string[], test: (base: string) => boolean): string[] {
  const found: string[] = [];
  for (const f of repoFiles) {
    if (found.length >= MAX_CONFIG_FILES) break;
    const base = f.slice(f.lastIndexOf("/") + 1);
    if (test(base) && !/(^|\/)(node_modules|vendor|\.venv|target|dist|build)\//.test(f)) found.push(f);
  }
  return found;
}

/** Values of a TOML key inside one section: a string or an array of strings (possibly over several lines). */
export function tomlStrings(text: string, section: string, key: string): string[] {
  const lines = text.split(/\r?\n/);
  let inSection = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      inSection = header[1]?.trim() === section;
      continue;
    }
    if (!inSection) continue;
    const assign = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*(.*)$`).exec(line);
    if (!assign) continue;
    let value = assign[1] ?? "";
    // A multi-line array runs until its closing bracket.
    if (value.startsWith("[") && !value.includes("]")) {
      for (let j = i + 1; j < lines.length && !value.includes("]"); j++) value += ` ${lines[j] ?? ""}`;
    }
    return [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? "").filter((v) => v !== "");
  }
  return [];
}

/** Values of an INI key (`pythonpath = src lib`, continued on indented lines) inside one of the sections. */
export function iniWords(text: string, sections: readonly string[], key: string): string[] {
  const lines = text.split(/\r?\n/);
  let inSection = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      inSection = sections.includes(header[1]?.trim() ?? "");
      continue;
    }
    if (!inSection) continue;
    const assign = new RegExp(`^${key}\\s*[=:]\\s*(.*)$`).exec(line);
    if (!assign) continue;
    const words = (assign[1] ?? "").split(/\s+/);
    for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j] ?? ""); j++) words.push(...(lines[j] ?? "").trim().split(/\s+/));
    return words.filter((w) => w !== "" && !w.startsWith("#"));
  }
  return [];
}

/** Directories Python code imports from, beyond the importing file's own: the roots pytest and packaging set up. */
export function findPythonRoots(repoFiles: readonly string[], readFile: ReadRepoFile): string[] {
  const roots = new Set<string>(["", "src"]);
  const configs = filesNamed(repoFiles, (b) => b === "pyproject.toml" || b === "pytest.ini" || b === "setup.cfg" || b === "tox.ini");
  for (const config of configs) {
    const text = readFile(config);
    if (text === undefined) continue;
    const dir = dirOf(config);
    roots.add(dir);
    roots.add(joinRel(dir, "src"));
    const entries = config.endsWith(".toml")
      ? [...tomlStrings(text, "tool.pytest.ini_options", "pythonpath"), ...tomlStrings(text, "tool.pytest.ini_options", "testpaths")]
      : [...iniWords(text, ["pytest", "tool:pytest"], "pythonpath"), ...iniWords(text, ["pytest", "tool:pytest"], "testpaths")];
    for (const entry of entries) roots.add(joinRel(dir, entry));
  }
  return [...roots];
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with comments and trailing commas, as tsconfig files are written. */
export function parseJsonc(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      i += 2;
      while (i < text.length && !(text[i] === "*" && text[i + 1] === "/")) i++;
      i++;
    } else out += c;
  }
  return parseJson(out.replace(/,(\s*[}\]])/g, "$1"));
}

/** The packages of an npm/yarn/pnpm workspace: every package.json with a name (the workspace globs only decide what npm links, and a named package in the repository is what an import means). */
export function findWorkspacePackages(repoFiles: readonly string[], readFile: ReadRepoFile): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  const manifests = filesNamed(repoFiles, (b) => b === "package.json");
  const rootManifest = parseJson(readFile("package.json"));
  const hasWorkspaces = rootManifest?.workspaces !== undefined || repoFiles.includes("pnpm-workspace.yaml") || repoFiles.includes("lerna.json");
  if (!hasWorkspaces) return packages;
  for (const manifestPath of manifests) {
    if (manifestPath === "package.json") continue;
    const manifest = parseJson(readFile(manifestPath));
    const name = manifest?.name;
    if (manifest && typeof name === "string" && name !== "") packages.set(name, { name, dir: dirOf(manifestPath), manifest });
  }
  return packages;
}

/** Files a package's manifest points at for its main entry, most source-like first. */
export function packageEntryCandidates(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === "string") found.push(value.replace(/^\.\//, ""));
    else if (typeof value === "object" && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of ["source", "types", "import", "require", "node", "default"]) add(record[key]);
      if (record["."] !== undefined) add(record["."]);
    }
  };
  add(manifest.source);
  add(manifest.exports);
  add(manifest.types);
  add(manifest.typings);
  add(manifest.module);
  add(manifest.main);
  // Built entries ("dist/index.js") are not in the repository; their sources usually are ("src/index.ts").
  const mapped = found.flatMap((p) => [p, p.replace(/^(dist|lib|build|out)\//, "src/")]).map((p) => p.replace(/\.d\.ts$/, ".ts"));
  return [...new Set([...mapped, "src/index", "index"])];
}

export interface TsPathConfig {
  /** Directory of the tsconfig; it applies to files under it. */
  dir: string;
  /** Where non-relative specifiers are looked up, when baseUrl is set. */
  baseDir?: string;
  /** Each alias pattern ("@/*") with its targets, relative to the repository. */
  paths: { pattern: string; targets: string[] }[];
}

/** The path aliases of every tsconfig.json / jsconfig.json in the repository, deepest directory first. */
export function findTsPathConfigs(repoFiles: readonly string[], readFile: ReadRepoFile): TsPathConfig[] {
  const configs: TsPathConfig[] = [];
  for (const file of filesNamed(repoFiles, (b) => b === "tsconfig.json" || b === "jsconfig.json")) {
    const options = parseJsonc(readFile(file))?.compilerOptions;
    if (typeof options !== "object" || options === null) continue;
    const record = options as Record<string, unknown>;
    const dir = dirOf(file);
    const baseUrl = typeof record.baseUrl === "string" ? joinRel(dir, record.baseUrl) : undefined;
    const paths: TsPathConfig["paths"] = [];
    if (typeof record.paths === "object" && record.paths !== null) {
      for (const [pattern, targets] of Object.entries(record.paths as Record<string, unknown>)) {
        if (!Array.isArray(targets)) continue;
        const base = baseUrl ?? dir;
        paths.push({ pattern, targets: targets.filter((t): t is string => typeof t === "string").map((t) => joinRel(base, t)) });
      }
    }
    if (baseUrl === undefined && paths.length === 0) continue;
    configs.push({ dir, ...(baseUrl !== undefined ? { baseDir: baseUrl } : {}), paths });
  }
  return configs.sort((a, b) => b.dir.length - a.dir.length);
}

/** Go modules: module path → directory of its go.mod. */
export function findGoModules(repoFiles: readonly string[], readFile: ReadRepoFile): Map<string, string> {
  const modules = new Map<string, string>();
  for (const file of filesNamed(repoFiles, (b) => b === "go.mod")) {
    const name = /^module\s+(\S+)/m.exec(readFile(file) ?? "")?.[1];
    if (name) modules.set(name.replace(/^"|"$/g, ""), dirOf(file));
  }
  return modules;
}

export interface RustCrate {
  /** The crate's name as code writes it (dashes become underscores). */
  name: string;
  /** Directory of its Cargo.toml. */
  dir: string;
  /** Its source root (the directory of lib.rs / main.rs). */
  srcDir: string;
}

/** Rust crates with their source roots, by the name `use` writes. */
export function findRustCrates(repoFiles: readonly string[], readFile: ReadRepoFile): RustCrate[] {
  const crates: RustCrate[] = [];
  for (const file of filesNamed(repoFiles, (b) => b === "Cargo.toml")) {
    const text = readFile(file) ?? "";
    const dir = dirOf(file);
    const libName = tomlBareString(text, "lib", "name");
    const packageName = tomlBareString(text, "package", "name");
    const name = (libName ?? packageName)?.replace(/-/g, "_");
    if (!name) continue;
    const libPath = tomlBareString(text, "lib", "path");
    const srcDir = libPath ? dirOf(joinRel(dir, libPath)) : joinRel(dir, "src");
    crates.push({ name, dir, srcDir });
  }
  return crates.sort((a, b) => b.dir.length - a.dir.length);
}

function tomlBareString(text: string, section: string, key: string): string | undefined {
  return tomlStrings(text, section, key)[0];
}
