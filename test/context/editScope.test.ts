import { describe, expect, it } from "vitest";
import { EditScope } from "../../src/context/editScope.js";

const REPO = "/repo";

function scope(options: { hardLimit?: boolean; targets?: string[] } = {}): { scope: EditScope; editable: string[] } {
  const editable = [...(options.targets ?? ["src/app.py"])];
  return {
    editable,
    scope: new EditScope({ editable, hardLimit: options.hardLimit ?? false, protectedGlobs: [".github/**", "migrations/**"], maxBytesPerFile: 1000 }),
  };
}

const read = (relPath: string, size = 100, realRelPath = relPath) => ({ relPath, realRelPath, size });

describe("EditScope: editing follows reading", () => {
  it("makes a file read in this run editable, in place in the list the driver checks", () => {
    const { scope: s, editable } = scope();
    expect(s.explainRefusal(process.cwd(), "package.json")).toMatch(/not one of the target files and you have not read it in this run\. Read it first with read_file/);
    expect(s.explainRefusal(REPO, "lib/money.py")).toMatch(/'lib\/money\.py' does not exist and is not a target file; new files can be created only at target paths/);
    expect(s.admitRead(read("lib/money.py"))).toEqual({ admitted: true, newly: true });
    expect(s.admitRead(read("lib/money.py"))).toEqual({ admitted: true, newly: false });
    expect(editable).toEqual(["src/app.py", "lib/money.py"]);
    expect(s.explainRefusal(REPO, "lib/money.py")).toBeUndefined();
    expect(s.extended).toEqual(["lib/money.py"]);
    expect(s.initialTargets).toEqual(["src/app.py"]);
    expect(s.outsideInitialTargets(["src/app.py", "lib/money.py"])).toEqual(["lib/money.py"]);
    expect(s.noteFor(read("lib/money.py"))).toMatch(/not one of the initial target files; you have read it, so you may edit it/);
    expect(s.noteFor(read("src/app.py"))).toBeUndefined();
  });

  it("a link's real file is what becomes editable", () => {
    const { scope: s, editable } = scope();
    s.admitRead(read("link.py", 10, "lib/real.py"));
    expect(editable).toContain("lib/real.py");
    expect(editable).not.toContain("link.py");
    expect(s.noteFor(read("link.py", 10, "lib/real.py"))).toMatch(/edit lib\/real\.py, not the link/);
  });

  it("never admits a protected file, a file over the size limit, or anything under a hard limit", () => {
    const { scope: s, editable } = scope();
    expect(s.admitRead(read(".github/workflows/ci.yml"))).toEqual({ admitted: false, reason: expect.stringMatching(/protected \(it matches '\.github\/\*\*'/) });
    expect(s.admitRead(read("big.json", 5000))).toEqual({ admitted: false, reason: expect.stringMatching(/5000 bytes, more than the 1000/) });
    expect(s.noteFor(read("big.json", 5000))).toMatch(/read-only in this run: it is 5000 bytes/);
    expect(s.explainRefusal(REPO, "big.json")).toMatch(/'big\.json' cannot be edited: it is 5000 bytes/);
    expect(editable).toEqual(["src/app.py"]);

    const limited = scope({ hardLimit: true, targets: ["src/app.py", "src/util.py"] });
    expect(limited.scope.admitRead(read("lib/money.py"))).toEqual({ admitted: false, reason: expect.stringMatching(/--files \/ target-files/) });
    const why = limited.scope.explainRefusal(REPO, "lib/money.py") ?? "";
    expect(why).toContain("'lib/money.py' is not one of the files you may edit");
    expect(why).toContain("--files on the command line, target-files in the action): src/app.py, src/util.py");
    expect(why).toContain("the user adds it to --files / target-files");
    expect(limited.editable).toEqual(["src/app.py", "src/util.py"]);
  });

  it("explains every other refusal with the path as written", () => {
    const { scope: s } = scope();
    expect(s.explainRefusal(REPO, "../outside.py")).toMatch(/path '\.\.\/outside\.py' is outside the repository.*cannot be edited/);
    expect(s.explainRefusal(REPO, "/etc/passwd")).toMatch(/'\/etc\/passwd' is outside the repository/);
    expect(s.explainRefusal(REPO, ".git/config")).toMatch(/inside \.git\//);
    expect(s.explainRefusal(REPO, ".env")).toMatch(/looks like a secret file/);
    expect(s.explainRefusal(REPO, "migrations/001.sql")).toMatch(/protected \(it matches 'migrations\/\*\*'\).*--protect \(CLI\) or protected-files \(action\)/);
    // A bare name that ends exactly one editable path is that path, as the parser takes it.
    expect(s.explainRefusal(REPO, "app.py")).toBeUndefined();
    expect(s.explainRefusal(REPO, `${REPO}/src/app.py`)).toBeUndefined();
  });
});
