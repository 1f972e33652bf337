import type { Condition, CriterionGroup, ModalityRecommendation } from "../types.js";

/**
 * Bipolar and related disorders: bipolar I, bipolar II, cyclothymia. Criterion texts are our
 * own paraphrases.
 *
 * People usually describe highs in the past tense ("last month I barely slept and felt
 * unstoppable"), so manic items accept historical mentions. Mania and hypomania share their
 * symptoms; what separates them is severity (hospital, marked impairment, psychosis) and
 * duration (seven versus four days), which the B groups and time rules carry.
 */

/**
 * The manic / hypomanic symptom cluster, one group per prefix. `minSpellDays`: the shortest high
 * that counts as an episode; `psychoticGrandiosity`: a grandiose belief held as fact reads as
 * grandiosity (it makes a high a mania, so only bipolar I has it).
 */
function highSymptoms(prefix: string, require: number, text: string, opts: { minSpellDays?: number; psychoticGrandiosity?: boolean } = {}): CriterionGroup {
  const { minSpellDays, psychoticGrandiosity = false } = opts;
  const id = (n: number) => `${prefix}.A${n}`;
  return {
    id: `${prefix}.A`,
    text,
    require,
    ...(minSpellDays !== undefined ? { minSpellDays } : {}),
    items: [
      { id: id(1), text: "Abnormally elevated, expansive or euphoric mood", concepts: ["elevated_mood", "mania_label"], core: true, weight: 2.5, allowHistorical: true },
      // A grandiose belief held as fact during a high ("God had appointed him to restructure the Central
      // Bank") is grandiosity at its most severe.
      { id: id(2), text: "Inflated self-esteem or grandiosity", concepts: psychoticGrandiosity ? ["grandiosity", "grandiose_delusions"] : ["grandiosity"], core: true, weight: 2, allowHistorical: true },
      { id: id(3), text: "Much less need for sleep without feeling tired", concepts: ["decreased_need_for_sleep"], core: true, weight: 2.5, allowHistorical: true },
      { id: id(4), text: "More talkative than usual or pressure to keep talking", concepts: ["pressured_speech"], weight: 2, allowHistorical: true },
      { id: id(5), text: "Racing thoughts or jumping between ideas", concepts: ["racing_thoughts"], allowHistorical: true },
      { id: id(6), text: "Easily distracted", concepts: ["distractibility"], allowHistorical: true },
      // Increased activity or energy is part of the episode's defining change (with the mood), so it
      // counts as a hallmark; plain restlessness, shared with anxiety and ADHD, does not (A9).
      { id: id(7), text: "Surge in goal-directed activity or energy", concepts: ["increased_goal_directed_activity"], core: true, weight: 1.5, allowHistorical: true },
      { id: id(8), text: "Risky pleasurable activities (spending sprees, sexual indiscretion, reckless decisions)", concepts: ["risky_behaviour"], weight: 1.5, allowHistorical: true },
      { id: id(9), text: "Restless, agitated activity", concepts: ["psychomotor_agitation"], allowHistorical: true },
    ],
  };
}

const BIPOLAR_MODALITIES: ModalityRecommendation[] = [
  { modality: "CBT", line: "first", source: "NICE CG185 (2014, updated 2023): psychological therapy for bipolar depression alongside medication" },
  { modality: "FT", line: "first", source: "NICE CG185: family intervention" },
  { modality: "IPSRT", line: "first", source: "APA practice guideline for bipolar disorder; NICE CG185 structured psychological interventions" },
];

export const conditions: Condition[] = [
  {
    id: "bipolar_1",
    prefix: "BP1",
    name: "Bipolar I disorder",
    kind: "disorder",
    family: "bipolar",
    codes: { icd10cm: "F31.9", icd11: "6A60.Z" },
    urgentReferral: true,
    summary:
      "At least one manic episode: a week or more (any length if hospital was needed) of abnormally elevated or irritable mood and energy with symptoms such as little need for sleep, grandiosity, racing thoughts, pressured speech and reckless spending or decisions, severe enough to disrupt life. Depressive episodes are common but not required. A current manic episode needs urgent specialist assessment (NICE CG185); structured psychoeducation about early warning signs is part of care.",
    criteria: [
      highSymptoms("BP1", 4, "A manic episode: elevated or expansive mood and energy with at least three further manic symptoms", { psychoticGrandiosity: true }),
      {
        id: "BP1.B",
        text: "Severe enough to cause marked impairment, be noticed by others, or need hospital care",
        require: 1,
        items: [
          { id: "BP1.B1", text: "Admitted to hospital during the high", concepts: ["psychiatric_admission"], weight: 2, allowHistorical: true },
          { id: "BP1.B2", text: "Marked disruption to work, study, money or relationships", concepts: ["functional_impairment"], allowHistorical: true },
          { id: "BP1.B3", text: "Others saw a clear change in behaviour", concepts: ["others_noticed_change"], allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 7, text: "manic symptoms most of the day for at least a week (any duration if hospitalised)" },
    exclusions: [
      { id: "BP1.EX.medical", text: "not caused by a substance, medication (e.g. steroids, antidepressant switch) or medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      { id: "BP1.EX.stimulant", text: "highs not only during stimulant binges", ifConditions: ["stimulant_use"], effect: "demote" },
      // Highs said to have done no real damage (no trouble, no treatment) fit hypomania, not mania.
      { id: "BP1.EX.hypomanic", text: "highs severe enough to cause marked problems (not described as harmless)", ifConcepts: ["high_without_impairment"], effect: "demote" },
    ],
    distinguish: [
      { from: "bipolar II disorder", how: "Bipolar II has only hypomanic highs (four days or more, no hospital, no psychosis, not markedly impairing) plus major depression." },
      { from: "substance or medication-induced mania", how: "Highs confined to stimulant, cocaine or steroid use, or starting right after an antidepressant, are coded as induced unless they persist beyond it." },
      { from: "ADHD", how: "ADHD is lifelong and steady; mania is an episodic change from the person's usual self with reduced need for sleep." },
      { from: "borderline personality disorder", how: "Borderline mood shifts last hours and are triggered by interpersonal events; manic episodes last days with decreased need for sleep." },
      { from: "schizoaffective disorder", how: "Psychosis persisting two weeks or more without mood symptoms points to schizoaffective disorder." },
    ],
    redFlags: [
      "current manic episode with reckless behaviour, no sleep for days or loss of insight",
      "psychotic symptoms (grandiose delusions, hearing voices)",
      "suicidal thoughts, especially in mixed states or while coming down",
      "danger to self or others, or large financial or legal harm",
    ],
    modalities: BIPOLAR_MODALITIES,
    sources: ["ICD-10-CM 2025 F31.0-F31.9", "ICD-11 MMS 6A60", "NICE CG185 Bipolar disorder: assessment and management (2014, updated 2023)", "APA Practice Guideline for the Treatment of Patients With Bipolar Disorder (2002)"],
  },
  {
    id: "bipolar_2",
    prefix: "BP2",
    name: "Bipolar II disorder",
    kind: "disorder",
    family: "bipolar",
    codes: { icd10cm: "F31.81", icd11: "6A61.Z" },
    summary:
      "At least one hypomanic episode (four days or more of unusually elevated mood and energy, noticed by others but not severe enough for hospital) and at least one major depressive episode, with no full manic episode ever. People most often seek help for the depressions; the highs may feel like their best, most productive times.",
    criteria: [
      // "Never more than about three days up at a time": highs that short are not a hypomanic episode (four days).
      // (Bipolar I's group has no such floor: a mania of any length counts when hospital was needed.)
      highSymptoms("BP2", 3, "A hypomanic episode: elevated mood and energy with at least three further symptoms, clearly different from usual", { minSpellDays: 4 }),
      {
        id: "BP2.B",
        text: "At least one major depressive episode, now or in the past",
        // One clear sign is enough here: people rarely list a past episode's full symptoms.
        require: 1,
        // "Then for a week or two I'm flat": lows that short are not a major depressive episode.
        minSpellDays: 14,
        items: [
          { id: "BP2.B1", text: "Low, empty or tearful mood", concepts: ["depressed_mood", "emptiness", "tearfulness"], allowHistorical: true },
          { id: "BP2.B2", text: "Loss of interest or pleasure", concepts: ["anhedonia"], allowHistorical: true },
          { id: "BP2.B3", text: "A previous depressive episode", concepts: ["prior_depressive_episode"], weight: 1.5, allowHistorical: true },
          { id: "BP2.B4", text: "Worthlessness, guilt or hopelessness", concepts: ["worthlessness", "excessive_guilt", "hopelessness"], allowHistorical: true },
          { id: "BP2.B5", text: "Exhaustion or poor concentration", concepts: ["fatigue", "poor_concentration"], allowHistorical: true },
          { id: "BP2.B6", text: "Thoughts of death or suicide", concepts: ["death_thoughts", "suicidal_thoughts"], allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 4, text: "a high lasting at least four consecutive days, and a depressive episode of at least two weeks" },
    exclusions: [
      // Hospitalisation during a high makes it mania by definition; bipolar I then applies.
      { id: "BP2.EX.mania", text: "never a full manic episode (hospitalisation or psychosis during a high)", ifConcepts: ["psychiatric_admission"], effect: "demote" },
      { id: "BP2.EX.bp1", text: "not better described as bipolar I", ifConditions: ["bipolar_1"], byHallmark: true, effect: "demote" },
      { id: "BP2.EX.medical", text: "not caused by a substance, medication or medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      { id: "BP2.EX.stimulant", text: "highs not only during stimulant binges", ifConditions: ["stimulant_use"], effect: "demote" },
    ],
    distinguish: [
      { from: "recurrent major depression", how: "Ask about past highs: four days or more of less sleep, more energy and unusual confidence separates bipolar II from unipolar depression." },
      { from: "bipolar I disorder", how: "Any high that led to hospital, psychosis or marked impairment is mania, making it bipolar I." },
      { from: "cyclothymia", how: "Cyclothymia has numerous milder ups and downs for two years without full depressive or hypomanic episodes." },
      { from: "borderline personality disorder", how: "Borderline mood shifts are reactive and last hours; hypomania lasts days with a reduced need for sleep." },
    ],
    redFlags: ["suicidal thoughts, particularly during depressive or mixed phases", "escalation of a high into mania or psychosis", "antidepressant started without a mood stabiliser"],
    modalities: BIPOLAR_MODALITIES,
    sources: ["ICD-10-CM 2025 F31.81", "ICD-11 MMS 6A61", "NICE CG185 (2014, updated 2023)"],
  },
  {
    id: "cyclothymia",
    prefix: "CYC",
    name: "Cyclothymic disorder",
    kind: "disorder",
    family: "bipolar",
    codes: { icd10cm: "F34.0", icd11: "6A62" },
    summary:
      "For at least two years, many periods of mild highs and many periods of low mood that never reach a full hypomanic or major depressive episode, with few stretches of steady mood. The swings are unpredictable and disrupt plans and relationships, and the condition raises the risk of later bipolar disorder.",
    criteria: [
      {
        id: "CYC.A",
        text: "Repeated swings between highs and lows",
        require: 1,
        items: [{ id: "CYC.A1", text: "Mood swinging between up and down periods", concepts: ["mood_swings"], core: true, weight: 2.5 }],
      },
      {
        id: "CYC.B",
        text: "Periods of hypomanic-like symptoms",
        require: 1,
        items: [
          { id: "CYC.B1", text: "Unusually elevated mood, energy or confidence", concepts: ["elevated_mood", "increased_goal_directed_activity", "grandiosity"], allowHistorical: true },
          { id: "CYC.B2", text: "Needing less sleep, racing thoughts or talkativeness", concepts: ["decreased_need_for_sleep", "racing_thoughts", "pressured_speech"], allowHistorical: true },
        ],
      },
      {
        id: "CYC.C",
        text: "Periods of depressive symptoms",
        require: 1,
        items: [
          { id: "CYC.C1", text: "Low mood or loss of interest", concepts: ["depressed_mood", "anhedonia", "emptiness"], allowHistorical: true },
          { id: "CYC.C2", text: "Tiredness or hopelessness during lows", concepts: ["fatigue", "hopelessness"], allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 730, text: "ups and downs for at least two years (one year in young people), never symptom-free for more than two months" },
    exclusions: [
      { id: "CYC.EX.bipolar", text: "never a full manic, hypomanic or major depressive episode", ifConditions: ["bipolar_1", "bipolar_2"], byHallmark: true, effect: "exclude" },
      { id: "CYC.EX.mdd", text: "never a full major depressive episode", ifConditions: ["mdd_single", "mdd_recurrent"], effect: "demote" },
      { id: "CYC.EX.medical", text: "not caused by a substance or medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "bipolar I or II", how: "In cyclothymia neither the highs nor the lows meet full episode criteria." },
      { from: "borderline personality disorder", how: "Borderline mood swings are reactions to interpersonal events within hours; cyclothymic swings last days and include changes in sleep and energy." },
      { from: "persistent depressive disorder", how: "Persistent depression has no high periods." },
    ],
    redFlags: ["a swing escalating into full mania or severe depression", "suicidal thoughts during lows"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG185 principles; cyclothymia evidence is limited" },
      { modality: "IPSRT", line: "second", source: "APA bipolar guideline: regular routines and sleep" },
    ],
    sources: ["ICD-10-CM 2025 F34.0", "ICD-11 MMS 6A62", "NICE CG185 (2014, updated 2023)"],
  },
];
