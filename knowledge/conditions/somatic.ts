import type { Condition } from "../types.js";

/** Somatic symptom and illness anxiety disorders. Criterion texts are our own paraphrases. */
export const conditions: Condition[] = [
  {
    id: "illness_anxiety", prefix: "IAD", name: "Illness anxiety disorder", kind: "disorder", family: "somatic",
    codes: { icd10cm: "F45.21", icd11: "6B23" },
    summary: "Preoccupation with having or getting a serious illness such as cancer, with few or no symptoms, despite normal tests; the person checks their body, searches symptoms online or seeks reassurance, or avoids doctors, for six months or more (hypochondriasis in ICD-11).",
    criteria: [
      { id: "IAD.A", text: "Preoccupation with having a serious illness", require: 1, items: [
        { id: "IAD.A1", text: "Conviction or fear of having a serious illness", concepts: ["illness_conviction"], core: true, weight: 2.5 },
      ] },
      { id: "IAD.B", text: "Health-related behaviours or anxiety (at least one)", require: 1, items: [
        { id: "IAD.B1", text: "Checking the body for signs of illness", concepts: ["body_checking_illness"], weight: 1.5 },
        { id: "IAD.B2", text: "Searching symptoms online", concepts: ["symptom_googling"], weight: 1.5 },
        { id: "IAD.B3", text: "Reassurance seeking despite normal tests", concepts: ["reassurance_medical"], weight: 1.5 },
        { id: "IAD.B4", text: "High anxiety about health", concepts: ["anxious_mood", "worry_excessive"] },
      ] },
    ],
    time: { minDays: 180, text: "preoccupation for at least six months" },
    exclusions: [],
    distinguish: [
      { from: "somatic_symptom", how: "In somatic symptom disorder the bodily symptoms themselves are prominent; here the fear of illness is." },
      { from: "gad", how: "GAD worry spans many areas; here it centres on illness." },
    ],
    redFlags: ["an untested new physical symptom needs a medical check"],
    modalities: [{ modality: "CBT", line: "first", source: "CBT for health anxiety (Tyrer et al., CHAMP trial); NICE CG113 principles" }],
    sources: ["ICD-10-CM F45.21", "ICD-11 MMS 6B23 (hypochondriasis)"],
  },
  {
    id: "somatic_symptom", prefix: "SSD", name: "Somatic symptom disorder", kind: "disorder", family: "somatic",
    codes: { icd10cm: "F45.1", icd11: "6C20" },
    summary: "Distressing bodily symptoms such as pain, fatigue or stomach trouble with excessive thoughts, anxiety or time spent on them, lasting six months or more (bodily distress disorder in ICD-11).",
    criteria: [
      { id: "SSD.A", text: "Distressing bodily symptoms", require: 1, items: [
        { id: "SSD.A1", text: "One or more distressing bodily symptoms", concepts: ["somatic_symptoms_distress"], core: true, weight: 2 },
      ] },
      { id: "SSD.B", text: "Excessive thoughts, feelings or behaviours about them", require: 1, items: [
        { id: "SSD.B1", text: "Persistent worry about the seriousness of symptoms", concepts: ["illness_conviction", "worry_excessive"] },
        { id: "SSD.B2", text: "Time and energy spent on symptoms or health", concepts: ["symptom_googling", "reassurance_medical", "body_checking_illness"] },
      ] },
    ],
    time: { minDays: 180, text: "symptomatic for at least six months" },
    exclusions: [{ id: "SSD.EX.medical", text: "a medical condition does not account for the degree of concern", ifConcepts: ["medical_cause"], effect: "demote" }],
    distinguish: [{ from: "illness_anxiety", how: "Illness anxiety has few symptoms and a dominant fear of illness." }],
    redFlags: ["new, severe or changing symptoms need medical assessment"],
    modalities: [{ modality: "CBT", line: "first", source: "CBT for somatic symptoms (Cochrane 2014)" }],
    sources: ["ICD-10-CM F45.1", "ICD-11 MMS 6C20 (bodily distress disorder)"],
  },
];
