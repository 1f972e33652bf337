import type { Condition, CriterionItem, ModalityRecommendation } from "../types.js";

/**
 * Schizophrenia spectrum: schizophrenia, brief psychotic disorder, delusional disorder.
 * Criterion texts are our own paraphrases. All three are marked for urgent referral: psychosis
 * needs prompt specialist assessment (NICE CG178: early intervention in psychosis services).
 *
 * The three share the same psychotic features and are told apart by duration (time rules), by
 * how many kinds of feature there are (schizophrenia weights them higher), and by sudden onset
 * (brief psychotic disorder) or delusions alone (delusional disorder).
 */

const PSYCHOSIS_MODALITIES: ModalityRecommendation[] = [
  { modality: "CBTp", line: "first", source: "NICE CG178 (2014): offer CBT for psychosis with antipsychotic medication" },
  { modality: "FT", line: "first", source: "NICE CG178 (2014): offer family intervention" },
  { modality: "PE-ED", line: "second", source: "NICE CG178 (2014): information and support for the person and carers" },
];

const PSYCHOSIS_RED_FLAGS = [
  "voices telling the person to harm themselves or others (command hallucinations)",
  "acting on delusions, or plans to protect themselves from persecutors",
  "suicidal thoughts (high risk early in psychosis)",
  "not eating, drinking or sleeping; unable to care for themselves",
  "first episode of psychosis: urgent referral to early intervention in psychosis services",
];

/** Positive psychotic features, as criterion items under a prefix. */
function positiveItems(prefix: string, weight: number): CriterionItem[] {
  return [
    {
      id: `${prefix}.A1`,
      text: "Delusions (persecutory, referential, grandiose, thought interference or other fixed false beliefs)",
      concepts: ["persecutory_delusions", "ideas_of_reference", "grandiose_delusions", "thought_interference", "other_delusions"],
      core: true,
      weight,
    },
    {
      id: `${prefix}.A2`,
      text: "Hallucinations (voices, commanding voices, visions)",
      concepts: ["auditory_hallucinations", "command_hallucinations", "visual_hallucinations"],
      core: true,
      weight,
    },
    { id: `${prefix}.A3`, text: "Disorganised speech (others cannot follow, jumbled words)", concepts: ["disorganised_speech"], core: true, weight },
    { id: `${prefix}.A4`, text: "Grossly disorganised or catatonic behaviour", concepts: ["disorganised_behaviour"], weight },
  ];
}

export const conditions: Condition[] = [
  {
    id: "schizophrenia",
    prefix: "SCZ",
    name: "Schizophrenia",
    kind: "disorder",
    family: "psychotic",
    // ICD-11 course (first episode, multiple episodes, continuous) needs history; unspecified by default.
    codes: { icd10cm: "F20.9", icd11: "6A20.Z" },
    summary:
      "A psychotic disorder with two or more of delusions, hallucinations, disorganised speech, disorganised or catatonic behaviour and negative symptoms (flatness, little speech, loss of drive), at least one being delusions, hallucinations or disorganised speech. Signs last six months or more, including about a month of active symptoms, with a clear fall in work, study, relationships or self-care.",
    criteria: [
      {
        id: "SCZ.A",
        text: "Two or more psychotic features for a month, at least one of delusions, hallucinations or disorganised speech",
        require: 2,
        requireOneOf: ["SCZ.A1", "SCZ.A2", "SCZ.A3"],
        items: [
          ...positiveItems("SCZ", 2),
          { id: "SCZ.A5", text: "Negative symptoms (flat expression, little speech, lack of drive)", concepts: ["negative_symptoms"], weight: 1.5 },
        ],
      },
      {
        id: "SCZ.B",
        text: "Functioning in work, relationships or self-care clearly below the previous level",
        require: 1,
        items: [
          { id: "SCZ.B1", text: "Work, study or self-care has declined", concepts: ["functional_impairment", "negative_symptoms"] },
          { id: "SCZ.B2", text: "Withdrawn from people or noticed by others as changed", concepts: ["social_withdrawal", "others_noticed_change"] },
        ],
      },
    ],
    time: { minDays: 180, text: "continuous signs for at least six months, including at least one month of active symptoms" },
    exclusions: [
      {
        id: "SCZ.EX.mood",
        text: "not better explained by a mood disorder with psychotic features",
        ifConditions: ["bipolar_1"],
        effect: "demote",
      },
      {
        id: "SCZ.EX.substance",
        text: "not due to a substance (stimulants, cannabis) or a medical condition",
        ifConcepts: ["uses_stimulants", "uses_cocaine", "uses_cannabis", "medical_cause", "severe_withdrawal"],
        effect: "demote",
      },
    ],
    distinguish: [
      { from: "Brief psychotic disorder", how: "symptoms that last less than a month with full return to previous functioning" },
      { from: "Delusional disorder", how: "delusions only, without prominent hallucinations, disorganisation or negative symptoms, and functioning largely preserved" },
      { from: "Bipolar disorder or depression with psychotic features", how: "psychotic symptoms only during mood episodes" },
      { from: "Substance-induced psychosis", how: "symptoms begin with intoxication or withdrawal and clear within weeks of stopping" },
    ],
    redFlags: PSYCHOSIS_RED_FLAGS,
    modalities: PSYCHOSIS_MODALITIES,
    urgentReferral: true,
    sources: ["ICD-10-CM 2025 F20.9", "ICD-11 MMS 6A20 schizophrenia (6A20.Z unspecified)", "NICE CG178 (2014) psychosis and schizophrenia in adults"],
  },
  {
    id: "brief_psychotic",
    prefix: "BPSY",
    name: "Brief psychotic disorder",
    kind: "disorder",
    family: "psychotic",
    codes: { icd10cm: "F23", icd11: "6A23.Z" },
    summary:
      "A sudden onset of delusions, hallucinations, disorganised speech or grossly disorganised behaviour lasting at least a day but less than a month, with full return to the previous level of functioning. It may follow a major stressor or childbirth. ICD-11 calls the closest category acute and transient psychotic disorder.",
    criteria: [
      {
        id: "BPSY.A",
        text: "At least one of delusions, hallucinations, disorganised speech or grossly disorganised behaviour",
        require: 1,
        requireOneOf: ["BPSY.A1", "BPSY.A2", "BPSY.A3"],
        items: positiveItems("BPSY", 1),
      },
      {
        id: "BPSY.B",
        text: "Sudden onset, often after a severe stressor or childbirth",
        require: 1,
        items: [
          { id: "BPSY.B1", text: "Symptoms came on suddenly, over days", concepts: ["psychosis_sudden_onset"], core: true },
          { id: "BPSY.B2", text: "Followed a marked stressor or childbirth", concepts: ["stressor_life_event", "bereavement_recent_death"], allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 1, maxDays: 30, text: "lasting at least one day and less than one month" },
    exclusions: [
      {
        id: "BPSY.EX.substance",
        text: "not due to a substance or a medical condition",
        ifConcepts: ["uses_stimulants", "uses_cocaine", "uses_cannabis", "medical_cause", "severe_withdrawal"],
        effect: "demote",
      },
      { id: "BPSY.EX.mood", text: "not better explained by a mood episode with psychotic features", ifConditions: ["bipolar_1"], effect: "demote" },
    ],
    distinguish: [
      { from: "Schizophrenia", how: "schizophrenia lasts six months or more; a brief episode resolves within a month" },
      { from: "Postpartum psychosis", how: "onset within weeks of childbirth is an emergency and is coded with the perinatal specifier" },
      { from: "Substance-induced psychosis", how: "onset during intoxication or withdrawal" },
    ],
    redFlags: [...PSYCHOSIS_RED_FLAGS, "onset after childbirth: emergency (risk to mother and baby)"],
    modalities: PSYCHOSIS_MODALITIES,
    urgentReferral: true,
    sources: ["ICD-10-CM 2025 F23", "ICD-11 MMS 6A23 acute and transient psychotic disorder (6A23.Z unspecified)", "NICE CG178 (2014)"],
  },
  {
    id: "delusional_disorder",
    prefix: "DELD",
    name: "Delusional disorder",
    kind: "disorder",
    family: "psychotic",
    codes: { icd10cm: "F22", icd11: "6A24.0" },
    summary:
      "One or more fixed false beliefs held for at least a month (being persecuted, a partner's infidelity, someone famous in love with them, a bodily defect or infestation, a grand identity), without the prominent hallucinations, disorganisation or negative symptoms of schizophrenia; apart from the belief and what follows from it, functioning is often fairly well preserved.",
    criteria: [
      {
        id: "DELD.A",
        text: "One or more delusions lasting a month or longer",
        require: 1,
        items: [
          {
            id: "DELD.A1",
            text: "Fixed false belief (persecutory, jealous, erotomanic, somatic, grandiose, referential)",
            concepts: ["persecutory_delusions", "other_delusions", "grandiose_delusions", "ideas_of_reference"],
            core: true,
            weight: 2,
          },
        ],
      },
    ],
    time: { minDays: 30, text: "delusions lasting at least one month" },
    exclusions: [
      {
        id: "DELD.EX.scz",
        text: "never met the picture of schizophrenia: hallucinations, if any, are not prominent; no disorganisation or negative symptoms",
        ifConcepts: ["auditory_hallucinations", "command_hallucinations", "visual_hallucinations", "disorganised_speech", "disorganised_behaviour", "negative_symptoms", "thought_interference"],
        effect: "demote",
      },
      { id: "DELD.EX.hierarchy", text: "not better explained by schizophrenia", ifConditions: ["schizophrenia"], byHallmark: true, effect: "demote" },
      {
        id: "DELD.EX.substance",
        text: "not due to a substance or a medical condition",
        ifConcepts: ["uses_stimulants", "uses_cocaine", "medical_cause"],
        effect: "demote",
      },
    ],
    distinguish: [
      { from: "Schizophrenia", how: "schizophrenia has two or more kinds of psychotic feature, often voices and disorganisation, and marked decline" },
      { from: "OCD or body dysmorphic disorder with absent insight", how: "intrusive doubts with rituals; the belief centres on obsessions or appearance" },
      { from: "Illness anxiety", how: "fear of illness that can be shaken by reassurance, even briefly" },
    ],
    redFlags: [...PSYCHOSIS_RED_FLAGS, "jealous delusions with threats toward the partner: risk of violence"],
    modalities: PSYCHOSIS_MODALITIES,
    urgentReferral: true,
    sources: ["ICD-10-CM 2025 F22", "ICD-11 MMS 6A24 delusional disorder (6A24.0 currently symptomatic)", "NICE CG178 (2014)"],
  },
];
