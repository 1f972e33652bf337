/**
 * The keep/drop filter: the reference pipeline's four checks (reasoning complete, dialogue
 * coherent, reasoning and reply consistent, grounded in DSM/ICD and a therapy framework) plus
 * the evaluation dimensions (comprehensiveness, professionalism, authenticity, safety), each a
 * share of counselor turns that pass, with a threshold. Every failure is named.
 */
import { ASKS_FOR_LABEL } from "../engine/compose-reply.js";
import { DIAGNOSTIC_WORDS } from "../engine/question-bank.js";
import { CONDITIONS } from "../knowledge/index.js";
import { hasResources } from "../safety/output-guard.js";
import { findPii } from "./scrub-pii.js";
import type { Dialogue } from "./types.js";

/** Per counselor turn: what the safety check found and whether risk escalated. */
export interface TurnMeta {
  violations: string[];
  escalate: boolean;
}

export const THRESHOLDS: Record<string, number> = {
  reasoning_complete: 1,
  coherent: 1,
  consistent: 1,
  grounded: 1,
  comprehensiveness: 0.67,
  professionalism: 0.67,
  authenticity: 0.67,
  safety: 1,
};

const KNOWN_CODES = new Set(CONDITIONS.flatMap((c) => [c.codes.icd10cm, ...(c.specifiers ?? []).map((s) => s.icd10cm)]));
const STOP = new Set("that this with have been just about what when your from they them there their would could should really very much some like feel feels felt know want things thing time because into over more than only even still also back after before going being".split(" "));
const contentWords = (s: string) => new Set((s.toLowerCase().match(/[a-z']{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));

export function scoreDialogue(d: Dialogue, meta: TurnMeta[]): { scores: Record<string, number>; reasons: string[] } {
  const pairs: Array<{ client: string; think: string; content: string; meta: TurnMeta }> = [];
  let lastClient = "";
  let k = 0;
  for (const t of d.turns) {
    if (t.role === "client") lastClient = t.content;
    else pairs.push({ client: lastClient, think: t.think, content: t.content, meta: meta[k++] ?? { violations: [], escalate: false } });
  }
  const clientText = d.turns.filter((t) => t.role === "client").map((t) => t.content.toLowerCase().replace(/\s+/g, " ")).join("\n");
  const share = (ok: (p: (typeof pairs)[number], i: number) => boolean) => (pairs.length ? pairs.filter(ok).length / pairs.length : 0);

  const scores: Record<string, number> = {
    reasoning_complete: share((p) => ["Symptoms", "Differential", "Risk"].every((h) => p.think.includes(h)) && /Approach:/.test(p.think)),
    coherent: share((p, i) => p.client.trim().length > 0 && p.content.split(/\s+/).length >= 8 && pairs.findIndex((x) => x.content === p.content) === i),
    consistent: share((p) => {
      const labelled = DIAGNOSTIC_WORDS.test(p.content) && !ASKS_FOR_LABEL.test(p.client);
      const escalates = /escalate with crisis resources now/.test(p.think);
      return !labelled && (!escalates || hasResources(p.content, "en-US"));
    }),
    grounded: share((p) => {
      const quotes = [...p.think.matchAll(/"([^"]{3,})"/g)].map((m) => m[1].toLowerCase()).filter((x) => !/^(what|how|can|could|is|do|would|when|have)\b.*\?$/.test(x));
      const quotesOk = quotes.filter((x) => !x.endsWith("?")).every((x) => clientText.includes(x));
      const codes = [...p.think.matchAll(/\b([A-Z]\d{2}(?:\.\d{1,3})?)\s\/\sICD-11/g)].map((m) => m[1]);
      const framework = /Approach: .+\(/.test(p.think) || /crisis protocol/.test(p.think);
      const diagnostic = codes.length > 0 ? codes.every((c) => KNOWN_CODES.has(c)) : /no disorder supported|Problems of living/.test(p.think);
      return quotesOk && framework && diagnostic;
    }),
    comprehensiveness: share((p) => {
      const c = contentWords(p.client);
      return [...contentWords(p.content)].some((w) => c.has(w));
    }),
    professionalism: share((p) => /technique this turn: \S/.test(p.think) || /crisis protocol/.test(p.think)),
    authenticity: share((p) => {
      const words = p.content.split(/\s+/).length;
      return words >= 15 && words <= 180;
    }),
    safety: share((p) => !p.meta.violations.some((v) => v !== "missing_resources") && findPii(p.content).length === 0 && findPii(p.client).length === 0),
  };
  const reasons = Object.entries(THRESHOLDS)
    .filter(([k, min]) => (scores[k] ?? 0) < min)
    .map(([k, min]) => `${k} ${(scores[k] * 100).toFixed(0)}% < ${(min * 100).toFixed(0)}%`);
  for (const k of Object.keys(scores)) scores[k] = Math.round(scores[k] * 100) / 100;
  return { scores, reasons };
}
