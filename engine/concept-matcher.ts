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

/** A lexicon compiled once and reused for every sentence. */
export class ConceptMatcher {
  private readonly compiled: CompiledConcept[];

  constructor(concepts: readonly SymptomConcept[]) {
    this.compiled = concepts.map((c) => ({
      id: c.id,
      patterns: c.patterns.map(compilePattern),
      exclude: (c.exclude ?? []).map(compilePattern),
    }));
  }

  /** Mentions in one sentence, at most one per concept and span, longest first when they overlap. */
  match(sentence: string): ConceptMention[] {
    const hay = buildHaystack(tokenize(sentence));
    if (!hay.tokens.length) return [];
    const mentions: ConceptMention[] = [];
    for (const concept of this.compiled) {
      const excluded = concept.exclude.flatMap((p) => matchPattern(p, hay));
      const ranges: TokenRange[] = [];
      for (const p of concept.patterns) {
        for (const r of matchPattern(p, hay)) {
          if (excluded.some((x) => overlaps(x, r))) continue;
          ranges.push(r);
        }
      }
      for (const r of mergeOverlapping(ranges)) {
        const start = hay.tokens[r.first].start;
        const end = hay.tokens[r.last].end;
        mentions.push({ concept: concept.id, start, end, quote: sentence.slice(start, end) });
      }
    }
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
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
