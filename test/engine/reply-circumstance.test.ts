/**
 * What a sentence of the base assumes about a life, read from its shape (session 23: blind
 * supervisors of synthesised dialogues struck, in three turns of four, a sentence written for
 * somebody else's life — retirement to a man laid off, "in a new job" to someone four years in,
 * the menopause to a young man, "For parents, …" to someone with no children).
 */
import { describe, expect, it } from "vitest";
import { circumstancesOf } from "../../engine/reply/circumstance.js";
import { clausesOf } from "../../engine/reply/reflect.js";
import { planReply } from "../../engine/reply/plan-reply.js";
import { fitsSituation, groundedSituations, presupposedSituations } from "../../engine/reply/situation.js";

const base = { previousReplies: [], asked: [], turn: 0, heavy: false };

describe("a sentence's circumstances", () => {
  it("are the clause it is conditioned on, the time it is set in and the people it describes", () => {
    expect(circumstancesOf("If your landlord keeps ignoring repairs, write to them and keep a copy.")).toEqual([[["landlord", "ignoring", "repairs"]]]);
    expect(circumstancesOf("Many people feel adrift when they emigrate, even when the move was their choice.")).toEqual([[["emigrate"]]]);
    // Alternatives: any one of them will do.
    expect(circumstancesOf("Money worries often grow after a bankruptcy, eviction or repossession.")).toEqual([[["bankruptcy"], ["eviction"], ["repossession"]]]);
    // Words every life has assume nothing.
    expect(circumstancesOf("If it keeps happening, see a doctor.")).toEqual([]);
  });

  it("are said only to a person whose words carry them", () => {
    const sentence = "If your landlord keeps ignoring repairs, write to them and keep a copy.";
    expect(fitsSituation(sentence, groundedSituations("The flat is freezing and the landlord ignores every repair request I send."))).toBe(true);
    expect(fitsSituation(sentence, groundedSituations("I live with my parents and we argue about chores."))).toBe(false);
    const alternatives = "Money worries often grow after a bankruptcy, eviction or repossession.";
    expect(fitsSituation(alternatives, groundedSituations("We were evicted in June and I can't stop worrying about rent."))).toBe(true);
    expect(fitsSituation(alternatives, groundedSituations("I worry about money all the time even though I earn enough."))).toBe(false);
  });

  it("count a word of a situation the person is in ('after a bereavement' for someone whose father died)", () => {
    const bereaved = groundedSituations("My father died in the spring and I still can't concentrate.");
    expect(fitsSituation("Concentration often suffers for months after a bereavement, and it usually returns.", bereaved)).toBe(true);
  });
});

describe("a sentence that opens with a group of people", () => {
  it("addressed to the group is said only to its members", () => {
    const sentence = "For grandparents raising grandchildren, a short break each week protects your own health.";
    expect(presupposedSituations("For parents, a calm voice helps more than a long lecture.")).toEqual([["child"]]);
    const noKids = groundedSituations("I'm 26, I live alone and I snapped at a coworker today.");
    const parent = groundedSituations("My two kids fight every evening and I end up shouting.");
    expect(fitsSituation("For parents, a calm voice helps more than a long lecture.", noKids)).toBe(false);
    expect(fitsSituation("For parents, a calm voice helps more than a long lecture.", parent)).toBe(true);
    // A group the data does not list presupposes nothing by its opening.
    expect(presupposedSituations(sentence).flat()).not.toContain("child");
  });

  it("described ('Students often …') is said to its members and to someone who names the group", () => {
    const s = "Students often feel they are the only ones struggling, which is rarely true.";
    expect(fitsSituation(s, groundedSituations("I'm a nurse on nights and I feel like I'm failing."))).toBe(false);
    expect(fitsSituation(s, groundedSituations("Second year of my degree and everyone else seems to cope."))).toBe(false);
    expect(fitsSituation(s, groundedSituations("I'm a student and everyone else seems to cope."))).toBe(true);
  });
});

describe("life stages the base speaks to", () => {
  it("retirement, the menopause, a job lost, a new job and a move are presupposed, not assumed", () => {
    const youngMan = groundedSituations("day 9 without weed, 26m, night sweats and no sleep. when does it get better?");
    for (const s of [
      "Many people feel a loss of purpose when they retire, even if they looked forward to it.",
      "Night sweats around the menopause often wake people, and a doctor can help.",
      "Drinking more after redundancy or retirement is common.",
      "Feeling out of your depth in the first months of a new job is common.",
      "Homesickness and doubts about the move are normal.",
    ]) expect(fitsSituation(s, youngMan)).toBe(false);
    expect(fitsSituation("Many people feel a loss of purpose when they retire, even if they looked forward to it.", groundedSituations("I retired in March and I'm lost."))).toBe(true);
  });

  it("a day count or an age of twenty-six is not a toddler", () => {
    expect(groundedSituations("day 4 no weed, 26m").has("young-child")).toBe(false);
    expect(groundedSituations("my son, 4, won't sleep").has("young-child")).toBe(true);
    expect(groundedSituations("I (16f) hate school").has("teenager")).toBe(true);
  });
});

describe("reflections and grounded replies", () => {
  it("never say a question back as if it were a statement", () => {
    const said = clausesOf("I bought a camera and a bike this week. And can I return a camera I've already used lol").map((c) => c.said);
    expect(said.some((c) => /return a camera/.test(c))).toBe(false);
    expect(said.some((c) => /bought a camera/.test(c))).toBe(true);
  });

  it("a grounded reply says less of the base than a full one, and only what shares the person's words", () => {
    const text = "My mum died five weeks ago and I haven't cried once. I sorted her house like it was a work task. Is something wrong with me?";
    const full = planReply({ ...base, userText: text }).text;
    const grounded = planReply({ ...base, userText: text, grounded: true }).text;
    expect(grounded.split(/(?<=[.!?])\s+/).length).toBeLessThan(full.split(/(?<=[.!?])\s+/).length);
    expect(grounded).toMatch(/\?/);
  });
});

describe("a clause that opens with its subject", () => {
  it("keeps what it assumes ('after you lost your job')", () => {
    expect(circumstancesOf("Routines often slip after you lost your job, and that is common.")).toEqual([[["lost", "job"]]]);
  });
});
