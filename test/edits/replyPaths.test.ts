// Issue 10: the paths a model really writes, from the reply text through
// parseSearchReplace, planReplyEdits (with resolveEditPath on a real
// directory tree) and writeEditsAtomically; and path attacks that get past
// the parser's allow-list, so that the containment and symlink checks are the
// ones that refuse them.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EditFileAccess } from "../../src/edits/planReplyEdits.js";
import { planReplyEdits } from "../../src/edits/planReplyEdits.js";
import { parseSearchReplace } from "../../src/edits/parseSearchReplace.js";
import { resolveEditPath } from "../../src/edits/resolveEditPath.js";
import { writeEditsAtomically } from "../../src/edits/writeEditsAtomically.js";

let base: string;
let repo: string;
let outside: string;

beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "reply-paths-")));
  // Shaped like a GitHub runner checkout, so stack-trace paths look real.
  repo = path.join(base, "home", "runner", "work", "app", "app");
  outside = path.join(base, "outside");
  mkdirSync(path.join(repo, "src"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(repo, "src", "x.py"), "def f():\n    return 1\n");
  writeFileSync(path.join(outside, "secret.txt"), "secret = 1\n");
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

/** The access the loop gives planReplyEdits: real files, every path through resolveEditPath. */
function repoAccess(targets: readonly string[]): EditFileAccess {
  const allowed = new Set(targets);
  return {
    read(rel) {
      try {
        return readFileSync(path.join(repo, rel), "utf8");
      } catch {
        return undefined;
      }
    },
    isAllowed(requested) {
      const resolved = resolveEditPath(repo, requested, { allowed: (rel) => allowed.has(rel), protectedGlobs: [".github/**"] });
      return resolved.ok ? { ok: true, relPath: resolved.relPath } : { ok: false, reason: resolved.reason };
    },
  };
}

const edit = (header: string, search: string, replace: string): string =>
  `${header}\n\`\`\`python\n<<<<<<< SEARCH\n${search}=======\n${replace}>>>>>>> REPLACE\n\`\`\`\n`;

/**
 * Parses a reply and plans it against the real repository: multi-file with
 * the allow-list and the root, or (multiFile false) with paths kept as
 * written, so planReplyEdits' resolveEditPath alone places and checks them.
 */
function planReply(reply: string, targets: readonly string[], multiFile = true): ReturnType<typeof planReplyEdits> {
  const blocks = parseSearchReplace(reply, multiFile ? { multiFile, allowedPaths: targets, repoDir: repo } : {});
  return planReplyEdits(blocks, repoAccess(targets));
}

describe("paths models write, end to end", () => {
  it.each([
    ["an absolute path inside the repository (from a stack trace)", () => path.join(repo, "src", "x.py")],
    ["./src/x.py", () => "./src/x.py"],
    ["src\\x.py", () => "src\\x.py"],
    [".\\src\\x.py", () => ".\\src\\x.py"],
  ])("names src/x.py with %s", async (_name, spelling) => {
    for (const multiFile of [true, false]) {
      writeFileSync(path.join(repo, "src", "x.py"), "def f():\n    return 1\n");
      const plan = planReply(edit(spelling(), "    return 1\n", "    return 2\n"), ["src/x.py"], multiFile);
      expect(plan.ok && [...plan.writes.keys()], `multiFile: ${multiFile}`).toEqual(["src/x.py"]);
      if (!plan.ok) return;
      await writeEditsAtomically(repo, plan.writes);
      expect(readFileSync(path.join(repo, "src", "x.py"), "utf8")).toBe("def f():\n    return 2\n");
    }
  });

  it("accepts the absolute path in a path header as well", () => {
    const reply = `<<< path=${path.join(repo, "src", "x.py")} >>>\n<<<<<<< SEARCH\n    return 1\n=======\n    return 3\n>>>>>>> REPLACE\n`;
    const plan = planReply(reply, ["src/x.py"]);
    expect(plan.ok && plan.writes.get("src/x.py")).toBe("def f():\n    return 3\n");
  });
});

describe("path attacks that pass the parser reach the filesystem checks", () => {
  it("refuses an absolute path outside the repository, in the parser and with the containment reason", () => {
    const target = path.join(outside, "secret.txt");
    const reply = edit(target, "secret = 1\n", "secret = 2\n");
    expect(() => planReply(reply, ["src/x.py"])).toThrow(`path '${target}' is outside the repository`);
    const plan = planReply(reply, ["src/x.py"], false);
    expect(plan).toMatchObject({ ok: false, failed: [{ kind: "refused_path", path: target }] });
    expect(!plan.ok && plan.failed[0]?.reason).toBe(`path '${target}' is outside the repository; use a path relative to the repository root such as src/app.ts`);
    expect(readFileSync(target, "utf8")).toBe("secret = 1\n");
  });

  it("refuses an allowed target that is reached through a directory symlink leaving the repository", () => {
    symlinkSync(outside, path.join(repo, "vendor"));
    // Target selection could list it: the parser's allow-list passes it, only the realpath check stops it.
    const targets = ["src/x.py", "vendor/secret.txt"];
    for (const spelling of ["vendor/secret.txt", path.join(repo, "vendor", "secret.txt")]) {
      const plan = planReply(edit(spelling, "secret = 1\n", "secret = 2\n"), targets);
      expect(plan, spelling).toMatchObject({ ok: false, failed: [{ kind: "refused_path" }] });
      expect(!plan.ok && plan.failed[0]?.reason).toBe("path 'vendor/secret.txt' goes through a symbolic link that leads outside the repository, so it cannot be edited");
    }
    expect(readFileSync(path.join(outside, "secret.txt"), "utf8")).toBe("secret = 1\n");
  });

  it("refuses allowed targets that are themselves symlinks, and writes nothing else of the reply", () => {
    symlinkSync(path.join(outside, "secret.txt"), path.join(repo, "src", "config.py"));
    symlinkSync(path.join(repo, "src", "x.py"), path.join(repo, "src", "alias.py"));
    const reply =
      edit("src/x.py", "    return 1\n", "    return 2\n") +
      edit("src/config.py", "secret = 1\n", "secret = 2\n") +
      edit("src/alias.py", "    return 1\n", "    return 5\n");
    const plan = planReply(reply, ["src/x.py", "src/config.py", "src/alias.py"]);
    expect(plan).toMatchObject({
      ok: false,
      failed: [
        { index: 1, kind: "refused_path", reason: "path 'src/config.py' goes through a symbolic link that leads outside the repository, so it cannot be edited" },
        { index: 2, kind: "refused_path", reason: "path 'src/alias.py' is a symbolic link; edit the file it points to (src/x.py) instead" },
      ],
    });
    expect(readFileSync(path.join(repo, "src", "x.py"), "utf8")).toBe("def f():\n    return 1\n");
    expect(readFileSync(path.join(outside, "secret.txt"), "utf8")).toBe("secret = 1\n");
  });

  it("has writeEditsAtomically refuse the symlinked target even if a plan named it", async () => {
    symlinkSync(outside, path.join(repo, "vendor"));
    await expect(writeEditsAtomically(repo, new Map([["src/x.py", "changed\n"], ["vendor/secret.txt", "secret = 2\n"]]))).rejects.toThrow(
      "refusing to write 'vendor/secret.txt': its directory is reached through a symbolic link that leaves the repository",
    );
    expect(readFileSync(path.join(repo, "src", "x.py"), "utf8")).toBe("def f():\n    return 1\n");
    expect(readFileSync(path.join(outside, "secret.txt"), "utf8")).toBe("secret = 1\n");
  });

  it("refuses .. escapes in a reply parsed without an allow-list", () => {
    const blocks = parseSearchReplace(edit("../../../../../outside/secret.txt", "secret = 1\n", "secret = 2\n"));
    const plan = planReplyEdits(blocks, repoAccess(["src/x.py"]));
    expect(!plan.ok && plan.failed[0]?.reason).toContain("is outside the repository");
  });
});
