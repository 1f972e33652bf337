/**
 * Diagnostic reading that holds on fresh wording and across turns (issue #16): hallmarks take
 * precedence over shared symptoms, later turns re-score the whole differential, no single phrase
 * leads, one code once, substance-specific codes, and the learned reader (engine/learned/dx-net.ts)
 * reads concepts rather than phrases. Vignettes are written for these tests.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { extractTemporal } from "../../engine/temporal.js";
import { bodyMassIndex } from "../../engine/body-weight.js";
import { dxNet, dxPrior } from "../../engine/learned/dx-net.js";
import type { SymptomFinding } from "../../engine/types.js";
import { conditionsForCode, trainingFiles } from "../../training/train-dx.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("g");
const codes = (s: CounselingStateType) => s.differential.map((d) => d.icd10cm);

describe("time read as the person meant it", () => {
  it("an age is not a duration, and how long a marriage or a job has lasted is not how long the difficulties have", () => {
    expect(extractTemporal("I am 58 years, from Pune.")).toEqual([]);
    expect(extractTemporal("I've been with my husband 19 years").filter((t) => t.kind === "duration")).toEqual([]);
    expect(extractTemporal("married for 10 years and worked there 6 years").filter((t) => t.kind === "duration")).toEqual([]);
    expect(extractTemporal("I've been drinking for 10 years")[0]).toMatchObject({ kind: "duration", durationDays: 3650 });
  });

  it("a life stage as the onset lasts from then to the age the person gives", () => {
    const [t] = extractTemporal("it's been like this since high school and i'm 41 now");
    expect(t).toMatchObject({ kind: "onset", durationDays: (41 - 15) * 365 });
    expect(extractTemporal("since uni I've felt flat")[0].durationDays).toBeGreaterThanOrEqual(730);
  });
});

describe("weight read from the numbers people give", () => {
  it("reads a body-mass index from a weight and a height in metric or imperial units", () => {
    expect(bodyMassIndex("idk like 44kg? i'm 5'6. was about 58 last summer")?.bmi).toBeCloseTo(15.7, 1);
    expect(bodyMassIndex("I'm 7 stone 2 and 165 cm")?.bmi).toBeCloseTo(16.7, 1);
    expect(bodyMassIndex("I weigh 97 lbs and I'm 5 ft 4")?.bmi).toBeCloseTo(16.7, 1);
    expect(bodyMassIndex("I'm 6'1 and 80kg")?.bmi).toBeCloseTo(23.3, 1);
    expect(bodyMassIndex("I lost 10kg")).toBeUndefined();
    expect(bodyMassIndex("on the 21st I'm seeing the doctor, I'm 5'6")).toBeUndefined();
  });

  it("a low weight told in numbers is significantly low weight, and puts anorexia first", async () => {
    const s = await assess(
      "my mum made me do this. i'm 16. always tired and cold, can't concentrate, periods stopped a few months ago, moody. she thinks im depressed.",
      "idk like 44kg? i'm 5'6. was about 58 last summer. i still look massive round my stomach, i check the mirror every morning. black coffee and an apple till dinner then 20k steps or i feel disgusting.",
    );
    expect(s.findings.some((f) => f.concept === "low_weight" && f.quote === "44kg")).toBe(true);
    expect(codes(s)[0]).toMatch(/^F50\.0/);
    const other = await assess("My daughter is 38kg and 5'4, she barely eats and I'm worried sick.");
    expect(other.findings.some((f) => f.concept === "low_weight" && !f.otherExperiencer)).toBe(false);
    const fine = await assess("I'm 6'1 and 80kg, I go to the gym a lot and I'm stressed about exams.");
    expect(fine.findings.some((f) => f.concept === "low_weight")).toBe(false);
  });
});

describe("the whole differential re-scored on every turn", () => {
  it("a lifelong low whose duration arrives in turn 2 becomes persistent depression", async () => {
    const first = "honestly just feeling flat, tired all the time, no motivation, eating junk, sleep's rubbish. not enjoying much.";
    const s = await assess(first, "thinking about it it's been like this since high school and i'm 41 now. never really lifts, always a bit hopeless, i still go to work.");
    expect(codes(s)[0]).toMatch(/^F34\.1/);
  });

  it("a high described in a later turn puts bipolar ahead of depression", async () => {
    const s = await assess(
      "for the past month i've been so low, can't get out of bed, hate myself, nothing interests me.",
      "a couple of years back though I had a week where I barely slept and didn't need to, felt like a genius, talked nonstop and blew all my savings. my family had to take me to hospital.",
    );
    expect(codes(s)[0]).toMatch(/^F31/);
  });
});

describe("hallmarks over shared symptoms", () => {
  it("symptoms that come on stopping a substance belong to the substance, not to insomnia or worry", async () => {
    const s = await assess(
      "I can't sleep, I'm anxious all the time, irritable, no appetite, sweating at night.",
      "I stopped smoking weed two weeks ago, I'd smoked every day for three years, about 3 grams, and every time I quit I get like this.",
    );
    expect(codes(s)[0]).toMatch(/^F12/);
    const gad = s.differential.find((d) => d.conditionId === "gad");
    if (gad) expect(gad.reasons.join(" ")).toMatch(/Cannabis use disorder takes precedence/);
  });

  it("one mention of a drink does not lead a differential about worry", async () => {
    const s = await assess("I worry about everything all the time, work, money, my kids, and I can't switch it off. It's been like this for about a year. I'm tense, tired, snappy. I had a glass of wine last night and felt a bit better.");
    expect(codes(s)[0]).toMatch(/^F41\.1/);
    const alcohol = s.differential.find((d) => d.conditionId === "alcohol_use");
    if (alcohol) expect(alcohol.likelihood).toBeLessThan(0.3);
  });
});

describe("codes", () => {
  it("cocaine gets cocaine's code however few criteria are read, and no code is listed twice", async () => {
    const s = await assess("Weekends I do a few lines of coke, used to be a gram on a night out, now it's 2-3g a weekend and sometimes midweek. I spent my rent on it last month.");
    const stim = s.differential.find((d) => d.conditionId === "stimulant_use");
    expect(stim?.icd10cm).toMatch(/^F14/);
    const t = await assess(
      "Growing up my stepdad beat my mum and me most nights from when I was 6 to 15. I'm 33 now. I get flashbacks, I freeze at raised voices, I avoid my hometown, I feel broken and dirty at the core, my emotions go nuclear or off, and I shut down when anyone gets close.",
    );
    expect(new Set(codes(t)).size).toBe(codes(t).length);
  });
});

describe("the learned diagnostic reader", () => {
  it("is trained without ever reading a blind diagnostic batch", () => {
    const files = trainingFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => /heldout\/(dx|qa)-/.test(f))).toEqual([]);
  });

  it("reads concepts, not only words: a high and no need for sleep alone point to bipolar disorder", () => {
    const net = dxNet();
    expect(net).toBeDefined();
    const f = (concept: string, historical = false): SymptomFinding =>
      ({ concept, quote: concept, turn: 0, negated: false, hypothetical: false, otherExperiencer: false, historical, hedged: false }) as SymptomFinding;
    const mania = dxPrior(net!, [""], [f("elevated_mood"), f("decreased_need_for_sleep"), f("grandiosity"), f("risky_behaviour")], { lifelong: false, evidence: [] });
    const ranked = [...mania].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(ranked.slice(0, 2).some((k) => k.startsWith("bipolar"))).toBe(true);
    const worry = dxPrior(net!, [""], [f("worry_excessive"), f("worry_uncontrollable"), f("muscle_tension"), f("restlessness")], { lifelong: false, evidence: [], durationDays: 365 });
    expect([...worry].sort((a, b) => b[1] - a[1])[0][0]).toBe("gad");
  });
});

/**
 * Blind batches by fresh authors, kept as regression sets. G was scored before any fix (top-1 0.64,
 * top-3 0.79) and the work was done on its misses; H (online register) and T (textbook-leaning)
 * were held back, unread, until the work was done, and scored once: H 0.94 / 0.96, T 0.975 / 1.00;
 * guarding against candidates the person described nothing specific to then cost H 0.885 / 0.94 and
 * T 0.95 / 1.00 (the floors are set below those).
 * Session 22 (the learned symptom reader, posts about someone else): I (online register, 21 told over
 * turns) and K (questions as posted to a counselling Q&A site, with the site topic) were scored first
 * — I 0.885 / 0.885, K 0.881 / 0.983 — and looked at; J and L, written with them, were held back
 * unread and scored once on the finished engine: J 0.923 / 1.00 (0.904 / 0.981 on the engine the
 * session started with), L 0.915 / 0.949 (0.864 / 0.915). `livingMisses`: problems of living read
 * as provisional at first scoring, on the engine the session started with too.
 * Session 25: M (online register, 20 over turns) and N (Q&A site) by two more fresh authors, scored
 * before any change (M 0.923 / 1.00, N 0.947 / 0.965) and then worked on; O (online), P (Q&A site)
 * and U (textbook-leaning, many told in the third person) were held back and scored once on the
 * finished engine: O 0.942 / 1.00, P 0.855 / 0.964, U 0.769 / 0.897; U's misses (a case told in the
 * third person read as nobody's) were then worked on: U 0.821 / 0.949.
 * Session 28 (cases as clinicians write them): V (textbook-leaning, 12 over turns) was scored before
 * any change (0.795 / 0.923) and worked on; W (textbook-leaning) and X (online register) were held
 * back unread and scored once on the finished engine: W 0.897 / 0.974 (0.744 / 0.846 on the engine
 * the session started with), X 0.885 / 0.981 (0.827 / 0.962).
 * Session 31: Y (textbook-leaning) and Z (online register) were scored before any change (Y 1.000 /
 * 1.000 with one normal grief made provisional, Z 0.849 / 0.981) and worked on; Y2 (textbook-leaning,
 * referral letters) and Z2 (online register) were held back unread and scored once after that work:
 * Y2 0.875 / 0.900 (0.850 / 0.900 on the engine the session started with), Z2 0.943 / 0.981 (the
 * same); their misses (a referral letter's patient read as nobody's, "Coke" opening a sentence, a
 * sectioning told without the word mania) were then worked on.
 */
const BLIND: Array<{ file: string; top1: number; top3: number; livingMisses?: number }> = [
  { file: "dx-g.jsonl", top1: 0.96, top3: 0.98 },
  { file: "dx-h.jsonl", top1: 0.86, top3: 0.92, livingMisses: 1 },
  { file: "dx-t.jsonl", top1: 0.92, top3: 0.97 },
  { file: "dx-i.jsonl", top1: 0.86, top3: 0.9 },
  { file: "dx-j.jsonl", top1: 0.9, top3: 0.96 },
  { file: "qa-k.jsonl", top1: 0.93, top3: 0.96 },
  { file: "qa-l.jsonl", top1: 0.86, top3: 0.92, livingMisses: 1 },
  { file: "dx-m.jsonl", top1: 0.9, top3: 0.96 },
  // (0.93 until session 35: a father's depression after retirement, QN-51, led only because "lost 15
  // pounds" was read as low weight and anorexia pushed adjustment disorder down; with weights judged it
  // sits on the line between depression and adjustment, 0.947 or 0.930 by the reference date.)
  { file: "qa-n.jsonl", top1: 0.92, top3: 0.94 },
  { file: "dx-o.jsonl", top1: 0.9, top3: 0.96 },
  { file: "qa-p.jsonl", top1: 0.82, top3: 0.93 },
  { file: "dx-u.jsonl", top1: 0.92, top3: 0.97 },
  { file: "dx-v.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-w.jsonl", top1: 0.87, top3: 0.94 },
  { file: "dx-x.jsonl", top1: 0.82, top3: 0.94 },
  { file: "dx-y.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-z.jsonl", top1: 0.92, top3: 0.97 },
  { file: "dx-y2.jsonl", top1: 0.92, top3: 0.97 },
  { file: "dx-z2.jsonl", top1: 0.92, top3: 0.97 },
  // Session 33: Y3 (clinicians' notes) and Z3 (online) scored 0.825 / 0.950 and 0.868 / 0.943 before
  // any change, then were worked on; Y4 and Z4, held back, scored 0.850 / 0.900 and 0.906 / 0.962 at
  // first (0.700 / 0.800 and the same on the engine the session started with).
  { file: "dx-y3.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-z3.jsonl", top1: 0.92, top3: 0.96 },
  { file: "dx-y4.jsonl", top1: 0.85, top3: 0.9 },
  { file: "dx-z4.jsonl", top1: 0.88, top3: 0.94 },
  // Session 35: Y5 (clinicians' notes) and Z5 (online) scored 0.900 / 0.950 and 0.925 / 0.962 before any
  // change; Y7 (terse notes) and Z7 (online), written after the first round, 0.800 / 0.900 and
  // 0.906 / 0.962 at first scoring; all four were then worked on.
  { file: "dx-y5.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-z5.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-y7.jsonl", top1: 0.95, top3: 0.97 },
  { file: "dx-z7.jsonl", top1: 0.95, top3: 0.97 },
  // Y6 (clinicians' notes) and Z6 (online), held back unread and scored once at the end: 0.975 / 1.000
  // (one problem of living made provisional) and 0.943 / 0.962, the same as on the session-start engine;
  // then their misses were fixed by mechanism (1.000 / 1.000 both; the provisional insomnia remains).
  { file: "dx-y6.jsonl", top1: 0.95, top3: 0.97, livingMisses: 1 },
  { file: "dx-z6.jsonl", top1: 0.95, top3: 0.97 },
];

describe("blind diagnostic batches hold their floors through the whole graph", () => {
  for (const b of BLIND) {
    it(`${b.file}: top-1 ≥ ${b.top1}, top-3 ≥ ${b.top3}, problems of living not made provisional`, async () => {
      const cases = readFileSync(new URL(`../../evals/heldout/${b.file}`, import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; dx: string[]; messages: string[] });
      let k = 0, top1 = 0, top3 = 0, living = 0, livingOk = 0;
      for (const c of cases) {
        const s = await assess(...c.messages);
        const top = s.differential.slice(0, 3);
        if (!c.dx.length) {
          living++;
          if (!s.differential.some((d) => d.status === "provisional")) livingOk++;
          continue;
        }
        k++;
        // A gold code names its condition (an exact default code or a prefix of its codes).
        const hit = (d: { conditionId: string; icd10cm: string }) => c.dx.some((p) => d.icd10cm.startsWith(p) || conditionsForCode(p).includes(d.conditionId));
        if (top[0] && hit(top[0])) top1++;
        if (top.some(hit)) top3++;
      }
      expect(top1 / k).toBeGreaterThanOrEqual(b.top1);
      expect(top3 / k).toBeGreaterThanOrEqual(b.top3);
      // H's DH-36 (a derealisation idiom beside work stress) was read as provisional at first scoring too.
      expect(livingOk).toBeGreaterThanOrEqual(living - (b.livingMisses ?? 0));
    }, 120_000);
  }
});
