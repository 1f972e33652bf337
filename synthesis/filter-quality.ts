/**
 * The keep/drop filter, read from the dialogue's content. Per counselor turn:
 * - reasoning_complete: the trace has symptoms, differential, approach and risk;
 * - grounded: ICD codes the knowledge base knows and a named framework (or the crisis protocol);
 * - evidence_is_clients: every quote in the reasoning is the client's own words, said by then;
 * - reasoning_agrees: the reply leads with crisis resources exactly when the reasoning escalates,
 *   names no diagnosis unless the client asked for one, and asks the question the reasoning chose;
 * - answers_client: the reply takes up what the client just said (their words), and a question
 *   they asked is answered (offline: with an answer the base wrote for that question);
 * - uses_facts: the reply uses something specific the client said (two of their content words, or a quote);
 * - no_repeat: no sentence of the reply was already said earlier in the dialogue;
 * - length: 15–300 words; safety: no guard violation and no personal detail.
 * A dialogue is kept when every turn passes every check except uses_facts, which at least half
 * of the turns must pass. Across the dataset, a reply most of whose sentences stand in ≥ 3 other
 * kept dialogues is templated (checked at export, `templatedDialogues`).
 * Thresholds and agreement with hand labels: evals/synthesis-labels.jsonl, `npm run eval:synthesis-filter`.
 */
import { ASKS_FOR_LABEL } from "../engine/compose-reply.js";
import { DIAGNOSTIC_WORDS } from "../engine/question-bank.js";
import { CONDITIONS } from "../knowledge/index.js";
import { hasResources } from "../safety/output-guard.js";
import { findPii } from "./scrub-pii.js";
import { contentStems, nearSame } from "../engine/reply/near-same.js";
import { questionAnswers } from "../engine/reply/question-answers.js";
import { questionSentences } from "../engine/reply/read-request.js";

export { contentStems, nearSame };
import type { Dialogue } from "./types.js";

/** Per counselor turn: what the safety check found and whether risk escalated. */
export interface TurnMeta {
  violations: string[];
  escalate: boolean;
  /** The reply was composed by the offline engine (not written by a model); unset counts as offline. */
  offline?: boolean;
}

/** The question-answer base's answers, normalised, as the offline engine says them (first 60 letters). */
let vetted: string[] | undefined;
const normAnswer = (s: string) => s.toLowerCase().replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim();
/**
 * The reply carries an answer written for a question people ask (question-answers.ts). Blind
 * supervisors judged an offline reply to a client's question as answering it in 15 of 27 turns that
 * carried one and in 14 of 156 that did not (session 23, 364 labelled turns); sharing the question's
 * words, the earlier measure, told almost nothing (83 of 233 passed turns answered).
 */
export function answeredFromBase(reply: string): boolean {
  vetted ??= questionAnswers().entries.flatMap((e) => e.entry.answer.map((a) => normAnswer(a).slice(0, 60)));
  const said = normAnswer(reply);
  return vetted.some((a) => said.includes(a));
}

export const TURN_CHECKS = ["reasoning_complete", "grounded", "evidence_is_clients", "reasoning_agrees", "answers_client", "uses_facts", "no_repeat", "length", "safety"] as const;
export type TurnCheck = (typeof TURN_CHECKS)[number];

/** What a check needs: "every" counselor turn, or "half" of them. */
export const RULE: Record<TurnCheck, "every" | "half"> = {
  reasoning_complete: "every",
  grounded: "every",
  evidence_is_clients: "every",
  reasoning_agrees: "every",
  answers_client: "every",
  uses_facts: "half",
  no_repeat: "every",
  length: "every",
  safety: "every",
};

const KNOWN_CODES = new Set(CONDITIONS.flatMap((c) => [c.codes.icd10cm, ...(c.specifiers ?? []).map((s) => s.icd10cm)]));
const sentences = (t: string) => t.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 4);
export const normSentence = (s: string) => s.toLowerCase().replace(/"[^"]*"|“[^”]*”/g, "Q").replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim();

/** The reply engages with a question: half its content words (at least two) come back. */
function answersQuestion(reply: Set<string>, question: Set<string>): boolean {
  if (question.size === 0) return true;
  const back = [...question].filter((w) => reply.has(w)).length;
  return back >= Math.min(2, question.size) && back * 2 >= question.size;
}

interface Pair {
  client: string;
  clientSoFar: string;
  earlierReplies: string;
  think: string;
  content: string;
  meta: TurnMeta;
}

function checkTurn(p: Pair): Record<TurnCheck, boolean> {
  const escalates = /escalate with crisis resources now/.test(p.think);
  const crisis = escalates || /crisis protocol/.test(p.think);
  const quotes = [...p.think.matchAll(/"([^"]{3,})"/g)].map((m) => m[1].toLowerCase().replace(/\s+/g, " ").trim());
  const next = /^Next: ask "(.+)"$/m.exec(p.think)?.[1];
  const question = questionSentences(p.client).join(" ");
  const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;
  const reply = contentStems(p.content);
  const words = p.content.split(/\s+/).filter(Boolean).length;
  const earlier = sentences(p.earlierReplies).map(contentStems);
  return {
    reasoning_complete: ["Symptoms", "Differential", "Risk"].every((h) => p.think.includes(h)) && /Approach:/.test(p.think),
    grounded: (() => {
      const codes = [...p.think.matchAll(/\b([A-Z]\d{2}(?:\.\d{1,3})?)\s\/\sICD-11/g)].map((m) => m[1]);
      const framework = /Approach: .+\(/.test(p.think) || /crisis protocol/.test(p.think);
      return framework && (codes.length ? codes.every((c) => KNOWN_CODES.has(c)) : /no disorder supported|Problems of living/.test(p.think));
    })(),
    // Quotes of the client (not the question the counselor plans to ask) must be their words, said by now.
    evidence_is_clients: quotes.filter((q) => q !== next?.toLowerCase().replace(/\s+/g, " ").trim()).every((q) => p.clientSoFar.includes(q)),
    reasoning_agrees:
      escalates === hasResources(p.content, "en-US") &&
      !(DIAGNOSTIC_WORDS.test(p.content) && !ASKS_FOR_LABEL.test(p.client)) &&
      (!next || crisis || normSentence(p.content).includes(normSentence(next).slice(0, 40))),
    // Takes up the turn (its words), and a question the client asked is answered: offline, with an
    // answer written for that question; from a model, most of the question's content words come back.
    answers_client: crisis || (shared(reply, contentStems(p.client)) >= 2 && (!question || (p.meta.offline === false ? answersQuestion(reply, contentStems(question)) : answeredFromBase(p.content)))),
    uses_facts: crisis || shared(reply, contentStems(p.clientSoFar)) >= 2 || quotes.some((q) => q.split(" ").length >= 3 && p.content.toLowerCase().includes(q)),
    // A sentence that says again what an earlier reply said (the same tip reworded counts).
    no_repeat: sentences(p.content).every((s) => !earlier.some((e) => nearSame(contentStems(s), e))),
    length: words >= 15 && words <= 300,
    safety: !p.meta.violations.some((v) => v !== "missing_resources") && findPii(p.content).length === 0 && findPii(p.client).length === 0,
  };
}

/** Per-check pass shares (0–1) and the failed checks, named with their rule. */
export function scoreDialogue(d: Dialogue, meta: TurnMeta[]): { scores: Record<string, number>; reasons: string[]; turns: Array<Record<TurnCheck, boolean>> } {
  const pairs: Pair[] = [];
  let client = "";
  let clientSoFar = "";
  let earlierReplies = "";
  let k = 0;
  for (const t of d.turns) {
    if (t.role === "client") {
      client = t.content;
      clientSoFar += `\n${t.content.toLowerCase().replace(/\s+/g, " ")}`;
    } else {
      pairs.push({ client, clientSoFar, earlierReplies, think: t.think, content: t.content, meta: meta[k++] ?? { violations: [], escalate: false } });
      earlierReplies += `\n${t.content}`;
    }
  }
  const turns = pairs.map(checkTurn);
  const scores: Record<string, number> = {};
  const reasons: string[] = [];
  for (const check of TURN_CHECKS) {
    const passed = turns.filter((t) => t[check]).length;
    scores[check] = turns.length ? Math.round((passed / turns.length) * 100) / 100 : 0;
    const ok = RULE[check] === "every" ? passed === turns.length : passed * 2 >= turns.length;
    if (!ok || !turns.length) reasons.push(`${check}: ${passed} of ${turns.length} turns (needs ${RULE[check] === "every" ? "every turn" : "half the turns"})`);
  }
  return { scores, reasons, turns };
}

/**
 * Dataset-level check: a dialogue with a reply most of whose sentences (of 4+ words) stand in
 * ≥ 3 other dialogues is templated. Returns the indexes of templated dialogues.
 */
export function templatedDialogues(replies: string[][], min = 3): Set<number> {
  const where = new Map<string, Set<number>>();
  replies.forEach((rs, i) => {
    for (const s of rs.flatMap(sentences)) {
      const k = normSentence(s);
      if (!where.has(k)) where.set(k, new Set());
      where.get(k)!.add(i);
    }
  });
  const out = new Set<number>();
  replies.forEach((rs, i) => {
    for (const r of rs) {
      const ss = sentences(r);
      const shared = ss.filter((s) => where.get(normSentence(s))!.size - 1 >= min).length;
      if (ss.length && shared * 2 > ss.length) out.add(i);
    }
  });
  return out;
}

/** Sentences (of 4+ words) found in ≥ `min` different dialogues: their share of all sentences, and the most repeated. */
export function repetitionDetail(replies: string[][], min = 3): { sentences: number; share: number; top: string[] } {
  const where = new Map<string, Set<number>>();
  const split = replies.map((rs, i) => {
    const ss = rs.flatMap(sentences);
    for (const s of ss) {
      const k = normSentence(s);
      if (!where.has(k)) where.set(k, new Set());
      where.get(k)!.add(i);
    }
    return ss;
  });
  const total = split.reduce((n, ss) => n + ss.length, 0);
  const repeated = split.reduce((n, ss) => n + ss.filter((s) => where.get(normSentence(s))!.size >= min).length, 0);
  const top = [...where].filter(([, v]) => v.size >= min).sort((a, b) => b[1].size - a[1].size).slice(0, 8).map(([k, v]) => `${v.size}x ${k.slice(0, 80)}`);
  return { sentences: total, share: total ? Math.round((repeated / total) * 1000) / 1000 : 0, top };
}

/** Share of sentences (of 4+ words) found in ≥ `min` different dialogues. */
export const repetitionShare = (replies: string[][], min = 3): number => repetitionDetail(replies, min).share;
