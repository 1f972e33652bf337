import type { Condition } from "../types.js";

/**
 * Sleep-wake disorders. Criterion texts are our own paraphrases. The core sleep concepts
 * (insomnia_initial, insomnia_maintenance, early_morning_waking) live in concepts/core.ts.
 */
export const conditions: Condition[] = [
  {
    id: "insomnia",
    prefix: "INS",
    name: "Insomnia disorder",
    kind: "disorder",
    family: "sleep-wake",
    // F51.01 (primary insomnia) in the mental-disorders chapter; G47.00 (insomnia, unspecified)
    // is the code used outside psychiatry, e.g. in primary care.
    codes: { icd10cm: "F51.01", icd11: "7A00" },
    summary:
      "Dissatisfaction with sleep: trouble falling asleep, staying asleep or waking too early and not getting back to sleep, at least three nights a week for at least three months despite the chance to sleep, with daytime tiredness, irritability, poor concentration or worry about sleep. It often comes with anxiety or depression and is treated in its own right (CBT-I) even then.",
    criteria: [
      {
        id: "INS.A",
        text: "Difficulty initiating or maintaining sleep, or early waking",
        require: 1,
        items: [
          { id: "INS.A1", text: "Trouble falling asleep", concepts: ["insomnia_initial"], core: true, weight: 1.5 },
          { id: "INS.A2", text: "Waking in the night and struggling to get back to sleep", concepts: ["insomnia_maintenance"], core: true, weight: 1.5 },
          { id: "INS.A3", text: "Waking too early and unable to return to sleep", concepts: ["early_morning_waking"], core: true, weight: 1.5 },
          { id: "INS.A4", text: "Unrefreshing, poor-quality sleep", concepts: ["nonrestorative_sleep"], weight: 1 },
        ],
      },
      {
        id: "INS.B",
        text: "Frequency and daytime consequences (at least one)",
        require: 1,
        items: [
          { id: "INS.B1", text: "At least three nights a week", concepts: ["sleep_nights_per_week"], weight: 1.5 },
          { id: "INS.B2", text: "Daytime fatigue, sleepiness, irritability or poor concentration", concepts: ["daytime_impairment_sleep", "fatigue", "irritability", "poor_concentration"] },
          { id: "INS.B3", text: "Worry and frustration about sleep; wide awake in bed", concepts: ["sleep_worry", "conditioned_arousal_bed"], weight: 1.5 },
          // Insomnia as the main complaint: mood otherwise fine points away from depression.
          { id: "INS.B4", text: "Otherwise well: mood not the main problem", concepts: ["mood_otherwise_ok"], weight: 2 },
        ],
      },
    ],
    time: { minDays: 90, text: "at least three nights a week for at least three months" },
    exclusions: [
      // Demote, not exclude: comorbid insomnia is still treated with CBT-I.
      { id: "INS.EX.other", text: "not solely explained by another mental disorder (comorbid insomnia is still treated)", ifConditions: ["mdd_single", "mdd_recurrent", "gad", "ptsd", "bipolar_1", "bipolar_2"], effect: "demote" },
      { id: "INS.EX.mania", text: "not a reduced need for sleep without tiredness (mania or hypomania)", ifConcepts: ["decreased_need_for_sleep"], effect: "demote" },
      { id: "INS.EX.substance", text: "not due to a substance or medical condition", ifConcepts: ["medical_cause", "withdrawal"], effect: "demote" },
      { id: "INS.EX.use", text: "not the sleep of a substance use disorder (use or withdrawal)", ifConditions: ["alcohol_use", "cannabis_use", "opioid_use", "sedative_use", "stimulant_use"], effect: "demote" },
    ],
    distinguish: [
      { from: "mdd_single", how: "When low mood and loss of interest lead, the insomnia is part of depression (still worth treating)." },
      { from: "gad", how: "When worry about many things keeps the person awake, GAD leads." },
      { from: "nightmare_disorder", how: "Waking from frightening dreams with vivid recall is nightmare disorder." },
      { from: "bipolar_1", how: "Sleeping little without feeling tired is a sign of mania, not insomnia." },
    ],
    redFlags: ["loud snoring with pauses in breathing (sleep apnoea)", "falling asleep while driving", "restless, crawling legs at night", "suicidal thoughts during sleepless nights"],
    modalities: [
      { modality: "CBT-I", line: "first", source: "AASM clinical practice guideline for behavioral and psychological treatments of chronic insomnia (2021); NICE CKS insomnia; NICE TA922 context" },
      { modality: "ACT", line: "second", source: "ACT for insomnia trials; AASM (2021) lists no strong alternative to multicomponent CBT-I" },
    ],
    sources: [
      "ICD-10-CM 2025 F51.01 (primary insomnia); G47.00 (insomnia, unspecified) in non-psychiatric settings",
      "ICD-11 MMS 7A00 (chronic insomnia)",
      "AASM clinical practice guideline (Edinger et al., 2021)",
    ],
  },
  {
    id: "nightmare_disorder",
    prefix: "NMD",
    name: "Nightmare disorder",
    kind: "disorder",
    family: "sleep-wake",
    codes: { icd10cm: "F51.5", icd11: "7B01.2" },
    summary:
      "Repeated long, vivid, frightening dreams, usually about threats to survival or safety, from which the person wakes quickly alert and remembers them, causing distress such as dreading sleep, daytime tiredness or trouble functioning. When nightmares belong to a PTSD picture, PTSD takes precedence.",
    criteria: [
      {
        id: "NMD.A",
        text: "Repeated extended, dysphoric, well-remembered dreams",
        require: 1,
        items: [
          { id: "NMD.A1", text: "Repeated frightening dreams", concepts: ["nightmares"], core: true, weight: 2 },
          { id: "NMD.A2", text: "Waking quickly oriented with vivid recall of the dream", concepts: ["nightmare_recall"], weight: 1.5 },
        ],
      },
      {
        id: "NMD.B",
        text: "Distress or impairment",
        require: 1,
        items: [
          { id: "NMD.B1", text: "Nightmares most nights, dread of sleep or sleep avoidance", concepts: ["nightmare_distress", "sleep_worry"], weight: 1.5 },
          { id: "NMD.B2", text: "Daytime consequences", concepts: ["daytime_impairment_sleep", "fatigue", "marked_distress"] },
        ],
      },
    ],
    exclusions: [
      { id: "NMD.EX.ptsd", text: "not better explained by PTSD or acute stress disorder", ifConditions: ["ptsd", "acute_stress"], effect: "demote" },
      { id: "NMD.EX.substance", text: "not due to a substance, medication or medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "ptsd", how: "Trauma-related nightmares with intrusions, avoidance and hyperarousal are PTSD." },
      { from: "insomnia", how: "In insomnia the person lies awake; here they wake from frightening dreams." },
    ],
    redFlags: ["acting out dreams, injuring self or bed partner (REM sleep behaviour disorder)", "nightmares after starting or stopping a medication"],
    modalities: [
      { modality: "IRT", line: "first", source: "AASM position paper for the treatment of nightmare disorder in adults (Morgenthaler et al., 2018)" },
      { modality: "CBT", line: "second", source: "AASM (2018): CBT-based approaches such as exposure, relaxation and rescripting therapy" },
    ],
    sources: ["ICD-10-CM 2025 F51.5", "ICD-11 MMS 7B01.2 (nightmare disorder, among REM-related parasomnias 7B01; 7B01.0 is REM sleep behaviour disorder)", "AASM 2018"],
  },
];
