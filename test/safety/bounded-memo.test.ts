/** The bounded memo behind the readers' caches: the last N results, the oldest forgotten first. */
import { describe, expect, it } from "vitest";
import { BoundedMemo } from "../../safety/bounded-memo.js";

describe("BoundedMemo", () => {
  it("computes once per key while remembered, forgets the oldest beyond its limit, and remembers undefined", () => {
    const memo = new BoundedMemo<string, number | undefined>(2);
    let calls = 0;
    const read = (k: string) => memo.get(k, () => (calls++, k === "none" ? undefined : k.length));
    expect(read("ab")).toBe(2);
    expect(read("none")).toBeUndefined();
    expect(read("ab")).toBe(2);
    expect(read("none")).toBeUndefined();
    expect(calls).toBe(2);
    read("xyz"); // evicts "ab", the oldest
    expect(read("none")).toBeUndefined();
    expect(calls).toBe(3);
    read("ab");
    expect(calls).toBe(4);
  });
});
