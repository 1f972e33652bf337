/**
 * One retrieval document per condition: its name, summary, criteria, and the everyday phrasings
 * of the concepts its criteria (and its stressor) cite, so the index matches how people talk,
 * not only how manuals do. Output is sorted and deterministic, so the index's content hash only
 * changes when the knowledge does.
 */
import type { Condition, SymptomConcept } from "../knowledge/types.js";

/** Metadata stored with each document in Chroma (scalars only, as Chroma requires). */
export interface KnowledgeDocumentMetadata {
  conditionId: string;
  kind: Condition["kind"];
  family: Condition["family"];
  icd10cm: string;
  icd11: string;
}

/** A document to index. */
export interface KnowledgeDocument {
  /** Stable id (the condition id). */
  id: string;
  /** The text that is embedded and returned. */
  text: string;
  metadata: KnowledgeDocumentMetadata;
}

/** Options of buildKnowledgeDocuments. */
export interface KnowledgeDocumentOptions {
  /**
   * Lexicon patterns turned into phrasings per concept (default 6). More is not better: with a
   * cosine over hashed words every extra phrase dilutes the rest (dev recall@5 on CounselChat:
   * 0.75 with 6, 0.67 with 12, 0.60 with 30).
   */
  phrasingsPerConcept?: number;
}

/**
 * A readable phrase from a lexicon pattern: gaps (`~`, `~N`), wildcards (`_`, `#`) and optional
 * marks dropped, the first alternative of `a|b` kept and `worr*` left as its prefix. Other
 * alternatives are returned separately so their words still reach the index.
 */
export function patternPhrase(pattern: string): { phrase: string; alternatives: string[] } {
  const words: string[] = [];
  const alternatives: string[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    const token = raw.replace(/\?$/, "");
    if (/^~\d*$|^_$|^#$/.test(token) || !token) continue;
    const options = token.split("|").map((t) => t.replace(/\*$/, "")).filter(Boolean);
    if (!options.length) continue;
    words.push(options[0]);
    alternatives.push(...options.slice(1));
  }
  return { phrase: words.join(" "), alternatives };
}

/** Label, plain gloss and up to `max` phrasings of a concept, as one "; "-joined line. */
function conceptLine(concept: SymptomConcept, max: number): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const push = (s: string) => {
    const t = s.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      parts.push(t);
    }
  };
  push(concept.label);
  push(concept.plain);
  const extra: string[] = [];
  for (const pattern of concept.patterns.slice(0, max)) {
    const { phrase, alternatives } = patternPhrase(pattern);
    push(phrase);
    extra.push(...alternatives);
  }
  const extraWords = [...new Set(extra)].filter((w) => !seen.has(w));
  return extraWords.length ? `${parts.join("; ")}; ${extraWords.join(" ")}` : parts.join("; ");
}

/**
 * Builds the documents, sorted by condition id. Concepts are cited in criteria order, then
 * stressor concepts; a concept cited twice appears once. Unknown concept ids are skipped (the
 * knowledge tests catch them).
 */
export function buildKnowledgeDocuments(conditions: readonly Condition[], concepts: readonly SymptomConcept[], options: KnowledgeDocumentOptions = {}): KnowledgeDocument[] {
  const max = options.phrasingsPerConcept ?? 6;
  const byId = new Map(concepts.map((c) => [c.id, c]));
  return [...conditions]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => {
      const cited = [...new Set([...c.criteria.flatMap((g) => g.items.flatMap((i) => i.concepts)), ...(c.requiresStressor ?? [])])];
      const conceptLines = cited.flatMap((id) => {
        const concept = byId.get(id);
        return concept ? [conceptLine(concept, max)] : [];
      });
      const text = [c.name, c.summary, ...c.criteria.flatMap((g) => [g.text, ...g.items.map((i) => i.text)]), ...conceptLines].join("\n");
      return {
        id: c.id,
        text,
        metadata: { conditionId: c.id, kind: c.kind, family: c.family, icd10cm: c.codes.icd10cm, icd11: c.codes.icd11 },
      };
    });
}
