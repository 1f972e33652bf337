/**
 * selectModality: the therapeutic approach for this turn from guideline rules, with rationale.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { selectModality as select } from "../engine/select-modality.js";
import { userTexts } from "./messages.js";

export async function selectModality(state: CounselingStateType, _config: RunnableConfig): Promise<CounselingUpdate> {
  const modality = select({
    differential: state.differential,
    problems: state.problems,
    userText: userTexts(state.messages).join("\n"),
    turn: Math.max(0, state.turn - 1),
  });
  return { modality, backend: { modality: "offline" } };
}
