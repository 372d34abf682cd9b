import type { ContentBlockParam, MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";
import type { ChatMessage, ToolDefinition } from "../chatModel.js";

/**
 * ChatMessages → Messages API turns. The system prompt travels separately (the
 * `system` field), tool calls become tool_use blocks and tool results
 * tool_result blocks. Empty text blocks are dropped: the API refuses them.
 */
export function toAnthropicMessages(messages: readonly ChatMessage[]): MessageParam[] {
  return messages.map((message) => ({ role: message.role, content: toBlocks(message) }));
}

function toBlocks(message: ChatMessage): string | ContentBlockParam[] {
  if (typeof message.content === "string") return message.content;
  const blocks: ContentBlockParam[] = [];
  for (const part of message.content) {
    if (part.type === "text") {
      if (part.text !== "") blocks.push({ type: "text", text: part.text });
    } else if (part.type === "tool_call") {
      blocks.push({ type: "tool_use", id: part.call.id, name: part.call.name, input: part.call.input });
    } else {
      const result: ContentBlockParam = { type: "tool_result", tool_use_id: part.toolCallId, content: part.content };
      if (part.isError === true) result.is_error = true;
      blocks.push(result);
    }
  }
  return blocks;
}

export function toAnthropicTools(tools: readonly ToolDefinition[]): Tool[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: { ...tool.inputSchema },
  }));
}
