/**
 * safetyCheck: every final reply, offline or model-made, passes the output guard — no
 * lethal-means or dosage information, no diagnostic certainty, no encouragement of harm,
 * resources present when escalating — and is rewritten when it fails. The reply is only
 * added to the conversation here, after the guard.
 */
import { AIMessage, RemoveMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { guardReply } from "../safety/output-guard.js";

export async function safetyCheck(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const guarded = guardReply({ reply: state.response, risk: state.risk, locale: cfg.locale });
  // A window of the conversation stays in state; what older turns said lives on in the
  // findings, risk, timing and stressors, so a long conversation costs no more per turn.
  const excess = state.messages.length + 1 - cfg.historyMessages;
  const dropped = excess > 0 ? state.messages.slice(0, excess).filter((m) => m.id).map((m) => new RemoveMessage({ id: m.id! })) : [];
  return {
    response: guarded.reply,
    safety: { violations: guarded.violations, rewritten: guarded.rewritten },
    messages: [...dropped, new AIMessage(guarded.reply)],
  };
}
