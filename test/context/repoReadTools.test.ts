import { symlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RepoReadTools } from "../../src/context/repoReadTools.js";
import { RepoFileIndex } from "../../src/context/repoFileIndex.js";
import { searchCode } from "../../src/context/searchCode.js";
import { ScriptedModel } from "../../src/models/scriptedModel.js";
import type { ToolCall } from "../../src/models/chatModel.js";
import { makeTempDir } from "../support/tempDir.js";
import { makeGitRepo } from "./repoFixture.js";

const SECRET_VALUE = "TOPSECRET_total_value";

/** Every secret-looking file of the issue, each holding the word the searches look for. */
const SECRET_FILES: Record<string, string> = {
  ".env": `API_KEY=${SECRET_VALUE}\n`,
  ".env.local": `TOKEN=${SECRET_VALUE}\n`,
  "config/.env.production": `X=${SECRET_VALUE}\n`,
  "certs/server.pem": `-----BEGIN PRIVATE KEY-----\n${SECRET_VALUE}\n`,
  "deploy/deploy.key": `${SECRET_VALUE}\n`,
  "keys/id_rsa": `${SECRET_VALUE}\n`,
  "keys/id_ed25519.pub": `${SECRET_VALUE}\n`,
  "home/.aws/credentials": `aws_secret_access_key=${SECRET_VALUE}\n`,
  "credentials.json": `{"key": "${SECRET_VALUE}"}\n`,
  ".npmrc": `//registry.npmjs.org/:_authToken=${SECRET_VALUE}\n`,
  ".netrc": `machine x password ${SECRET_VALUE}\n`,
};

let repo: { dir: string; remove: () => Promise<void> };
let outside: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  outside = await makeTempDir({ "secret.txt": `outside ${SECRET_VALUE}\n` });
  repo = await makeGitRepo(
    {
      "orders/money.py": "def total(items):\n    return sum(i.price for i in items) - 1\n",
      "orders/cart.py": "from orders.money import total\n\nclass Cart:\n    def total(self):\n        return total(self.items)\n",
      "tests/test_cart.py": "from orders.cart import Cart\n\ndef test_total():\n    assert Cart().total() == 3\n",
      "README.md": "# shop\n",
      "assets/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]),
      ".gitignore": "build/\n*.log\n",
      "build/out.py": "def total(): pass\n",
      "debug.log": "total\n",
      ...SECRET_FILES,
    },
    { untracked: { "orders/new_module.py": "def total_new():\n    return 1\n" } },
  );
  await symlink(path.join(outside.dir, "secret.txt"), path.join(repo.dir, "outside-link.txt"));
  await symlink(path.join(repo.dir, ".env"), path.join(repo.dir, "env-link.txt"));
  await symlink("orders/money.py", path.join(repo.dir, "money-link.py"));
});

afterAll(async () => {
  await repo?.remove();
  await outside?.remove();
});

function tools(alwaysReadable: string[] = []): RepoReadTools {
  return new RepoReadTools(repo.dir, alwaysReadable, new ScriptedModel([]));
}

const call = (name: string, input: Record<string, unknown>): ToolCall => ({ id: "t", name, input });

async function read(p: string): Promise<{ ok: boolean; text: string }> {
  const result = await tools().dispatch(call("read_file", { path: p }));
  return result.outcome.ok ? { ok: true, text: result.outcome.content } : { ok: false, text: result.outcome.error };
}

describe("read_file over the whole repository", () => {
  it("reads a tracked file that is not a target, and a new file git does not ignore", async () => {
    expect(await read("orders/money.py")).toEqual({ ok: true, text: expect.stringContaining("def total(items)") });
    expect(await read("orders/new_module.py")).toEqual({ ok: true, text: expect.stringContaining("total_new") });
    // Paths as models copy them: absolute inside the repository, ./ prefixed, Windows separators.
    expect((await read(path.join(repo.dir, "orders/money.py"))).ok).toBe(true);
    expect((await read("./orders\\money.py")).ok).toBe(true);
  });

  it("reports which file was read, and its real path when reached through a link inside the repository", async () => {
    const result = await tools().dispatch(call("read_file_range", { path: "money-link.py", line_start: 1, line_end: 1 }));
    expect(result.outcome.ok).toBe(true);
    expect(result.read).toEqual({ relPath: "money-link.py", realRelPath: "orders/money.py", size: expect.any(Number) });
  });

  for (const secret of Object.keys(SECRET_FILES)) {
    it(`refuses the secret-looking file ${secret} and says why`, async () => {
      const got = await read(secret);
      expect(got.ok).toBe(false);
      expect(got.text).toContain(secret);
      expect(got.text).toMatch(/looks like a secret file/);
      expect(got.text).not.toContain(SECRET_VALUE);
    });
  }

  it("refuses .git/ in any spelling", async () => {
    for (const p of [".git/config", ".git/HEAD", ".GIT/config", "orders/../.git/config", path.join(repo.dir, ".git/config")]) {
      const got = await read(p);
      expect(got.ok, p).toBe(false);
      expect(got.text, p).toMatch(/inside \.git\//);
    }
  });

  it("refuses paths outside the repository and links that leave it", async () => {
    for (const p of ["../x.py", "/etc/passwd", "orders/../../x"]) {
      const got = await read(p);
      expect(got.ok, p).toBe(false);
      expect(got.text, p).toMatch(/outside the repository/);
    }
    const link = await read("outside-link.txt");
    expect(link).toEqual({ ok: false, text: expect.stringMatching(/symbolic link that leads outside the repository/) });
    const toSecret = await read("env-link.txt");
    expect(toSecret.ok).toBe(false);
    expect(toSecret.text).toMatch(/symbolic link to \.env/);
  });

  it("refuses ignored files, binary files, folders and missing files, each with what to do", async () => {
    expect(await read("build/out.py")).toEqual({ ok: false, text: expect.stringMatching(/'build\/out\.py' is ignored by git/) });
    expect(await read("debug.log")).toEqual({ ok: false, text: expect.stringMatching(/ignored by git/) });
    expect(await read("assets/logo.png")).toEqual({ ok: false, text: expect.stringMatching(/binary file/) });
    expect(await read("orders")).toEqual({ ok: false, text: expect.stringMatching(/is a folder; list its files with list_files and the glob 'orders\/\*\*'/) });
    expect(await read("orders/nope.py")).toEqual({ ok: false, text: expect.stringMatching(/does not exist; use list_files or search_code/) });
  });

  it("an ignored target the driver named stays readable; a secret target never is", async () => {
    const withTargets = tools(["build/out.py", ".env"]);
    expect((await withTargets.dispatch(call("read_file", { path: "build/out.py" }))).outcome.ok).toBe(true);
    expect((await withTargets.dispatch(call("read_file", { path: ".env" }))).outcome.ok).toBe(false);
  });
});

describe("list_files", () => {
  it("lists by glob, file names in any folder for a glob without '/', and never a secret or ignored file", async () => {
    const all = await tools().dispatch(call("list_files", { glob: "**" }));
    expect(all.outcome.ok).toBe(true);
    const text = all.outcome.ok ? all.outcome.content : "";
    expect(text).toContain("orders/money.py");
    expect(text).toContain("orders/new_module.py");
    for (const secret of Object.keys(SECRET_FILES)) expect(text.split("\n")).not.toContain(secret);
    expect(text).not.toContain("build/out.py");
    const py = await tools().dispatch(call("list_files", { glob: "*.py" }));
    expect(py.outcome.ok && py.outcome.content.split("\n").slice(1).sort()).toEqual(["money-link.py", "orders/cart.py", "orders/money.py", "orders/new_module.py", "tests/test_cart.py"]);
    const folder = await tools().dispatch(call("list_files", { glob: "tests" }));
    expect(folder.outcome.ok && folder.outcome.content).toContain("tests/test_cart.py");
  });

  it("bounds the listing and says how many matched", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i++) files[`gen/f${i}.txt`] = "x\n";
    const big = await makeGitRepo(files);
    try {
      const result = await new RepoReadTools(big.dir, [], new ScriptedModel([])).dispatch(call("list_files", { glob: "gen/**" }));
      const lines = result.outcome.ok ? result.outcome.content.split("\n") : [];
      expect(lines[0]).toMatch(/250 files match 'gen\/\*\*'; the first 200 are shown/);
      expect(lines).toHaveLength(201);
    } finally {
      await big.remove();
    }
  });
});

describe("search_code", () => {
  async function search(input: Record<string, unknown>): Promise<string> {
    const result = await tools().dispatch(call("search_code", input));
    return result.outcome.ok ? result.outcome.content : `ERROR ${result.outcome.error}`;
  }

  it("finds plain text in tracked and new files as path:line: text, never in secret or ignored files", async () => {
    const text = await search({ pattern: "total" });
    expect(text).toContain("orders/money.py:1: def total(items):");
    expect(text).toContain("orders/cart.py:1: from orders.money import total");
    expect(text).toContain("orders/new_module.py:1: def total_new():");
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain("build/out.py");
    expect(text).not.toContain("debug.log");
  });

  it("searches with a regular expression, within a glob, and ignoring case when asked", async () => {
    expect(await search({ pattern: "def total\\(\\w+\\)", regex: true })).toMatch(/^orders\/money\.py:1: /m);
    const inTests = await search({ pattern: "total", glob: "tests/**" });
    expect(inTests).toContain("tests/test_cart.py:4:");
    expect(inTests).not.toContain("orders/");
    expect(await search({ pattern: "CLASS CART", case_insensitive: true })).toContain("orders/cart.py:3: class Cart:");
  });

  it("says so when nothing matches, and explains a bad pattern", async () => {
    expect(await search({ pattern: "no_such_name_anywhere" })).toMatch(/^No matches for plain text 'no_such_name_anywhere'.*regex: true/);
    expect(await search({ pattern: "total(", regex: true })).toMatch(/^ERROR the regular expression was refused/);
    expect(await search({ pattern: "a\nb" })).toMatch(/^ERROR the pattern spans several lines/);
    expect(await search({ pattern: "" })).toMatch(/^ERROR the pattern is empty/);
  });

  it("bounds the matches: at most 5 per file and 50 in all, and says more exist", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`many/m${i}.txt`] = Array.from({ length: 20 }, () => "needle here").join("\n") + "\n";
    const big = await makeGitRepo(files);
    try {
      const result = await new RepoReadTools(big.dir, [], new ScriptedModel([])).dispatch(call("search_code", { pattern: "needle" }));
      const lines = result.outcome.ok ? result.outcome.content.split("\n") : [];
      expect(lines[0]).toMatch(/^\[50\+ matches in 10 file\(s\)/);
      expect(lines.filter((l) => l.startsWith("many/m0.txt:"))).toHaveLength(5);
      expect(lines[lines.length - 1]).toMatch(/more matches not shown/);
    } finally {
      await big.remove();
    }
  });

  it("outside git: a bounded scan with the same rules, and a runaway regular expression is stopped", async () => {
    const plain = await makeTempDir({
      "src/a.py": "def total():\n    return 1\n",
      ".env": `total=${SECRET_VALUE}\n`,
      "node_modules/dep/index.js": "total\n",
      "long.txt": `${"a".repeat(40)}!\n`,
    });
    try {
      const index = new RepoFileIndex(plain.dir);
      const found = await searchCode(index, { pattern: "total" });
      expect(found.ok && found.result.matches.map((m) => `${m.path}:${m.line}`)).toEqual(["src/a.py:1"]);
      expect(found.ok && found.result.engine).toBe("scan");
      const runaway = await searchCode(index, { pattern: "(a+)+$", regex: true }, { scanTimeoutMs: 200 });
      expect(runaway).toEqual({ ok: false, error: expect.stringMatching(/took longer than 0.2 s and was stopped/) });
    } finally {
      await plain.remove();
    }
  });
});

describe("tool dispatch", () => {
  it("answers unknown tools and bad arguments with an error the model can act on", async () => {
    const t = tools();
    expect((await t.dispatch(call("write_file", { path: "x" }))).outcome).toEqual({ ok: false, error: expect.stringMatching(/unknown tool 'write_file'; the tools are read_file, read_file_range, list_files and search_code/) });
    expect((await t.dispatch(call("list_files", {}))).outcome).toEqual({ ok: false, error: expect.stringMatching(/needs a 'glob' string/) });
    expect((await t.dispatch(call("search_code", { pattern: 3 }))).outcome).toEqual({ ok: false, error: expect.stringMatching(/needs a 'pattern' string/) });
    expect((await t.dispatch({ id: "t", name: "read_file", input: {}, inputError: "Unexpected token" })).outcome).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });
});
