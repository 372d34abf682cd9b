import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionMessageFunctionToolCall,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from "openai/resources/chat/completions";
import type { ChatMessage, ChatRequest, ToolDefinition } from "../chatModel.js";

/**
 * ChatRequest → Chat Completions messages. The system prompt goes first; an
 * assistant turn carries its tool calls; each tool result becomes a role "tool"
 * message right after, because the API rejects anything between an assistant's
 * tool_calls and their answers. Text sent alongside tool results follows them
 * as a user message.
 */
export function toOpenAIMessages(request: Pick<ChatRequest, "system" | "messages">): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [];
  if (request.system !== "") out.push({ role: "system", content: request.system });
  for (const message of request.messages) out.push(...convertMessage(message));
  return out;
}

function convertMessage(message: ChatMessage): ChatCompletionMessageParam[] {
  if (typeof message.content === "string") {
    return message.role === "assistant"
      ? [{ role: "assistant", content: message.content }]
      : [{ role: "user", content: message.content }];
  }
  const texts: string[] = [];
  if (message.role === "assistant") {
    const toolCalls: ChatCompletionMessageFunctionToolCall[] = [];
    for (const part of message.content) {
      if (part.type === "text") texts.push(part.text);
      else if (part.type === "tool_call") {
        toolCalls.push({
          id: part.call.id,
          type: "function",
          function: { name: part.call.name, arguments: JSON.stringify(part.call.input) },
        });
      }
    }
    const assistant: ChatCompletionAssistantMessageParam = { role: "assistant", content: texts.length > 0 ? texts.join("\n") : null };
    if (toolCalls.length > 0) assistant.tool_calls = toolCalls;
    return [assistant];
  }
  const out: ChatCompletionMessageParam[] = [];
  for (const part of message.content) {
    if (part.type === "text") texts.push(part.text);
    else if (part.type === "tool_result") {
      // Chat Completions has no error flag on tool results; say it in the text.
      const content = part.isError === true ? `ERROR: ${part.content}` : part.content;
      out.push({ role: "tool", tool_call_id: part.toolCallId, content });
    }
  }
  if (texts.length > 0) out.push({ role: "user", content: texts.join("\n") });
  return out;
}

export function toOpenAITools(tools: readonly ToolDefinition[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: "function",
    function: { name: tool.name, description: tool.description, parameters: { ...tool.inputSchema } },
  }));
}
