import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveEditPath } from "../../src/edits/resolveEditPath.js";

let base: string;
let repo: string;
let outside: string;

beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "edit-path-")));
  repo = path.join(base, "repo");
  outside = path.join(base, "outside");
  mkdirSync(path.join(repo, "src"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(repo, "src", "app.ts"), "x\n");
  writeFileSync(path.join(outside, "secret.txt"), "s\n");
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

function refused(requested: string, policy = {}): string {
  const result = resolveEditPath(repo, requested, policy);
  if (result.ok) throw new Error(`expected '${requested}' to be refused`);
  return result.reason;
}

describe("resolveEditPath", () => {
  it("resolves relative paths, normalising ./, backslashes and inner ..", () => {
    expect(resolveEditPath(repo, "src/app.ts")).toEqual({ ok: true, relPath: "src/app.ts", absPath: path.join(repo, "src", "app.ts") });
    expect(resolveEditPath(repo, "./src/app.ts")).toMatchObject({ ok: true, relPath: "src/app.ts" });
    expect(resolveEditPath(repo, "src\\app.ts")).toMatchObject({ ok: true, relPath: "src/app.ts" });
    expect(resolveEditPath(repo, "src/../src/new.ts")).toMatchObject({ ok: true, relPath: "src/new.ts" });
  });

  it("accepts an absolute path inside the repository as a relative one", () => {
    expect(resolveEditPath(repo, path.join(repo, "src", "app.ts"))).toMatchObject({ ok: true, relPath: "src/app.ts" });
  });

  it("refuses paths that leave the repository, with a reason for the model", () => {
    expect(refused("../x")).toBe("path '../x' is outside the repository; use a path relative to the repository root such as src/app.ts");
    expect(refused("src/../../x")).toContain("outside the repository");
    expect(refused("/etc/passwd")).toContain("path '/etc/passwd' is outside the repository");
  });

  it("accepts ./, backslash and absolute spellings of a path inside the repository together", () => {
    for (const spelling of ["./src/app.ts", "src\\app.ts", ".\\src\\app.ts", `${repo}/./src//app.ts`, `${repo}\\src\\app.ts`]) {
      expect(resolveEditPath(repo, spelling), spelling).toMatchObject({ ok: true, relPath: "src/app.ts" });
    }
  });

  it("refuses a Windows drive path whatever the working directory", () => {
    // Node resolves "C:/..." against process.cwd() on POSIX; with the repository as cwd it looked inside.
    const reason = "path 'C:\\Users\\me\\app\\src\\app.ts' is outside the repository; use a path relative to the repository root such as src/app.ts";
    expect(refused("C:\\Users\\me\\app\\src\\app.ts")).toBe(reason);
    const fromCwd = resolveEditPath(process.cwd(), "C:\\Users\\me\\app\\src\\app.ts");
    expect(fromCwd).toEqual({ ok: false, reason });
  });

  it("refuses NUL bytes, empty paths and the root itself", () => {
    expect(refused("src/a\0.ts")).toContain("NUL byte");
    expect(refused("  ")).toContain("empty");
    expect(refused(".")).toContain("repository root");
  });

  it("refuses anything inside .git", () => {
    expect(refused(".git/config")).toContain(".git");
    expect(refused("sub/.git/hooks/pre-commit")).toContain(".git");
    expect(refused(".GIT/config")).toContain(".git");
  });

  it("refuses protected globs, dotfiles included", () => {
    const reason = refused(".github/workflows/ci.yml", { protectedGlobs: [".github/**"] });
    expect(reason).toBe("path '.github/workflows/ci.yml' is protected (it matches '.github/**') and cannot be edited");
    expect(resolveEditPath(repo, "src/app.ts", { protectedGlobs: [".github/**"] }).ok).toBe(true);
  });

  it("applies the allowed rule to the normalised path", () => {
    const policy = { allowed: (rel: string) => rel === "src/app.ts" };
    expect(resolveEditPath(repo, "./src/app.ts", policy).ok).toBe(true);
    expect(refused("src/other.ts", policy)).toBe("path 'src/other.ts' is not one of the files you may edit");
  });

  it("refuses a path through a directory symlink that leads outside", () => {
    symlinkSync(outside, path.join(repo, "link"));
    expect(refused("link/secret.txt")).toContain("symbolic link that leads outside");
    expect(refused("link/new/file.txt")).toContain("symbolic link that leads outside");
  });

  it("refuses a file that is a symlink, inside or outside", () => {
    symlinkSync(path.join(outside, "secret.txt"), path.join(repo, "secret.txt"));
    symlinkSync(path.join(repo, "src", "app.ts"), path.join(repo, "alias.ts"));
    expect(refused("secret.txt")).toContain("symbolic link");
    expect(refused("alias.ts")).toBe("path 'alias.ts' is a symbolic link; edit the file it points to (src/app.ts) instead");
  });

  it("refuses a dangling symlink", () => {
    symlinkSync(path.join(outside, "missing.txt"), path.join(repo, "dangling.txt"));
    expect(refused("dangling.txt")).toContain("symbolic link");
  });

  it("allows a directory symlink that stays inside the repository", () => {
    symlinkSync(path.join(repo, "src"), path.join(repo, "source"));
    expect(resolveEditPath(repo, "source/app.ts")).toMatchObject({ ok: true, relPath: "source/app.ts" });
  });
});
