/**
 * Choosing what the base says to this person: which topics were read with enough confidence to
 * answer from, which sentences a label may appear in, and the pick among the best-fitting
 * sentences (near-ties chosen by the person's words, nothing said twice in a thread). Shared by
 * the planner, the crisis path and the model path.
 */
import { DIAGNOSTIC_WORDS } from "../question-bank.js";
import type { Entry, Scored } from "./answer-index.js";
import { Said, hash } from "./phrasing.js";
import { MIN_TOPIC_SCORE, type TopicScore } from "./psychoeducation.js";
import type { AskKind } from "./read-request.js";

/** A KB sentence may name a condition only when the person asked what it is or named it first. */
export function allowed(sentence: string, kind: AskKind, text: string): boolean {
  const label = sentence.match(DIAGNOSTIC_WORDS)?.[0];
  if (!label) return true;
  return kind === "what" || new RegExp(`\\b${label.slice(0, 6)}`, "i").test(text);
}

export function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Topics that are a person's own difficulty (as against a relationship's). */
export const CLINICAL = /^(depression|anxiety|sleep|trauma|substance-use|eating-body-image|self-harm|intrusive-thoughts|grief|anger|self-esteem|stress|diagnosis-questions)$/;

/** The least retrieval score at which a sentence of the base counts as answering the person. */
export const MIN_ANSWER = 0.16;
export const MIN_STEP = 0.14;
/** The least score for the one step a topic gives when none of its steps shares the person's words (about the topic's prior alone). */
export const MIN_LONE_STEP = 0.1;
export const CONFIDENT_ANSWER = 0.3;
/**
 * The least similarity to the person's own words (without the topic's or the question kind's
 * bonus) for a sentence of a topic other than the question's to be said: a sentence that shares
 * nothing with what they wrote is that topic's advice for someone else.
 */
export const MIN_SIM = 0.06;
/**
 * The least similarity to the person's own words for a sentence of the topic the question is
 * about: the topic being right is not enough — a sentence that shares none of their words ("agree
 * what feels okay online, such as contact with exes" to a man torn between his dogs and his
 * girlfriend) is that topic's advice for somebody else's situation.
 */
export const MIN_OWN_SIM = 0.05;
/**
 * The least *fit* (similarity over the stems that say something about a situation, fit.ts) for a
 * sentence of the base to answer the person's question. On blind round K, answers that met the person
 * only on "want", "year", "home", "child" or "told" were the ones raters called advice for another
 * situation; one shared topic word ("marriage", "sex") is not enough to answer with. (Gating steps,
 * routes to help and questions the same way was tried on rounds M and N: no better blind, and replies
 * under 70 words went from 35 to 119 of CounselChat's 695.)
 */
export const MIN_ANSWER_FIT = 0.09;
/** The least fit for a step of the base beside an answer by the question's shape (frames.ts), whose own step is the alternative. */
export const MIN_STEP_FIT = 0.06;
/** In a grounded reply (training data), the least similarity to the person's words for any sentence of the base. */
export const GROUNDED_SIM = 0.12;

/**
 * The best-scoring entry above `min`, with near-ties (within 0.03) chosen by the person's words
 * so one sentence does not answer everyone; never one said before in the thread.
 */
export function choose(scored: Scored[], min: number, seed: string, said: Said, render: (e: Entry) => string, used?: Set<Entry>): { text: string; score: number } | undefined {
  const open = scored.filter((x) => x.score >= min && !used?.has(x.entry));
  if (!open.length) return undefined;
  const best = open[0].score;
  const ties = open.filter((x) => x.score >= best - 0.03);
  const rest = open.filter((x) => x.score < best - 0.03);
  const start = hash(seed) % ties.length;
  for (const x of [...ties.slice(start), ...ties.slice(0, start), ...rest]) {
    const text = render(x.entry);
    if (!said.has(text)) {
      used?.add(x.entry);
      return { text, score: x.score };
    }
  }
  return undefined;
}

export { MIN_TOPIC_SCORE } from "./psychoeducation.js";
/** A second topic beside a confident first one needs less (a child's eating in a parenting question). */
export const MIN_SECOND_TOPIC = 0.6;


/**
 * Topics whose advice the topic read first rules out. Abuse: couples' communication exercises,
 * "listen to understand" and shared evenings assume two people on an equal footing, and couples
 * work is generally not advised while abuse is going on (the base's domestic-abuse topic, with its
 * sources), so the relationship topics lend nothing beside it.
 */
export const RULES_OUT: Record<string, readonly string[]> = {
  "domestic-abuse": ["relationships", "marriage", "intimacy", "infidelity", "jealousy", "breakup"],
};

/** The topics whose knowledge may answer: the first read with confidence, others close to it. */
export function confidentTopics(ranked: TopicScore[], kind: AskKind): Set<string> {
  const out = new Set(ranked.filter((r, i) => (i === 0 ? r.score >= MIN_TOPIC_SCORE : r.score >= Math.max(MIN_SECOND_TOPIC, 0.5 * ranked[0].score))).map((r) => r.id));
  if (kind === "therapy") out.add("therapy");
  // Only a topic read first rules others out: abuse read as a second possibility beside a marriage's
  // troubles is not enough to withhold the marriage's own advice.
  for (const ruled of RULES_OUT[ranked[0]?.id ?? ""] ?? []) out.delete(ruled);
  return out;
}
