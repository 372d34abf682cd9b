import { existsSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { toRequestedRepoPath } from "./repoPaths.js";
import { secretRuleFor } from "./secretPaths.js";
import type { FileRead } from "./repoReadTools.js";

export interface EditScopeOptions {
  /**
   * The list the driver checks every write against (the loop's target files).
   * A file the model reads is appended to it in place, so that the parser and
   * the planner, which both read this list, accept edits to it.
   */
  editable: string[];
  /** The user named the files (--files / target-files): edits stay within the initial targets. */
  hardLimit: boolean;
  /** Globs never edited; the driver refuses them too, this only keeps the prompt and the notes honest. */
  protectedGlobs: readonly string[];
  /** A file larger than this could not be written back, so reading it does not make it editable. */
  maxBytesPerFile: number;
}

export type Admission = { admitted: true; newly: boolean } | { admitted: false; reason: string };

/**
 * Which files the model may edit: the initial targets, and, unless the user
 * limited edits with --files / target-files, every file it has read in this
 * run that is not protected, is text and fits the size limit ("editing
 * follows reading": a model that found the bug by searching and reading can
 * fix it where it is, and a file it never looked at stays out of reach).
 */
export class EditScope {
  readonly initialTargets: readonly string[];
  private readonly initial: ReadonlySet<string>;
  private readonly editable: string[];
  private readonly isProtected: (rel: string) => string | undefined;
  /** Files made editable by reading, in the order they were read. */
  private readonly extendedFiles: string[] = [];
  /** Files read that could not become editable, with why. */
  private readonly refusedReads = new Map<string, string>();

  constructor(private readonly options: EditScopeOptions) {
    this.editable = options.editable;
    this.initialTargets = [...options.editable];
    this.initial = new Set(options.editable);
    const matchers = options.protectedGlobs.map((glob) => ({ glob, test: picomatch(glob, { dot: true }) }));
    this.isProtected = (rel) => matchers.find((m) => m.test(rel))?.glob;
  }

  get hardLimit(): boolean {
    return this.options.hardLimit;
  }

  /** Files outside the initial targets that the model may now edit, in the order they were read. */
  get extended(): readonly string[] {
    return this.extendedFiles;
  }

  mayEdit(relPath: string): boolean {
    return this.editable.includes(relPath);
  }

  /** A file was read: make it editable when the rules allow. Its real path counts (a link itself is never written). */
  admitRead(read: FileRead): Admission {
    const rel = read.realRelPath;
    if (this.mayEdit(rel)) return { admitted: true, newly: false };
    const refusal = this.whyNotEditable(rel, read.size);
    if (refusal) {
      this.refusedReads.set(rel, refusal);
      return { admitted: false, reason: refusal };
    }
    this.editable.push(rel);
    this.extendedFiles.push(rel);
    return { admitted: true, newly: true };
  }

  /** The line put above the content of a file that is not an initial target, saying whether it may be edited. */
  noteFor(read: FileRead): string | undefined {
    const rel = read.realRelPath;
    if (this.initial.has(rel) || this.initial.has(read.relPath)) return undefined;
    const via = rel !== read.relPath ? ` (${read.relPath} is a link to it; edit ${rel}, not the link)` : "";
    if (this.mayEdit(rel)) return `[compile-loop: ${rel} is not one of the initial target files; you have read it, so you may edit it${via}.]`;
    const reason = this.refusedReads.get(rel) ?? this.whyNotEditable(rel, read.size) ?? "it is not editable";
    return `[compile-loop: ${rel} is read-only in this run: ${reason}.]`;
  }

  /** Why `rel` cannot become editable by reading it, or undefined when it can. */
  private whyNotEditable(rel: string, size: number): string | undefined {
    const secret = secretRuleFor(rel);
    if (secret) return `it looks like a secret file (${secret})`;
    const glob = this.isProtected(rel);
    if (glob) return `it is protected (it matches '${glob}'; protected paths are set with --protect / protected-files)`;
    if (this.options.hardLimit) return "the user limited edits to the target files given with --files / target-files";
    if (size > this.options.maxBytesPerFile) return `it is ${size} bytes, more than the ${this.options.maxBytesPerFile} bytes a file may have when written`;
    return undefined;
  }

  /**
   * Why the model may not edit `written` (a path as it appeared in a reply),
   * in words for the model and for the person reading the run's summary:
   * which file, why, and how to allow it. Undefined when it may be edited,
   * including a bare file name that ends exactly one editable path (the
   * parser takes those as that path).
   */
  explainRefusal(repoDir: string, written: string): string | undefined {
    const resolved = toRequestedRepoPath(repoDir, written);
    if (!resolved.ok) return `${resolved.reason}; it cannot be edited`;
    const rel = resolved.relPath;
    if (this.mayEdit(rel)) return undefined;
    if (this.editable.filter((p) => p.endsWith(`/${rel}`)).length === 1) return undefined;
    const secret = secretRuleFor(rel);
    if (secret) return `'${rel}' looks like a secret file (it matches ${secret}); compile-loop never reads or edits such files`;
    const glob = this.isProtected(rel);
    if (glob) return `'${rel}' is protected (it matches '${glob}'), so it cannot be edited; the user sets protected paths with --protect (CLI) or protected-files (action)`;
    if (this.options.hardLimit) {
      return `'${rel}' is not one of the files you may edit: the user limited edits to the target files (--files on the command line, target-files in the action): ${listSome(this.initialTargets)}. Edit only those files; to let compile-loop edit '${rel}', the user adds it to --files / target-files`;
    }
    const refused = this.refusedReads.get(rel);
    if (refused) return `'${rel}' cannot be edited: ${refused}`;
    // Reading cannot make a file that does not exist editable: new files are created only where the user or the selection put a target.
    if (!existsSync(path.join(repoDir, ...rel.split("/")))) {
      return `'${rel}' does not exist and is not a target file; new files can be created only at target paths. Put the change in an existing file you have read, or the user names the new path with --files / target-files`;
    }
    return `'${rel}' is not one of the target files and you have not read it in this run. Read it first with read_file (a file you have read may then be edited), then send all your blocks again. (To make it a target from the start, the user names it with --files / target-files.)`;
  }

  /** Of `files`, those outside the initial targets: what the summary must name as such. */
  outsideInitialTargets(files: readonly string[]): string[] {
    return files.filter((f) => !this.initial.has(f));
  }
}

function listSome(paths: readonly string[], max = 10): string {
  const shown = paths.slice(0, max).join(", ");
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}
