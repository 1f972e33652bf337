/**
 * Diagnostic reading, session 35 (issue #16): what fresh blind batches Y5 (clinicians' notes) and
 * Z5 (online register) taught, each as a mechanism beside its contrast. Vignettes are written for
 * these tests, in our own words.
 */
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { analyzeContext } from "../../engine/context.js";
import { bodyMassIndex, statedBmi } from "../../engine/body-weight.js";
import { isCaseDocument } from "../../engine/discourse-subject.js";
import { readFixedBelief } from "../../engine/fixed-belief.js";
import { splitSentences } from "../../engine/normalize.js";
import { noteReadings } from "../../engine/note-register.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("ry5");
const top = (s: CounselingStateType) => s.differential[0]?.conditionId;
const found = (s: CounselingStateType, concept: string) => s.findings.filter((f) => f.concept === concept);
const present = (s: CounselingStateType, concept: string) => found(s, concept).filter((f) => !f.negated && !f.historical);
const denied = (s: CounselingStateType, concept: string) => found(s, concept).filter((f) => f.negated);
const negatedIn = (sentence: string, words: string) => {
  const i = sentence.indexOf(words);
  return analyzeContext(sentence, { start: i, end: i + words.length }).negated;
};

describe("a denial inside the matched words denies them", () => {
  it("'hears no voices' is a pertinent negative, not a hallucination", async () => {
    const s = await assess("I hear no voices and I'm not mad. My neighbour has been moving my bins to make a point and it makes me furious.");
    expect(present(s, "auditory_hallucinations")).toHaveLength(0);
    expect(denied(s, "auditory_hallucinations").length).toBeGreaterThan(0);
  });

  it("the voices of a person who hears them are still read, and a denial the symptom is made of stays the symptom", async () => {
    const s = await assess("For months I hear voices at night that nobody else hears, they comment on what I do.");
    expect(present(s, "auditory_hallucinations").length).toBeGreaterThan(0);
    // "doesn't need sleep" is the decreased need for sleep of a high, not a denial of the high.
    const t = await assess("A few times a year he's super up, doesn't need sleep, repaints the whole flat overnight and talks about big plans.");
    expect(present(t, "elevated_mood").length).toBeGreaterThan(0);
  });
});

describe("numbers are judged, not matched", () => {
  it("a stated BMI in the healthy range denies low weight; a low one reads it", () => {
    expect(statedBmi("My weight is normal, BMI's about 22, nobody would guess")).toBe(22);
    expect(statedBmi("BMI 15.8 on the ward scales")).toBe(15.8);
  });

  it("binge-purge at a normal stated BMI is bulimia, not anorexia", async () => {
    const s = await assess(
      "Three or four nights a week I eat a whole loaf, cereal and a tub of ice cream really fast and can't stop, then make myself sick. It's been going on since last spring. My BMI is about 23, nobody would ever guess, but my whole day depends on the number on the scale.",
    );
    expect(top(s)).toBe("bulimia");
    expect(denied(s, "low_weight").length).toBeGreaterThan(0);
  });

  it("a height told without its unit is read, so weight and height give the BMI", async () => {
    expect(bodyMassIndex("I'm 1.62 and I weighed 41kg at student health")?.bmi).toBeCloseTo(15.6, 1);
    const s = await assess(
      "I binge and then make myself throw up, then I don't eat until the next one. I'm 1.62 and I weighed 41kg at the clinic last week, I was 55 two years ago. My periods stopped over a year ago. I still see my thighs as massive.",
    );
    expect(top(s)).toBe("anorexia");
  });

  it("a few kilos lost are not a low weight", async () => {
    const s = await assess("I've lost 4 kgs since the new job, not eating lunch because of stress, otherwise fine.");
    expect(present(s, "low_weight")).toHaveLength(0);
  });
});

describe("a fixed belief is read from how it is held", () => {
  it("a jealous conviction proved by signals, that nothing shifts, is a delusional disorder", async () => {
    const s = await assess(
      "Occupational health report. Mr R, 50, engineer, referred for absences. For about two years he has been certain his wife is having an affair with a colleague. His proof is the angle of her car mirror and the kitchen blind 'signalling' when he leaves. She denies it; nothing shifts his certainty. He has followed her from work and checks her phone. He hears no voices, has no other odd beliefs and is not depressed; work quality is excellent.",
    );
    expect(top(s)).toBe("delusional_disorder");
    expect(present(s, "auditory_hallucinations")).toHaveLength(0);
  });

  it("a conviction of being secretly loved, shown in small ways, is erotomanic", async () => {
    const s = await assess(
      "I'm not ill, my sister made me write. For a year the dentist at my practice, Paul, is in love with me. He cannot say it because he is married, so he shows me in small ways: he wears a green shirt when I have an appointment. I wrote him nine letters and the practice asked me to stop coming. I know we will be together when the time is right. I hear no voices.",
    );
    expect(top(s)).toBe("delusional_disorder");
  });

  it("a suspicion of an affair, held as people hold one, is not a delusion", () => {
    expect(readFixedBelief([{ text: "I think my husband is having an affair." }, { text: "He texts someone late at night and denies it when I ask, and we argue every night." }])).toBeUndefined();
    // The holder is the one the sentence says holds it.
    expect(readFixedBelief([{ text: "My husband is convinced I'm having an affair with the postman.", about: "your husband" }, { text: "He says the porch light is signalling to him." }])?.about).toBe("your husband");
  });
});

describe("times of day and abbreviations do not end a sentence", () => {
  it("'wakes 4 a.m. and can't get back off' stays one sentence; a real stop after a time still ends one", () => {
    expect(splitSentences("Wakes 4 a.m. and can't get back off. Up at 6 a.m. She cried.").map((x) => x.text)).toEqual(["Wakes 4 a.m. and can't get back off.", "Up at 6 a.m.", "She cried."]);
    expect(splitSentences("Avoids many things, e.g. buses and queues.").length).toBe(1);
  });
});

describe("'never' runs through an either-or list", () => {
  it("'has never vomited, used laxatives, fasted or exercised' denies each", () => {
    const note = "He has never vomited, used laxatives, fasted or exercised to make up for it.";
    expect(negatedIn(note, "laxatives")).toBe(true);
  });

  it("a list of what is there is not denied, nor a list ending in 'and'", () => {
    expect(negatedIn("no energy, crying all the time, sleeping or staring at the wall", "crying all the time")).toBe(false);
    expect(negatedIn("I've never felt this low, I skip meals, use laxatives and run for hours", "laxatives")).toBe(false);
  });

  it("binge eating told with its compensations denied is binge-eating disorder", async () => {
    const s = await assess(
      "Mr D, 44, project manager. About twice a week for two years he eats two takeaway pizzas and a tub of ice cream in under an hour, alone in his car, unable to stop, past the point of discomfort and ashamed after. He has never vomited, used laxatives, fasted or exercised to make up for it.",
    );
    expect(top(s)).toBe("binge_eating");
  });
});

describe("a first spell told as one denies an earlier episode", () => {
  it("'recalls nothing like this before' leads with a single episode", async () => {
    const s = await assess(
      "Occupational health assessment. Mr N, 46, manager. For ten weeks he has woken at 3 a.m. unable to get back to sleep, lost his appetite and about 6 kg, takes no pleasure in football or his children, is slowed at work and calls himself useless. He recalls nothing like this before, nor any spell of unusual energy. Bloods normal.",
    );
    expect(top(s)).toBe("mdd_single");
    expect(denied(s, "prior_depressive_episode").length).toBeGreaterThan(0);
  });

  it("an earlier episode told is still read as recurrence", async () => {
    const s = await assess("Low again for six weeks, waking at 4, no appetite, no interest in anything, feeling useless. This is the third time, I had depression at 25 and again after my divorce.");
    expect(top(s)).toBe("mdd_recurrent");
  });
});

describe("words that only look like a symptom", () => {
  it("blackout blinds are not drinking, an inferior ST change is not low self-esteem, shouting more than one should is not use", async () => {
    const s = await assess(
      "Tried melatonin, blackout blinds, white noise. Since last year it takes me two hours to drop off and I'm awake at 3 most nights, four or five nights a week. I shout at the kids more than I should. ECG showed old inferior ST changes, cardiology happy. I'm not down, marriage is good, the only thing I stress about is sleep.",
    );
    expect(present(s, "uses_alcohol")).toHaveLength(0);
    expect(present(s, "low_self_esteem")).toHaveLength(0);
    expect(present(s, "more_than_intended")).toHaveLength(0);
    expect(top(s)).toBe("insomnia");
  });

  it("a drug screen's metabolite names the drug", async () => {
    const s = await assess(
      "Discharge summary, cardiology. 34M trader, chest pain after a night out. Urine drug screen positive for benzoylecgonine. Most weekends for three years, now midweek with clients, spending about 1,200 a month, missed Mondays at work, partner threatening to leave, failed to stop twice.",
    );
    expect(present(s, "uses_cocaine").length).toBeGreaterThan(0);
    expect(top(s)).toBe("stimulant_use");
  });

  it("a high that ended in a few weeks' admission, with a mission beyond his station, is bipolar I", async () => {
    const s = await assess(
      "Independent psychiatric assessment. Mr R, 38, software architect, off work since January. He describes six weeks of sleeping 12 hours, no interest in anything, feeling a burden, weight gain. One previous bad patch in 2019, which he calls stress.",
      "Addendum, collateral from his wife: in 2019 he barely slept for two weeks, talked without stopping, said he had been chosen to rebuild the company's entire platform and booked a trip abroad without telling her. His brother took him to the hospital in town, where he was admitted for 16 days.",
    );
    expect(top(s)).toBe("bipolar_1");
  });
});

describe("a note's sentences are read as its patient would say them", () => {
  it("a subjectless sentence takes the case as subject; a fronted list goes after its verb; a sentence with a subject is left alone", () => {
    expect(noteReadings("Spends most evenings checking the doors.").map((r) => r.text)).toEqual(["he Spends most evenings checking the doors."]);
    expect(noteReadings("Lifts, trains and the high street all avoided.").map((r) => r.text)).toEqual(["he avoids Lifts, trains and the high street."]);
    expect(noteReadings("She checks the doors every evening.")).toEqual([]);
    expect(noteReadings("Mother reports she sleeps all day.")).toEqual([]);
  });

  it("an allocation note told in fragments is agoraphobia", async () => {
    const s = await assess(
      "Team allocation summary. 63F, retired dinner lady, Wigan. Over two years increasingly not leaving the house alone. Goes to the corner shop only with her son; buses, the market queue, church and the town centre all avoided — 'if I came over bad I couldn't get out'. Never had attacks out of the blue at home; shaky and sweaty when she must go out, settles back home. Enjoys TV and phone calls.",
    );
    expect(top(s)).toBe("agoraphobia");
  });

  it("the patient's quoted contraction does not make the note the writer's own story", () => {
    expect(isCaseDocument("Triage summary. 44M, joiner. Stopped driving on motorways — 'I couldn't stand it if I got stuck'. He takes back roads now.")).toBe(true);
    expect(isCaseDocument("I couldn't stand it anymore so I stopped driving. I take back roads now and I'm fed up of it.")).toBe(false);
  });

  it("a note's bare 'pulls', in a message about hair loss, is the case's hair pulling even after a relative is named", async () => {
    const s = await assess(
      "Dermatology letter. 13F, referred ?alopecia. Patchy loss at the temples with broken hairs of different lengths. Mum has found hairs on her pillow. On her own she said she pulls when revising and barely notices; has tried plasters on her fingers. Plan: psychology.",
    );
    expect(top(s)).toBe("trichotillomania");
  });
});

describe("a condition something argues against does not take precedence by being provisional", () => {
  it("highs told as harmless, with deep lows, lead with bipolar II, not bipolar I", async () => {
    const s = await assess(
      "A few times a year I get a week where I sleep 4 hours and feel great, ideas everywhere, I talk really fast and redecorate the flat. I still go to work, it's honestly the best I feel. Then I crash into lows for weeks where I can't get out of bed, hate myself and call in sick. Is that normal?",
    );
    expect(top(s)).toBe("bipolar_2");
  });
});

describe("what the held-back batches showed (scored once, then fixed by mechanism)", () => {
  it("tests named with their result are not a medical cause, and a first spell told as 'never had such a period' is a single episode", async () => {
    const s = await assess(
      "Dear Dr Rao, thank you for referring Mrs K, 49, a bank clerk. For two months she has slept badly, waking at 3 a.m., with no taste for anything, 5 kg weight loss and slowness at work; she says she is a burden. She has never had such a period before and there is no history of overactivity. Thyroid profile, B12 and haemoglobin normal.",
    );
    expect(present(s, "medical_cause")).toHaveLength(0);
    expect(top(s)).toBe("mdd_single");
  });

  it("a joint session is not a joint", async () => {
    const s = await assess("Family centre note. Father, 44, attended about arguments with his son over phone use. Plan: a joint session with both parents and the boy.");
    expect(present(s, "uses_cannabis")).toHaveLength(0);
  });

  it("grams a night and a nose that bleeds are cocaine even unnamed; a message naming its drug is left to the lexicon", async () => {
    const s = await assess(
      "Started as a weekend thing after close, now it's Thursday to Sunday, a couple of grams a night. Spent 1,400 last month. My nose bleeds. Every Monday I say never again and by Thursday I'm texting my guy.",
    );
    expect(present(s, "uses_cocaine").length).toBeGreaterThan(0);
    expect(top(s)).toBe("stimulant_use");
    const t = await assess("I smoke a couple of grams of weed a night and my nose bleeds in winter.");
    expect(present(t, "uses_cocaine")).toHaveLength(0);
  });

  it("a prison note's plain words for low mood, concentration and a passive wish are read", async () => {
    const s = await assess(
      "In-reach note, HMP. 39M, two years into his sentence. Over seven weeks everything's gone grey. Wakes early, off his food, lost weight. Can't follow a TV programme. Thinks about not waking up; no plan. Never been like this before.",
    );
    expect(present(s, "depressed_mood").length).toBeGreaterThan(0);
    expect(present(s, "poor_concentration").length).toBeGreaterThan(0);
    expect(present(s, "death_thoughts").length).toBeGreaterThan(0);
    expect(top(s)).toBe("mdd_single");
  });

  it("a high told as a mission shown by God, and a stay told as being kept in for weeks, is bipolar I", async () => {
    const s = await assess(
      "been low about a month, can't get up, crying before shifts.",
      "before that, in 2018 I'd stopped sleeping, like 2 hours a night for over a week and felt amazing, God showed me the plan for a new hospital and I told everyone I'd been chosen to set up a clinic abroad, maxed two cards. my brother got me to A&E and I was kept in for three weeks.",
    );
    expect(present(s, "psychiatric_admission").length + found(s, "psychiatric_admission").filter((f) => f.historical).length).toBeGreaterThan(0);
    expect(found(s, "grandiose_delusions").length).toBeGreaterThan(0);
    expect(top(s)).toBe("bipolar_1");
  });
});
