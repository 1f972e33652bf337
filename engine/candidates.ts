/**
 * The conditions a model is shown for this turn: what retrieval found in the knowledge base
 * (by the dialogue so far) together with what the engine's criteria support, each with where
 * it came from, and the concepts their criteria cite. Retrieval's best and the engine's best
 * alternate, so neither crowds the other out.
 */
import type { ScoredCondition } from "./differential.js";
import type { KnowledgeModel } from "./knowledge-model.js";
import type { RetrievedKnowledge, SymptomFinding } from "./types.js";
import type { Condition, SymptomConcept } from "../knowledge/types.js";

/** A condition shown to the model, and why. */
export interface Candidate {
  /** Condition id. */
  conditionId: string;
  /** Condition name. */
  name: string;
  /** Who proposed it: retrieval (Chroma), the engine's criteria, or both. */
  from: Array<"retrieval" | "engine">;
}

/** Up to `limit` candidates, interleaving retrieval's and the engine's, most likely first. */
export function chooseCandidates(retrieved: RetrievedKnowledge[], scored: ScoredCondition[], model: KnowledgeModel, limit: number): Candidate[] {
  const byRetrieval = retrieved.map((r) => r.conditionId);
  const byEngine = scored.filter((s) => s.status !== "rule-out" || s.likelihood > 0.2).map((s) => s.condition.id);
  const order: string[] = [];
  for (let i = 0; i < Math.max(byRetrieval.length, byEngine.length); i++) {
    for (const id of [byEngine[i], byRetrieval[i]]) if (id && !order.includes(id)) order.push(id);
  }
  return order
    .map((id) => model.conditions.find((c) => c.id === id))
    .filter((c): c is Condition => !!c)
    .slice(0, limit)
    .map((c) => ({
      conditionId: c.id,
      name: c.name,
      from: [...(byRetrieval.includes(c.id) ? (["retrieval"] as const) : []), ...(byEngine.includes(c.id) ? (["engine"] as const) : [])],
    }));
}

/** Concepts worth offering: those found, then those the candidates' criteria cite, at most `limit`. */
export function candidateConcepts(candidates: readonly Condition[], findings: readonly SymptomFinding[], model: KnowledgeModel, limit: number): SymptomConcept[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id) && model.concepts.has(id)) ids.push(id);
  };
  for (const f of findings) add(f.concept);
  // Round-robin over the candidates' items so every candidate gets its hallmark concepts in.
  const lists = candidates.map((c) => [...(c.requiresStressor ?? []), ...c.criteria.flatMap((g) => g.items.flatMap((i) => i.concepts))]);
  for (let i = 0; ids.length < limit && lists.some((l) => i < l.length); i++) for (const l of lists) if (l[i]) add(l[i]);
  return ids.slice(0, limit).map((id) => model.concepts.get(id)!);
}
