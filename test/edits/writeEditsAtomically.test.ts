import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EditWriteError } from "../../src/edits/editWriteError.js";
import { writeEditsAtomically } from "../../src/edits/writeEditsAtomically.js";

let base: string;
let repo: string;

beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "edit-write-")));
  repo = path.join(base, "repo");
  mkdirSync(path.join(repo, "src"), { recursive: true });
  writeFileSync(path.join(repo, "src", "a.ts"), "old a\n");
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

const read = (rel: string): string => readFileSync(path.join(repo, rel), "utf8");

async function writeError(writes: Map<string, string>): Promise<EditWriteError> {
  try {
    await writeEditsAtomically(repo, writes);
  } catch (error) {
    if (error instanceof EditWriteError) return error;
    throw error;
  }
  throw new Error("expected an EditWriteError");
}

describe("writeEditsAtomically", () => {
  it("replaces existing files, creates new ones with their directories, and leaves no temp files", async () => {
    await writeEditsAtomically(repo, new Map([["src/a.ts", "new a\n"], ["lib/deep/b.ts", "b\n"]]));
    expect(read("src/a.ts")).toBe("new a\n");
    expect(read("lib/deep/b.ts")).toBe("b\n");
    expect(readdirSync(path.join(repo, "src"))).toEqual(["a.ts"]);
  });

  it("keeps the file mode of a replaced file", async () => {
    chmodSync(path.join(repo, "src", "a.ts"), 0o755);
    await writeEditsAtomically(repo, new Map([["src/a.ts", "#!/bin/sh\n"]]));
    expect(statSync(path.join(repo, "src", "a.ts")).mode & 0o777).toBe(0o755);
  });

  it("refuses a symlink target before writing anything", async () => {
    const outside = path.join(base, "outside.txt");
    writeFileSync(outside, "outside\n");
    symlinkSync(outside, path.join(repo, "link.txt"));
    const error = await writeError(new Map([["src/a.ts", "changed\n"], ["link.txt", "pwned\n"]]));
    expect(error.path).toBe("link.txt");
    expect(error.message).toContain("symbolic link");
    expect(readFileSync(outside, "utf8")).toBe("outside\n");
    expect(read("src/a.ts")).toBe("old a\n");
  });

  it("refuses a path that escapes the repository or a directory symlink leading outside", async () => {
    expect((await writeError(new Map([["../escape.txt", "x\n"]]))).message).toContain("outside the repository");
    mkdirSync(path.join(base, "elsewhere"));
    symlinkSync(path.join(base, "elsewhere"), path.join(repo, "out"));
    expect((await writeError(new Map([["out/x.txt", "x\n"]]))).path).toBe("out/x.txt");
    expect(existsSync(path.join(base, "elsewhere", "x.txt"))).toBe(false);
  });

  it("restores replaced files and removes created ones when a later write fails", async () => {
    // "blocker" is a file, so creating blocker/c.ts fails after the first two writes succeeded.
    writeFileSync(path.join(repo, "blocker"), "i am a file\n");
    const error = await writeError(new Map([["src/a.ts", "new a\n"], ["fresh/b.ts", "b\n"], ["blocker/c.ts", "c\n"]]));
    expect(error).toBeInstanceOf(EditWriteError);
    expect(error.path).toBe("blocker/c.ts");
    expect(error.message).toContain("restored");
    expect(read("src/a.ts")).toBe("old a\n");
    expect(existsSync(path.join(repo, "fresh"))).toBe(false);
  });
});
