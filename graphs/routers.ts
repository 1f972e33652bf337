/**
 * Routers: pure functions of the state naming the next node.
 */
import type { CounselingStateType } from "./state.js";

/** A turn that needs crisis handling goes straight to the crisis reply. */
export function routeAfterIntake(state: Pick<CounselingStateType, "crisis">): "crisisRespond" | "retrieve" {
  return state.crisis ? "crisisRespond" : "retrieve";
}

/** On the crisis path the reply is already written; the assessment is for clinicians only. */
export function routeAfterDifferential(state: Pick<CounselingStateType, "crisis">): "safetyCheck" | "selectModality" {
  return state.crisis ? "safetyCheck" : "selectModality";
}
