import { afterEach, describe, expect, it } from "vitest";
import { createMultiFileStrategy, type MultiFileScopeOptions } from "../../src/loop/multiFileStrategy.js";
import { validateLoopOptions } from "../../src/loop/validateLoopOptions.js";
import { interpretReply } from "../../src/loop/interpretReply.js";
import type { StrategyServices } from "../../src/loop/modeStrategy.js";
import type { LoopEvent } from "../../src/loop/loopTypes.js";
import { ScriptedModel, type ScriptedTurn } from "../../src/models/scriptedModel.js";
import type { ChatRequest } from "../../src/models/chatModel.js";
import { makeTempDir } from "../support/tempDir.js";

/**
 * The multi-file strategy's edit scope, driven the way the driver drives it
 * (request, interpret the reply, remember the failure), with the options the
 * driver does not pass yet: a hard limit from --files / target-files, the
 * protected globs, and why each target was chosen.
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(turns: ScriptedTurn[], scope: MultiFileScopeOptions) {
  const { dir, remove } = await makeTempDir({
    "src/app.py": "from lib.money import add\n",
    "lib/money.py": "def add(a, b):\n    return a - b\n",
    "tests/test_app.py": "from src.app import add\n",
  });
  cleanups.push(remove);
  const model = new ScriptedModel(turns);
  const cfg = validateLoopOptions({ repoDir: dir, testCommand: "true", model, targetFiles: ["src/app.py", "tests/test_app.py"] });
  const events: LoopEvent[] = [];
  const services: StrategyServices = {
    cfg,
    task: { task: "Make the test command pass.", testCommand: "pytest" },
    system: undefined,
    signal: new AbortController().signal,
    now: Date.now,
    callModel: (_iteration, request) => model.complete(request),
    emit: (event) => events.push(event),
    dump: () => undefined,
    redact: (text) => text,
  };
  const strategy = createMultiFileStrategy(services, cfg.targetFiles, model, scope);
  return { strategy, model, cfg, events };
}

const FIX = "<<< path=lib/money.py >>>\n<<<<<<< SEARCH\n    return a - b\n=======\n    return a + b\n>>>>>>> REPLACE\n";
const readMoney = { toolCalls: [{ id: "r", name: "read_file", input: { path: "lib/money.py" } }] };

function text(request: ChatRequest | undefined): string {
  return (request?.messages ?? []).map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content))).join("\n");
}

describe("multi-file strategy: the edit scope", () => {
  it("without a hard limit, a file read becomes editable: the parser accepts it and the driver's list holds it", async () => {
    const { strategy, cfg } = await setup([readMoney, FIX], {});
    const turn = await strategy.request(1, "FAILED tests/test_app.py");
    expect(interpretReply(turn, strategy.format).ok).toBe(true);
    expect(cfg.targetFiles).toEqual(["src/app.py", "tests/test_app.py", "lib/money.py"]);
    expect(strategy.editScope.outsideInitialTargets(["lib/money.py", "src/app.py"])).toEqual(["lib/money.py"]);
  });

  it("with --files / target-files as a hard limit: the prompt says so, a read file stays read-only, and the refusal says how to allow it", async () => {
    const { strategy, model, cfg } = await setup([readMoney, FIX], { targetsAreHardLimit: true });
    const turn = await strategy.request(1, "FAILED tests/test_app.py");
    expect(text(model.requests[0])).toContain("Editing: only the target files may be edited (the user limited edits to them with --files / target-files)");
    expect(text(model.requests[1])).toContain("[compile-loop: lib/money.py is read-only in this run: the user limited edits to the target files given with --files / target-files.]");
    expect(cfg.targetFiles).toEqual(["src/app.py", "tests/test_app.py"]);
    const interpretation = interpretReply(turn, strategy.format);
    expect(interpretation.ok).toBe(false);
    if (interpretation.ok) return;
    const feedback = strategy.remember({ kind: "format_error", reply: turn.text, problem: interpretation.problem, message: interpretation.message });
    expect(feedback).toContain("'lib/money.py' is not one of the files you may edit: the user limited edits to the target files (--files on the command line, target-files in the action): src/app.py, tests/test_app.py");
    expect(feedback).not.toContain("Output format invalid");
  });

  it("a protected file read stays read-only, and the prompt lists targets with why each was chosen", async () => {
    const { strategy, model, cfg } = await setup([readMoney, "no edit"], {
      protectedPaths: ["lib/**"],
      targetReasons: { "tests/test_app.py": "named-in-output", "src/app.py": "imported by tests/test_app.py" },
    });
    await strategy.request(1, "FAILED tests/test_app.py");
    const prompt = text(model.requests[0]);
    expect(prompt).toContain("Target files, most likely first, with why each was chosen");
    expect(prompt).toContain("  src/app.py (imported by tests/test_app.py)");
    expect(prompt).toContain("  tests/test_app.py (named in the failing output)");
    expect(text(model.requests[1])).toContain("lib/money.py is read-only in this run: it is protected (it matches 'lib/**'");
    expect(cfg.targetFiles).not.toContain("lib/money.py");
  });

  it("the next prompt lists the files that became editable, and tool events name what was searched or listed", async () => {
    const turns: ScriptedTurn[] = [
      { toolCalls: [{ id: "l", name: "list_files", input: { glob: "lib/**" } }] },
      { toolCalls: [{ id: "s", name: "search_code", input: { pattern: "def add" } }] },
      readMoney,
      "prose only",
      "prose again",
    ];
    const { strategy, model, events } = await setup(turns, {});
    const turn = await strategy.request(1, "FAILED");
    const interpretation = interpretReply(turn, strategy.format);
    if (!interpretation.ok) strategy.remember({ kind: "format_error", reply: turn.text, problem: interpretation.problem, message: interpretation.message });
    await strategy.request(2, "FAILED");
    expect(text(model.requests[model.requests.length - 1])).toContain("Other files you may edit, because you read them in this run:\n  lib/money.py");
    const uses = events.filter((e): e is Extract<LoopEvent, { type: "tool_use" }> => e.type === "tool_use").map((e) => [e.tool, e.path]);
    expect(uses).toEqual([["list_files", "lib/**"], ["search_code", "def add"], ["read_file", "lib/money.py"]]);
  });
});
