/**
 * selectModality: the therapeutic approach for this turn from guideline rules, with rationale.
 * When the reasoning model proposed one (in the same call as the differential), the proposal
 * is adopted only if the knowledge base supports it (grounding/check-modality.ts).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { ELEVATED_CONCEPTS, selectModality as select } from "../engine/select-modality.js";
import { isPresent } from "../engine/presence.js";
import { groundModality } from "../grounding/check-modality.js";
import { userTexts } from "./messages.js";
import { correctionsFor } from "./model-trace.js";

export async function selectModality(state: CounselingStateType, _config: RunnableConfig): Promise<CounselingUpdate> {
  const userText = userTexts(state.messages).join("\n");
  const elevatedNow = state.findings.some((f) => ELEVATED_CONCEPTS.has(f.concept) && isPresent(f));
  const rulesPlan = select({ differential: state.differential, problems: state.problems, userText, turn: Math.max(0, state.turn - 1), elevatedNow });
  if (!state.modalityProposal) return { modality: rulesPlan, backend: { modality: "offline" } };
  const conditionIds = [
    ...state.differential.filter((d) => d.status !== "rule-out").slice(0, 2).map((d) => d.conditionId),
    ...state.problems.map((p) => p.conditionId),
  ];
  const { plan, notes } = groundModality(state.modalityProposal, { conditionIds, rulesPlan, userText });
  const kept = notes.some((n) => n.kind === "unknown_modality" || n.kind === "modality_not_indicated" || n.kind === "modality_tried_without_benefit");
  return {
    modality: plan,
    backend: { modality: kept ? "offline" : notes.length ? "model+corrected" : "model" },
    ...(notes.length ? { corrections: correctionsFor("selectModality", state.turn, notes) } : {}),
  };
}
