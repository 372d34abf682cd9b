import path from "node:path";
import { isConfigOrHarness } from "../fileRoles.js";

/** Files parsed for the map at most: bounds the time the map takes whatever the repository's size. */
export const MAX_MAP_FILES = 60;
/** Files of a target's own folder added as neighbours at most. */
export const MAX_SIBLINGS_PER_TARGET = 6;

export interface MapFileChoice {
  /** Ranked targets, best first. */
  targets: readonly string[];
  repoFiles: readonly string[];
  /** Whether a file can be outlined (a shipped grammar reads it). */
  canOutline: (relPath: string) => boolean;
  /** The repository files a file imports. */
  importsOf: (relPath: string) => readonly string[];
}

/**
 * The files the map shows, best first: the targets in their order, then
 * what they import, then other source files of their folders, leaving out
 * configuration and test-harness files that are not targets. Whether a
 * chosen file may be read is decided when it is read. Pure.
 */
export function chooseMapFiles(choice: MapFileChoice): string[] {
  const repoSet = new Set(choice.repoFiles);
  const chosen: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, isTarget: boolean): void => {
    if (chosen.length >= MAX_MAP_FILES || seen.has(file) || !repoSet.has(file)) return;
    seen.add(file);
    if (!choice.canOutline(file)) return;
    if (!isTarget && isConfigOrHarness(file)) return;
    chosen.push(file);
  };
  for (const target of choice.targets) add(target, true);
  for (const target of choice.targets) for (const imported of choice.importsOf(target)) add(imported, false);
  const byDir = new Map<string, string[]>();
  for (const file of choice.repoFiles) {
    const dir = path.posix.dirname(file);
    const list = byDir.get(dir);
    if (list) list.push(file);
    else byDir.set(dir, [file]);
  }
  for (const target of choice.targets) {
    const siblings = (byDir.get(path.posix.dirname(target)) ?? []).filter((f) => !seen.has(f) && choice.canOutline(f) && !isConfigOrHarness(f)).sort();
    for (const sibling of siblings.slice(0, MAX_SIBLINGS_PER_TARGET)) add(sibling, false);
  }
  return chosen;
}
