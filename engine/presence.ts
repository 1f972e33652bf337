import type { SymptomFinding } from "./types.js";

/** A finding that speaks for the person's present state (or their history, when allowed). */
export function isPresent(f: SymptomFinding, allowHistorical = false): boolean {
  return !f.negated && !f.hypothetical && !f.otherExperiencer && (allowHistorical || !f.historical);
}
