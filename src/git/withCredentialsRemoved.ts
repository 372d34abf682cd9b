import { chmod, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { runGit } from "./runGit.js";

/** What was taken off disk, for logs (names only, never values). */
export interface HiddenCredentials {
  /** Config keys removed from the repository's config file. */
  configKeys: string[];
  /** Files whose content was held in memory and deleted for the duration. */
  files: string[];
}

interface SavedFile {
  file: string;
  content: Buffer;
  mode: number;
}

/** Config keys that carry credentials: extra headers (actions/checkout's token) and credential helpers/usernames. */
export function isCredentialConfigKey(name: string): boolean {
  const lower = name.toLowerCase();
  return (lower.startsWith("http.") && lower.endsWith(".extraheader")) || lower.startsWith("credential.");
}

const INCLUDE_KEY = /^include(?:if\..*)?\.path$/i;

async function readIfExists(file: string): Promise<SavedFile | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { file, content: await readFile(file), mode: info.mode & 0o777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** `key value` lines of a config file, keys as git prints them (section and name lowercased, subsection intact). */
async function configEntries(cwd: string, configFile: string): Promise<{ key: string; value: string }[]> {
  const out = await runGit(cwd, ["config", "--file", configFile, "--null", "--list"]);
  return out
    .split("\0")
    .filter((record) => record !== "")
    .map((record) => {
      const newline = record.indexOf("\n");
      return newline === -1 ? { key: record, value: "" } : { key: record.slice(0, newline), value: record.slice(newline + 1) };
    });
}

/** Files an include of `configFile` points at, resolved as git resolves them (relative to the including file, `~/` to HOME). */
function resolveIncludePath(configFile: string, value: string): string {
  if (value.startsWith("~/")) return path.join(process.env.HOME ?? "", value.slice(2));
  return path.resolve(path.dirname(configFile), value);
}

function mentionsCredentials(text: string): boolean {
  return /extraheader|\[credential|credential\.|helper\s*=|x-access-token/i.test(text);
}

/**
 * Runs `fn` (the test command, the model's tools) with no credential on disk in
 * the checkout: `http.*.extraheader` and `credential.*` entries are removed from
 * the repository's config, includes that pull in credential files are removed and
 * those files deleted, and `.git-credentials` files in the checkout are deleted.
 * Everything is put back byte for byte afterwards, also when `fn` throws.
 * The config file is restored as it was, so config changes made by `fn` are lost.
 */
export async function withCredentialsRemoved<T>(cwd: string, fn: (hidden: HiddenCredentials) => Promise<T>): Promise<T> {
  const configFile = path.resolve(cwd, (await runGit(cwd, ["rev-parse", "--git-path", "config"])).trim());
  const topLevel = (await runGit(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const gitDir = path.resolve(cwd, (await runGit(cwd, ["rev-parse", "--git-common-dir"])).trim());

  const savedConfig = await readIfExists(configFile);
  const savedFiles: SavedFile[] = [];
  const hidden: HiddenCredentials = { configKeys: [], files: [] };

  try {
    if (savedConfig !== null) {
      const entries = await configEntries(cwd, configFile);
      const keysToRemove = new Set<string>();
      for (const entry of entries) {
        if (isCredentialConfigKey(entry.key)) keysToRemove.add(entry.key);
        if (INCLUDE_KEY.test(entry.key)) {
          const included = await readIfExists(resolveIncludePath(configFile, entry.value));
          if (included !== null && mentionsCredentials(included.content.toString("utf8"))) {
            keysToRemove.add(entry.key);
            savedFiles.push(included);
          }
        }
      }
      for (const key of keysToRemove) {
        await runGit(cwd, ["config", "--file", configFile, "--unset-all", key]);
        hidden.configKeys.push(key);
      }
    }
    for (const candidate of [path.join(topLevel, ".git-credentials"), path.join(gitDir, ".git-credentials"), path.join(gitDir, "credentials")]) {
      const saved = await readIfExists(candidate);
      if (saved !== null && !savedFiles.some((s) => s.file === saved.file)) savedFiles.push(saved);
    }
    for (const saved of savedFiles) {
      await rm(saved.file, { force: true });
      hidden.files.push(saved.file);
    }
    return await fn(hidden);
  } finally {
    // Put back everything, even after a partial removal.
    for (const saved of [...savedFiles, ...(savedConfig === null ? [] : [savedConfig])]) {
      await writeFile(saved.file, saved.content, { mode: saved.mode });
      await chmod(saved.file, saved.mode);
    }
  }
}
