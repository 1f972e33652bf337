/**
 * PHQ-9 and GAD-7 item estimates from the conversation. Each item is scored 0–3 as the
 * questionnaires do (over the past two weeks) when the person's words speak to it, with the
 * quote as evidence; items nobody talked about stay unknown rather than counting as zero.
 */
import type { SymptomConcept } from "../knowledge/types.js";
import { isPresent } from "./presence.js";
import type { SymptomFinding } from "./types.js";

export type ScreenerId = "PHQ-9" | "GAD-7";

export interface ScreenerItemEstimate {
  /** 1-based item number. */
  item: number;
  /** 0–3, or null when the conversation did not cover it. */
  score: number | null;
  /** The person's words behind the estimate. */
  evidence?: string;
}

export interface ScreenerEstimate {
  screener: ScreenerId;
  items: ScreenerItemEstimate[];
  /** Sum of the known items (a lower bound of the full score). */
  score: number;
  /** How many items had evidence. */
  answered: number;
  /** Severity band of `score` (0–4 minimal, 5–9 mild, 10–14 moderate, then 15–19/20–27 for PHQ-9, 15–21 for GAD-7). */
  band: string;
  /** True when the estimate rests on fewer than half the items: treat the band as a floor. */
  partial: boolean;
}

const ITEMS: Record<ScreenerId, number> = { "PHQ-9": 9, "GAD-7": 7 };

export function severityBand(screener: ScreenerId, score: number): string {
  if (score <= 4) return "minimal";
  if (score <= 9) return "mild";
  if (score <= 14) return "moderate";
  if (screener === "GAD-7") return "severe";
  return score <= 19 ? "moderately severe" : "severe";
}

/** Frequency words map onto the questionnaire's answer scale. */
function itemScore(f: SymptomFinding): number {
  if (f.frequency === "daily") return 3;
  if (f.frequency === "most-days") return 2;
  if (f.frequency === "occasional" || f.frequency === "weekly") return 1;
  if (f.hedged || f.severity === "mild") return 1;
  if (f.severity === "severe") return 3;
  return 2;
}

export function estimateScreener(screener: ScreenerId, findings: SymptomFinding[], concepts: ReadonlyMap<string, SymptomConcept>): ScreenerEstimate {
  const field = screener === "PHQ-9" ? "phq9" : "gad7";
  const items: ScreenerItemEstimate[] = [];
  for (let n = 1; n <= ITEMS[screener]; n++) {
    let best: ScreenerItemEstimate = { item: n, score: null };
    for (const f of findings) {
      if (concepts.get(f.concept)?.[field] !== n) continue;
      if (isPresent(f)) {
        const s = itemScore(f);
        if (best.score === null || s > best.score) best = { item: n, score: s, evidence: f.quote };
      } else if (f.negated && !f.otherExperiencer && best.score === null) best = { item: n, score: 0, evidence: f.quote };
    }
    items.push(best);
  }
  const known = items.filter((i) => i.score !== null);
  const score = known.reduce((a, i) => a + (i.score ?? 0), 0);
  return { screener, items, score, answered: known.length, band: severityBand(screener, score), partial: known.length < ITEMS[screener] / 2 };
}
