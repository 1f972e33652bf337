/**
 * safetyCheck: every final reply, offline or model-made, passes the output guard — no
 * lethal-means or dosage information, no diagnostic certainty, no encouragement of harm,
 * resources present when escalating — and is rewritten when it fails. The reply is only
 * added to the conversation here, after the guard.
 */
import { AIMessage, RemoveMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import { replyMessageId } from "../graphs/reply-id.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { withDirectQuestion } from "../safety/direct-question.js";
import { guardReply } from "../safety/output-guard.js";

export async function safetyCheck(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  // The model's reading (merged alongside the reply) may have seen risk it could not quote: the reply asks directly.
  const direct = state.turnRisk.askedDirectly;
  const draft = direct && !state.risk.escalate && state.subject.kind !== "other" && !state.response.includes(direct.question) ? withDirectQuestion(state.response, direct.question) : state.response;
  const guarded = guardReply({ reply: draft, risk: state.risk, locale: cfg.locale });
  const action = guarded.action;
  const changedModelReply = action !== "none" && /^model/.test(state.backend.respond ?? "");
  // A window of the conversation stays in state; what older turns said lives on in the
  // findings, risk, timing and stressors, so a long conversation costs no more per turn.
  const excess = state.messages.length + 1 - cfg.historyMessages;
  const dropped = excess > 0 ? state.messages.slice(0, excess).filter((m) => m.id).map((m) => new RemoveMessage({ id: m.id! })) : [];
  return {
    response: guarded.reply,
    ...(draft !== state.response ? { followUp: direct!.question, followUpAbout: "suicide risk (C-SSRS screening questions, asked directly)" } : {}),
    safety: { violations: guarded.violations, rewritten: guarded.rewritten, action, removed: guarded.removed },
    ...(changedModelReply ? { backend: { respond: "model+guarded" as const } } : {}),
    messages: [...dropped, new AIMessage({ content: guarded.reply, id: replyMessageId(config, state.turn) })],
  };
}
