/**
 * Session 27 (#14), from blind raters' notes on fresh CounselChat questions: answers written for
 * someone else's situation, real questions left unanswered, no route to help, crisis scripts
 * that did not fit. Every case is our own wording, each beside its contrast.
 */
import { describe, expect, it } from "vitest";
import { answerAboutModality, clinicalReading, othersDifficulty } from "../../engine/compose-reply.js";
import { carerFollowUp } from "../../engine/carer-reply.js";
import { UNNAMED } from "../../engine/discourse-subject.js";
import { careTarget } from "../../engine/identified-person.js";
import { answerAfterSafety } from "../../engine/reply/other-paths.js";
import { bodilySymptom, planReply, situationClauses } from "../../engine/reply/plan-reply.js";
import { readTopics } from "../../engine/reply/psychoeducation.js";
import { readRequest } from "../../engine/reply/read-request.js";
import { fitsSituation, groundedSituations } from "../../engine/reply/situation.js";
import { clausesOf } from "../../engine/reply/reflect.js";
import { MIN_TOPIC_SCORE } from "../../engine/reply/select.js";
import { composeCrisisReply } from "../../safety/crisis-reply.js";
import { isPastAssault, readSituation } from "../../safety/crisis-situation.js";
import { readRisk } from "../../safety/read-risk.js";

const base = { previousReplies: [], asked: [], turn: 0, heavy: false };
const sentences = (t: string) => t.split(/(?<=[.!?])\s+/);

describe("what the person asks", () => {
  it("reads a question about the writer's own trouble as theirs, and helping someone else as helping", () => {
    expect(readRequest("How do I deal with my trauma?").kind).toBe("how");
    expect(readRequest("How can I handle my anxiety at work?").kind).toBe("how");
    // The writer is the one it happens to: not a bystander's question.
    expect(readRequest("How do I get my partner to stop verbally abusing me?").kind).toBe("how");
    expect(readRequest("How can I help my boyfriend with his anger issues?").kind).toBe("other");
    expect(readRequest("How do I get my daughter to eat?").kind).toBe("other");
  });

  it("hears a question asked as a statement, and a worry about whether to worry", () => {
    expect(readRequest("My nephew set fire to a bin at school. Just wondering whether I should be concerned about him.")).toMatchObject({ kind: "should", restated: "whether you should be concerned about him" });
    expect(readRequest("I'm not sure whether I should tell my sister.")).toMatchObject({ kind: "should", restated: "whether you should tell your sister" });
    expect(readRequest("Is this a cause for concern?")).toMatchObject({ kind: "should", restated: "whether you should be concerned" });
    expect(readRequest("My nephew set fire to a bin at school.").kind).toBe("none");
  });

  it("never leaves a restated question hanging on a cut word or an open quotation mark", () => {
    expect(readRequest("Why do I get dizzy every few weeks or so?").restated).toBe("why you get dizzy every few weeks");
    expect(readRequest('How do I cope with "never being enough?"').restated).toBe("how you can cope with never being enough");
  });

  it("answers a worry with what to look at when nothing in the base answers it", () => {
    const r = planReply({ ...base, userText: "My nephew set fire to a bin at school. Just wondering whether I should be concerned about him." });
    expect(r.text).toMatch(/pattern/);
    expect(r.text).toMatch(/whether you should be concerned about him/);
  });

  it("answers about a therapy only when it is named as one, not for the everyday word", () => {
    expect(answerAboutModality("How do I deal with my grief?")).toBeUndefined();
    expect(answerAboutModality("How do I get along with my daughter when I don't support her choices?")).toBeUndefined();
    expect(answerAboutModality("Does EMDR work for flashbacks?")).toMatch(/EMDR|desensitisation/);
  });
});

describe("who it is about", () => {
  it("reads the writer on the receiving end of the person they open with as writing about their own life", () => {
    expect(careTarget(["My mum is furious because I told her I'm gay, and she shouts at me every night."])).toBeUndefined();
    expect(careTarget(["My girlfriend never compromises with me. We argue about everything."])).toBeUndefined();
    expect(careTarget(["My brother and my best friend slept together last year."])).toBeUndefined();
    // A carer's opening stays a carer's, the family acting together included.
    expect(careTarget(["My brother is drinking every day now. He lost his job."])).toBe("your brother");
    expect(careTarget(["My dad's flat is full and he won't let us clear anything."])).toBe("your dad");
  });
});

describe("living with someone else's difficulty", () => {
  it("reads a drinking or anger problem the engine found only in someone else as theirs", () => {
    const f = (concept: string, other: boolean) => ({ concept, otherExperiencer: other, negated: false, hypothetical: false }) as never;
    expect(othersDifficulty([f("intense_anger", true)])).toEqual(["anger"]);
    expect(othersDifficulty([f("uses_alcohol", true), f("uses_alcohol", false)])).toEqual([]);
    expect(othersDifficulty([f("uses_alcohol", false)])).toEqual([]);
  });

  it("gives the writer advice for the people around someone's anger, not anger management", () => {
    const text = "Every time my girlfriend gets angry she screams names at me and smashes my things. How do I get her to stop?";
    const own = planReply({ ...base, userText: text });
    const lives = planReply({ ...base, userText: text, othersDifficulty: ["anger"] });
    expect(lives.text).toMatch(/theirs to manage|their anger|the other person/i);
    expect(lives.text).not.toBe(own.text);
  });
});

describe("a carer's questions in one piece", () => {
  it("never asks 'how long has them been like this' of a person the writer did not name", () => {
    const q = carerFollowUp(UNNAMED, {} as never, []) ?? "";
    expect(q).not.toMatch(/\bhas them\b|\bis them\b/);
    expect(q).toMatch(/this person/);
    expect(carerFollowUp("your daughter", {} as never, [])).toMatch(/your daughter/);
  });
});

describe("their situation, said back", () => {
  const long =
    "My husband moved out in the spring. He won't help with our son at all. I work nights at the hospital and my family lives abroad. Most days I feel numb and exhausted and I cry in the car before my shift. I don't know how much longer I can keep going like this, honestly.";

  it("gathers two or three of their clauses from different sentences, in the order they told them", () => {
    const picked = situationClauses(clausesOf(long), long.split(/\s+/).length);
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(picked.map((c) => c.index)).size).toBe(picked.length);
    expect(picked.map((c) => c.index)).toEqual([...picked.map((c) => c.index)].sort((a, b) => a - b));
    const r = planReply({ ...base, userText: long });
    for (const c of picked) expect(r.text).toContain(c.said);
  });

  it("keeps one clause for a short message, and no stock thank-you beside their own words", () => {
    const text = "My sister keeps borrowing money and never pays it back.";
    expect(situationClauses(clausesOf(text), 10)).toHaveLength(1);
    const r = planReply({ ...base, userText: text });
    expect(r.text).not.toMatch(/^(Thank you for|Thanks for trusting|I'm glad you (asked|wrote)|It took something)/);
    expect(r.text).toMatch(/your sister keeps borrowing money/);
  });
});

describe("nothing written for somebody else's situation", () => {
  it("gives a young person writing about their own life no parenting advice, and a parent their own", () => {
    const teen = planReply({ ...base, userText: "I'm 15 and I keep sneaking out of the house at night to see friends. I've been caught loads of times. How do I stop?" });
    expect(teen.topic).not.toBe("parenting");
    expect(teen.text).not.toMatch(/your (child|teenager|teen)\b|as a parent/i);
    const parent = planReply({ ...base, userText: "My 15 year old keeps sneaking out of the house at night and we've caught him loads of times. How do I get him to stop?" });
    expect(parent.topic).toBe("parenting");
  });

  it("says none of a topic's sentences that share nothing with what they wrote", () => {
    const r = planReply({ ...base, userText: "My boyfriend says I care more about my cat than him and we keep fighting about it. How do I balance the two?" });
    expect(r.text).not.toMatch(/\bexes\b|online|liking photos/);
  });

  it("still offers one suggestion from the topic when nothing of it shares their words", () => {
    const r = planReply({ ...base, userText: "My neighbour's dog barks all night and I'm exhausted and snappy. Any tips?" });
    expect(r.text).toMatch(/one thing you could try|something practical|a small step|it may help to|if you want to/i);
    expect(r.text).not.toMatch(/It may help to tonight/);
  });

  it("gives no couples' exercises beside abuse the risk reader found: the abuse topic leads", () => {
    const text = "My boyfriend checks my phone every night, takes my wages and tells me who I'm allowed to see, and we argue about it constantly. How do we communicate better?";
    expect(readRisk(text).flags).toContain("abuse");
    const couples = /listen to understand|summarising what|plan one enjoyable activity together|date night|check-ins?\b|each other how you are/i;
    const r = planReply({ ...base, userText: text, clinical: [{ family: "abuse", support: 0.5 }] });
    expect(r.topic).toBe("domestic-abuse");
    expect(r.text).not.toMatch(couples);
    // The crisis path's answer to their question, too.
    expect(answerAfterSafety(text, [], true) ?? "").not.toMatch(couples);
  });

  it("speaks to the one who was unfaithful as that person, and to the one cheated on as theirs", () => {
    const betrayed = /discovering betrayal|help you feel safer|being cheated on/i;
    const unfaithful = planReply({ ...base, userText: "I've cheated on my wife three times this year and she's starting to suspect. I keep lying to cover it. Should I tell her?" });
    expect(unfaithful.text).not.toMatch(betrayed);
    const cheatedOn = "My wife cheated on me with her coworker and I found the messages. I can't stop replaying it. How do I get past this?";
    expect(fitsSituation("Discovering betrayal shatters your sense of what was true.", groundedSituations(cheatedOn))).toBe(true);
    expect(fitsSituation("If you are the partner who cheated, your patience with their questions is one of the most helpful things you can offer.", groundedSituations(cheatedOn))).toBe(false);
  });

  it("does not presuppose children, a new partner or the seasons nobody mentioned", () => {
    const r = planReply({ ...base, userText: "My wife and I have been together 15 years and the spark is gone. I feel alone in my marriage. How do we reconnect?" });
    expect(r.text).not.toMatch(/before marriage or children|someone new|with the seasons/i);
  });
});

describe("where to take it next", () => {
  it("sends a bodily symptom to a doctor in the person's own words, not when it is said as absent", () => {
    expect(bodilySymptom("Every few weeks I get numbness in my left hand and then I black out for a minute.")).toBe("numbness");
    expect(bodilySymptom("My heart races before exams but there's no chest pain or anything.")).toBeUndefined();
    const r = planReply({ ...base, userText: "Every few weeks I get numbness in my left hand and then blackouts for a minute or so. Why does this keep happening to me?" });
    expect(r.text).toMatch(/doctor/);
    expect(r.text).toMatch(/numbness/);
  });

  it("names a route to help for a clinical topic even when the distress is not read as heavy", () => {
    const r = planReply({ ...base, userText: "Since the crash last year I keep having flashbacks whenever I hear brakes screech. How do I make them stop?" });
    expect(r.text).toMatch(/\b(GP|doctor|therap\w+|EMDR|counsell\w+)\b/);
  });

  it("lets the engine's clinical reading say what a message is about when the topic words don't", () => {
    const text = "Why am I upset every day when nothing is going on?";
    const depression = (clinical: Parameters<typeof readTopics>[5]) => readTopics(text, text, undefined, "", undefined, clinical).find((t) => t.id === "depression")?.score ?? 0;
    expect(readTopics(text, text)[0].score).toBeLessThan(MIN_TOPIC_SCORE);
    expect(depression([{ family: "depressive", support: 0.25 }])).toBeGreaterThanOrEqual(MIN_TOPIC_SCORE);
    // Where the words already read a topic with confidence, one criterion met pulls nothing.
    const affair = "My husband had an affair last year and I can't get past it. I keep replaying finding the messages. How do I move forward?";
    const plain = readTopics(affair, affair);
    expect(plain[0].score).toBeGreaterThanOrEqual(MIN_TOPIC_SCORE);
    expect(readTopics(affair, affair, undefined, "", undefined, [{ family: "trauma-stressor", support: 0.1 }])).toEqual(plain);
    // Only families whose criteria were met count; problems of living are not disorders.
    expect(clinicalReading([{ conditionId: "mdd_single", name: "x", icd10cm: "F32.9", icd11: "6A70.Z", likelihood: 0.1, status: "possible", criteria: [{ id: "MDD.A1", met: true, evidence: "down" }], missing: [] }] as never)).toEqual([{ family: "depressive", support: 0.1 }]);
    expect(clinicalReading([{ conditionId: "mdd_single", name: "x", icd10cm: "F32.9", icd11: "6A70.Z", likelihood: 0.1, status: "possible", criteria: [{ id: "MDD.A1", met: null }], missing: [] }] as never)).toEqual([]);
  });
});

describe("crisis replies that fit what happened", () => {
  it("reads an overdose from a medicine and its taking together, not from words sentences apart", () => {
    const apart = "She has panic attacks where she can't breathe. Her doctor suggested medication but we don't want it. Yesterday she took the dog out for the first time in weeks.";
    const apartRisk = readRisk(apart);
    expect(readSituation(apartRisk, apart)).not.toContain("overdose_taken");
    const taken = "I took all my pills an hour ago and I feel fine.";
    expect(readSituation(readRisk(taken), taken)).toContain("overdose_taken");
    const back = "I had a whole box of my mum's sleeping tablets. I took them all about an hour ago.";
    const backRisk = readRisk(back);
    expect(backRisk.escalate).toBe(true);
    expect(readSituation(backRisk, back)).toContain("overdose_taken");
  });

  it("puts a child in danger only when the harm is told of the child", () => {
    const partner = "My partner screams at me and calls me worthless every night. We have a 2 year old.";
    expect(readSituation(readRisk(partner), partner)).not.toContain("child_in_danger");
    const child = "My boyfriend shook our baby last night and I'm scared he'll do it again.";
    expect(readSituation(readRisk(child), child)).toContain("child_in_danger");
  });

  it("meets a past sexual assault with the assault line and specialist help, not a plan for leaving home", () => {
    const text = "I was sexually assaulted a few months ago. Since then I can't feel much of anything. How do I get back to feeling like me?";
    expect(isPastAssault(text)).toBe(true);
    const risk = readRisk(text);
    expect(risk.escalate).toBe(true);
    const reply = composeCrisisReply({ risk, locale: "en-US", userText: text });
    expect(reply).toMatch(/Sexual Assault/);
    expect(reply).not.toMatch(/Domestic Violence/);
    expect(reply).not.toMatch(/a safe place you could go/);
    expect(reply).toMatch(/not your fault/);
  });

  it("keeps abuse at home as abuse at home: still happening, or by a partner", () => {
    expect(isPastAssault("He raped me last year and he still comes to the flat every week.")).toBe(false);
    const partner = "My husband raped me two months ago and I still live with him.";
    expect(isPastAssault(partner)).toBe(false);
    const reply = composeCrisisReply({ risk: readRisk(partner), locale: "en-US", userText: partner });
    expect(reply).toMatch(/Domestic Violence/);
  });
});

describe("answers stay in one piece", () => {
  it("never says a step after 'It may help to' that opens on a time word and a comma", () => {
    for (const text of ["My neighbour's dog barks all night and I'm exhausted and snappy. Any tips?", "Work has been relentless and I can't switch off at night. Any tips?", "Exams are in two weeks and I'm panicking. What can I do?"]) {
      const r = planReply({ ...base, userText: text });
      for (const s of sentences(r.text)) expect(s).not.toMatch(/^It may help to \w+,/);
    }
  });
});
