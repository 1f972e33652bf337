import type { Condition } from "../types.js";

/** Sleep-wake disorders. Criterion texts are our own paraphrases. */
export const conditions: Condition[] = [
  {
    id: "insomnia", prefix: "INS", name: "Insomnia disorder", kind: "disorder", family: "sleep-wake",
    codes: { icd10cm: "F51.01", icd11: "7A00" },
    summary: "Trouble falling asleep, staying asleep or waking too early, at least three nights a week for three months, despite the chance to sleep, with daytime tiredness, irritability or poor concentration. Often co-occurs with anxiety or depression and is treated in its own right.",
    criteria: [
      { id: "INS.A", text: "Difficulty initiating or maintaining sleep, or early waking", require: 1, items: [
        { id: "INS.A1", text: "Trouble falling asleep", concepts: ["insomnia_initial"], core: true, weight: 1.5 },
        { id: "INS.A2", text: "Waking in the night and struggling to get back to sleep", concepts: ["insomnia_maintenance"], core: true, weight: 1.5 },
        { id: "INS.A3", text: "Waking too early", concepts: ["early_morning_waking"], core: true, weight: 1.5 },
      ] },
      { id: "INS.B", text: "Frequency and daytime consequences", require: 1, items: [
        { id: "INS.B1", text: "At least three nights a week", concepts: ["sleep_nights_per_week"], weight: 1.5 },
        { id: "INS.B2", text: "Daytime fatigue, irritability or poor concentration", concepts: ["daytime_impairment_sleep", "fatigue", "irritability"] },
        { id: "INS.B3", text: "Worry about sleep", concepts: ["sleep_worry"] },
        { id: "INS.B4", text: "Otherwise well: mood not the main problem", concepts: ["mood_otherwise_ok"], weight: 2 },
      ] },
    ],
    time: { minDays: 90, text: "at least three months" },
    exclusions: [{ id: "INS.EX.other", text: "not solely explained by another mental disorder (comorbid insomnia is still treated)", ifConditions: ["mdd_single", "gad", "ptsd"], effect: "demote" }],
    distinguish: [{ from: "mdd_single", how: "When low mood and loss of interest lead, insomnia is part of depression." }],
    redFlags: ["loud snoring with pauses in breathing (sleep apnoea)", "falling asleep while driving"],
    modalities: [{ modality: "CBT-I", line: "first", source: "AASM clinical practice guideline (2021); NICE" }],
    sources: ["ICD-10-CM F51.01 (G47.00 for insomnia not due to a substance or known condition)", "ICD-11 MMS 7A00", "AASM 2021"],
  },
  {
    id: "nightmare_disorder", prefix: "NMD", name: "Nightmare disorder", kind: "disorder", family: "sleep-wake",
    codes: { icd10cm: "F51.5", icd11: "7B00" },
    summary: "Repeated long, frightening dreams that wake the person, who becomes alert quickly, causing distress such as dreading sleep, without a trauma picture that explains them.",
    criteria: [
      { id: "NMD.A", text: "Repeated disturbing dreams", require: 1, items: [
        { id: "NMD.A1", text: "Repeated frightening dreams", concepts: ["nightmares"], core: true, weight: 2 },
      ] },
      { id: "NMD.B", text: "Distress or impairment", require: 1, items: [
        { id: "NMD.B1", text: "Nightmares most nights or dread of sleep", concepts: ["nightmare_distress", "sleep_worry"] },
        { id: "NMD.B2", text: "Daytime consequences", concepts: ["daytime_impairment_sleep", "fatigue"] },
      ] },
    ],
    exclusions: [{ id: "NMD.EX.ptsd", text: "not better explained by PTSD", ifConditions: ["ptsd", "acute_stress"], effect: "demote" }],
    distinguish: [{ from: "ptsd", how: "Trauma-related nightmares with other PTSD symptoms are PTSD." }],
    redFlags: ["acting out dreams (REM sleep behaviour disorder)"],
    modalities: [{ modality: "IRT", line: "first", source: "AASM position paper on nightmare disorder (2018)" }],
    sources: ["ICD-10-CM F51.5", "ICD-11 MMS 7B00 (verify)", "AASM 2018"],
  },
];
