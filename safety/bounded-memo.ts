/**
 * A bounded memo: the last `limit` results by key, the oldest forgotten first. For pure readings
 * done again and again on one turn's texts (normalisation, a window's sentences, a word index).
 */
export class BoundedMemo<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The remembered value for `key`, or `compute()`'s, remembered (undefined values too). */
  get(key: K, compute: () => V): V {
    if (this.kept.has(key)) return this.kept.get(key) as V;
    const value = compute();
    if (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as K);
    this.kept.set(key, value);
    return value;
  }
}
