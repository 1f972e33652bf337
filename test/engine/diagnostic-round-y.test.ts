/**
 * Diagnostic reading, session 31 (issue #16): what fresh blind batches Y and Z taught, each as a
 * mechanism beside its contrast. Vignettes are written for these tests, in our own words.
 */
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { extractTemporal } from "../../engine/temporal.js";
import { CASE_PERSON } from "../../engine/discourse-subject.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("ry");
const top = (s: CounselingStateType) => s.differential[0]?.conditionId;
const found = (s: CounselingStateType, concept: string) => s.findings.filter((f) => f.concept === concept);
const own = (s: CounselingStateType, concept: string) => found(s, concept).filter((f) => !f.otherExperiencer && !f.negated);

describe("an onset age dated by the age the person gives", () => {
  it("'since like 15' at 23 has lasted about eight years; a month count after a filler is a duration, not an age", () => {
    expect(extractTemporal("been like this since like 15", new Date(), 23)[0]).toMatchObject({ kind: "onset", durationDays: 8 * 365 });
    expect(extractTemporal("ever since i was about 11 honestly", new Date(), 30)[0]).toMatchObject({ kind: "onset", durationDays: 19 * 365 });
    expect(extractTemporal("since maybe 4 months i cry a lot", new Date(), 30)[0]).toMatchObject({ kind: "duration", durationDays: 120 });
    // Without the person's age the onset age says nothing about how long.
    expect(extractTemporal("since i was 11", new Date())[0]).toMatchObject({ kind: "age", age: 11 });
    expect(extractTemporal("i've been awake since 9 am")).toEqual([]);
  });

  it("how long someone else's trouble has gone on is not how long the person's has", () => {
    expect(extractTemporal("i've put up with her drinking for 12 years").filter((t) => t.kind === "duration")).toEqual([]);
    expect(extractTemporal("i've been drinking for 12 years")[0]).toMatchObject({ kind: "duration", durationDays: 12 * 365 });
  });
});

describe("bipolar disorders told in people's own words", () => {
  it("ups and downs since the teens whose lows last days and never stop work read as cyclothymia, not bipolar II", async () => {
    const s = await assess(
      "24F. my mood has been up and down since like 15. i get a few days where im buzzing, sleep 5 hours and feel great, super chatty, loads of plans. then for a week or so im flat, tired, cant be bothered with anything. it never gets so bad that i cant function, i still go to uni. am i bipolar?",
    );
    expect(top(s)).toBe("cyclothymia");
    expect(found(s, "functional_impairment").every((f) => f.negated)).toBe(true);
    // The contrast: lows that last weeks are depressive episodes beside the highs.
    const t = await assess(
      "24F. i get a few days every couple of months where im buzzing, sleep 4 hours and feel amazing, talk nonstop, loads of plans. then for three weeks at a time im in bed, crying, hopeless, cant eat, cant go to uni. am i bipolar?",
    );
    expect(t.differential.slice(0, 2).map((d) => d.conditionId)).toContain("bipolar_2");
    expect(top(t)).not.toBe("cyclothymia");
  });

  it("a high that ended in a hospital stay, told as being taken in and kept there, makes bipolar I", async () => {
    const s = await assess(
      "low for a month now, no energy, cant face work. been depressed twice before. should i go back on antidepressants?",
      "a time i felt the opposite? yes, at 22. i barely slept for two weeks, i was sure i'd been chosen for something huge, talked nonstop, maxed out two credit cards and quit my course. my dad drove me to the hospital and they kept me there 10 days.",
    );
    expect(own(s, "psychiatric_admission").length).toBe(1);
    expect(top(s)).toBe("bipolar_1");
    // Someone else's admission stays theirs.
    const t = await assess("my brother was admitted to a psychiatric ward for two weeks last year and I'm worried sick about him.");
    expect(own(t, "psychiatric_admission")).toEqual([]);
  });
});

describe("one substance at a time", () => {
  it("a sobriety word in a message about cocaine is about the cocaine, not drinking", async () => {
    const s = await assess("i do coke most weekends now, sometimes midweek. tried to stay sober for a month and lasted a week. spending way too much.");
    expect(own(s, "uses_alcohol")).toEqual([]);
    expect(top(s)).toBe("stimulant_use");
    const t = await assess("i drink every night now, a bottle of wine at least. tried to stay sober for a month and lasted a week.");
    expect(own(t, "uses_alcohol").length).toBeGreaterThan(0);
  });

  it("someone else's prescription stimulant, taken to study, is stimulant use; a child's own treatment is not the parent's", async () => {
    const s = await assess("started taking my flatmate's vyvanse before exams last spring. now i cant study without it, barely eat, heart pounding.");
    expect(own(s, "uses_stimulants").length).toBeGreaterThan(0);
    const t = await assess("my son takes ritalin for his ADHD and it helps him at school.");
    expect(own(t, "uses_stimulants")).toEqual([]);
  });
});

describe("a use disorder told in the person's words", () => {
  it("needing it to study, a crash when it runs out and a broken promise to stop are its criteria; a fan at night is not a drug", async () => {
    const s = await assess(
      "been buying vyvanse off a guy in my halls since first year, way more than anyone prescribed. i cannot revise without it now. when i ran out at easter i slept for two days and felt like nothing mattered. told myself id stop after exams and that didnt happen.",
    );
    for (const c of ["craving", "withdrawal", "failed_cutdown"]) expect(own(s, c).length, c).toBeGreaterThan(0);
    expect(s.differential[0]).toMatchObject({ conditionId: "stimulant_use", status: "provisional" });
    const t = await assess("I can't sleep without it, the fan has to be on all night or I lie awake.");
    expect(own(t, "craving")).toEqual([]);
  });
});

describe("a focused worry over a general one", () => {
  it("anxiety that turns out to be about having a serious illness leads with illness anxiety, not GAD", async () => {
    const s = await assess(
      "41M. I'm anxious all the time and can't switch off in the evenings.",
      "It's mostly about my health. Since a friend got MS I'm convinced I have it. I check my hands and feet for numbness every night and read MS forums for hours. I've seen a neurologist twice, scans were clear, relieved for a day and then I think they missed something. Going on about 9 months.",
    );
    expect(top(s)).toBe("illness_anxiety");
    // The contrast: worry about everything is still generalised anxiety.
    const t = await assess(
      "I worry about everything, money, my kids, work, my parents' health, whether I locked the car, all day every day for over a year. I can't turn it off, I'm tense, tired and snappy and I can't sleep.",
    );
    expect(top(t)).toBe("gad");
  });
});

describe("grief and separations read as the person's own", () => {
  it("an engagement called off by the partner is the writer's separation", async () => {
    const s = await assess("my fiancée broke off our engagement two months ago and i can't stop crying.");
    expect(own(s, "breakup").length).toBeGreaterThan(0);
  });

  it("going back to work a week after a death is getting on with things, not a life transition, and normal grief is not a disorder", async () => {
    const s = await assess(
      "My mother died in August after a long illness; we had time to say goodbye. I went back to work after a week. I cry when I hear her favourite hymn and sometimes lie awake, but I'm eating, seeing friends and I laugh again. I just miss her.",
    );
    expect(found(s, "life_stage_change")).toEqual([]);
    expect(s.differential.some((d) => d.status === "provisional")).toBe(false);
    const t = await assess("I went back to work after maternity leave in March and I feel lost and tearful every day.");
    expect(found(t, "life_stage_change").length).toBeGreaterThan(0);
  });
});

describe("a referral letter is about the person referred", () => {
  it("'Thank you for seeing Mr …' makes the letter's 'she' and 'he' the case, and panic attacks are read from the case's symptoms", async () => {
    const s = await assess(
      "Dear Dr Okafor, thank you for seeing Mr Daniel Reyes, 34, a bus driver. Since the spring he has had sudden attacks of pounding heart, sweating, shaking and certainty that he is about to die, peaking within minutes. Cardiology tests were normal. He now dreads the next one and has stopped going to the gym in case it brings one on. Alcohol minimal, no drugs.",
    );
    // The letter's "he" is the person referred, not somebody unnamed.
    expect(found(s, "palpitations").map((f) => f.about)).toEqual([CASE_PERSON]);
    expect(found(s, "panic_attack").some((f) => !f.learned && f.about === CASE_PERSON)).toBe(true);
    expect(top(s)).toBe("panic_disorder");
    expect(own(s, "uses_alcohol")).toEqual([]);
    // Thanking a counsellor for seeing the writer opens no referral: what follows is the writer's own.
    const t = await assess("Thank you for seeing me last week. Since then I've had sudden attacks of pounding heart, sweating, shaking and a feeling that I'm dying. They come out of nowhere.");
    expect(t.subject).toEqual({ kind: "self" });
    expect(own(t, "panic_attack").length).toBe(1);
  });
});

describe("a fear of dying is a symptom, not a loss", () => {
  it("'a feeling that he is dying' in a referral keeps every symptom of the sentence the case's; 'my mum is dying' is the writer's loss", async () => {
    const s = await assess("Thank you for seeing Mr Tomas Lind, 41. Since the summer he has had sudden attacks of pounding heart, sweating and a feeling that he is dying.");
    expect(["palpitations", "sweating"].map((c) => found(s, c)[0]?.about)).toEqual([CASE_PERSON, CASE_PERSON]);
    const t = await assess("My mum is dying and I can't sleep or eat.");
    expect(own(t, "insomnia_initial").length + own(t, "insomnia_maintenance").length).toBeGreaterThan(0);
  });
});

describe("named diagnoses and the words around a drug", () => {
  it("depression a person names as their own is listed beside what else they describe; asking whether they have it is not naming it", async () => {
    const s = await assess(
      "I've had PTSD for years without my family knowing. The flashbacks are so vivid it's like it's happening again, and I jump at every noise. I'm scared and paranoid. I also have depression, which I've struggled with since I was young.",
    );
    expect(s.differential.slice(0, 3).map((d) => d.conditionId)).toContain("mdd_single");
    const t = await assess("Do I have depression? I've had PTSD for years, the flashbacks are like it's happening again.");
    expect(t.findings.some((f) => f.concept === "depression_named")).toBe(false);
  });

  it("'Coke' opening a sentence about weekends is cocaine; a cola is not", async () => {
    const s = await assess("Coke started as a Saturday thing. Now it's Thursday to Sunday and I'm wrecked every Monday.");
    expect(own(s, "uses_cocaine").length).toBeGreaterThan(0);
    const t = await assess("I drank a coke on Saturday and felt fine.");
    expect(own(t, "uses_cocaine")).toEqual([]);
  });

  it("a high told as weeks on two hours' sleep, money run up on a card and a mission to save the country is mania", async () => {
    const s = await assess(
      "Been low for six weeks, sleeping all day, no energy. It's not the first time.",
      "Years ago I went about three weeks on two hours' sleep, put eight grand on my credit card for things I didn't need and was sure I'd been chosen to save the country. I was sectioned for a month.",
    );
    for (const c of ["decreased_need_for_sleep", "risky_behaviour", "grandiosity"]) expect(s.findings.some((f) => f.concept === c), c).toBe(true);
    expect(top(s)).toBe("bipolar_1");
  });
});
