import picomatch from "picomatch";
import { findImportedFiles } from "./findImportedFiles.js";

/** Files compile-loop never edits unless told otherwise. */
export const DEFAULT_PROTECTED_GLOBS = [".github/**", ".git/**"];
/** Auto-selected targets are capped so the prompt's file list stays readable. */
export const MAX_AUTO_TARGETS = 40;

const PATH_TOKEN = /(?:[A-Za-z]:)?[\w@.~+-]*(?:[\\/][\w@.~+-]+)*\.[A-Za-z0-9]{1,8}/g;
const IGNORED_DIRS = /(^|\/)(node_modules|\.git|dist|build|coverage|vendor|target|__pycache__)\//;

/**
 * Repository files that a test output mentions: absolute paths from the CI
 * machine, paths relative to a sub-package, or plain relative paths. Matching
 * is by the longest path suffix that is a real repository file.
 */
export function findFilesNamedInOutput(output: string, repoFiles: readonly string[]): string[] {
  const bySuffix = new Map<string, string[]>();
  for (const file of repoFiles) {
    const parts = file.split("/");
    for (let i = 0; i < parts.length; i++) {
      const suffix = parts.slice(i).join("/");
      const list = bySuffix.get(suffix) ?? [];
      list.push(file);
      bySuffix.set(suffix, list);
    }
  }
  const found = new Set<string>();
  for (const match of output.matchAll(PATH_TOKEN)) {
    const token = match[0].replace(/\\/g, "/").replace(/^\.\//, "");
    const parts = token.split("/").filter((p) => p !== "" && p !== ".");
    // Longest suffix first: "src/a/util.ts" beats "util.ts"; a suffix shared by several files is too vague.
    for (let i = 0; i < parts.length; i++) {
      const candidates = bySuffix.get(parts.slice(i).join("/"));
      if (!candidates) continue;
      if (candidates.length === 1 && candidates[0]) found.add(candidates[0]);
      break;
    }
  }
  return [...found].filter((f) => !IGNORED_DIRS.test(f)).sort();
}

export interface TargetSelection {
  /** Repository-relative paths, sorted. */
  files: string[];
  /** Why each file was chosen, for logs. */
  reasons: Map<string, "named-in-output" | "imported-by-named" | "changed-on-branch" | "matched-glob">;
  /** Paths dropped because they matched a protected glob. */
  protectedDropped: string[];
}

export interface TargetSelectionInput {
  repoFiles: readonly string[];
  /** User globs (--files / target-files); when given, only these are used. */
  include?: readonly string[];
  protect?: readonly string[];
  failingOutput?: string;
  changedFiles?: readonly string[];
  /** Reads a repository file, to follow the relative imports of the files named in the output. */
  readFile?: (path: string) => string | undefined;
}

/** The files the model may edit: the user's globs, else files named in the failure plus files changed on the branch. */
export function selectTargetFiles(input: TargetSelectionInput): TargetSelection {
  const protect = input.protect ?? DEFAULT_PROTECTED_GLOBS;
  const isProtected = protect.length > 0 ? picomatch([...protect], { dot: true }) : () => false;
  const reasons: TargetSelection["reasons"] = new Map();
  if (input.include && input.include.length > 0) {
    const matches = picomatch([...input.include], { dot: true });
    for (const f of input.repoFiles) if (matches(f)) reasons.set(f, "matched-glob");
    // Literal paths that do not exist yet are allowed: the model may create them.
    for (const g of input.include) if (!picomatch.scan(g).isGlob && !reasons.has(g)) reasons.set(g.replace(/^\.\//, ""), "matched-glob");
  } else {
    const repoSet = new Set(input.repoFiles);
    const named = findFilesNamedInOutput(input.failingOutput ?? "", input.repoFiles);
    for (const f of named) reasons.set(f, "named-in-output");
    if (input.readFile) {
      for (const f of named) {
        const content = input.readFile(f);
        if (content === undefined) continue;
        for (const imported of findImportedFiles(f, content, repoSet)) if (!reasons.has(imported)) reasons.set(imported, "imported-by-named");
      }
    }
    for (const f of input.changedFiles ?? []) if (repoSet.has(f) && !reasons.has(f)) reasons.set(f, "changed-on-branch");
  }
  const protectedDropped: string[] = [];
  for (const f of [...reasons.keys()]) {
    if (isProtected(f)) {
      reasons.delete(f);
      protectedDropped.push(f);
    }
  }
  let files = [...reasons.keys()].sort();
  if (!input.include && files.length > MAX_AUTO_TARGETS) files = files.slice(0, MAX_AUTO_TARGETS);
  return { files, reasons, protectedDropped: protectedDropped.sort() };
}
