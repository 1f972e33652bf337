/**
 * Issue #16, session 22: symptoms read by meaning, and posts about someone else.
 * - the learned symptom reader (engine/learned/concept-net.ts) reads wording no lexicon pattern
 *   has, with ConText around the word that carried the reading; what it reads alone never makes a
 *   disorder provisional;
 * - a writer who asks how to help someone they name, or opens with them, is writing about them.
 * Sentences are written for these tests (not taken from the training or the blind batches).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFindings } from "../../engine/extract-findings.js";
import { knowledgeModel } from "../../engine/knowledge-model.js";
import { conceptNet, readConcepts } from "../../engine/learned/concept-net.js";
import { careTarget, identifiedPerson, personKey } from "../../engine/identified-person.js";
import { SELF, relationIn, sentenceSubject } from "../../engine/discourse-subject.js";
import { reasonDifferential } from "../../engine/differential.js";
import { loadConceptExamples, PRECISION } from "../../training/train-concepts.js";
import type { SymptomFinding } from "../../engine/types.js";

const model = knowledgeModel();
const read = (...messages: string[]) => messages.flatMap((m, turn) => extractFindings(m, turn, model.matcher, new Date("2026-12-01")).findings);
const lexicon = (s: string) => model.matcher.match(s).map((m) => m.concept);

describe("the learned symptom reader", () => {
  it("ships with a threshold for most concepts, each chosen on authors it never saw", () => {
    const net = conceptNet();
    expect(net).toBeDefined();
    const report = JSON.parse(readFileSync(new URL("../../training/concepts/report.json", import.meta.url), "utf8"));
    const read = Object.entries(report.perConcept as Record<string, { threshold: number | null; precision: number }>).filter(([, v]) => v.threshold !== null);
    expect(read.length).toBeGreaterThanOrEqual(30);
    for (const [c, v] of read) {
      expect(v.precision, c).toBeGreaterThanOrEqual(PRECISION);
      expect(net!.thresholds[c]).toBe(v.threshold);
    }
  });

  it("is trained only on its own authored sentences and the problems of living, never on a blind batch or CounselChat", () => {
    const { examples, authors } = loadConceptExamples();
    expect(authors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(examples.map((e) => e.source)).size).toBeGreaterThanOrEqual(authors.length);
    expect(examples.some((e) => /heldout|counselchat|blind/i.test(e.source))).toBe(false);
  });

  it("reads a voice described without the word 'voices' that the lexicon misses, as the person's own", () => {
    const s = "there's this old man who tells me what i'm doing wrong, i hear him plain as anything when the room is empty";
    expect(lexicon(s)).not.toContain("auditory_hallucinations");
    const f = read(s).find((x) => x.concept === "auditory_hallucinations");
    expect(f).toMatchObject({ learned: true, negated: false, otherExperiencer: false });
    expect(s).toContain(f!.quote);
  });

  it("reads ConText around the word that carried the reading: someone else's is theirs", () => {
    const s = "my husband hears an old man telling him what he's doing wrong when the room is empty";
    const f = read(s).find((x) => x.concept === "auditory_hallucinations");
    expect(f?.otherExperiencer).toBe(true);
  });

  it("does not read a symptom from the grammar of a sentence: a reading must survive without its function words", () => {
    // Each reads above its threshold on the whole sentence, on pronouns and auxiliaries alone.
    for (const s of ["what if he isn't who he says he is?", "what if they are right about me?", "they always seem to pick on me."]) {
      expect(readConcepts(s), s).toEqual([]);
    }
    // What carries meaning still reads, pronouns and all.
    expect(readConcepts("my neighbours put cameras in the vents to watch me").map((m) => m.concept)).toContain("persecutory_delusions");
  });

  it("leaves ordinary sentences alone", () => {
    for (const s of [
      "we had a lovely weekend at the coast and the kids loved the arcade",
      "my manager keeps moving the deadline and i'm fed up with it",
      "I heard my name called at the bus stop and it was my neighbour",
    ]) {
      expect(readConcepts(s), s).toEqual([]);
    }
  });
});

describe("what the learned reader reads alone never makes a disorder provisional", () => {
  const f = (concept: string, learned: boolean): SymptomFinding =>
    ({ concept, quote: concept, turn: 0, negated: false, hypothetical: false, otherExperiencer: false, historical: false, hedged: false, durationDays: 400, ...(learned ? { learned: true } : {}) }) as SymptomFinding;
  const opts = { provisionalThreshold: 0.45, minLikelihood: 0.05, maxDifferential: 5 };
  const statusOf = (learned: boolean) =>
    reasonDifferential([f("other_delusions", learned), f("persecutory_delusions", learned)], { lifelong: false, evidence: [], durationDays: 400 }, [], model, opts).differential.find((d) => d.conditionId === "delusional_disorder")?.status;

  it("the same hallmarks read by the lexicon make it provisional, read only by the net keep it possible", () => {
    expect(statusOf(false)).toBe("provisional");
    expect(statusOf(true)).toBe("possible");
  });
});

describe("a post about someone else", () => {
  it("names the person a ConText trigger points at", () => {
    expect(relationIn("how can I help my dad stop drinking")).toBe("your dad");
    expect(relationIn("our 15 year old son")).toBe("your son");
    expect(relationIn("I can't sleep")).toBeUndefined();
  });

  it("the person asked about, or opened with, is the one the post is about", () => {
    expect(careTarget(["What can I do to help my husband? He drinks every night."])).toBe("your husband");
    expect(careTarget(["My sister is using again. I found needles."])).toBe("your sister");
    expect(careTarget(["I can't sleep and my sister is using again."])).toBeUndefined();
  });

  it("one symptom of the person they ask how to help is enough, when the writer tells none of their own", () => {
    const texts = ["How do I get my brother to stop gambling?"];
    const f = read(...texts);
    expect(identifiedPerson(f, texts).subject).toMatchObject({ kind: "other", who: "your brother" });
    // Without the request the same single mention does not turn the assessment to him.
    const plain = ["My brother gambles and I can't sleep, I cry every day and I've lost interest in everything."];
    expect(identifiedPerson(read(...plain), plain).subject.kind).toBe("self");
  });

  it("hard drug use told of someone the writer names settles whose the post is, unless the writer tells more of their own", () => {
    const texts = ["I don't know if my ex is back on it. We split up last month and he went quiet. My ex-boyfriend has a heroin addiction and swore he was clean."];
    expect(identifiedPerson(read(...texts), texts).subject).toMatchObject({ kind: "other" });
    const mine = ["My brother uses heroin. I can't sleep, I cry every day and I've lost interest in everything."];
    expect(identifiedPerson(read(...mine), mine).subject.kind).toBe("self");
    // "How do I help my 19 year old son…": the age does not hide whom they ask about.
    expect(careTarget(["How do I help my 19 year old son who won't leave his room?"])).toBe("your son");
  });

  it("a case described in the third person, as a clinician writes one, is about that person", () => {
    const texts = [
      "A 38-year-old teacher has felt low most days for four months. She has lost interest in her garden, sleeps badly, wakes at 4am and feels worthless. She has lost weight without trying.",
    ];
    expect(identifiedPerson(read(...texts), texts).subject).toMatchObject({ kind: "other", who: "the person described" });
    expect(sentenceSubject("Mr Okafor has stopped eating.", SELF)).toEqual({ kind: "other", who: "the person described" });
    expect(sentenceSubject("The client reports hearing voices at night.", SELF)).toEqual({ kind: "other", who: "the person described" });
    // The writer's own openings stay theirs.
    for (const s of ["A 30 year old guy here, I can't sleep.", "A few years ago my mum died.", "A single mum in her thirties, that's me.", "A lot of people say I drink too much."]) {
      expect(sentenceSubject(s, SELF), s).toEqual(SELF);
    }
  });

  it("one person named in different words is one person (my mum's… my mother…)", () => {
    expect(personKey("your mum")).toBe(personKey("your mother"));
    expect(personKey("your dad")).not.toBe(personKey("your mother"));
    const texts = [
      "My mum's bungalow is piled to the ceiling with newspapers and carrier bags. My mother is 74 and lives on her own. She won't let us throw a single thing away and screams if we try. She says she'll need all of it one day.",
    ];
    expect(identifiedPerson(read(...texts), texts).subject).toMatchObject({ kind: "other", who: "your mum" });
  });
});
