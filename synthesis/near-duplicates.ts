/**
 * Near-duplicate texts (reposts, cross-posts with an edit line): word 5-gram shingles with a
 * bottom-k sketch to find candidates fast, then exact Jaccard similarity on the shingles.
 */
import { createHash } from "node:crypto";

const SHINGLE = 5;
const SKETCH = 8;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s']/gu, " ").split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length < SHINGLE) out.add(words.join(" "));
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

const hash = (s: string) => createHash("md5").update(s).digest().readUInt32BE(0);

export class NearDuplicateIndex {
  private docs = new Map<string, Set<string>>();
  private buckets = new Map<number, string[]>();

  constructor(private threshold = 0.8) {}

  private sketch(sh: Set<string>): number[] {
    return [...sh].map(hash).sort((a, b) => a - b).slice(0, SKETCH);
  }

  /** The id of an indexed text at least `threshold` similar, if any. */
  find(text: string): string | undefined {
    const sh = shingles(text);
    const candidates = new Set(this.sketch(sh).flatMap((h) => this.buckets.get(h) ?? []));
    for (const id of candidates) {
      const other = this.docs.get(id)!;
      let inter = 0;
      for (const s of sh) if (other.has(s)) inter++;
      if (inter / (sh.size + other.size - inter) >= this.threshold) return id;
    }
    return undefined;
  }

  add(id: string, text: string): void {
    const sh = shingles(text);
    this.docs.set(id, sh);
    for (const h of this.sketch(sh)) this.buckets.set(h, [...(this.buckets.get(h) ?? []), id]);
  }
}
