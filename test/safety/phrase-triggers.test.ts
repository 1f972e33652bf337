/**
 * The phrase classes' pre-checks (safety/vocab/phrase.ts `classMayMatch`) may only skip work: a
 * class whose necessary words a text lacks must never be one that matches it. Checked on every
 * class of the English and five-language C-SSRS vocabularies and on every psychoeducation cue,
 * over labelled messages in many registers and languages.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText, sentences } from "../../safety/normalize-text.js";
import { classMayMatch, compileClass, compileVocabulary, phraseAnchors, wordIndex } from "../../safety/vocab/phrase.js";
import { psychoeducation } from "../../engine/reply/psychoeducation.js";

function texts(): string[] {
  const out: string[] = [];
  const files = [
    ...["authored-multi.jsonl", "authored-s21-langs.jsonl", "authored-s24-deeds.jsonl", "authored-s24-others.jsonl", "authored-ordinary.jsonl"].map((f) => `training/risk/${f}`),
    ...readdirSync("evals/final").filter((f) => f.startsWith("risk-")).map((f) => `evals/final/${f}`),
  ];
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n").filter(Boolean)) {
      const o = JSON.parse(line);
      const messages: unknown[] = o.messages ?? [o.text];
      for (const m of messages) if (typeof m === "string" && m) out.push(m);
    }
  }
  // Every third message: the languages and registers stay, the run stays short.
  return out.filter((_, i) => i % 3 === 0);
}

function classes(): Array<[string, RegExp]> {
  const en = compileVocabulary(JSON.parse(readFileSync("safety/vocab/cssrs-en.json", "utf8")));
  const multi = JSON.parse(readFileSync("safety/vocab/cssrs-multi.json", "utf8")) as Record<string, Record<string, string[] | string>>;
  const out: Array<[string, RegExp]> = Object.entries(en).map(([k, re]) => [`en.${k}`, re]);
  for (const lang of ["es", "fr", "pt", "de", "it"]) {
    for (const [c, phrases] of Object.entries(multi[lang])) if (Array.isArray(phrases)) out.push([`${lang}.${c}`, compileClass(phrases)]);
  }
  for (const [topic, cues] of psychoeducation().cues) cues.forEach((c, i) => out.push([`cue.${topic}.${i}`, c.re]));
  return out;
}

describe("phrase-class pre-checks", () => {
  it("take each phrase's most specific required word, as a prefix where the word may go on", () => {
    expect(phraseAnchors("want to die")).toEqual([{ word: "want", prefix: false }]);
    expect(phraseAnchors("overdos* on _")).toEqual([{ word: "overdos", prefix: true }]);
    expect(phraseAnchors("[hang|hanging] myself")).toEqual([{ word: "myself", prefix: false }]);
    expect(phraseAnchors("self-harm")).toEqual([{ word: "self", prefix: true }]);
    expect(phraseAnchors(".22")).toEqual([{ word: "22", prefix: false }]);
    // Optional tokens and wildcards guarantee nothing; alternatives give one word each.
    expect(phraseAnchors("[my|the]? _ [rope|cord]")).toEqual([{ word: "rope", prefix: false }, { word: "cord", prefix: false }]);
    expect(phraseAnchors("_ #")).toBeUndefined();
  });

  it("skip a class only when none of its phrases' necessary words is in the text", () => {
    const re = compileClass(["want to die", "overdos* on _"]);
    expect(classMayMatch(re, "i keep overdosing on purpose")).toBe(true);
    expect(classMayMatch(re, "i want pizza")).toBe(true);
    expect(classMayMatch(re, "nothing to see here")).toBe(false);
    expect(wordIndex("it's a .22").words.has("22")).toBe(true);
    // A pattern made some other way has no pre-check: it always runs.
    expect(classMayMatch(/anything/u, "nothing")).toBe(true);
  });

  it("never skip a class that matches, on a third of the labelled messages we have", () => {
    const all = classes();
    expect(all.length).toBeGreaterThan(1000);
    let checked = 0;
    let skipped = 0;
    const unsound: string[] = [];
    for (const t of texts()) {
      const n = normalizeText(t);
      for (const s of sentences(n.text)) {
        const text = n.text.slice(s.from, s.to);
        for (const [name, re] of all) {
          re.lastIndex = 0;
          const hit = re.test(text);
          re.lastIndex = 0;
          const may = classMayMatch(re, text);
          checked++;
          if (!may) skipped++;
          if (hit && !may) unsound.push(`${name}: ${text.slice(0, 80)}`);
        }
      }
    }
    expect(unsound).toEqual([]);
    // And it does skip: most classes cannot match most sentences.
    expect(skipped / checked).toBeGreaterThan(0.5);
  }, 120_000);
});
