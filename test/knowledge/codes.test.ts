/**
 * Codes are checked against the ICD-10-CM and ICD-11 tables (knowledge/codes/): every code a
 * condition or specifier carries is a real code, substance use disorders carry their own
 * substance's category, and no two disorders share a default code (a differential never lists
 * one code twice).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONDITIONS } from "../../knowledge/index.js";

const table = JSON.parse(readFileSync(new URL("../../knowledge/codes/icd10cm.json", import.meta.url), "utf8")) as {
  codes: Record<string, string>;
  substances: Record<string, string>;
};

const icd11 = JSON.parse(readFileSync(new URL("../../knowledge/codes/icd11.json", import.meta.url), "utf8")) as {
  codes: Record<string, string>;
  substances: Record<string, string>;
};

describe("ICD-11 codes", () => {
  it("every disorder's and specifier's ICD-11 code (each stem of a combination) is in the ICD-11 table", () => {
    const unknown: string[] = [];
    for (const c of CONDITIONS.filter((x) => x.kind === "disorder")) {
      for (const x of [c.codes, ...(c.specifiers ?? [])]) for (const stem of x.icd11.split("&")) if (!icd11.codes[stem]) unknown.push(`${c.id}: ${stem}`);
    }
    expect(unknown).toEqual([]);
  });

  it("a substance-specific specifier's ICD-11 code is its own substance's block", () => {
    const wrong: string[] = [];
    for (const c of CONDITIONS) {
      for (const s of c.specifiers ?? []) {
        const substance = icd11.substances[s.icd11.slice(0, 4)];
        const tenSubstance = table.substances[s.icd10cm.slice(0, 3)];
        if (substance && tenSubstance && substance !== tenSubstance) wrong.push(`${s.id}: ICD-10-CM ${s.icd10cm} (${tenSubstance}) but ICD-11 ${s.icd11} (${substance})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("ICD-10-CM codes", () => {
  it("every condition and specifier code is in the ICD-10-CM table", () => {
    const unknown: string[] = [];
    for (const c of CONDITIONS) for (const x of [c.codes, ...(c.specifiers ?? [])]) if (!table.codes[x.icd10cm]) unknown.push(`${c.id}: ${x.icd10cm}`);
    expect(unknown).toEqual([]);
  });

  it("a substance-specific specifier carries its own substance's category", () => {
    const wrong: string[] = [];
    for (const c of CONDITIONS) {
      for (const s of c.specifiers ?? []) {
        const cat = s.icd10cm.slice(0, 3);
        const substance = table.substances[cat];
        if (!substance) continue;
        const words = s.name.toLowerCase();
        const named = Object.values(table.substances).filter((w) => words.includes(w));
        // "Stimulant use disorder, cocaine" names both: the more specific one decides.
        const specific = named.includes("cocaine") ? "cocaine" : named.find((w) => w !== "stimulant") ?? named[0];
        if (specific && specific !== substance) wrong.push(`${s.id}: ${s.icd10cm} (${substance}) named ${specific}`);
      }
    }
    expect(wrong).toEqual([]);
    const cocaine = CONDITIONS.find((c) => c.id === "stimulant_use")!.specifiers!.filter((s) => s.when.concepts?.includes("uses_cocaine"));
    expect(cocaine.length).toBeGreaterThan(0);
    for (const s of cocaine) expect(s.icd10cm.startsWith("F14")).toBe(true);
  });

  it("no two disorders share a default ICD-10-CM code", () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const c of CONDITIONS.filter((x) => x.kind === "disorder")) {
      const prev = seen.get(c.codes.icd10cm);
      if (prev) dup.push(`${prev} and ${c.id}: ${c.codes.icd10cm}`);
      seen.set(c.codes.icd10cm, c.id);
    }
    expect(dup).toEqual([]);
  });
});
