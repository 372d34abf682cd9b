/**
 * Shared by the real-project tests (test/loop/*Ecosystems.test.ts): the two
 * scripted models that try to fix a bug two modules away from the test, and
 * the git layouts a pull request's branch can be in.
 */
import path from "node:path";
import { ScriptedModel, type ScriptedTurn } from "../../src/models/scriptedModel.js";
import type { ChatRequest, ChatResponse } from "../../src/models/chatModel.js";
import { git } from "../context/repoFixture.js";
import { makeTempDir } from "./tempDir.js";

/** What the models need to know about a project's bug. */
export interface EcosystemBug {
  /** The file with the bug, its buggy line and the fix. */
  buggy: string;
  bugLine: string;
  fixLine: string;
  /** What a capable model searches for: the function the test calls, then the one that calls into. */
  searches: [string, string];
}

export type BranchLayout = "no remote" | "local branch, not pushed" | "branch pushed, upstream set";

function lastToolResult(request: ChatRequest): string {
  const last = request.messages[request.messages.length - 1];
  if (!last || typeof last.content === "string") return "";
  return last.content.map((part) => (part.type === "tool_result" ? part.content : "")).join("\n");
}

const respond = (partial: Partial<ChatResponse>): ChatResponse => ({ text: "", toolCalls: [], usage: { inputTokens: 10, outputTokens: 10 }, stopReason: partial.toolCalls?.length ? "tool_use" : "end_turn", ...partial });

/** The definition among search results: a path:line: hit that is not a declaration (no trailing ';') and not in a test. */
function definitionPath(searchResult: string): string {
  for (const line of searchResult.split("\n")) {
    const hit = /^([^:\s[]+):(\d+): (.*)$/.exec(line);
    if (!hit || /;\s*$/.test(hit[3] ?? "") || /(^|\/)tests?\//.test(hit[1] ?? "")) continue;
    return hit[1] ?? "";
  }
  throw new Error(`no definition in the search result:\n${searchResult}`);
}

/** A model that works like a capable one: search for the function the failure is about, read it, follow the call, read, then edit where the bug is. */
export function detectiveModel(eco: EcosystemBug): ScriptedModel {
  let buggyPath = "";
  const turns: ScriptedTurn[] = [
    { toolCalls: [{ id: "s1", name: "search_code", input: { pattern: eco.searches[0] } }] },
    (request) => respond({ toolCalls: [{ id: "r1", name: "read_file", input: { path: definitionPath(lastToolResult(request)) } }] }),
    { toolCalls: [{ id: "s2", name: "search_code", input: { pattern: eco.searches[1] } }] },
    (request) => {
      buggyPath = definitionPath(lastToolResult(request));
      return respond({ toolCalls: [{ id: "r2", name: "read_file", input: { path: buggyPath } }] });
    },
    (request) => {
      if (!lastToolResult(request).includes(eco.bugLine)) throw new Error(`the read did not show the bug:\n${lastToolResult(request)}`);
      return respond({ text: `The bug is in ${buggyPath}.\n<<< path=${buggyPath} >>>\n<<<<<<< SEARCH\n${eco.bugLine}\n=======\n${eco.fixLine}\n>>>>>>> REPLACE\n` });
    },
  ];
  return new ScriptedModel(turns);
}

/** A model that knows the fix and sends it at once, without reading. */
export function hastyModel(eco: EcosystemBug): ScriptedModel {
  return new ScriptedModel([`<<< path=${eco.buggy} >>>\n<<<<<<< SEARCH\n${eco.bugLine}\n=======\n${eco.fixLine}\n>>>>>>> REPLACE\n`]);
}

/**
 * Puts a repository whose `feature` branch holds the bug into `layout`: left
 * alone, with a bare origin that has only `main`, or with the branch pushed
 * and its upstream set. Returns the origin's remover, if one was made.
 */
export async function arrangeBranchLayout(dir: string, layout: BranchLayout): Promise<(() => Promise<void>) | undefined> {
  if (layout === "no remote") return undefined;
  const holder = await makeTempDir({}, "compile-loop-eco-origin-");
  const origin = path.join(holder.dir, "origin.git");
  await git(holder.dir, "init", "--quiet", "--bare", "--initial-branch=main", origin);
  await git(dir, "remote", "add", "origin", origin);
  await git(dir, "push", "--quiet", "origin", "main");
  await git(dir, "fetch", "--quiet", "origin");
  if (layout === "local branch, not pushed") await git(dir, "remote", "set-head", "origin", "main");
  else await git(dir, "push", "--quiet", "-u", "origin", "feature");
  return holder.remove;
}
