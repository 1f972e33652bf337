/**
 * intake: reads the person's latest message — risk screening first, independent of any
 * model, then symptom findings with ConText modifiers, timing and stressors. A short answer
 * is read against the question the counselor just asked ("Both gone." after a question about
 * energy and appetite). No model call here: a model reads the turn alongside the reply
 * (nodes/consult-model.ts), so risk and the crisis path never wait on one.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import { emptyUsage, type CounselingStateType, type CounselingUpdate, type Stressor } from "../graphs/state.js";
import { isCaseDocument } from "../engine/discourse-subject.js";
import { extractFindings } from "../engine/extract-findings.js";
import { isPresent } from "../engine/presence.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { isStressorConcept, updateTiming } from "../engine/timing.js";
import { mergeRisk } from "../safety/merge-risk.js";
import { RISK_WINDOW, readWithWindow } from "../safety/read-risk.js";
import { riskRank } from "../safety/types.js";
import { answerToQuestion } from "../engine/short-answer.js";
import { counselorTexts, latestUserText, userTexts } from "./messages.js";

export async function intake(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const text = latestUserText(state.messages);
  // 0-based index of this turn; counted in state because old messages leave the window.
  const turn = state.turn;
  // Earlier ideation changes how later words read: "I have a plan" after "I want to die" is high.
  const priorIdeation = state.risk.escalate && state.risk.flags.includes("suicidal_ideation");
  // The risk reader (safety/read-risk.ts): this message, and this message with the person's recent
  // window of messages, counted only for what the window adds to the session's risk.
  const texts = userTexts(state.messages);
  const earlier = texts.slice(0, -1).slice(-RISK_WINDOW);
  const lastReply = counselorTexts(state.messages).pop();
  // The C-SSRS question the last reply asked: this message may answer it (a yes is a disclosure).
  const asked = state.turn > 0 ? state.turnRisk.askedDirectly : undefined;
  const answering = asked && lastReply?.includes(asked.question) ? asked : undefined;
  const rulesRisk = readWithWindow(text, earlier, state.turn > 0 ? state.risk : undefined, { priorIdeation, ...(answering ? { answering } : {}) });
  const model = knowledgeModel();
  const now = cfg.now ? new Date(cfg.now) : new Date();
  const extracted = extractFindings(text, turn, model.matcher, now, texts.some(isCaseDocument), texts.slice(0, -1));
  const findings = [...extracted.findings, ...answerToQuestion(text, lastReply, turn, extracted.findings, model)];
  const turnRisk = rulesRisk;
  // Usage is per turn: this fresh record replaces the previous turn's.
  const update: CounselingUpdate = { backend: { intake: "offline", risk: "offline" }, usage: emptyUsage(turn + 1), turnStartedAt: Date.now() };
  const risk = mergeRisk(state.risk, turnRisk);
  // Crisis protocol for anything escalating now, and for a standing high risk on every later turn.
  const crisis = turnRisk.escalate || (risk.escalate && riskRank(risk.level) >= riskRank("high"));

  if (crisis && cfg.onEscalation && cfg.mode === "live") {
    try {
      await cfg.onEscalation({ threadId: config.configurable?.thread_id as string | undefined, risk, message: text });
    } catch (error) {
      // An app's alert hook failing must never cost the person their reply.
      console.error(`psyllm: onEscalation hook failed: ${(error as Error).message}`);
    }
  }

  const temporal = extracted.temporal;
  const stressors: Stressor[] = [...state.stressors];
  for (const f of findings) {
    if (!isStressorConcept(f.concept) || !isPresent(f, true)) continue;
    if (!stressors.some((s) => s.concept === f.concept && s.quote === f.quote)) {
      stressors.push({ concept: f.concept, quote: f.quote, ...(f.agoDays !== undefined ? { agoDays: f.agoDays } : {}) });
    }
  }
  return {
    ...update,
    turn: turn + 1,
    turnRisk,
    risk: turnRisk,
    crisis,
    findings,
    timing: updateTiming(state.timing, temporal),
    stressors,
  };
}
