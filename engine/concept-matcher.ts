/**
 * Finds concept mentions in a sentence with the compiled lexicon. Context (negation, history,
 * experiencer) is decided afterwards by engine/context.ts; this module only answers "which
 * concept's words occur where".
 */
import type { SymptomConcept } from "../knowledge/types.js";
import { buildHaystack, compilePattern, matchPattern, type CompiledPattern, type TokenRange } from "./lexicon-pattern.js";
import { tokenize } from "./normalize.js";

/** One concept mention: the concept id and the character span in the sentence. */
export interface ConceptMention {
  concept: string;
  start: number;
  end: number;
  /** The exact words of the sentence that matched. */
  quote: string;
}

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
  private readonly byExact = new Map<string, Set<number>>();
  private readonly byPrefix = new Map<string, Set<number>>();
  private readonly unanchored = new Set<number>();
  private readonly patterns: Array<{ concept: CompiledConcept; pattern: CompiledPattern }> = [];

  constructor(concepts: readonly SymptomConcept[]) {
    this.compiled = concepts.map((c) => ({
      id: c.id,
      patterns: c.patterns.map(compilePattern),
      exclude: (c.exclude ?? []).map(compilePattern),
    }));
    this.compiled.forEach((c) =>
      c.patterns.forEach((p) => {
        const i = this.patterns.length;
        this.patterns.push({ concept: c, pattern: p });
        if (!p.anchor) this.unanchored.add(i);
        for (const w of p.anchor?.exact ?? []) addTo(this.byExact, w, i);
        for (const w of p.anchor?.prefix ?? []) addTo(this.byPrefix, w, i);
      }),
    );
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

  /** Mentions in one sentence, at most one per concept and span, longest first when they overlap. */
  match(sentence: string): ConceptMention[] {
    const hay = buildHaystack(tokenize(sentence));
    if (!hay.tokens.length) return [];
    const mentions: ConceptMention[] = [];
    const rangesByConcept = new Map<CompiledConcept, TokenRange[]>();
    for (const index of this.candidates(hay.tokens.map((t) => t.norm))) {
      const { concept, pattern } = this.patterns[index];
      const found = matchPattern(pattern, hay);
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
        mentions.push({ concept: concept.id, start, end, quote: sentence.slice(start, end) });
      }
    }
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Keeps the longest of overlapping ranges of the same concept. */
function mergeOverlapping(ranges: TokenRange[]): TokenRange[] {
  const sorted = [...ranges].sort((a, b) => b.last - b.first - (a.last - a.first));
  const kept: TokenRange[] = [];
  for (const r of sorted) if (!kept.some((k) => overlaps(k, r))) kept.push(r);
  return kept.sort((a, b) => a.first - b.first);
}
