/**
 * The id of a turn's reply message. The reply's tokens stream (custom stream mode, `{token, id}`)
 * before the checked reply is saved as an AIMessage; both carry this id, so a client replaces
 * the draft it showed with the saved message instead of showing two. Derived from the thread
 * and the turn, so it is the same in every node of the turn and unique within the thread.
 */
import { createHash } from "node:crypto";
import type { RunnableConfig } from "@langchain/core/runnables";

export function replyMessageId(config: RunnableConfig | undefined, turn: number): string {
  const thread = String(config?.configurable?.thread_id ?? config?.configurable?.run_id ?? "no-thread");
  const h = createHash("sha256").update(`${thread}\u0000${turn}`).digest("hex");
  // Formatted as a UUID (version nibble 5-style), which LangGraph clients and Studio expect of message ids.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
