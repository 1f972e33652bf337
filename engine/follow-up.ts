/**
 * The single question with the most diagnostic value now: the unknown criterion, duration or
 * stressor that would most change the ranking, asked the way a clinician would.
 */
import type { ScoredCondition } from "./differential.js";
import type { KnowledgeModel } from "./knowledge-model.js";
import { DURATION_QUESTION, OPENING_QUESTION, STRESSOR_QUESTION, questionFor } from "./question-bank.js";

interface Candidate {
  question: string;
  value: number;
  /** What the answer would settle, for the trace. */
  about: string;
}

/** Picks the next question, avoiding ones already asked in this conversation. */
export function chooseFollowUp(scored: ScoredCondition[], model: KnowledgeModel, alreadyAsked: string[]): { question: string | null; about: string | null } {
  const asked = new Set(alreadyAsked.map((q) => q.trim()));
  const top = scored.filter((s) => s.condition.kind === "disorder" && s.status !== "rule-out").slice(0, 3);
  const candidates: Candidate[] = [];
  const rival = (s: ScoredCondition) => top.find((t) => t !== s);
  // Questions serve the leading impressions first: lower-ranked ones count for less.
  const RANK_WEIGHT = [1, 0.6, 0.4];
  top.forEach((s, rank) => {
    const before = candidates.length;
    collect(s);
    for (let i = before; i < candidates.length; i++) candidates[i].value *= RANK_WEIGHT[rank];
  });
  function collect(s: ScoredCondition): void {
    const shortOfProvisional = s.status !== "provisional";
    if (s.time === "unknown" && s.condition.time?.minDays) {
      candidates.push({ question: DURATION_QUESTION, value: s.likelihood * (shortOfProvisional ? 1.1 : 0.6), about: `${s.condition.id}: ${s.condition.time.text}` });
    }
    if (s.stressor === "unknown") {
      candidates.push({ question: STRESSOR_QUESTION, value: s.likelihood * 0.9, about: `${s.condition.id}: stressor` });
    }
    for (const g of s.groups) {
      const gap = g.require - g.metCount;
      const unknown = g.items.filter((i) => i.met === null);
      for (const i of unknown) {
        // Items that separate this condition from its closest rival are worth more.
        const r = rival(s);
        const shared = r ? r.groups.some((rg) => rg.items.some((ri) => ri.item.concepts.some((k) => i.item.concepts.includes(k)))) : false;
        const closes = gap > 0 ? (gap <= 1 ? 1 : 0.7) : 0.25;
        const value = s.likelihood * closes * (shared ? 0.7 : 1) * (i.item.core ? 1.2 : 1) * (i.item.weight ?? 1) ** 0.3;
        const conceptId = i.item.concepts[0];
        candidates.push({ question: questionFor(model.concepts.get(conceptId), conceptId), value, about: `${i.id} (${i.text})` });
      }
    }
  }
  candidates.sort((a, b) => b.value - a.value);
  const next = candidates.find((c) => !asked.has(c.question));
  if (next) return { question: next.question, about: next.about };
  if (!top.length && !asked.has(OPENING_QUESTION)) return { question: OPENING_QUESTION, about: "open exploration" };
  return { question: null, about: null };
}
