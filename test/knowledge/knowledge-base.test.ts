import { describe, expect, it } from "vitest";
import { CONCEPTS, CONDITIONS } from "../../knowledge/index.js";
import { MODALITIES } from "../../knowledge/modalities.js";
import { compilePattern } from "../../engine/lexicon-pattern.js";

const conceptIds = new Set(CONCEPTS.map((c) => c.id));
const conditionIds = new Set(CONDITIONS.map((c) => c.id));

describe("knowledge base integrity", () => {
  it("has the breadth the product claims", () => {
    expect(CONDITIONS.filter((c) => c.kind === "disorder").length).toBeGreaterThanOrEqual(35);
    expect(CONDITIONS.filter((c) => c.kind === "problem-of-living").length).toBeGreaterThanOrEqual(3);
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(150);
  });

  it("has unique concept ids, and every pattern compiles", () => {
    const seen = new Set<string>();
    for (const c of CONCEPTS) {
      expect(seen.has(c.id), `duplicate concept ${c.id}`).toBe(false);
      seen.add(c.id);
      expect(c.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.patterns.length, `${c.id} has no patterns`).toBeGreaterThan(0);
      for (const p of [...c.patterns, ...(c.exclude ?? [])]) expect(() => compilePattern(p), `${c.id}: ${p}`).not.toThrow();
    }
  });

  it("has no pattern that shrinks to one word through a trailing optional one", () => {
    // "{washing|cleaning} rituals?" matched every "washing", and "{rash|snap} decisions?" a skin
    // rash: a lone required word with optional extras is almost always a slip.
    const lone = CONCEPTS.flatMap((c) =>
      c.patterns.filter((p) => {
        const parts = p.trim().split(/\s+/);
        const required = parts.filter((w) => !/^~\d*$/.test(w) && !w.endsWith("?") && w !== "_");
        return required.length === 1 && parts.some((w) => w.length > 1 && w.endsWith("?"));
      }).map((p) => `${c.id}: ${p}`),
    );
    expect(lone).toEqual([]);
  });

  it("has unique condition ids, prefixes and criterion ids that follow the prefix", () => {
    const ids = new Set<string>();
    const prefixes = new Set<string>();
    const criterionIds = new Set<string>();
    for (const c of CONDITIONS) {
      expect(ids.has(c.id), `duplicate condition ${c.id}`).toBe(false);
      expect(prefixes.has(c.prefix), `duplicate prefix ${c.prefix}`).toBe(false);
      ids.add(c.id);
      prefixes.add(c.prefix);
      for (const g of c.criteria) {
        for (const id of [g.id, ...g.items.map((i) => i.id)]) {
          expect(id.startsWith(`${c.prefix}.`), `${id} must start with ${c.prefix}.`).toBe(true);
          expect(criterionIds.has(id), `duplicate criterion id ${id}`).toBe(false);
          criterionIds.add(id);
        }
      }
    }
  });

  it("references only concepts, conditions and modalities that exist", () => {
    for (const c of CONDITIONS) {
      for (const g of c.criteria) {
        expect(g.require, `${g.id} require`).toBeGreaterThan(0);
        expect(g.require, `${g.id} require`).toBeLessThanOrEqual(g.items.length);
        for (const id of g.requireOneOf ?? []) expect(g.items.some((i) => i.id === id), `${g.id} requireOneOf ${id}`).toBe(true);
        for (const i of g.items) for (const k of i.concepts) expect(conceptIds.has(k), `${i.id} cites unknown concept ${k}`).toBe(true);
      }
      for (const k of c.requiresStressor ?? []) expect(conceptIds.has(k), `${c.id} stressor ${k}`).toBe(true);
      for (const x of c.exclusions) {
        for (const k of x.ifConcepts ?? []) expect(conceptIds.has(k), `${x.id} cites unknown concept ${k}`).toBe(true);
        for (const k of x.ifConditions ?? []) expect(conditionIds.has(k), `${x.id} cites unknown condition ${k}`).toBe(true);
      }
      for (const s of c.specifiers ?? []) for (const k of s.when.concepts ?? []) expect(conceptIds.has(k), `${s.id} cites ${k}`).toBe(true);
      expect(c.modalities.length, `${c.id} has no modality`).toBeGreaterThan(0);
      for (const m of c.modalities) expect(MODALITIES[m.modality], `${c.id} cites unknown modality ${m.modality}`).toBeDefined();
    }
  });

  it("codes every condition in ICD-10-CM and ICD-11 shape, and cites sources", () => {
    for (const c of CONDITIONS) {
      for (const code of [c.codes, ...(c.specifiers ?? [])]) {
        expect(code.icd10cm, c.id).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
        expect(code.icd11, c.id).toMatch(/^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?([&/][0-9A-Z.]+)*$/);
      }
      expect(c.sources.length, `${c.id} cites no source`).toBeGreaterThan(0);
      expect(c.summary.length, c.id).toBeGreaterThan(40);
    }
  });
});
