/**
 * Small readers over the conversation that several nodes need.
 */
import type { BaseMessage } from "@langchain/core/messages";

function textOf(m: BaseMessage): string {
  const c = m.content;
  if (typeof c === "string") return c;
  return c.map((part) => (typeof part === "string" ? part : "text" in part && typeof part.text === "string" ? part.text : "")).join(" ");
}

function isUser(m: BaseMessage): boolean {
  const type = m.getType();
  return type === "human";
}

/** The person's messages, oldest first. */
export function userTexts(messages: BaseMessage[]): string[] {
  return messages.filter(isUser).map(textOf);
}

/** The latest message, which must be the person's and non-empty. */
export function latestUserText(messages: BaseMessage[]): string {
  const last = messages[messages.length - 1];
  if (!last || !isUser(last)) throw new Error("psyllm: the last message of a turn must be the person's (a human message)");
  const text = textOf(last).trim();
  if (!text) throw new Error("psyllm: the person's message is empty");
  return text;
}

/** The counselor's earlier replies, oldest first. */
export function counselorTexts(messages: BaseMessage[]): string[] {
  return messages.filter((m) => m.getType() === "ai").map(textOf);
}

/** Questions the counselor already asked, so the follow-up does not repeat itself. */
export function askedQuestions(messages: BaseMessage[]): string[] {
  // Split on sentence ends first: a scan for "anything up to a ?" is quadratic on long replies.
  return messages
    .filter((m) => m.getType() === "ai")
    .flatMap((m) => textOf(m).split(/(?<=[.!?])/))
    .map((q) => q.trim())
    .filter((q) => q.endsWith("?"));
}

/** The conversation as [who, text] pairs, oldest first (both sides). */
export function dialogueOf(messages: BaseMessage[]): Array<["person" | "counselor", string]> {
  return messages
    .filter((m) => m.getType() === "human" || m.getType() === "ai")
    .map((m) => [m.getType() === "human" ? "person" : "counselor", textOf(m)] as ["person" | "counselor", string]);
}
