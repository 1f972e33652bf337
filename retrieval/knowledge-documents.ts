/**
 * One retrieval document per condition: its name, summary, criteria and the everyday
 * phrasings of the concepts its criteria cite, so the index matches how people talk.
 */
import type { Condition, SymptomConcept } from "../knowledge/types.js";

export interface KnowledgeDocument {
  id: string;
  text: string;
  metadata: { conditionId: string; kind: string; family: string; icd10cm: string; icd11: string };
}

/** Readable phrasings from lexicon patterns (wildcards and gaps dropped). */
function phrasings(concept: SymptomConcept, max: number): string[] {
  return concept.patterns
    .slice(0, max)
    .map((p) => p.split(/\s+/).filter((t) => !/^~\d*$|^_$|^#$/.test(t)).map((t) => t.replace(/\?$/, "").split("|")[0].replace(/\*$/, "")).join(" "));
}

export function buildKnowledgeDocuments(conditions: Condition[], concepts: SymptomConcept[]): KnowledgeDocument[] {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  return [...conditions]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => {
      const cited = [...new Set(c.criteria.flatMap((g) => g.items.flatMap((i) => i.concepts)))];
      const words = cited.flatMap((id) => {
        const k = byId.get(id);
        return k ? [k.label, k.plain, ...phrasings(k, 8)] : [];
      });
      const text = [c.name, c.summary, ...c.criteria.flatMap((g) => [g.text, ...g.items.map((i) => i.text)]), words.join("; ")].join("\n");
      return { id: c.id, text, metadata: { conditionId: c.id, kind: c.kind, family: c.family, icd10cm: c.codes.icd10cm, icd11: c.codes.icd11 } };
    });
}
