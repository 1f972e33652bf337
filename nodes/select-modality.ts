/**
 * selectModality: the therapeutic approach for this turn from guideline rules, with rationale
 * (the reply is planned from it). A model's proposal is grounded where its reading is merged
 * (nodes/consult-model.apply.ts, grounding/check-modality.ts).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { ELEVATED_CONCEPTS, selectModality as select } from "../engine/select-modality.js";
import { isPresent } from "../engine/presence.js";
import { userTexts } from "./messages.js";

export async function selectModality(state: CounselingStateType, _config: RunnableConfig): Promise<CounselingUpdate> {
  const userText = userTexts(state.messages).join("\n");
  const elevatedNow = state.findings.some((f) => ELEVATED_CONCEPTS.has(f.concept) && isPresent(f));
  const rulesPlan = select({ differential: state.differential, problems: state.problems, userText, turn: Math.max(0, state.turn - 1), elevatedNow });
  return { modality: rulesPlan, backend: { modality: "offline" } };
}
