import type { Condition, CriterionGroup, Exclusion, ModalityRecommendation } from "../types.js";

/**
 * Depressive disorders: major depressive disorder (single episode, recurrent) and persistent
 * depressive disorder. Criterion texts are our own paraphrases.
 *
 * The major depressive episode is the same syndrome in the single and the recurrent condition,
 * so one builder makes its group for each prefix (ids stay distinct: MDD.A1, MDDR.A1...).
 */

/** The nine-symptom depressive episode; five needed, one of them low mood or loss of interest. */
function depressiveEpisode(prefix: string): CriterionGroup {
  const id = (n: number) => `${prefix}.A${n}`;
  return {
    id: `${prefix}.A`,
    text: "A depressive episode: at least five of nine symptoms most of the day, nearly every day, including low mood or loss of interest",
    require: 5,
    requireOneOf: [id(1), id(2)],
    items: [
      { id: id(1), text: "Low, sad, empty or hopeless mood most of the day", concepts: ["depressed_mood", "emptiness", "tearfulness", "hopelessness"], core: true, weight: 1.5 },
      { id: id(2), text: "Marked loss of interest or pleasure in activities", concepts: ["anhedonia"], core: true, weight: 1.5 },
      { id: id(3), text: "Appetite or weight clearly down or up", concepts: ["appetite_decrease", "appetite_increase", "weight_loss", "weight_gain"] },
      { id: id(4), text: "Sleeping much less or much more than usual", concepts: ["insomnia_initial", "insomnia_maintenance", "early_morning_waking", "hypersomnia"] },
      { id: id(5), text: "Restless agitation or slowing that others could notice", concepts: ["psychomotor_agitation", "psychomotor_retardation"] },
      { id: id(6), text: "Tiredness or loss of energy", concepts: ["fatigue"] },
      { id: id(7), text: "Feeling worthless or excessively guilty", concepts: ["worthlessness", "excessive_guilt"] },
      { id: id(8), text: "Trouble thinking, concentrating or deciding", concepts: ["poor_concentration", "indecisiveness"] },
      { id: id(9), text: "Recurrent thoughts of death or suicide", concepts: ["death_thoughts", "suicidal_thoughts"], weight: 1.5 },
    ],
  };
}

/** A manic or hypomanic episode rules out unipolar depression (bipolar takes precedence). */
function unipolarExclusions(prefix: string): Exclusion[] {
  return [
    {
      id: `${prefix}.EX.mania`,
      text: "never a manic or hypomanic episode",
      ifConcepts: ["mania_label", "elevated_mood", "decreased_need_for_sleep"],
      effect: "exclude",
    },
    { id: `${prefix}.EX.bipolar`, text: "not better explained by a bipolar disorder", ifConditions: ["bipolar_1", "bipolar_2"], byHallmark: true, effect: "exclude" },
    // Low mood, withdrawal and poor self-care beside hallucinations or fixed beliefs outside any mood episode.
    { id: `${prefix}.EX.psychosis`, text: "not better explained by a psychotic disorder", ifConditions: ["schizophrenia", "delusional_disorder", "brief_psychotic"], effect: "demote" },
    // Lows that come with use or its crash are substance-induced until they outlast abstinence.
    { id: `${prefix}.EX.use`, text: "not the lows of a substance use disorder (during use, crashes or withdrawal)", ifConditions: ["alcohol_use", "cannabis_use", "opioid_use", "sedative_use", "stimulant_use"], effect: "demote" },
    {
      id: `${prefix}.EX.medical`,
      text: "not due to a medical condition, medication or substance",
      ifConcepts: ["medical_cause"],
      effect: "demote",
    },
  ];
}

const DEPRESSION_MODALITIES: ModalityRecommendation[] = [
  { modality: "CBT", line: "first", source: "NICE NG222 (2022); APA depression guideline (2019)" },
  { modality: "BA", line: "first", source: "NICE NG222 (2022); APA depression guideline (2019)" },
  { modality: "IPT", line: "first", source: "NICE NG222 (2022); APA depression guideline (2019)" },
  { modality: "STPP", line: "second", source: "NICE NG222 (2022); APA depression guideline (2019)" },
  { modality: "MBCT", line: "second", source: "NICE NG222 (2022): group mindfulness for less severe depression and relapse prevention" },
];

const DEPRESSION_RED_FLAGS = [
  "thoughts of suicide, a plan, intent or preparations",
  "self-harm",
  "not eating or drinking, or rapid weight loss",
  "psychotic features (voices, delusions of guilt or ruin)",
  "onset after childbirth with confusion or thoughts of harming the baby",
];

const PERINATAL_NOTE =
  "Perinatal onset (in pregnancy or within weeks of giving birth) calls for prompt perinatal mental-health review; NICE CG192 covers antenatal and postnatal mental health.";

export const conditions: Condition[] = [
  {
    id: "mdd_single",
    prefix: "MDD",
    name: "Major depressive disorder, single episode",
    kind: "disorder",
    family: "depressive",
    codes: { icd10cm: "F32.9", icd11: "6A70.Z" },
    namedBy: ["depression_named"],
    specifiers: [
      { id: "mdd_single.mild", name: "Major depressive disorder, single episode, mild", icd10cm: "F32.0", icd11: "6A70.0", when: { minItemsMet: 5 } },
      { id: "mdd_single.moderate", name: "Major depressive disorder, single episode, moderate", icd10cm: "F32.1", icd11: "6A70.1", when: { minItemsMet: 7 } },
      {
        id: "mdd_single.severe",
        name: "Major depressive disorder, single episode, severe without psychotic features",
        icd10cm: "F32.2",
        icd11: "6A70.3",
        when: { minItemsMet: 8 },
      },
      // Onset in pregnancy or the weeks after birth: coded as postpartum depression.
      { id: "mdd_single.perinatal", name: "Depression with perinatal onset (postpartum depression)", icd10cm: "F53.0", icd11: "6E20.0", when: { concepts: ["perinatal_onset"], current: true } },
    ],
    summary:
      "A first episode of depression: for at least two weeks, low mood or loss of interest together with changes in sleep, appetite, energy, concentration, self-worth or thoughts of death, enough to cause distress or get in the way of daily life. Severity is graded by how many symptoms there are and how much they impair functioning. " +
      PERINATAL_NOTE,
    criteria: [depressiveEpisode("MDD")],
    time: { minDays: 14, text: "symptoms most of the day, nearly every day, for at least two weeks" },
    exclusions: [
      ...unipolarExclusions("MDD"),
      // A described earlier episode makes it recurrent, not single.
      { id: "MDD.EX.recurrent", text: "no earlier depressive episode (otherwise recurrent)", ifConcepts: ["prior_depressive_episode", "seasonal_pattern"], effect: "demote" },
      { id: "MDD.EX.recurrent_supported", text: "not better described as recurrent depression", ifConditions: ["mdd_recurrent"], byHallmark: true, effect: "exclude" },
    ],
    distinguish: [
      { from: "normal grief", how: "Grief comes in waves tied to reminders of the loss with self-esteem kept; depression is pervasive, with worthlessness and loss of pleasure in everything." },
      { from: "adjustment disorder", how: "Adjustment disorder follows a stressor without meeting the full five-symptom, two-week episode." },
      { from: "persistent depressive disorder", how: "Persistent depressive disorder is a milder, chronic low mood lasting two years or more." },
      { from: "bipolar disorder", how: "Any past high, euphoric or sleepless-but-energised spell points to bipolar depression; ask before treating as unipolar." },
      { from: "hypothyroidism, anaemia, medication effects", how: "Fatigue, low mood and slowing can be medical; check blood tests and medications." },
    ],
    redFlags: DEPRESSION_RED_FLAGS,
    modalities: DEPRESSION_MODALITIES,
    sources: ["ICD-10-CM 2025 F32.0-F32.9, F53.0", "ICD-11 MMS 6A70, 6E20", "NICE NG222 (2022)", "APA Clinical Practice Guideline for the Treatment of Depression (2019)", "PHQ-9 (Kroenke et al. 2001)"],
  },
  {
    id: "mdd_recurrent",
    prefix: "MDDR",
    name: "Major depressive disorder, recurrent",
    kind: "disorder",
    family: "depressive",
    codes: { icd10cm: "F33.9", icd11: "6A71.Z" },
    specifiers: [
      { id: "mdd_recurrent.mild", name: "Major depressive disorder, recurrent, mild", icd10cm: "F33.0", icd11: "6A71.0", when: { minItemsMet: 5 } },
      { id: "mdd_recurrent.moderate", name: "Major depressive disorder, recurrent, moderate", icd10cm: "F33.1", icd11: "6A71.1", when: { minItemsMet: 7 } },
      {
        id: "mdd_recurrent.severe",
        name: "Major depressive disorder, recurrent, severe without psychotic features",
        icd10cm: "F33.2",
        icd11: "6A71.3",
        when: { minItemsMet: 8 },
      },
      // Seasonal pattern is not a separate ICD-10-CM code (the severity code stands); ICD-11
      // adds the course qualifier 6A80.4 to the episode code.
      { id: "mdd_recurrent.seasonal", name: "Major depressive disorder, recurrent, with seasonal pattern", icd10cm: "F33.9", icd11: "6A71.Z&6A80.4", when: { concepts: ["seasonal_pattern"] } },
      {
        id: "mdd_recurrent.mild_seasonal",
        name: "Major depressive disorder, recurrent, mild, with seasonal pattern",
        icd10cm: "F33.0",
        icd11: "6A71.0&6A80.4",
        when: { minItemsMet: 5, concepts: ["seasonal_pattern"] },
      },
      {
        id: "mdd_recurrent.moderate_seasonal",
        name: "Major depressive disorder, recurrent, moderate, with seasonal pattern",
        icd10cm: "F33.1",
        icd11: "6A71.1&6A80.4",
        when: { minItemsMet: 7, concepts: ["seasonal_pattern"] },
      },
      {
        id: "mdd_recurrent.severe_seasonal",
        name: "Major depressive disorder, recurrent, severe without psychotic features, with seasonal pattern",
        icd10cm: "F33.2",
        icd11: "6A71.3&6A80.4",
        when: { minItemsMet: 8, concepts: ["seasonal_pattern"] },
      },
      { id: "mdd_recurrent.perinatal", name: "Depression with perinatal onset (postpartum depression)", icd10cm: "F53.0", icd11: "6E20.0", when: { concepts: ["perinatal_onset"], current: true } },
    ],
    summary:
      "Depression that keeps coming back: a current depressive episode (two weeks or more of low mood or loss of interest with other symptoms) in someone who has had at least one earlier episode, with recovery in between. Some people's episodes follow the seasons, typically starting in autumn or winter. Relapse prevention matters as much as treating the current episode.",
    criteria: [
      depressiveEpisode("MDDR"),
      {
        id: "MDDR.B",
        text: "At least one earlier depressive episode, with a period of recovery in between",
        require: 1,
        items: [
          {
            id: "MDDR.B1",
            text: "An earlier episode of depression, or episodes returning with the seasons",
            concepts: ["prior_depressive_episode", "seasonal_pattern"],
            core: true,
            weight: 2,
            allowHistorical: true,
          },
        ],
      },
    ],
    time: { minDays: 14, text: "the current episode lasting at least two weeks" },
    exclusions: unipolarExclusions("MDDR"),
    distinguish: [
      { from: "single-episode depression", how: "Recurrent depression needs an earlier episode separated by at least two months of recovery." },
      { from: "bipolar II disorder", how: "Recurrent depressions with past brief highs (four days or more of unusual energy and little sleep) suggest bipolar II." },
      { from: "persistent depressive disorder", how: "Persistent depression does not lift for two years; recurrent depression has clear periods of recovery." },
      { from: "seasonal low energy", how: "A seasonal pattern needs full episodes starting and remitting at the same time of year, not just a dislike of winter." },
    ],
    redFlags: DEPRESSION_RED_FLAGS,
    modalities: [
      { modality: "CBT", line: "first", source: "NICE NG222 (2022); APA depression guideline (2019)" },
      { modality: "BA", line: "first", source: "NICE NG222 (2022)" },
      { modality: "IPT", line: "first", source: "NICE NG222 (2022); APA depression guideline (2019)" },
      { modality: "MBCT", line: "first", source: "NICE NG222 (2022): relapse prevention for people at risk of relapse" },
      { modality: "STPP", line: "second", source: "NICE NG222 (2022)" },
    ],
    sources: ["ICD-10-CM 2025 F33.0-F33.9, F53.0", "ICD-11 MMS 6A71, 6A80.4, 6E20", "NICE NG222 (2022)", "APA Clinical Practice Guideline for the Treatment of Depression (2019)"],
  },
  {
    id: "pdd",
    prefix: "PDD",
    name: "Persistent depressive disorder (dysthymia)",
    kind: "disorder",
    family: "depressive",
    codes: { icd10cm: "F34.1", icd11: "6A72" },
    summary:
      "A long-lasting low mood present on more days than not for at least two years, with at least two of: appetite change, sleep change, low energy, low self-esteem, poor concentration or indecision, and hopelessness. It is often milder than a major depressive episode but wears people down and can feel like 'just who I am'.",
    criteria: [
      {
        id: "PDD.A",
        text: "Depressed mood on more days than not, for years",
        require: 1,
        items: [
          { id: "PDD.A1", text: "Low mood most days over a long stretch (years)", concepts: ["chronic_low_mood"], core: true, weight: 2.5 },
          { id: "PDD.A2", text: "Low or empty mood", concepts: ["depressed_mood", "emptiness"] },
        ],
      },
      {
        id: "PDD.B",
        text: "While low, at least two of six associated symptoms",
        require: 2,
        items: [
          { id: "PDD.B1", text: "Poor appetite or overeating", concepts: ["appetite_decrease", "appetite_increase"] },
          { id: "PDD.B2", text: "Sleeping too little or too much", concepts: ["insomnia_initial", "insomnia_maintenance", "early_morning_waking", "hypersomnia"] },
          { id: "PDD.B3", text: "Low energy or tiredness", concepts: ["fatigue"] },
          { id: "PDD.B4", text: "Low self-esteem", concepts: ["low_self_esteem", "worthlessness"] },
          { id: "PDD.B5", text: "Poor concentration or difficulty deciding", concepts: ["poor_concentration", "indecisiveness"] },
          { id: "PDD.B6", text: "Feelings of hopelessness", concepts: ["hopelessness"] },
        ],
      },
    ],
    time: { minDays: 730, text: "low mood on most days for at least two years (one year in young people)" },
    exclusions: [
      {
        id: "PDD.EX.mania",
        text: "never a manic or hypomanic episode",
        ifConcepts: ["mania_label", "elevated_mood", "decreased_need_for_sleep"],
        effect: "exclude",
      },
      { id: "PDD.EX.bipolar", text: "not better explained by a bipolar or cyclothymic disorder", ifConditions: ["bipolar_1", "bipolar_2", "cyclothymia"], effect: "exclude" },
      { id: "PDD.EX.medical", text: "not due to a medical condition, medication or substance", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "major depressive disorder", how: "Major depression is a distinct episode of five or more symptoms; persistent depression is chronic and often milder, though the two can coexist." },
      { from: "cyclothymia", how: "Cyclothymia alternates low spells with hypomanic-like highs; persistent depression has no highs." },
      { from: "personality traits", how: "Long-standing pessimism without the associated symptoms is not a disorder." },
    ],
    redFlags: ["thoughts of suicide or self-harm", "a superimposed major depressive episode (sudden worsening)"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE NG222 (2022): chronic depression, CBT combined with medication" },
      { modality: "IPT", line: "first", source: "APA depression guideline (2019)" },
      { modality: "BA", line: "second", source: "NICE NG222 (2022)" },
    ],
    sources: ["ICD-10-CM 2025 F34.1", "ICD-11 MMS 6A72", "NICE NG222 (2022)", "APA Clinical Practice Guideline for the Treatment of Depression (2019)"],
  },
];
