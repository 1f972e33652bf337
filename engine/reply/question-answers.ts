/**
 * Answers to the questions people most often ask a counsellor (`knowledge/psychoeducation/questions/`,
 * one file per topic, our own words, cited): each entry holds several ways people ask one question,
 * a direct answer of three or four sentences whose first sentence answers it, a step fitted to it
 * and a question to ask next. The person's question is matched against the ways of asking (TF-IDF
 * over light stems, the best paraphrase counts); a match below `MIN_MATCH` is no match, and the
 * planner answers from the sentence base as before.
 *
 * Blind raters' commonest fault after the situation check was the question itself left unanswered
 * ("will the school counsellor tell my parents?", "does online therapy work as well?"): sentences that
 * share a topic's words are not an answer to a particular question.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { cosine, idfOf, tf, weigh } from "./answer-index.js";
import { stemWord } from "./phrasing.js";
import { groundedSituations, presupposedSituations } from "./situation.js";
import { questionSentences, readRequest, type AskKind, type Request } from "./read-request.js";

const Sentence = z.string().min(8);
/** One question people ask, with its answer. */
export const QuestionEntry = z.object({
  /** `<topic>-<slug>`, unique across the base. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The kind of question (as the request reader names them). */
  kind: z.enum(["normal", "why", "how", "should", "what", "other", "therapy"]),
  /** Ways people ask it, in their registers. */
  questions: z.array(z.string().min(4)).min(3),
  /** The answer: the first sentence answers directly, the rest explain, advise and say when to get help. */
  answer: z.array(Sentence).min(2).max(5),
  /** One concrete thing to try this week, with why it helps. */
  step: z.object({ do: Sentence, why: Sentence }).optional(),
  /** A question to ask next, about something the person would not yet have said. */
  followUp: z.string().regex(/\?\s*$/).optional(),
});
export type QuestionEntry = z.infer<typeof QuestionEntry>;

/** One topic's file. */
export const QuestionFile = z.object({
  /** The psychoeducation topic id (the file's name). */
  topic: z.string().regex(/^[a-z][a-z-]*$/),
  /** The guidelines and fact sheets the answers paraphrase. */
  sources: z.array(z.string()).min(1),
  entries: z.array(QuestionEntry).min(1),
});

export interface Matched {
  entry: QuestionEntry;
  topic: string;
  score: number;
  /** The person's question it answers, when it is not the one the request reader chose. */
  question?: string;
}

interface Loaded {
  /** Each entry with its ways of asking as vectors and the situations most of them presuppose. */
  entries: Array<{ entry: QuestionEntry; topic: string; vectors: Array<Map<string, number>>; situations: string[] }>;
  idf: Map<string, number>;
}
let loaded: Loaded | undefined;

/** Words of a question's frame, not its subject: "is it normal", "how can I help someone", "what's wrong with me". */
const FRAME = new Set(["normal", "wrong", "okay", "help", "helping", "support", "someone", "anyone", "anything", "person", "way", "ways", "tip", "tips", "advice", "deal", "cope", "handle", "mean", "thing", "really", "actually", "literally", "good", "bad", "better", "best", "happen", "going", "need", "say", "think", "know", "like", "right", "sure", "question", "genuine", "dumb", "stupid", "weird", "worse", "without", "make", "making", "matter", "possible", "stop", "get", "keep", "start", "try", "trying"]);
/** An IDF at which one shared word is telling (it appears in few ways of asking). */
const RARE = 4;

const FRAME_STEMS = new Set([...FRAME].map((w) => stemWord(w)).filter((w): w is string => w !== undefined));
/** American and British spellings, and the everyday words for a parent, read as one. */
const SPELLING: Array<[RegExp, string]> = [
  [/\bcounselor/gi, "counsellor"],
  [/\bcounseling/gi, "counselling"],
  [/\bbehavior/gi, "behaviour"],
  [/\b(?:mom|mommy|mam|ma)\b/gi, "mum"],
  [/\b(?:moms|mommies)\b/gi, "mums"],
  [/\bmom's\b/gi, "mum's"],
];
/** Term counts of a question without its frame words. */
function subject(text: string): Map<string, number> {
  const counts = tf(SPELLING.reduce((t, [re, to]) => t.replace(re, to), text));
  for (const w of [...counts.keys()]) if (FRAME_STEMS.has(w) || w.includes("'")) counts.delete(w);
  return counts;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../../knowledge/psychoeducation/questions");

/** Situations that more than half of an entry's ways of asking presuppose ("my dog died" → a pet). */
function commonSituations(questions: string[]): string[] {
  const counts = new Map<string, number>();
  for (const q of questions) for (const id of new Set(presupposedSituations(q).flat())) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > questions.length / 2).map(([id]) => id);
}

/** Reads and validates every file once; a malformed file is an error naming it. */
export function questionAnswers(): Loaded {
  if (loaded) return loaded;
  const raw: Array<{ entry: QuestionEntry; topic: string }> = [];
  const ids = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()) {
    const parsed = QuestionFile.safeParse(JSON.parse(readFileSync(join(DIR, file), "utf8")));
    if (!parsed.success) throw new Error(`questions: ${file} is malformed: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    if (`${parsed.data.topic}.json` !== file) throw new Error(`questions: ${file} has topic "${parsed.data.topic}"`);
    for (const entry of parsed.data.entries) {
      if (ids.has(entry.id)) throw new Error(`questions: ${file} repeats the id "${entry.id}"`);
      ids.add(entry.id);
      raw.push({ entry, topic: parsed.data.topic });
    }
  }
  const counts = raw.map((r) => r.entry.questions.map(subject));
  const idf = idfOf(counts.flat());
  loaded = { entries: raw.map((r, i) => ({ ...r, vectors: counts[i].map((c) => weigh(c, idf)), situations: commonSituations(r.entry.questions) })), idf };
  return loaded;
}

/** The least similarity of the person's question to a way of asking for the entry to answer it. */
export const MIN_MATCH = 0.5;
/** A match this close answers even when the entry's topic was not read for the message. */
export const SURE_MATCH = 0.75;

/** Kinds that may answer a kind of question (a "how do I help him" is not answered with "how do I cope"). */
const FITS: Record<AskKind, Array<QuestionEntry["kind"]>> = {
  normal: ["normal", "why", "what"],
  why: ["why", "normal", "what"],
  how: ["how", "should", "normal", "therapy"],
  should: ["should", "how", "therapy"],
  what: ["what", "why", "normal", "therapy"],
  other: ["other"],
  therapy: ["therapy", "how", "should", "what", "normal"],
  none: ["normal", "why", "how", "should", "what", "therapy"],
};

/**
 * The entry whose ways of asking best fit the person's question (its subject words; the rest of the
 * message as a weak second), from a topic read for the message unless the match is near-certain;
 * undefined when none fits well enough.
 */
export function matchQuestion(question: string | undefined, text: string, kind: AskKind, topics: ReadonlySet<string>, min = MIN_MATCH, grounded: ReadonlySet<string> = groundedSituations(`${question ?? ""}\n${text}`)): Matched | undefined {
  if (!question) return undefined;
  const { entries, idf } = questionAnswers();
  // A vague question ("why do I do this?") asks about what came before it: the sentence before it counts.
  const sentences = text.split(/(?<=[.!?])\s+/);
  const at = sentences.findIndex((x) => x.includes(question.trim().slice(0, 20)));
  const before = at > 0 ? sentences[at - 1] : "";
  let terms = subject(question);
  // "How long does this last?" after "day 5 off weed and the sweats are awful": the sentence before says what "this" is.
  if (terms.size < 2 && before) terms = subject(`${before} ${question}`);
  // Subject words no way of asking uses still count as words the match must cover ("invite").
  const asked = weigh(terms, idf);
  // One subject word ("is this depression?", "am I overreacting?") does not say which of a topic's questions it is.
  if (terms.size < 2 || !asked.size) return undefined;
  const whole = weigh(subject(text), idf);
  let best: Matched | undefined;
  for (const e of entries) {
    if (!FITS[kind].includes(e.entry.kind)) continue;
    // An entry about a situation (a pet's death, a partner's affair) answers only someone in it.
    if (!e.situations.every((id) => grounded.has(id))) continue;
    const read = topics.has(e.topic);
    let top = 0;
    // Two subject words in common at least: one shared word ("nothing", "therapist") is not the same
    // question — unless it is a rare word ("bonded") on a topic read for the message.
    for (const v of e.vectors) {
      const common = [...asked.keys()].filter((w) => v.has(w));
      const enough = common.length >= 2 || (read && common.some((w) => (idf.get(w) ?? 0) >= RARE));
      if (enough) top = Math.max(top, 0.85 * cosine(asked, v) + 0.15 * cosine(whole, v));
    }
    if (!read && top < SURE_MATCH) continue;
    if (!best || top > best.score) best = { entry: e.entry, topic: e.topic, score: top };
  }
  return best && best.score >= min ? best : undefined;
}

/**
 * The best answered question among all the person asked: a post often asks several ("Is this
 * normal? Does the grief come later? Should I be worried?"), and the one the request reader
 * chose first may be the vaguest. Each question is matched with its own kind when it has one.
 */
export function matchAnyQuestion(request: Request, text: string, kind: AskKind, topics: ReadonlySet<string>): Matched | undefined {
  const grounded = groundedSituations(text);
  let best = matchQuestion(request.question, text, kind, topics, MIN_MATCH, grounded);
  for (const q of questionSentences(text)) {
    if (q === request.question) continue;
    const own = readRequest(q).kind;
    // A question about someone else is answered as one only when the message is about them.
    if ((own === "other") !== (kind === "other")) continue;
    const m = matchQuestion(q, text, own === "none" ? kind : own, topics, MIN_MATCH, grounded);
    if (m && (!best || m.score > best.score)) best = { ...m, question: q };
  }
  return best;
}
