/**
 * intake: reads the person's latest message — risk screening first, independent of any
 * model, then symptom findings with ConText modifiers, timing and stressors.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate, Stressor } from "../graphs/state.js";
import { extractFindings } from "../engine/extract-findings.js";
import { isPresent } from "../engine/presence.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { isStressorConcept, updateTiming } from "../engine/timing.js";
import { mergeRisk } from "../safety/merge-risk.js";
import { screenRisk } from "../safety/screen-risk.js";
import { riskRank } from "../safety/types.js";
import { latestUserText, userTexts } from "./messages.js";

export async function intake(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const text = latestUserText(state.messages);
  const turn = userTexts(state.messages).length - 1;
  // Earlier ideation changes how later words read: "I have a plan" after "I want to die" is high.
  const priorIdeation = state.risk.escalate && state.risk.flags.includes("suicidal_ideation");
  const turnRisk = screenRisk(text, { priorIdeation });
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

  const model = knowledgeModel();
  const now = cfg.now ? new Date(cfg.now) : new Date();
  const { findings, temporal } = extractFindings(text, turn, model.matcher, now);
  const stressors: Stressor[] = [...state.stressors];
  for (const f of findings) {
    if (!isStressorConcept(f.concept) || !isPresent(f, true)) continue;
    if (!stressors.some((s) => s.concept === f.concept && s.quote === f.quote)) {
      stressors.push({ concept: f.concept, quote: f.quote, ...(f.agoDays !== undefined ? { agoDays: f.agoDays } : {}) });
    }
  }
  return {
    turn: turn + 1,
    turnRisk,
    risk: turnRisk,
    crisis,
    findings,
    timing: updateTiming(state.timing, temporal),
    stressors,
    backend: { intake: "offline", risk: "offline" },
  };
}
