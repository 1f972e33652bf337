/**
 * Sentence-level retrieval over the whole psychoeducation base: which of its sentences answers
 * this person's question best, whatever topic file it sits in. Each sentence is a TF-IDF vector
 * of light stems (IDF over the base's own sentences); the query is the person's question (counted
 * twice) and message. A sentence scores by cosine similarity, plus a little for the topics read
 * for the message and for the kind of question it was written to answer. Sentences written for a
 * particular situation ("If money keeps causing friction, ...") stand only when the person's
 * words name that situation.
 */
import { psychoeducation, type PsychoEdTopic } from "./psychoeducation.js";
import { stemWord, stems } from "./phrasing.js";
import { informative } from "./fit.js";
import type { AskKind } from "./read-request.js";

export type EntryKind = "normal" | "why" | "how" | "should" | "what" | "other" | "seekHelp" | "followUp" | "step";

export interface Entry {
  topic: string;
  kind: EntryKind;
  /** The sentence (for a step: its "do"). */
  text: string;
  /** A step's reason. */
  why?: string;
  /** The situation clause a conditional sentence opens with, as stems (empty when general). */
  condition: string[];
  vector: Map<string, number>;
}

interface Index {
  entries: Entry[];
  idf: Map<string, number>;
  /**
   * Term → the entries that hold it, with its weight there (`x`) and what it counts for in the fit
   * (`f`: 0 for an everyday stem, `NAME_WEIGHT` for one naming the entry's topic, else 1): similarities
   * in time of the query's terms' postings.
   */
  postings: Map<string, Array<{ i: number; x: number; f: number }>>;
}
let built: Index | undefined;

const CONDITIONAL = /^(?:if|when|for|after|during|once|while|as|in|with|before|since|whether)\b[^,;—]{3,80}(?=[,;—])/i;
/** Words every message on a topic shares: they say nothing about the particular situation. */
const GENERIC = new Set(["family", "partner", "child", "children", "parent", "relationship", "people", "friend", "work", "time", "someone", "person", "thing", "way", "day", "week", "life", "feel", "help", "know", "want", "choos", "whether", "let", "go", "stay", "out", "become", "keep", "you", "your"]);

/** Term counts of light stems. */
export function tf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    const s = stemWord(w);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Counts weighted by IDF and normalised to unit length. */
export function weigh(counts: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [w, c] of counts) {
    const x = (1 + Math.log(c)) * (idf.get(w) ?? 0);
    if (!x) continue;
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

/** Inverse document frequency of every term over a set of documents' term counts. */
export function idfOf(docs: Array<Map<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log((docs.length + 1) / (d + 0.5)));
  return idf;
}

/** Cosine of two unit vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y) s += x * y;
  }
  return s;
}

function build(): Index {
  const raw: Array<Omit<Entry, "vector"> & { counts: Map<string, number> }> = [];
  const add = (t: PsychoEdTopic, kind: EntryKind, text: string, why?: string) => {
    const condition = CONDITIONAL.exec(text)?.[0];
    raw.push({ topic: t.id, kind, text, ...(why ? { why } : {}), condition: condition ? [...stems(condition)].filter((w) => !GENERIC.has(w)) : [], counts: tf(why ? `${text} ${why}` : text) });
  };
  for (const t of psychoeducation().topics) {
    for (const kind of ["normal", "why", "how", "should", "what", "other", "seekHelp"] as const) for (const s of t[kind]) add(t, kind, s);
    for (const q of t.followUps) add(t, "followUp", q);
    for (const st of t.steps) add(t, "step", st.do, st.why);
  }
  const idf = idfOf(raw.map((r) => r.counts));
  const entries = raw.map(({ counts, ...e }) => ({ ...e, vector: weigh(counts, idf) }));
  const names = new Map<string, Set<string>>();
  const byTopic = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byTopic.get(e.topic) ?? [];
    byTopic.set(e.topic, list);
    list.push(e);
  }
  for (const [topic, list] of byTopic) {
    const df = new Map<string, number>();
    for (const e of list) for (const w of e.vector.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    names.set(topic, new Set([...df].filter(([, n]) => n >= TOPIC_NAME_SHARE * list.length).map(([w]) => w)));
  }
  const postings = new Map<string, Array<{ i: number; x: number; f: number }>>();
  entries.forEach((e, i) => {
    for (const [w, x] of e.vector) {
      const list = postings.get(w) ?? [];
      postings.set(w, list);
      list.push({ i, x, f: !informative(w) ? 0 : names.get(e.topic)?.has(w) ? NAME_WEIGHT : 1 });
    }
  });
  return { entries, idf, postings };
}

/** A stem in this share of a topic's sentences names the topic. */
const TOPIC_NAME_SHARE = 0.2;
/**
 * What a topic's own name counts for in the fit: half. "What makes a good marriage?" is met by a
 * marriage sentence that shares "marriage" and "healthy"; a wife's sudden request for a divorce is
 * not met by one that shares "marriage" alone.
 */
const NAME_WEIGHT = 0.5;

function index(): Index {
  built ??= build();
  return built;
}

export interface Query {
  /** The person's message. */
  text: string;
  /** Their question sentence, if any (it counts twice). */
  question?: string;
  /** What they asked, to prefer sentences written for that kind of question. */
  kind: AskKind;
  /** Topic scores read for the message (a prior, not a filter). */
  topics: Array<{ id: string; score: number }>;
}

export interface Scored {
  entry: Entry;
  score: number;
  /** Its similarity to the person's words alone (no topic or kind bonus). */
  sim: number;
  /** The part of `sim` carried by stems that say something about a situation (fit.ts): not "want", "year", "home". */
  fit: number;
}

/** The person's query as a vector. */
export function queryVector(q: Query): Map<string, number> {
  const counts = tf(q.text);
  if (q.question) for (const [w, c] of tf(q.question)) counts.set(w, (counts.get(w) ?? 0) + 2 * c);
  return weigh(counts, index().idf);
}

const KIND_OF: Record<AskKind, EntryKind[]> = {
  normal: ["normal", "why"],
  why: ["why", "normal"],
  how: ["how", "should"],
  should: ["should", "how"],
  what: ["what", "why"],
  other: ["other", "how"],
  therapy: ["how", "should", "what", "normal"],
  none: ["normal", "how", "why"],
};

/**
 * Entries of the given kinds, best first. A conditional sentence whose situation the person
 * never names is left out.
 */
/** Cosine of a query vector with every entry, computed once per query (a reply retrieves several kinds). */
const similarities = new WeakMap<Map<string, number>, { sims: Float64Array; fits: Float64Array }>();
function similaritiesOf(vector: Map<string, number>): { sims: Float64Array; fits: Float64Array } {
  let out = similarities.get(vector);
  if (!out) {
    const { entries, postings } = index();
    // The same dot products as `cosine`, summed over the query's terms' postings only; the fit
    // counts the situation's stems alone, not those of everyday talk, and the ones naming the topic at half.
    out = { sims: new Float64Array(entries.length), fits: new Float64Array(entries.length) };
    for (const [w, x] of vector) {
      for (const p of postings.get(w) ?? []) {
        const d = x * p.x;
        out.sims[p.i] += d;
        out.fits[p.i] += p.f * d;
      }
    }
    similarities.set(vector, out);
  }
  return out;
}

export function retrieve(q: Query, kinds: EntryKind[], vector = queryVector(q)): Scored[] {
  const { sims, fits } = similaritiesOf(vector);
  const top = q.topics[0]?.score || 1;
  const prior = new Map(q.topics.map((t) => [t.id, Math.max(0, t.score / top)]));
  const preferred = KIND_OF[q.kind];
  const wanted = new Set(kinds);
  const bonus = new Map<EntryKind, number>(kinds.map((k) => [k, preferred[0] === k ? 0.06 : preferred.includes(k) ? 0.03 : 0]));
  const out: Scored[] = [];
  const { entries } = index();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!wanted.has(e.kind)) continue;
    if (e.condition.length) {
      let named = 0;
      for (const w of e.condition) if (vector.has(w)) named++;
      if (named < Math.min(2, e.condition.length)) continue;
    }
    const sim = sims[i];
    out.push({ entry: e, score: sim + 0.12 * (prior.get(e.topic) ?? 0) + bonus.get(e.kind)!, sim, fit: fits[i] });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The kinds of answer sentence that fit a kind of question. */
export function answerKinds(kind: AskKind): EntryKind[] {
  return KIND_OF[kind];
}
