/**
 * Grounding for the intake model's answer: concept ids must exist in the knowledge base and
 * every quote must be the person's words; what fails is dropped and recorded. The model's
 * findings then join the rules' findings (the model's reading of context wins for a concept
 * both found, since negation and time are where lexicons are weakest).
 */
import type { SymptomFinding } from "../engine/types.js";
import { findQuote } from "./quotes.js";

export interface GroundingNote {
  kind: string;
  detail: string;
}

/** A model's findings, as the reading schema has them. */
export interface ModelFindings {
  findings: Array<{ concept: string; quote: string; negated: boolean; historical: boolean; hypothetical: boolean; aboutSomeoneElse: boolean; hedged: boolean }>;
}

export function groundExtraction(
  answer: ModelFindings,
  input: { text: string; turn: number; knownConcepts: ReadonlySet<string> },
): { findings: SymptomFinding[]; notes: GroundingNote[] } {
  const findings: SymptomFinding[] = [];
  const notes: GroundingNote[] = [];
  for (const f of answer.findings) {
    if (!input.knownConcepts.has(f.concept)) {
      notes.push({ kind: "unknown_concept", detail: `concept "${f.concept}" is not in the knowledge base; dropped` });
      continue;
    }
    const span = findQuote(input.text, f.quote);
    if (!span) {
      notes.push({ kind: "quote_not_found", detail: `quote for ${f.concept} not in the person's words: "${f.quote.slice(0, 80)}"; dropped` });
      continue;
    }
    if (findings.some((x) => x.concept === f.concept && x.quote === span)) continue;
    findings.push({
      concept: f.concept,
      quote: span,
      turn: input.turn,
      negated: f.negated,
      hedged: f.hedged,
      historical: f.historical,
      hypothetical: f.hypothetical,
      otherExperiencer: f.aboutSomeoneElse,
      source: "model",
    });
  }
  return { findings, notes };
}

/** Rules' findings plus the model's; for a concept both found, the model's version is kept. */
export function mergeFindings(rules: SymptomFinding[], model: SymptomFinding[]): SymptomFinding[] {
  const byModel = new Set(model.map((f) => f.concept));
  // Timing and severity come from the rules' temporal reader: carry them onto the model's finding.
  const enriched = model.map((m) => {
    const r = rules.find((x) => x.concept === m.concept);
    return r ? { ...r, ...m, durationDays: r.durationDays, agoDays: r.agoDays, frequency: r.frequency, severity: r.severity } : m;
  });
  return [...rules.filter((f) => !byModel.has(f.concept)), ...enriched];
}
