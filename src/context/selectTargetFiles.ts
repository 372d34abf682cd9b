import picomatch from "picomatch";
import { PathSuffixIndex, findNamedFiles } from "./failureFrames.js";
import { isConfigOrHarness } from "./fileRoles.js";
import { ImportResolver } from "./importResolver.js";
import { isSecretLookingPath } from "./secretPaths.js";
import type { TargetReason } from "./targetReasons.js";

export type { TargetReason } from "./targetReasons.js";

/** Files compile-loop never edits unless told otherwise. */
export const DEFAULT_PROTECTED_GLOBS = [".github/**", ".git/**"];
/** Auto-selected targets are capped so the prompt's file list stays readable; the model can read (and then edit) anything else. */
export const MAX_AUTO_TARGETS = 40;
/** How many imports away from a file named in the failure a target may be: a test, the module it tests, and that module's own imports. */
export const MAX_IMPORT_DEPTH = 3;
/** Files read to follow imports at most: bounds the time selection takes in a large repository. */
export const MAX_IMPORT_SCANS = 300;

/**
 * Repository files that a test output mentions: absolute paths from the CI
 * machine, paths relative to a sub-package, or plain relative paths. Matching
 * is by the longest path suffix that is a real repository file.
 */
export function findFilesNamedInOutput(output: string, repoFiles: readonly string[]): string[] {
  return findNamedFiles(output, new PathSuffixIndex(repoFiles))
    .map((n) => n.path)
    .sort();
}

export interface TargetSelection {
  /** Repository-relative paths, most likely first (sorted when they came from the user's globs). */
  files: string[];
  /** Why each file was chosen. */
  reasons: Map<string, TargetReason>;
  /** The same, in a phrase for the prompt and logs (which file imports it, whether a failure frame names it). */
  explanations: Map<string, string>;
  /** Paths dropped because they matched a protected glob, or look like secrets. */
  protectedDropped: string[];
  /** Configuration and test-harness files the output mentions outside any failure frame: left out, a model could make the tests "pass" by editing them. */
  configDropped: string[];
  /** Ranked files left out by the cap. */
  overCap: string[];
}

export interface TargetSelectionInput {
  repoFiles: readonly string[];
  /** User globs (--files / target-files); when given, only these are used. */
  include?: readonly string[];
  protect?: readonly string[];
  failingOutput?: string;
  changedFiles?: readonly string[];
  /** Reads a repository file, to follow the imports of the files named in the output (and the configuration that tells where imports resolve). */
  readFile?: (path: string) => string | undefined;
  /** A resolver over the same files and reader, when the caller shares one (the repository map uses it too). */
  importResolver?: ImportResolver;
  /** Defaults to MAX_AUTO_TARGETS. */
  maxTargets?: number;
  /** Defaults to MAX_IMPORT_DEPTH. */
  maxImportDepth?: number;
}

interface Ranked {
  file: string;
  reason: TargetReason;
  explanation: string;
}

/**
 * The files the model may edit from the start: the user's globs; else, ranked
 * and capped, the files named in failure frames, then what they import
 * (transitively, to a bounded depth), then the branch's changes, with
 * configuration and test-harness files last (and left out unless a failure
 * frame names them or the branch changed them).
 */
export function selectTargetFiles(input: TargetSelectionInput): TargetSelection {
  const protect = input.protect ?? DEFAULT_PROTECTED_GLOBS;
  const isProtected = protect.length > 0 ? picomatch([...protect], { dot: true }) : () => false;
  const ranked: Ranked[] = [];
  const configDropped: string[] = [];
  if (input.include && input.include.length > 0) {
    const matches = picomatch([...input.include], { dot: true });
    const chosen = new Set<string>();
    // A glob does not sweep in secret-looking files; a literal path the user wrote is taken as meant.
    for (const f of input.repoFiles) if (matches(f) && !isSecretLookingPath(f)) chosen.add(f);
    // Literal paths that do not exist yet are allowed: the model may create them.
    for (const g of input.include) if (!picomatch.scan(g).isGlob) chosen.add(g.replace(/^\.\//, ""));
    for (const file of [...chosen].sort()) ranked.push({ file, reason: "matched-glob", explanation: "matches --files / target-files" });
  } else {
    ranked.push(...rankFromFailure(input, configDropped));
  }
  const reasons = new Map<string, TargetReason>();
  const explanations = new Map<string, string>();
  const protectedDropped: string[] = [];
  const files: string[] = [];
  const overCap: string[] = [];
  const cap = input.include ? Number.POSITIVE_INFINITY : (input.maxTargets ?? MAX_AUTO_TARGETS);
  for (const { file, reason, explanation } of ranked) {
    if (reasons.has(file) || protectedDropped.includes(file)) continue;
    if (isProtected(file) || (!input.include && isSecretLookingPath(file))) {
      protectedDropped.push(file);
      continue;
    }
    if (files.length >= cap) {
      overCap.push(file);
      continue;
    }
    files.push(file);
    reasons.set(file, reason);
    explanations.set(file, explanation);
  }
  return { files, reasons, explanations, protectedDropped: protectedDropped.sort(), configDropped: configDropped.sort(), overCap };
}

function rankFromFailure(input: TargetSelectionInput, configDropped: string[]): Ranked[] {
  const repoSet = new Set(input.repoFiles);
  const named = findNamedFiles(input.failingOutput ?? "", new PathSuffixIndex(input.repoFiles));
  const sources: Ranked[] = [];
  const configs: Ranked[] = [];
  // Frames first: a path with a line number is where something failed; a bare mention is often a header.
  const ordered = [...named].sort((a, b) => Number(b.inFrame) - Number(a.inFrame) || a.order - b.order);
  for (const n of ordered) {
    if (!isConfigOrHarness(n.path)) {
      sources.push({ file: n.path, reason: "named-in-output", explanation: n.inFrame ? "in a failure frame of the output" : "named in the failing output" });
    } else if (n.inFrame) {
      configs.push({ file: n.path, reason: "config-in-failure-frame", explanation: "configuration or test harness in a failure frame; ranked last" });
    } else {
      configDropped.push(n.path);
    }
  }
  const imported = input.readFile ? followImports([...sources, ...configs].map((r) => r.file), input, repoSet) : [];
  const chosen = new Set([...sources, ...configs, ...imported].map((r) => r.file));
  const changed: Ranked[] = [];
  for (const f of input.changedFiles ?? []) {
    if (!repoSet.has(f) || chosen.has(f)) continue;
    if (isConfigOrHarness(f)) configs.push({ file: f, reason: "config-changed-on-branch", explanation: "configuration or test harness changed on this branch; ranked last" });
    else changed.push({ file: f, reason: "changed-on-branch", explanation: "changed on this branch" });
  }
  return [...sources, ...imported, ...changed, ...configs];
}

/** Breadth first from the named files: depth 1 (what they import), then what those import, up to the depth limit. */
function followImports(roots: readonly string[], input: TargetSelectionInput, repoSet: ReadonlySet<string>): Ranked[] {
  const readFile = input.readFile ?? (() => undefined);
  const resolver = input.importResolver ?? new ImportResolver(input.repoFiles, readFile);
  const maxDepth = input.maxImportDepth ?? MAX_IMPORT_DEPTH;
  const seen = new Set(roots);
  const found: Ranked[] = [];
  let layer = [...roots];
  let scans = 0;
  for (let depth = 1; depth <= maxDepth && layer.length > 0; depth++) {
    const next: string[] = [];
    for (const file of layer) {
      if (scans >= MAX_IMPORT_SCANS) break;
      const content = readFile(file);
      scans++;
      if (content === undefined) continue;
      for (const imported of resolver.importsOf(file, content)) {
        if (seen.has(imported) || !repoSet.has(imported)) continue;
        seen.add(imported);
        // A configuration file reached by an import (conftest helpers, setup.py) is not offered: it is not what the test exercises.
        if (isConfigOrHarness(imported)) continue;
        const via = depth === 1 ? `imported by ${file}` : `imported by ${file}, ${depth} imports away from the failure`;
        found.push({ file: imported, reason: "imported-by-named", explanation: via });
        next.push(imported);
      }
    }
    layer = next;
  }
  return found;
}
