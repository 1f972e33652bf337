/**
 * Diagnostic reading, session 33 (issue #16): what fresh blind batches Y3 (clinicians' notes) and
 * Z3 (online register) taught, each as a mechanism beside its contrast. Vignettes are written for
 * these tests, in our own words.
 */
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { analyzeContext } from "../../engine/context.js";
import { isCaseDocument } from "../../engine/discourse-subject.js";
import { splitSentences } from "../../engine/normalize.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("ry3");
const top = (s: CounselingStateType) => s.differential[0]?.conditionId;
const listed = (s: CounselingStateType) => s.differential.map((d) => d.conditionId);
const found = (s: CounselingStateType, concept: string) => s.findings.filter((f) => f.concept === concept);
const present = (s: CounselingStateType, concept: string) => found(s, concept).filter((f) => !f.negated && !f.historical);
const negatedIn = (sentence: string, words: string) => {
  const i = sentence.indexOf(words);
  return analyzeContext(sentence, { start: i, end: i + words.length }).negated;
};

describe("a clinician's note is about its case, every sentence of it", () => {
  it("notes, consultations and clerkings are told apart from a person's own post", () => {
    expect(isCaseDocument("GP note, Leeds. 52M, plumber. c/o poor sleep and worry for 8/12. Says 'my head never stops'. Denies low mood.")).toBe(true);
    expect(isCaseDocument("Outpatient psychiatry, Perth. 40F teacher, referred by her GP. For a year she has checked the locks for hours.")).toBe(true);
    expect(isCaseDocument("Student wellbeing referral. Sam, 20, second year. Sam has stopped attending lectures and sleeps until two.")).toBe(true);
    // A person's own post, however it opens, is not.
    expect(isCaseDocument("29F, Brisbane. I'm genuinely asking because I can't tell any more if I'm normal. I check the locks every night.")).toBe(false);
    expect(isCaseDocument("GP appointment tomorrow and I'm dreading it. I've been so low I can barely get up and my mum says I should tell him everything.")).toBe(false);
  });

  it("the patient's quoted words, the subjectless notes and the pronoun sentences all count for the case", async () => {
    // The quote carries three complaints, the pronoun sentences the hallmark: both are the case's.
    const s = await assess(
      "Psychiatry clerking, Leeds. Mr K.B., 41, warehouse manager. PC: 'I'm exhausted, I can't concentrate, I can't sleep and I feel on edge all the time.' HPC: 1 yr. He checks the gas, the windows and the locks for two hours every night and washes his hands until they crack. Denies low mood.",
    );
    expect(top(s)).toBe("ocd");
  });
});

describe("sentences are not cut inside numbers and initials", () => {
  it("'BMI 41.3' and 'Mr O.A., 34' stay whole; a real full stop still ends a sentence", () => {
    expect(splitSentences("Mr O.A., 34, bank manager. BMI 41.3. She was fine.").map((x) => x.text)).toEqual(["Mr O.A., 34, bank manager.", "BMI 41.3.", "She was fine."]);
    expect(splitSentences("Plan B. The next day it was worse.").length).toBe(2);
  });
});

describe("a denial runs through its list", () => {
  it("'denies' and 'neither … nor' reach every item of the list that follows", () => {
    const note = "Denies vomiting, laxatives or diuretics, skipping the next meal, or running it off.";
    for (const item of ["laxatives", "diuretics", "skipping the next meal", "running it off"]) expect(negatedIn(note, item)).toBe(true);
    expect(negatedIn("Neither he nor his wife recalls a spell of racing thoughts, reduced need for sleep or overspending.", "reduced need for sleep")).toBe(true);
    expect(negatedIn("I've never had days when I felt invincible, talked over everyone, or spent wildly.", "spent wildly")).toBe(true);
  });

  it("a list of what is there is not denied by its first word", () => {
    expect(negatedIn("no energy, crying every day, can't face my friends", "crying every day")).toBe(false);
    expect(negatedIn("not sleeping, eating far too much, snapping at everyone", "snapping at everyone")).toBe(false);
    // A new clause after the comma ends the list.
    expect(negatedIn("Denies self-harm, he was drinking heavily at the weekend", "drinking heavily")).toBe(false);
  });
});

describe("one weighty hallmark decides between neighbours", () => {
  it("a past high that ended in a hospital admission makes bipolar I whatever the depression outweighs", async () => {
    const s = await assess(
      "GP review. Mrs D.L., 45, accountant. 7/52 of low mood, no interest in her garden or her book club, sleeping 10 hours and still exhausted, eating more, feels she has let her family down. On sick leave. Passive thoughts she would be better off asleep for good, no plans.",
      "Addendum, collateral from her husband: in 2017 pt was admitted to the neuropsychiatric hospital for four weeks after ten days of barely sleeping, talking over everyone, giving away her savings and insisting God had appointed her to run the company.",
    );
    expect(top(s)).toBe("bipolar_1");
    expect(listed(s).indexOf("bipolar_2")).not.toBe(0);
  });

  it("a person naming a diagnosis is not a hallmark of it", async () => {
    const s = await assess(
      "I'm 31 and honestly I think I'm bipolar because my mood goes up and down. For two months I've been low nearly every day, nothing interests me, I wake at 4 and can't get back to sleep, I've lost weight without trying and I feel useless. I've never had days when I didn't need sleep or felt on top of the world. Could it be bipolar?",
    );
    expect(top(s)).toBe("mdd_single");
  });

  it("a condition read from one phrase takes precedence over nothing", async () => {
    const s = await assess(
      "Staff clinic note. Mr P.O., 49, made redundant from the refinery six weeks ago after 22 years. Since then low spirits most days, trouble getting off to sleep, short with his children, has stopped going to his bowls club because people will ask what he is doing now. Alcohol unchanged, two bottles of stout at weekends. Still eats normally and enjoys the football with his son. No previous mood problems.",
    );
    expect(top(s)).toBe("adjustment");
    expect(present(s, "depressed_mood").length).toBeGreaterThan(0);
    // "low spirits" is a mood, not a drink.
    expect(found(s, "uses_alcohol").some((f) => /spirits/i.test(f.quote))).toBe(false);
  });
});

describe("when a spell happened, and how long one lasts", () => {
  it("a depression after a birth sixteen years ago is a past episode: the current one is recurrent, not postpartum", async () => {
    const s = await assess(
      "Hello. I'm 44, I teach in Pune. For six weeks I feel very low, I cry in the staff toilet, I can't mark papers, sleep comes only at 3 am and I have lost 4 kg.",
      "No, this is not the first time. Same thing came after my daughter was born in 2010, it went on some months, and again in 2017 when my father was ill. In between I was completely normal.",
    );
    expect(top(s)).toBe("mdd_recurrent");
    expect(s.differential[0].icd10cm).not.toBe("F53.0");
  });

  it("highs that last a few days at a time are not hypomanic episodes, told in a clinician's note as in a post", async () => {
    const s = await assess(
      "Primary care. 26M, chef. Since about 18 he has alternated between stretches of a few days feeling electric, sleeping five hours, chattier, planning pop-up nights, loose with money, and stretches of a week or two feeling flat and slow, cancelling plans. Never admitted, always makes his shifts, never more than three days up at a time. Cannot remember a settled month in eight years.",
    );
    expect(top(s)).toBe("cyclothymia");
    // Each mention takes the spell told before it: the highs a few days, the lows a week or two.
    expect(found(s, "elevated_mood")[0]?.spellDays).toBe(3);
    expect(found(s, "emptiness")[0]?.spellDays).toBe(7);
  });
});

describe("features in the words people and clinicians use", () => {
  it("a voice told of without 'hear', and messages put into the news for them", async () => {
    const s = await assess(
      "just tired and flat all the time, lost my job last year, dont see anyone",
      "the other thing. theres a woman's voice, been there over a year, she comments on what im doing and calls me useless. its not in my head its in the room. and the radio presenters have been putting messages in for me about what to do. i dont smoke anything.",
    );
    expect(present(s, "auditory_hallucinations").length).toBeGreaterThan(0);
    expect(present(s, "ideas_of_reference").length).toBeGreaterThan(0);
    expect(top(s)).toBe("schizophrenia");
  });

  it("a life arranged around not being sick is a phobia of vomiting; a clutter that has taken the bath and the cooker is hoarding", async () => {
    const e = await assess(
      "Is it normal to plan your whole week around not throwing up? 33F. I'd rather die than be sick again, it's been since I was 9. If someone on the bus looks a bit green I get off straight away. When a stomach bug went round the office I took a week off unpaid. I carry mints and a bag everywhere.",
    );
    expect(top(e)).toBe("specific_phobia");
    const h = await assess(
      "I'm 74 and on my own now. My son wants to hire a skip. The spare room has been full for years, the bath has things in it so I wash at the sink, and the cooker is covered so I eat cold food. Every bit of it has a use or a memory. I don't know how to let any of it go.",
    );
    expect(top(h)).toBe("hoarding");
  });

  it("a dose being cut down is not low mood or self-harm", async () => {
    const s = await assess("My doctor has been cutting my tablets down for a month and I'm shaky and can't sleep when I'm short.");
    expect(found(s, "self_harm")).toEqual([]);
    expect(found(s, "depressed_mood")).toEqual([]);
  });
});
