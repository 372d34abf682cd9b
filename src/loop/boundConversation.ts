import type { ChatMessage } from "../models/chatModel.js";

export interface Exchange {
  reply: string;
  feedback: string;
}

export interface BoundedConversation {
  messages: ChatMessage[];
  droppedExchanges: number;
}

/**
 * The whole-file conversation: the opening message (rebuilt each iteration
 * with the file as it is now) followed by past (reply, feedback) exchanges.
 * Past the size budget the oldest exchanges are dropped, and the model is told
 * how many; the latest exchange is always kept.
 */
export function boundConversation(opening: string, exchanges: readonly Exchange[], budgetChars: number): BoundedConversation {
  const sizes = exchanges.map((e) => e.reply.length + e.feedback.length);
  let total = opening.length + sizes.reduce((a, b) => a + b, 0);
  let first = 0;
  while (total > budgetChars && first < exchanges.length - 1) {
    total -= sizes[first] ?? 0;
    first++;
  }
  const kept = exchanges.slice(first);
  const note = first > 0 ? `\n\n[${first} earlier attempt(s) were dropped from this conversation to keep it within its size budget.]` : "";
  const messages: ChatMessage[] = [{ role: "user", content: opening + note }];
  for (const e of kept) {
    messages.push({ role: "assistant", content: e.reply });
    messages.push({ role: "user", content: e.feedback });
  }
  return { messages, droppedExchanges: first };
}
