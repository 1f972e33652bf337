/**
 * Cases as clinicians write them (issue #16, session 28): the pertinent negatives of a history,
 * past spells that neither date nor lengthen the current episode, an onset specifier that belongs
 * to a past episode, adjustment disorder as the residual category, a clinician's case answered in
 * the first person, and the case's own pronouns read as the person's. Each test sits beside its
 * contrast; wording written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { analyzeContext } from "../../engine/context.js";
import { extractFindings } from "../../engine/extract-findings.js";
import { identifiedPerson } from "../../engine/identified-person.js";
import { knowledgeModel } from "../../engine/knowledge-model.js";
import { updateTiming } from "../../engine/timing.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("tb28");
const codes = (s: CounselingStateType) => s.differential.map((d) => d.icd10cm);
const NOW = new Date("2026-11-23T12:00:00Z");
const negatedAt = (sentence: string, words: string) => {
  const i = sentence.indexOf(words);
  return analyzeContext(sentence, { start: i, end: i + words.length }).negated;
};
const found = (text: string) => extractFindings(text, 0, knowledgeModel().matcher, NOW).findings;
const durationOf = (text: string) => updateTiming({ lifelong: false, evidence: [] }, extractFindings(text, 0, knowledgeModel().matcher, NOW).temporal).durationDays;

describe("the pertinent negatives of a history", () => {
  it("a spell denied governs the clause that describes it, across its 'when', 'where' or 'with'", () => {
    expect(negatedAt("His wife cannot recall any earlier low period, nor any time when he was oddly energetic or needed little sleep.", "needed little sleep")).toBe(true);
    expect(negatedAt("I've never had the opposite, where I went days on hardly any sleep and felt on top of the world.", "felt on top of the world")).toBe(true);
    expect(negatedAt("She has never had a run of days with a soaring mood or little need for sleep.", "little need for sleep")).toBe(true);
    // Contrast: the spell told, not denied.
    expect(negatedAt("There were times when he was oddly energetic and needed little sleep.", "needed little sleep")).toBe(false);
    expect(negatedAt("I've had the opposite too, where I went days on hardly any sleep.", "hardly any sleep")).toBe(false);
  });

  it("does not reach past a comma from words that deny no spell", () => {
    expect(negatedAt("There's no point, I feel worthless every single day.", "worthless")).toBe(false);
    expect(negatedAt("I have no time with the kids screaming, I feel exhausted.", "exhausted")).toBe(false);
  });

  it("a depressed man whose history denies any high is not read as bipolar", async () => {
    const s = await assess(
      "Referral: Mr D, 47, a bus driver, has been low and flat for two months, wakes at 4 a.m., has lost weight without trying and calls himself a failure. Neither he nor his partner can recall an earlier episode, nor any time when he was unusually lively or went without sleep.",
    );
    expect(codes(s)[0]).toMatch(/^F32/);
    expect(s.differential.slice(0, 3).some((d) => d.conditionId.startsWith("bipolar"))).toBe(false);
  });
});

describe("a past spell told in one sentence is an earlier episode", () => {
  it("its date and its length do not become the current episode's", () => {
    expect(durationOf("For three weeks I've felt flat. About five years ago I barely slept for a week and spent all my savings.")).toBe(21);
    // Contrast: a date that starts what still goes on.
    expect(durationOf("About five years ago I started feeling flat and I have felt that way ever since.")).toBeGreaterThanOrEqual(5 * 365);
    // A date and a length in one sentence that still goes on ("ever since") is the current episode's.
    expect(durationOf("About five years ago I started feeling flat and it has come for a week at a time ever since.")).toBeGreaterThanOrEqual(5 * 365);
  });

  it("an episode dated and then said to be over does not lengthen the illness", () => {
    expect(durationOf("It lasted about a week. That was four months ago and I've been fine since.")).toBe(7);
    expect(durationOf("It started four months ago.")).toBeGreaterThanOrEqual(120);
  });

  it("an onset after a birth that belongs to a past episode does not code the present one as postpartum", async () => {
    const past = await assess(
      "I'm 50. For two months I can't get going, food tastes of nothing, I sleep eleven hours and still feel wrecked, I can't concentrate on the paperwork and I feel useless.",
      "When I was 29, after my son was born, I had almost exactly this for about four months, and again at 41 for a winter. Both times I came back to normal.",
    );
    expect(codes(past)).not.toContain("F53.0");
    expect(past.differential[0].conditionId).toBe("mdd_recurrent");
    const now = await assess(
      "My baby is five weeks old. Since about a week after the birth I've felt low and empty every day, I cry most afternoons, I can't sleep even when she does, I've stopped eating properly and I feel like a terrible mother.",
    );
    expect(codes(now)[0]).toBe("F53.0");
    // One code once: postpartum depression is listed once whichever depressive condition carries it.
    expect(codes(now).filter((c) => c === "F53.0")).toHaveLength(1);
  });
});

describe("adjustment disorder is residual", () => {
  it("a disorder with its own hallmark after a stressor takes precedence however the shared symptoms score", async () => {
    const s = await assess(
      "GP note: R, 17, is stressed about her exams, withdrawn and irritable, and says she is fine. She has been running every morning and cooks her own meals.",
      "Weighed today: 41 kg at 1.66 m, down from 50 kg in the spring. Her periods stopped four months ago and she panicked when her father offered her a biscuit, saying her stomach is still too big.",
    );
    expect(s.differential[0].conditionId).toBe("anorexia");
    const exams = await assess("I'm 17 and so stressed about my exams, I snap at my parents and I can't switch off at night. I'm eating and sleeping okay otherwise.");
    expect(exams.differential.some((d) => d.conditionId === "anorexia")).toBe(false);
  });
});

describe("whose words a case's later turns are", () => {
  it("a clinician's case answered in the first person: the answer is the case's own history", async () => {
    const s = await assess(
      "A 33-year-old man describes a month of low mood, sleeping twelve hours, feeling slowed down and guilty about money. He asks whether he should start an antidepressant.",
      "Yes, once. About five years ago I hardly slept for nearly two weeks, thought I'd been chosen to fix the economy, started four companies in a week and ran up huge debts. My sister took me to A&E and I was kept on a ward for three weeks.",
    );
    expect(s.differential[0].conditionId).toBe("bipolar_1");
  });

  it("a parent's own tiredness is not counted for the child they write about", async () => {
    const texts = [
      "My son is 15 and for two months he has stayed in his room, stopped seeing friends, sleeps until the afternoon and says everything is pointless.",
      "I barely sleep myself and I'm exhausted and irritable with worry.",
    ];
    const s = await assess(...texts);
    expect(s.subject.kind).toBe("other");
    // As the differential reads them: the writer's own findings set aside, the son's kept.
    const view = identifiedPerson(s.findings, texts).findings;
    const writerOwn = view.filter((f) => f.turn === 1 && !f.negated && ["fatigue", "irritability"].includes(f.concept));
    expect(writerOwn.length).toBeGreaterThan(0);
    expect(writerOwn.every((f) => f.otherExperiencer)).toBe(true);
    expect(view.some((f) => f.turn === 0 && f.concept === "social_withdrawal" && !f.otherExperiencer)).toBe(true);
  });
});

describe("a case's own pronouns read as the person's", () => {
  it("'her' as the object is the person herself: 'filming her', 'a voice … through the walls'", () => {
    const f = found("Ms P, 31, insists that strangers in the street were filming her, and she hears her late aunt's voice criticising her through the walls.");
    expect(f.some((x) => x.concept === "persecutory_delusions")).toBe(true);
    expect(f.some((x) => x.concept === "auditory_hallucinations")).toBe(true);
    // Contrast: a voice heard for real in an ordinary place stays unread.
    expect(found("She heard her aunt's voice on the phone criticising her cooking.").some((x) => x.concept === "auditory_hallucinations")).toBe(false);
  });

  it("skin that cracks is no crack cocaine", () => {
    expect(found("I wash my hands forty times a day until they crack and bleed.").some((x) => x.concept === "uses_cocaine")).toBe(false);
    expect(found("He has been smoking crack most weekends.").some((x) => x.concept === "uses_cocaine")).toBe(true);
  });

  it("a second past spell ('and again at 44') keeps a past episode in the past", () => {
    const s = "When I was 30 I had a bad spell of depression after a breakup, and again at 44.";
    const i = s.indexOf("depression");
    expect(analyzeContext(s, { start: i, end: i + "depression".length }).historical).toBe(true);
    const now = "The depression I had at 30 is happening again.";
    const j = now.indexOf("happening again");
    expect(analyzeContext(now, { start: j, end: j + "happening again".length }).historical).toBe(false);
  });
});

describe("what the person denies and what their words are about", () => {
  it("worry denied and dread of bedtime: a sleep problem, not generalised anxiety", async () => {
    const s = await assess(
      "For about ten months I've slept badly: most nights I lie awake until two and wake again at five. It started with a house move but carried on after we settled. Now I dread going to bed and watch the clock; in the day I'm foggy and snappy. Apart from the sleep itself I'm not particularly worried or down about anything.",
    );
    expect(s.differential[0].conditionId).toBe("insomnia");
    expect(s.differential.find((d) => d.conditionId === "gad")?.status ?? "possible").not.toBe("provisional");
    expect(found("Now I dread going to bed.").some((f) => f.concept === "anxious_mood")).toBe(false);
    // Contrast: dread with no object stays anxious mood.
    expect(found("I feel a constant dread and I'm on edge all day.").some((f) => f.concept === "anxious_mood")).toBe(true);
  });

  it("the learned reader does not put forward a condition defined by a stressor nobody described", async () => {
    const s = await assess("I feel restless, and I get irritable over small things.", "I can't stop worrying about my health. It has been going on for about 8 weeks.");
    expect(s.differential[0]?.conditionId).not.toBe("adjustment");
  });

  it("avoidance told as what the person cannot do is read, not negated", () => {
    const f = found("Since a funny turn two years ago I can't even sit in the middle of a row at church.");
    expect(f.some((x) => x.concept === "agora_crowds_queues" && !x.negated)).toBe(true);
  });

  it("a referral's heading and initial open a case, and 'neither he nor his partner' is his own denial", async () => {
    const s = await assess(
      "Referral: Mr K, 52, a postman, has been low and flat for two months, wakes at 4 a.m., has lost weight without trying and calls himself a failure. Neither he nor his partner can recall an earlier episode like this.",
    );
    expect(s.subject.kind).toBe("other");
    expect(s.differential[0].conditionId).toBe("mdd_single");
  });
});

