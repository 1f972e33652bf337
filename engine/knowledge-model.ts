/**
 * Derived, read-only views of the knowledge base that the engine needs on every turn:
 * the compiled lexicon and each concept's diagnostic specificity. Built lazily once per
 * process (no work at import time).
 */
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import type { Condition, CriterionItem, SymptomConcept } from "../knowledge/types.js";
import { ConceptMatcher } from "./concept-matcher.js";

export interface KnowledgeModel {
  conditions: readonly Condition[];
  concepts: ReadonlyMap<string, SymptomConcept>;
  matcher: ConceptMatcher;
  /** 1 for a concept one condition cites, falling towards 0.3 for concepts many conditions share. */
  specificity(conceptId: string): number;
  /** Every item id → its condition and item, for grounding checks and evidence lookups. */
  items: ReadonlyMap<string, { condition: Condition; item: CriterionItem }>;
}

let cached: KnowledgeModel | undefined;

/** Builds a model from any knowledge base (tests pass their own); the default one is cached. */
export function buildKnowledgeModel(conditions: readonly Condition[], concepts: readonly SymptomConcept[]): KnowledgeModel {
  const citedBy = new Map<string, Set<string>>();
  const items = new Map<string, { condition: Condition; item: CriterionItem }>();
  for (const c of conditions) {
    if (c.kind !== "disorder") continue;
    for (const g of c.criteria) {
      for (const i of g.items) {
        items.set(i.id, { condition: c, item: i });
        for (const k of i.concepts) {
          if (!citedBy.has(k)) citedBy.set(k, new Set());
          citedBy.get(k)!.add(c.id);
        }
      }
    }
  }
  for (const c of conditions) if (c.kind !== "disorder") for (const g of c.criteria) for (const i of g.items) items.set(i.id, { condition: c, item: i });
  const conceptMap = new Map(concepts.map((c) => [c.id, c]));
  return {
    conditions,
    concepts: conceptMap,
    matcher: new ConceptMatcher(concepts),
    specificity: (id) => {
      const n = citedBy.get(id)?.size ?? 1;
      return Math.max(0.3, 1 / Math.sqrt(n));
    },
    items,
  };
}

export function knowledgeModel(): KnowledgeModel {
  cached ??= buildKnowledgeModel(CONDITIONS, CONCEPTS);
  return cached;
}
