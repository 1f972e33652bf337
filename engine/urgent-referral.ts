/**
 * Whether a leading condition calls for seeing a professional within days: one the knowledge base
 * marks for urgent referral (psychosis, mania, an eating disorder's medical risk, dependence), on
 * something the person described — a condition put forward with none of its criteria met (the
 * learned reader's guess: unfair shifts read as a possible delusional disorder) is no such reason.
 */
import { conditionById } from "../knowledge/index.js";
import type { DifferentialEntry } from "./types.js";

export function warrantsUrgentReferral(entry: DifferentialEntry): boolean {
  const marked = entry.urgentReferral || conditionById(entry.conditionId)?.urgentReferral;
  return Boolean(marked) && entry.criteria.some((c) => c.met === true);
}
