import { describe, expect, it } from "vitest";
import type { EditFileAccess } from "../../src/edits/planReplyEdits.js";
import { planReplyEdits } from "../../src/edits/planReplyEdits.js";

function access(files: Record<string, string>, refused: Record<string, string> = {}): EditFileAccess {
  return {
    read: (p) => files[p],
    isAllowed: (p) => (refused[p] !== undefined ? { ok: false, reason: refused[p] ?? "" } : { ok: true }),
  };
}

describe("planReplyEdits", () => {
  it("groups blocks by path and returns every new content", () => {
    const plan = planReplyEdits(
      [
        { path: "a.ts", search: "1\n", replace: "2\n" },
        { path: "b.ts", search: "x\n", replace: "y\n" },
        { path: "a.ts", search: "2\n", replace: "3\n" },
      ],
      access({ "a.ts": "1\n", "b.ts": "x\n" }),
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect([...plan.writes]).toEqual([["a.ts", "3\n"], ["b.ts", "y\n"]]);
    expect(plan.applied.map((a) => [a.index, a.path, a.strategy])).toEqual([[0, "a.ts", "exact"], [1, "b.ts", "exact"], [2, "a.ts", "exact"]]);
  });

  it("creates a missing file from an empty SEARCH, then applies later blocks to it", () => {
    const plan = planReplyEdits(
      [
        { path: "new/file.txt", search: "", replace: "hello\nworld\n" },
        { path: "new/file.txt", search: "world\n", replace: "there\n" },
      ],
      access({}),
    );
    expect(plan).toMatchObject({ ok: true });
    if (plan.ok) expect(plan.writes.get("new/file.txt")).toBe("hello\nthere\n");
  });

  it("plans nothing when any block fails, across files (all-or-nothing)", () => {
    const plan = planReplyEdits(
      [
        { path: "a.ts", search: "1\n", replace: "2\n" },
        { path: "b.ts", search: "nope\n", replace: "y\n" },
      ],
      access({ "a.ts": "1\n", "b.ts": "x\n" }),
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.failed).toMatchObject([{ index: 1, path: "b.ts", kind: "no_match" }]);
    expect(plan.applicable).toEqual([{ path: "a.ts", search: "1\n", replace: "2\n" }]);
    expect("writes" in plan).toBe(false);
  });

  it("reports a missing file for a non-empty SEARCH", () => {
    const plan = planReplyEdits([{ path: "gone.ts", search: "x\n", replace: "y\n" }], access({}));
    expect(plan).toMatchObject({ ok: false, failed: [{ index: 0, path: "gone.ts", kind: "missing_file" }] });
  });

  it("refuses paths the access policy refuses, with its reason", () => {
    const plan = planReplyEdits(
      [{ path: ".github/workflows/ci.yml", search: "", replace: "x\n" }],
      access({}, { ".github/workflows/ci.yml": "path '.github/workflows/ci.yml' is protected" }),
    );
    expect(plan).toMatchObject({ ok: false, failed: [{ kind: "refused_path", reason: "path '.github/workflows/ci.yml' is protected" }] });
  });

  it("refuses a block with no path when there is no single target", () => {
    const plan = planReplyEdits([{ search: "x\n", replace: "y\n" }], access({}));
    expect(plan).toMatchObject({ ok: false, failed: [{ kind: "refused_path" }] });
  });

  it("sends every block to singlePath in single-file mode", () => {
    const plan = planReplyEdits(
      [
        { search: "a\n", replace: "b\n" },
        { path: "app.ts", search: "b\n", replace: "c\n" },
      ],
      access({ "src/app.ts": "a\n" }),
      { singlePath: "src/app.ts" },
    );
    expect(plan.ok && [...plan.writes]).toEqual([["src/app.ts", "c\n"]]);
  });

  it("uses the canonical path isAllowed returns, so two spellings of one file edit it in order", () => {
    const files: Record<string, string> = { "src/a.ts": "1\n" };
    const plan = planReplyEdits(
      [
        { path: "./src/a.ts", search: "1\n", replace: "2\n" },
        { path: "src/a.ts", search: "2\n", replace: "3\n" },
      ],
      { read: (p) => files[p], isAllowed: (p) => ({ ok: true, relPath: p.replace(/^\.\//, "") }) },
    );
    expect(plan.ok && [...plan.writes]).toEqual([["src/a.ts", "3\n"]]);
  });

  it("lists failures in reply order", () => {
    const plan = planReplyEdits(
      [
        { path: "b.ts", search: "q\n", replace: "" },
        { path: "a.ts", search: "q\n", replace: "" },
        { path: "b.ts", search: "r\n", replace: "" },
      ],
      access({ "a.ts": "a\n", "b.ts": "b\n" }),
    );
    expect(!plan.ok && plan.failed.map((f) => f.index)).toEqual([0, 1, 2]);
  });
});
