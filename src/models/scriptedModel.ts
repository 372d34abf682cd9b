import type { ChatModel, ChatRequest, ChatResponse, TokenUsage, ToolCall } from "./chatModel.js";
import { ModelCallError } from "./chatModel.js";
import type { ModelPrice } from "./priceTable.js";

/** One scripted turn: a reply, or a function of the request, or an error to throw. */
export type ScriptedTurn =
  | string
  | { text?: string; toolCalls?: ToolCall[]; usage?: TokenUsage }
  | ((request: ChatRequest) => ChatResponse | Promise<ChatResponse>)
  | Error;

/** What a scripted model says about its cost; it has no price unless given one, like a model the table does not know. */
export interface ScriptedModelOptions {
  price?: ModelPrice;
  maxOutputTokens?: number;
}

/**
 * A ChatModel that answers from a script, for tests and examples. It records
 * every request so tests can assert on the prompts the engine built. When the
 * script runs out it fails the call rather than inventing a reply.
 */
export class ScriptedModel implements ChatModel {
  readonly id: string;
  // Declared, not initialised: absent unless given, as for a provider that knows no price.
  declare readonly price?: ModelPrice;
  declare readonly maxOutputTokens?: number;
  readonly requests: ChatRequest[] = [];
  private readonly turns: ScriptedTurn[];

  constructor(turns: ScriptedTurn[], id = "scripted", options: ScriptedModelOptions = {}) {
    this.turns = [...turns];
    this.id = id;
    if (options.price !== undefined) this.price = options.price;
    if (options.maxOutputTokens !== undefined) this.maxOutputTokens = options.maxOutputTokens;
  }

  get remaining(): number {
    return this.turns.length;
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    // Copy: the engine may keep mutating its message list after the call.
    this.requests.push({ ...request, messages: request.messages.map((m) => ({ ...m })) });
    if (request.signal?.aborted) throw new ModelCallError("aborted", "The model call was aborted.");
    const turn = this.turns.shift();
    if (turn === undefined) {
      throw new ModelCallError("invalid_response", `ScriptedModel: no scripted reply left for call ${this.requests.length}.`);
    }
    if (turn instanceof Error) throw turn;
    if (typeof turn === "function") return turn(request);
    const text = typeof turn === "string" ? turn : (turn.text ?? "");
    const toolCalls = typeof turn === "string" ? [] : (turn.toolCalls ?? []);
    const usage = typeof turn === "string" ? estimateUsage(request, text) : (turn.usage ?? estimateUsage(request, text));
    return { text, toolCalls, usage, stopReason: toolCalls.length > 0 ? "tool_use" : "end_turn", model: this.id };
  }
}

/** Rough token count (4 characters a token) so usage figures move in tests. */
function estimateUsage(request: ChatRequest, reply: string): TokenUsage {
  let chars = request.system.length;
  for (const m of request.messages) {
    chars += typeof m.content === "string" ? m.content.length : JSON.stringify(m.content).length;
  }
  return { inputTokens: Math.ceil(chars / 4), outputTokens: Math.ceil(reply.length / 4) };
}
