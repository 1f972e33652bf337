import type { Condition } from "../types.js";

/**
 * Somatic symptom and illness anxiety disorders. Criterion texts are our own paraphrases.
 * "What if I have cancer" is hypothetical to ConText, so the lexicon captures the worry as
 * conviction, checking, searching and reassurance seeking (knowledge/concepts/trauma-somatic-eating-sleep.ts).
 */
export const conditions: Condition[] = [
  {
    id: "illness_anxiety",
    prefix: "IAD",
    name: "Illness anxiety disorder",
    kind: "disorder",
    family: "somatic",
    codes: { icd10cm: "F45.21", icd11: "6B23" },
    summary:
      "Preoccupation with having or getting a serious illness such as cancer, MS or heart disease, with few or only mild bodily symptoms and despite normal tests and reassurance. The person checks their body, searches symptoms online, seeks reassurance or more tests from doctors (care-seeking), or avoids doctors for fear of bad news (care-avoidant), for six months or more. ICD-11 calls it hypochondriasis.",
    criteria: [
      {
        id: "IAD.A",
        text: "Preoccupation with having or acquiring a serious illness",
        require: 1,
        items: [
          { id: "IAD.A1", text: "Conviction or fear of having a serious illness", concepts: ["illness_conviction"], core: true, weight: 2.5 },
        ],
      },
      {
        id: "IAD.D",
        text: "Excessive health-related behaviour or maladaptive avoidance (at least one)",
        require: 1,
        items: [
          { id: "IAD.D1", text: "Repeatedly checking the body for signs of illness", concepts: ["body_checking_illness"], weight: 1.5 },
          { id: "IAD.D2", text: "Searching symptoms and diseases online", concepts: ["symptom_googling"], weight: 1.5 },
          { id: "IAD.D3", text: "Seeking reassurance, tests or more doctors", concepts: ["reassurance_medical"], weight: 1.5 },
          { id: "IAD.D4", text: "Avoiding doctors or tests for fear of what they will show", concepts: ["medical_avoidance"], weight: 1.5 },
        ],
      },
      {
        id: "IAD.C",
        text: "High anxiety about health, not eased by normal results",
        require: 1,
        items: [
          { id: "IAD.C1", text: "Tests and examinations normal, yet the worry persists", concepts: ["normal_test_results"], weight: 1.5 },
          { id: "IAD.C2", text: "Easily alarmed about health; anxious", concepts: ["somatic_preoccupation", "anxious_mood", "worry_excessive"] },
        ],
      },
    ],
    time: { minDays: 180, text: "preoccupation for at least six months" },
    exclusions: [
      { id: "IAD.EX.medical", text: "the concern is not proportionate to a diagnosed medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      { id: "IAD.EX.gad", text: "not better explained by generalised anxiety spanning many topics", ifConditions: ["gad"], effect: "demote" },
    ],
    distinguish: [
      { from: "somatic_symptom", how: "In somatic symptom disorder distressing bodily symptoms are prominent; here the fear of having an illness is, with few or no symptoms." },
      { from: "gad", how: "GAD worry spans many areas; here it centres on illness." },
      { from: "ocd", how: "OCD health obsessions come with other obsessions and compulsions and are felt as intrusive." },
      { from: "panic_disorder", how: "In panic disorder the fear of dying is tied to attacks rather than a lasting belief in a disease." },
    ],
    redFlags: ["a new, severe or changing physical symptom still needs a medical check", "suicidal thoughts"],
    modalities: [
      { modality: "CBT", line: "first", source: "CBT for health anxiety (Tyrer et al., CHAMP trial, Lancet 2014); Cochrane review of treatments for hypochondriasis (2007)" },
      { modality: "ACT", line: "second", source: "ACT for health anxiety (Eilenberg et al., 2016)" },
    ],
    sources: ["ICD-10-CM 2025 F45.21 (hypochondriasis)", "ICD-11 MMS 6B23 (hypochondriasis)"],
  },
  {
    id: "somatic_symptom",
    prefix: "SSD",
    name: "Somatic symptom disorder",
    kind: "disorder",
    family: "somatic",
    codes: { icd10cm: "F45.1", icd11: "6C20" },
    summary:
      "One or more distressing bodily symptoms such as pain, fatigue, stomach trouble or dizziness, with excessive thoughts, anxiety or time and energy devoted to them (persistent worry about their seriousness, frequent medical visits), lasting six months or more, whether or not a medical cause is found. ICD-11 calls it bodily distress disorder.",
    criteria: [
      {
        id: "SSD.B",
        text: "Excessive thoughts, feelings or behaviours about the symptoms (at least one)",
        require: 1,
        items: [
          { id: "SSD.B1", text: "Disproportionate, persistent thoughts about the seriousness of symptoms", concepts: ["somatic_preoccupation", "illness_conviction"], core: true, weight: 2 },
          { id: "SSD.B2", text: "Persistently high anxiety about health or symptoms", concepts: ["anxious_mood"] },
          { id: "SSD.B3", text: "Excessive time and energy devoted to symptoms or health", concepts: ["symptom_googling", "reassurance_medical", "body_checking_illness"], core: true, weight: 1.5 },
        ],
      },
      {
        id: "SSD.A",
        text: "Distressing or disruptive bodily symptoms",
        require: 1,
        items: [
          // Bodily symptoms alone are common in depression and anxiety; the hallmark is the
          // excessive response to them (SSD.B), so this item is not core.
          { id: "SSD.A1", text: "One or more distressing bodily symptoms", concepts: ["somatic_symptoms_distress"], weight: 2 },
          { id: "SSD.A2", text: "Pain, fatigue, stomach or other bodily complaints", concepts: ["nausea_abdominal", "dizziness", "fatigue", "palpitations", "muscle_tension"] },
        ],
      },
    ],
    time: { minDays: 180, text: "symptomatic for at least six months" },
    exclusions: [
      { id: "SSD.EX.illness_anxiety", text: "with few or no symptoms the picture is illness anxiety", ifConditions: ["illness_anxiety"], effect: "demote" },
    ],
    distinguish: [
      { from: "illness_anxiety", how: "Illness anxiety has few or mild symptoms and a dominant fear of having a disease." },
      { from: "panic_disorder", how: "Bodily symptoms in panic come in discrete attacks." },
      { from: "mdd_single", how: "Aches and tiredness in depression come with low mood and loss of interest, without preoccupation with the symptoms." },
    ],
    redFlags: ["new, severe or changing symptoms need medical assessment", "weight loss, bleeding, night sweats or neurological signs"],
    modalities: [
      { modality: "CBT", line: "first", source: "Cochrane review of non-pharmacological interventions for somatoform disorders (van Dessel et al., 2014)" },
      { modality: "ACT", line: "second", source: "ACT trials for bodily distress syndrome (Fink et al., 2016)" },
    ],
    sources: ["ICD-10-CM 2025 F45.1 (undifferentiated somatoform disorder; DSM-5-TR maps SSD here)", "ICD-11 MMS 6C20 (bodily distress disorder)"],
  },
];
