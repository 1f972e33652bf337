/**
 * Finds concept mentions in a sentence with the compiled lexicon. Context (negation, history,
 * experiencer) is decided afterwards by engine/context.ts; this module only answers "which
 * concept's words occur where".
 */
import type { SymptomConcept } from "../knowledge/types.js";
import { buildHaystack, compilePattern, indexTokens, matchPattern, mayMatch, negatedInGap, type CompiledPattern, type TokenRange } from "./lexicon-pattern.js";
import { tokenize, type Token } from "./normalize.js";

/** One concept mention: the concept id and the character span in the sentence. */
export interface ConceptMention {
  concept: string;
  start: number;
  end: number;
  /** The exact words of the sentence that matched. */
  quote: string;
  /** Read by the learned symptom reader: start/end mark the word that carried it, the quote is its clause. */
  learned?: boolean;
  /** Denied inside the matched words themselves ("hears no voices"): see `negatedInGap`. */
  negatedWithin?: boolean;
}

/** A pattern's match, and whether a denial sits inside it (`negatedInGap`). */
type Reading = TokenRange & { denied?: boolean };

interface CompiledConcept {
  id: string;
  patterns: CompiledPattern[];
  exclude: CompiledPattern[];
}

/**
 * A lexicon compiled once and reused for every sentence. Thousands of patterns would be slow
 * to run one by one, so each pattern is indexed by its anchor token and only patterns whose
 * anchor occurs in the sentence are run.
 */
export class ConceptMatcher {
  private readonly compiled: CompiledConcept[];
  // Anchor word → the patterns it anchors, as packed arrays (a Set per word cost ~3× the memory).
  private readonly byExact = new Map<string, Int32Array>();
  private readonly byPrefix = new Map<string, Int32Array>();
  private readonly unanchored: number[] = [];
  private readonly patterns: Array<{ concept: CompiledConcept; pattern: CompiledPattern }> = [];

  constructor(concepts: readonly SymptomConcept[]) {
    this.compiled = concepts.map((c) => ({
      id: c.id,
      patterns: c.patterns.map(compilePattern),
      exclude: (c.exclude ?? []).map(compilePattern),
    }));
    const exact = new Map<string, number[]>();
    const prefix = new Map<string, number[]>();
    this.compiled.forEach((c) =>
      c.patterns.forEach((p) => {
        const i = this.patterns.length;
        this.patterns.push({ concept: c, pattern: p });
        if (!p.anchor) this.unanchored.push(i);
        for (const w of new Set(p.anchor?.exact ?? [])) addTo(exact, w, i);
        for (const w of new Set(p.anchor?.prefix ?? [])) addTo(prefix, w, i);
      }),
    );
    for (const [w, list] of exact) this.byExact.set(w, Int32Array.from(list));
    for (const [w, list] of prefix) this.byPrefix.set(w, Int32Array.from(list));
  }

  /** Patterns whose anchor occurs among the tokens, in lexicon order. */
  private candidates(tokens: string[]): number[] {
    const out = new Set<number>(this.unanchored);
    for (const t of tokens) {
      for (const i of this.byExact.get(t) ?? []) out.add(i);
      for (let n = 3; n <= t.length; n++) for (const i of this.byPrefix.get(t.slice(0, n)) ?? []) out.add(i);
    }
    return [...out].sort((a, b) => a - b);
  }

  /**
   * Mentions in one sentence, one per concept and span (overlapping mentions of a concept are joined).
   * `asFirstPerson` reads a sentence about someone else as if they had written it ("she weighs
   * herself" as "i weighs myself"), so the first-person lexicon finds their symptoms too; quotes
   * stay the writer's exact words.
   */
  match(sentence: string, options: { asFirstPerson?: boolean } = {}): ConceptMention[] {
    const tokens = tokenize(sentence);
    const mentions = this.matchTokens(sentence, tokens);
    if (!options.asFirstPerson || !tokens.some((t) => t.norm in FIRST_PERSON_OF)) return mentions;
    // Both readings: the lexicon has third-person phrasings too ("says she has already eaten").
    const shifted = this.matchTokens(sentence, asFirstPerson(tokens));
    for (const m of shifted) if (!mentions.some((k) => k.concept === m.concept && k.start < m.end && m.start < k.end)) mentions.push(m);
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private matchTokens(sentence: string, tokens: Token[]): ConceptMention[] {
    const hay = buildHaystack(tokens);
    if (!hay.tokens.length) return [];
    const mentions: ConceptMention[] = [];
    const rangesByConcept = new Map<CompiledConcept, Reading[]>();
    const norms = hay.tokens.map((t) => t.norm);
    const present = indexTokens(norms);
    for (const index of this.candidates(norms)) {
      const { concept, pattern } = this.patterns[index];
      if (!mayMatch(pattern, present)) continue;
      const found = matchPattern(pattern, hay).map((r) => (negatedInGap(pattern, hay, r) ? { ...r, denied: true } : r));
      if (!found.length) continue;
      const list = rangesByConcept.get(concept) ?? [];
      list.push(...found);
      rangesByConcept.set(concept, list);
    }
    for (const [concept, all] of rangesByConcept) {
      const excluded = concept.exclude.flatMap((p) => matchPattern(p, hay));
      const ranges = all.filter((r) => !excluded.some((x) => overlaps(x, r)));
      for (const r of mergeOverlapping(ranges)) {
        const start = hay.tokens[r.first].start;
        const end = hay.tokens[r.last].end;
        mentions.push({ concept: concept.id, start, end, quote: sentence.slice(start, end), ...(r.denied ? { negatedWithin: true } : {}) });
      }
    }
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** Third-person words and their first-person counterparts ("her" is read as the possessive, its usual sense in symptoms). */
const FIRST_PERSON_OF: Record<string, string> = { he: "i", she: "i", him: "me", his: "my", her: "my", hers: "mine", himself: "myself", herself: "myself" };

/** Words after which "her" is the object ("watching her through the window"), not the possessive. */
const HER_AS_OBJECT_BEFORE = new Set(["on", "in", "at", "to", "for", "from", "with", "by", "through", "and", "or", "but", "about", "into", "out", "up", "down", "off", "again", "all", "because", "when", "while", "so", "that", "if", "as", "everywhere", "home", "constantly", "day", "night", "too", "now", "anymore", "around", "across", "over", "behind", "outside", "wherever", "whenever"]);

/** Irregular third-person verbs; the rest lose their -s/-es ("eats" → "eat", "cries" → "cry", "washes" → "wash"). */
const FIRST_PERSON_VERB: Record<string, string> = { is: "am", has: "have", does: "do", goes: "go", says: "say" };
/** Words after "he"/"she" that end in s but are not verbs. */
const NOT_VERB = /^(always|sometimes|nevertheless|nowadays|afterwards|towards|perhaps|less|unless|this|thus|us|yes|its|was)$/;

/** "she barely eats" → "i barely eat": pronouns and the verb agreeing with them, up to one adverb between. */
function asFirstPerson(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    // "her" before a word that cannot be what she owns is the object: "filming her on", "follows her home".
    if (t.norm === "her" && (i + 1 === tokens.length || HER_AS_OBJECT_BEFORE.has(tokens[i + 1].norm))) return { ...t, norm: "me" };
    const shifted = FIRST_PERSON_OF[t.norm];
    if (shifted) return { ...t, norm: shifted };
    const subject = [tokens[i - 1]?.norm, tokens[i - 2]?.norm].findIndex((w) => w === "he" || w === "she");
    // "is" is short but irregular: "she is" reads "i am".
    if (subject < 0 || NOT_VERB.test(t.norm) || !/s$/.test(t.norm) || (t.norm.length < 3 && !(t.norm in FIRST_PERSON_VERB))) return t;
    const verb = FIRST_PERSON_VERB[t.norm] ?? t.norm.replace(/ies$/, "y").replace(/(sh|ch|ss|x|o)es$/, "$1").replace(/s$/, "");
    return { ...t, norm: verb };
  });
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * Joins overlapping ranges of the same concept into one: two patterns that read "won't take the
 * bus" and "the bus ... can't get off" are one mention, and the refusal inside it is part of the
 * concept, not a negation of it.
 */
function mergeOverlapping(ranges: Reading[]): Reading[] {
  const sorted = [...ranges].sort((a, b) => a.first - b.first || b.last - a.last);
  const merged: Reading[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    // Denied only when every reading joined into the mention denies it.
    if (last && r.first <= last.last) {
      last.last = Math.max(last.last, r.last);
      if (!r.denied) delete last.denied;
    } else merged.push({ ...r });
  }
  return merged;
}
