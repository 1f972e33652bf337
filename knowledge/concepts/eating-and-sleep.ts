import type { SymptomConcept } from "../types.js";

/** Symptom concepts of this group (filled in by the knowledge-base work). */
export const concepts: SymptomConcept[] = [];
