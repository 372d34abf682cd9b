import path from "node:path";
import {
  dirOf,
  findGoModules,
  findPythonRoots,
  findRustCrates,
  findTsPathConfigs,
  findWorkspacePackages,
  joinRel,
  packageEntryCandidates,
  type ReadRepoFile,
  type RustCrate,
  type TsPathConfig,
  type WorkspacePackage,
} from "./projectLayout.js";

const posix = path.posix;

const JS_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.mjs", "/index.jsx"];
const JS_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;
// Module specifiers in JavaScript/TypeScript: import/export ... from, bare import, require(), dynamic import().
const JS_SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"'\s]+)["']/gm;

const C_FILE = /\.(?:c|h|cc|cpp|cxx|hpp|hh|hxx|ipp|inl)$/;
const C_INCLUDE = /^\s*#\s*include\s*([<"])([^>"]+)[>"]/gm;
const C_IMPLEMENTATION_EXTENSIONS = [".c", ".cc", ".cpp", ".cxx"];

/** Files a Java wildcard import or a Go package adds at most: a package is a folder, and some are large. */
const MAX_FILES_PER_PACKAGE = 12;

/**
 * Finds the repository files a source file imports, in the languages people
 * run CI on: JavaScript/TypeScript (relative specifiers, npm workspace
 * packages, tsconfig paths), Python (relative and absolute imports against
 * the roots pytest and packaging set up), Rust (`mod`, `use crate::`,
 * `super::`, other crates of the workspace), Java (imports to
 * src/<set>/java/<package>/, and the same package's classes), C/C++
 * (`#include "..."` and the matching .c/.cpp), Go (packages of the go.mod
 * modules, and a test's own package). Indices are built once per resolver.
 */
export class ImportResolver {
  private readonly files: ReadonlySet<string>;
  private readonly byBase = new Map<string, string[]>();
  private readonly byDir = new Map<string, string[]>();
  private pythonRoots: string[] | undefined;
  private workspaces: Map<string, WorkspacePackage> | undefined;
  private tsPaths: TsPathConfig[] | undefined;
  private goModules: Map<string, string> | undefined;
  private rustCrates: RustCrate[] | undefined;

  constructor(
    private readonly repoFiles: readonly string[],
    private readonly readFile: ReadRepoFile = () => undefined,
  ) {
    this.files = new Set(repoFiles);
    for (const f of repoFiles) {
      const slash = f.lastIndexOf("/");
      push(this.byBase, f.slice(slash + 1), f);
      push(this.byDir, slash < 0 ? "" : f.slice(0, slash), f);
    }
  }

  /** Repository files `file` imports, in the order its imports appear. */
  importsOf(file: string, content: string): string[] {
    const found = new Set<string>();
    const add = (candidate: string | undefined): void => {
      if (candidate !== undefined && candidate !== file) found.add(candidate);
    };
    if (JS_FILE.test(file)) for (const hit of this.jsImports(file, content)) add(hit);
    else if (file.endsWith(".py")) for (const hit of this.pythonImports(file, content)) add(hit);
    else if (file.endsWith(".rs")) for (const hit of this.rustImports(file, content)) add(hit);
    else if (file.endsWith(".java")) for (const hit of this.javaImports(file, content)) add(hit);
    else if (C_FILE.test(file)) for (const hit of this.cIncludes(file, content)) add(hit);
    else if (file.endsWith(".go")) for (const hit of this.goImports(file, content)) add(hit);
    return [...found];
  }

  private has(rel: string): boolean {
    return this.files.has(rel);
  }

  private firstExisting(candidates: readonly string[]): string | undefined {
    return candidates.find((c) => this.has(c));
  }

  // ---- JavaScript / TypeScript ----

  private jsStem(stem: string): string | undefined {
    // TypeScript sources import "./x.js" while the file is x.ts.
    for (const base of [stem, stem.replace(/\.(m|c)?js$/, "")]) {
      const hit = this.firstExisting(JS_EXTENSIONS.map((ext) => base + ext));
      if (hit) return hit;
    }
    return undefined;
  }

  private *jsImports(file: string, content: string): Iterable<string> {
    const dir = dirOf(file);
    for (const match of content.matchAll(JS_SPECIFIER)) {
      const spec = match[1] ?? "";
      if (spec.startsWith("./") || spec.startsWith("../")) {
        const hit = this.jsStem(joinRel(dir, spec));
        if (hit) yield hit;
        continue;
      }
      if (spec.startsWith("node:") || spec.startsWith("/")) continue;
      const hit = this.jsAlias(file, spec) ?? this.jsWorkspacePackage(spec);
      if (hit) yield hit;
    }
  }

  private jsAlias(file: string, spec: string): string | undefined {
    this.tsPaths ??= findTsPathConfigs(this.repoFiles, this.readFile);
    for (const config of this.tsPaths) {
      if (config.dir !== "" && !file.startsWith(`${config.dir}/`)) continue;
      for (const { pattern, targets } of config.paths) {
        const star = pattern.indexOf("*");
        let rest: string | undefined;
        if (star < 0) rest = pattern === spec ? "" : undefined;
        else if (spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1)) && spec.length >= pattern.length - 1) {
          rest = spec.slice(star, spec.length - (pattern.length - star - 1));
        }
        if (rest === undefined) continue;
        for (const target of targets) {
          const hit = this.jsStem(target.replace("*", rest));
          if (hit) return hit;
        }
      }
      if (config.baseDir !== undefined) {
        const hit = this.jsStem(joinRel(config.baseDir, spec));
        if (hit) return hit;
      }
    }
    return undefined;
  }

  private jsWorkspacePackage(spec: string): string | undefined {
    this.workspaces ??= findWorkspacePackages(this.repoFiles, this.readFile);
    if (this.workspaces.size === 0) return undefined;
    const parts = spec.split("/");
    const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
    const pkg = this.workspaces.get(name);
    if (!pkg) return undefined;
    const subpath = spec.slice(name.length).replace(/^\//, "");
    if (subpath !== "") return this.jsStem(joinRel(pkg.dir, subpath)) ?? this.jsStem(joinRel(pkg.dir, "src", subpath));
    for (const entry of packageEntryCandidates(pkg.manifest)) {
      const hit = this.jsStem(joinRel(pkg.dir, entry));
      if (hit) return hit;
    }
    return undefined;
  }

  // ---- Python ----

  private pythonModule(root: string, dotted: string): string | undefined {
    const stem = joinRel(root, dotted.split(".").join("/"));
    if (stem === "") return undefined;
    return this.firstExisting([`${stem}.py`, `${stem}/__init__.py`]);
  }

  /** Where an absolute import is looked up from `file`: its own package's base (pytest's rootdir-less insertion), then the configured roots. */
  private pythonRootsFor(file: string): string[] {
    this.pythonRoots ??= findPythonRoots(this.repoFiles, this.readFile);
    let base = dirOf(file);
    while (base !== "" && this.has(`${base}/__init__.py`)) base = dirOf(base);
    return [...new Set([dirOf(file), base, ...this.pythonRoots])];
  }

  private *pythonImports(file: string, content: string): Iterable<string> {
    const dir = dirOf(file);
    // Joined continuation lines, so "from x import (\n a,\n b)" reads as one statement.
    const text = content.replace(/\([^)]*\)/g, (group) => group.replace(/\s*\n\s*/g, " ")).replace(/\\\n/g, " ");
    for (const match of text.matchAll(/^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+([^\n#]+)/gm)) {
      const dots = (match[1] ?? "").length;
      const module = match[2] ?? "";
      const names = (match[3] ?? "").replace(/[()]/g, "").split(",").map((n) => n.trim().split(/\s+/)[0] ?? "").filter((n) => /^\w+$/.test(n));
      if (dots > 0) {
        let base = dir;
        for (let i = 1; i < dots; i++) base = dirOf(base);
        const modulePath = module ? joinRel(base, module.split(".").join("/")) : base;
        const hit = this.firstExisting([`${modulePath}.py`, `${modulePath}/__init__.py`].filter((p) => !p.startsWith("/")));
        if (hit) yield hit;
        // "from . import money": the names may be submodules.
        for (const name of names) {
          const sub = this.firstExisting([joinRel(modulePath, `${name}.py`), joinRel(modulePath, name, "__init__.py")]);
          if (sub) yield sub;
        }
        continue;
      }
      for (const root of this.pythonRootsFor(file)) {
        const hit = this.pythonModule(root, module);
        if (!hit) continue;
        yield hit;
        for (const name of names) {
          const sub = this.pythonModule(root, `${module}.${name}`);
          if (sub) yield sub;
        }
        break;
      }
    }
    for (const match of text.matchAll(/^[ \t]*import[ \t]+([^\n#]+)/gm)) {
      for (const part of (match[1] ?? "").split(",")) {
        const dotted = part.trim().split(/\s+/)[0] ?? "";
        if (!/^[\w.]+$/.test(dotted)) continue;
        for (const root of this.pythonRootsFor(file)) {
          const hit = this.pythonModule(root, dotted);
          if (hit) {
            yield hit;
            break;
          }
        }
      }
    }
  }

  // ---- Rust ----

  private crateOf(file: string): RustCrate | undefined {
    this.rustCrates ??= findRustCrates(this.repoFiles, this.readFile);
    return this.rustCrates.find((c) => c.dir === "" || file.startsWith(`${c.dir}/`));
  }

  /** The module path of a file inside its crate's source root: src/a/b.rs and src/a/b/mod.rs are [a, b]. */
  private rustModulePath(file: string, crate: RustCrate): string[] | undefined {
    const prefix = crate.srcDir === "" ? "" : `${crate.srcDir}/`;
    if (!file.startsWith(prefix)) return undefined;
    const parts = file.slice(prefix.length).replace(/\.rs$/, "").split("/");
    const last = parts[parts.length - 1];
    if (parts.length === 1 && (last === "lib" || last === "main")) return [];
    if (last === "mod") parts.pop();
    return parts;
  }

  /** The file defining the longest prefix of a module path under a source root (the rest names items in it). */
  private rustFileFor(srcDir: string, segments: readonly string[]): string | undefined {
    for (let k = segments.length; k >= 1; k--) {
      const stem = joinRel(srcDir, ...segments.slice(0, k));
      const hit = this.firstExisting([`${stem}.rs`, `${stem}/mod.rs`]);
      if (hit) return hit;
    }
    return this.firstExisting([joinRel(srcDir, "lib.rs"), joinRel(srcDir, "main.rs")]);
  }

  private *rustImports(file: string, content: string): Iterable<string> {
    const code = content.replace(/\/\/[^\n]*/g, "");
    const dir = dirOf(file);
    const stem = posix.basename(file, ".rs");
    // `mod x;` declares a child module: a sibling file for lib.rs/main.rs/mod.rs, else a file in the folder named after this one.
    const childDir = ["lib", "main", "mod"].includes(stem) ? dir : joinRel(dir, stem);
    for (const match of code.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/gm)) {
      const name = match[1] ?? "";
      const hit = this.firstExisting([joinRel(childDir, `${name}.rs`), joinRel(childDir, name, "mod.rs")]);
      if (hit) yield hit;
    }
    const crate = this.crateOf(file);
    const own = crate ? this.rustModulePath(file, crate) : undefined;
    for (const match of code.matchAll(/\buse\s+([^;]+);/g)) {
      for (const usePath of expandRustUse((match[1] ?? "").replace(/\s+as\s+\w+/g, "").replace(/\s+/g, ""))) {
        const segments = usePath.split("::").filter((s) => s !== "" && s !== "*");
        const head = segments[0];
        if (head === undefined) continue;
        if ((head === "crate" || head === "super" || head === "self") && crate) {
          let base = head === "crate" ? [] : (own ?? []);
          let rest = segments.slice(1);
          if (head === "super") {
            base = base.slice(0, -1);
            while (rest[0] === "super") {
              base = base.slice(0, -1);
              rest = rest.slice(1);
            }
          }
          const hit = this.rustFileFor(crate.srcDir, [...base, ...rest]);
          if (hit) yield hit;
          continue;
        }
        this.rustCrates ??= findRustCrates(this.repoFiles, this.readFile);
        const other = this.rustCrates.find((c) => c.name === head);
        if (other) {
          const hit = this.rustFileFor(other.srcDir, segments.slice(1));
          if (hit) yield hit;
        }
      }
    }
  }

  // ---- Java ----

  /** Files whose path ends with `suffix`, those under a src/<set>/java/ root first. */
  private bySuffix(suffix: string): string[] {
    const base = suffix.slice(suffix.lastIndexOf("/") + 1);
    const hits = (this.byBase.get(base) ?? []).filter((f) => f === suffix || f.endsWith(`/${suffix}`));
    return hits.sort((a, b) => Number(!/(^|\/)src\/[^/]+\/java\//.test(a)) - Number(!/(^|\/)src\/[^/]+\/java\//.test(b)));
  }

  private *javaImports(file: string, content: string): Iterable<string> {
    for (const match of content.matchAll(/^\s*import\s+(static\s+)?([\w.]+?)(\.\*)?\s*;/gm)) {
      const parts = (match[2] ?? "").split(".");
      if (match[1]) parts.pop(); // import static a.b.C.member: the class is C
      if (match[3] && !match[1]) {
        // import a.b.*: every class of the package.
        const pkgDir = parts.join("/");
        let taken = 0;
        for (const [dir, files] of this.byDir) {
          if (dir !== pkgDir && !dir.endsWith(`/${pkgDir}`)) continue;
          for (const f of files) {
            if (!f.endsWith(".java") || taken >= MAX_FILES_PER_PACKAGE) continue;
            taken++;
            yield f;
          }
        }
        continue;
      }
      const hit = this.bySuffix(`${parts.join("/")}.java`)[0];
      if (hit) yield hit;
    }
    // Classes of the same package are used without an import; the test of Order uses Money by its name alone.
    const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(content)?.[1];
    if (pkg === undefined) return;
    const pkgDir = pkg.split(".").join("/");
    const used = new Set(content.match(/\b[A-Z][A-Za-z0-9_]*\b/g) ?? []);
    for (const [dir, files] of this.byDir) {
      if (dir !== pkgDir && !dir.endsWith(`/${pkgDir}`)) continue;
      for (const f of files) {
        if (f.endsWith(".java") && used.has(posix.basename(f, ".java"))) yield f;
      }
    }
  }

  // ---- C / C++ ----

  private *cIncludes(file: string, content: string): Iterable<string> {
    const dir = dirOf(file);
    for (const match of content.matchAll(C_INCLUDE)) {
      const quoted = match[1] === '"';
      const spec = match[2] ?? "";
      const roots = quoted ? [dir, "", "include", "src"] : ["include", "src"];
      let header = this.firstExisting(roots.map((r) => joinRel(r, spec)));
      // Include folders set by the build (-I): a unique file ending with the spec.
      if (!header && quoted) {
        const hits = this.bySuffix(spec.replace(/^\.\//, ""));
        if (hits.length === 1) header = hits[0];
      }
      if (!header) continue;
      yield header;
      const impl = this.cImplementation(header);
      if (impl) yield impl;
    }
  }

  /** The .c/.cpp that implements a header: beside it, in a src/ counterpart of an include/ folder, else the only one of that name. */
  private cImplementation(header: string): string | undefined {
    if (!/\.(h|hh|hpp|hxx)$/.test(header)) return undefined;
    const stem = header.replace(/\.[^./]+$/, "");
    const base = posix.basename(stem);
    const beside = this.firstExisting(C_IMPLEMENTATION_EXTENSIONS.map((e) => stem + e));
    if (beside) return beside;
    const counterpart = stem.replace(/(^|\/)include\//, "$1src/");
    const mapped = this.firstExisting(C_IMPLEMENTATION_EXTENSIONS.map((e) => counterpart + e));
    if (mapped) return mapped;
    const named = C_IMPLEMENTATION_EXTENSIONS.flatMap((e) => this.byBase.get(base + e) ?? []);
    return named.length === 1 ? named[0] : undefined;
  }

  // ---- Go ----

  private goPackageFiles(dir: string): string[] {
    return (this.byDir.get(dir) ?? []).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go")).slice(0, MAX_FILES_PER_PACKAGE);
  }

  private *goImports(file: string, content: string): Iterable<string> {
    // A test file tests its own package: the other files of its folder.
    if (file.endsWith("_test.go")) yield* this.goPackageFiles(dirOf(file));
    this.goModules ??= findGoModules(this.repoFiles, this.readFile);
    if (this.goModules.size === 0) return;
    const specs: string[] = [];
    for (const block of content.matchAll(/^\s*import\s*\(([^)]*)\)/gm)) for (const s of (block[1] ?? "").matchAll(/"([^"]+)"/g)) specs.push(s[1] ?? "");
    for (const single of content.matchAll(/^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"/gm)) specs.push(single[1] ?? "");
    for (const spec of specs) {
      for (const [module, dir] of this.goModules) {
        if (spec !== module && !spec.startsWith(`${module}/`)) continue;
        yield* this.goPackageFiles(joinRel(dir, spec.slice(module.length).replace(/^\//, "")));
        break;
      }
    }
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `a::{b, c::D}` → `a::b`, `a::c::D` (one level of braces, which is how use lists are written almost always). */
export function expandRustUse(usePath: string): string[] {
  const open = usePath.indexOf("{");
  if (open < 0) return [usePath];
  const prefix = usePath.slice(0, open);
  const inner = usePath.slice(open + 1, usePath.lastIndexOf("}"));
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of inner) {
    if (c === "{") depth++;
    if (c === "}") depth--;
    if (c === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items.filter((i) => i !== "" && i !== "self").flatMap((item) => expandRustUse(prefix + item));
}
