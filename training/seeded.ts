/**
 * What every trainer here needs to be reproducible: a seeded PRNG (mulberry32) for the shuffle,
 * and a stable hash (FNV-1a) that puts each example in the training or held-out split.
 */

/** A seeded PRNG returning numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string (split assignment: `hash(text) % 5 === 0` is held out). */
export { fnv1a as hash } from "../safety/learned/features.js";

/** Shuffles in place (Fisher–Yates) with a seeded generator. */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
