import type { Condition, CriterionGroup, ModalityRecommendation } from "../types.js";

/**
 * Trauma- and stressor-related conditions and prolonged grief. Criterion texts are our own
 * paraphrases. PTSD and acute stress disorder share the symptom picture; time since the event
 * separates them (the engine measures it from "a year ago", "ten days ago").
 */
const TRAUMA = ["trauma_exposure"];
const TRAUMA_MODALITIES: ModalityRecommendation[] = [
  { modality: "TF-CBT", line: "first", source: "NICE NG116 (2018); APA PTSD guideline (2017)" },
  { modality: "CPT", line: "first", source: "APA PTSD guideline (2017)" },
  { modality: "PE", line: "first", source: "APA PTSD guideline (2017)" },
  { modality: "EMDR", line: "second", source: "NICE NG116 (2018)" },
];

/** The syndrome groups first: the engine weighs the first group as the condition's core picture. */
function traumaGroups(p: string): CriterionGroup[] {
  const [exposure, ...symptoms] = traumaGroupsInDsmOrder(p);
  return [...symptoms, exposure];
}

function traumaGroupsInDsmOrder(p: string): CriterionGroup[] {
  return [
    { id: `${p}.A`, text: "Exposure to actual or threatened death, serious injury or sexual violence", require: 1, items: [
      // A traumatic event is specific enough to keep PTSD on the list to rule out, even before
      // the person names intrusions; it is not enough for a working impression on its own.
      { id: `${p}.A1`, text: "Directly experienced or witnessed a traumatic event", concepts: TRAUMA, core: true, weight: 2, allowHistorical: true },
    ] },
    { id: `${p}.B`, text: "Re-experiencing (at least one)", require: 1, items: [
      { id: `${p}.B1`, text: "Intrusive distressing memories", concepts: ["intrusive_memories"], core: true, weight: 1.5 },
      { id: `${p}.B2`, text: "Distressing dreams about the event", concepts: ["nightmares"], core: true, weight: 1.5 },
      { id: `${p}.B3`, text: "Flashbacks: feeling it is happening again", concepts: ["flashbacks"], core: true, weight: 2.5 },
      { id: `${p}.B4`, text: "Distress or body reactions at reminders", concepts: ["cue_distress"], weight: 1.5 },
    ] },
    { id: `${p}.C`, text: "Avoidance of reminders (at least one)", require: 1, items: [
      { id: `${p}.C1`, text: "Avoiding places, people, activities or thoughts that bring it back", concepts: ["trauma_avoidance", "avoidance"], weight: 1.5 },
    ] },
    { id: `${p}.D`, text: "Negative changes in thinking and mood (at least two)", require: 2, items: [
      { id: `${p}.D1`, text: "Persistent blame of self or others", concepts: ["trauma_self_blame"] },
      { id: `${p}.D2`, text: "Persistent fear, horror, guilt or shame", concepts: ["persistent_fear_shame"] },
      { id: `${p}.D3`, text: "Feeling detached or estranged from others", concepts: ["detachment_from_others"] },
      { id: `${p}.D4`, text: "Inability to feel positive emotions, numbness", concepts: ["emotional_numbing"] },
      { id: `${p}.D5`, text: "Loss of interest in activities", concepts: ["anhedonia"] },
    ] },
    { id: `${p}.E`, text: "Changes in arousal and reactivity (at least two)", require: 2, items: [
      { id: `${p}.E1`, text: "Hypervigilance", concepts: ["hypervigilance"], weight: 1.5 },
      { id: `${p}.E2`, text: "Exaggerated startle", concepts: ["exaggerated_startle"], weight: 1.5 },
      { id: `${p}.E3`, text: "Irritability or angry outbursts", concepts: ["irritability"] },
      { id: `${p}.E4`, text: "Problems concentrating", concepts: ["poor_concentration"] },
      { id: `${p}.E5`, text: "Sleep disturbance", concepts: ["insomnia_initial", "insomnia_maintenance"] },
    ] },
  ];
}

export const conditions: Condition[] = [
  {
    id: "ptsd", prefix: "PTSD", name: "Post-traumatic stress disorder", kind: "disorder", family: "trauma-stressor",
    codes: { icd10cm: "F43.10", icd11: "6B40" },
    specifiers: [{ id: "ptsd.chronic", name: "Post-traumatic stress disorder, chronic", icd10cm: "F43.12", icd11: "6B40", when: { concepts: ["trauma_exposure"] } }],
    summary: "After a frightening event such as an assault, a robbery at gunpoint, a serious accident, combat or sexual violence, the person keeps re-living it (nightmares, flashbacks, intrusive memories), avoids reminders, feels numb or cut off, and stays on high alert, for more than a month.",
    criteria: traumaGroups("PTSD"),
    time: { minDays: 30, text: "symptoms lasting more than a month after the event" },
    requiresStressor: TRAUMA,
    exclusions: [{ id: "PTSD.EX.substance", text: "not due to substances or a medical condition", ifConcepts: ["medical_cause"], effect: "demote" }],
    distinguish: [
      { from: "acute_stress", how: "Acute stress disorder covers 3 days to 1 month after the event; after a month it is PTSD." },
      { from: "adjustment", how: "Adjustment disorder follows any stressor; PTSD needs a traumatic one and re-experiencing." },
    ],
    redFlags: ["suicidal thoughts", "ongoing danger or abuse", "heavy drinking or drug use to cope"],
    modalities: TRAUMA_MODALITIES,
    sources: ["ICD-10-CM F43.10, F43.11, F43.12", "ICD-11 MMS 6B40", "NICE NG116 (2018)", "APA Clinical Practice Guideline for PTSD (2017)"],
  },
  {
    id: "cptsd", prefix: "CPTSD", name: "Complex post-traumatic stress disorder", kind: "disorder", family: "trauma-stressor",
    codes: { icd10cm: "F43.10", icd11: "6B41" },
    summary: "After prolonged or repeated trauma that is hard to escape, such as childhood abuse or domestic violence, the PTSD picture comes with lasting problems in regulating emotions, a deeply negative view of oneself, and difficulty feeling close to others. ICD-11 codes it separately; ICD-10-CM has no own code.",
    criteria: [
      ...traumaGroupsInDsmOrder("CPTSD").slice(0, 3),
      { id: "CPTSD.F", text: "Disturbances in self-organisation (all three)", require: 2, items: [
        { id: "CPTSD.F1", text: "Severe problems regulating emotions", concepts: ["affect_dysregulation", "affective_instability"], core: true, weight: 1.5 },
        { id: "CPTSD.F2", text: "Persistent beliefs of being worthless, defeated or damaged", concepts: ["negative_self_concept", "worthlessness"], core: true, weight: 1.5 },
        { id: "CPTSD.F3", text: "Difficulty sustaining relationships and feeling close", concepts: ["relationship_difficulties_trauma", "detachment_from_others"], weight: 1.5 },
      ] },
    ],
    time: { minDays: 30, text: "symptoms lasting more than a month" },
    requiresStressor: TRAUMA,
    exclusions: [],
    distinguish: [{ from: "bpd", how: "In complex PTSD fears of abandonment and identity instability are less central; trauma is the anchor." }],
    redFlags: ["ongoing abuse", "self-harm", "suicidal thoughts"],
    modalities: TRAUMA_MODALITIES,
    sources: ["ICD-11 MMS 6B41", "ICD-10-CM has no separate code: F43.10 used (verify local practice)", "NICE NG116 (2018)"],
  },
  {
    id: "acute_stress", prefix: "ASD", name: "Acute stress disorder", kind: "disorder", family: "trauma-stressor",
    codes: { icd10cm: "F43.0", icd11: "QE84" },
    summary: "In the days up to a month after a traumatic event, the person has intrusive memories, nightmares, avoidance, numbness and heightened alertness. ICD-11 treats the acute stress reaction as a normal response (QE84) rather than a disorder.",
    criteria: traumaGroups("ASD"),
    time: { minDays: 3, maxDays: 30, text: "between 3 days and 1 month after the event" },
    requiresStressor: TRAUMA,
    exclusions: [],
    distinguish: [{ from: "ptsd", how: "Beyond a month after the event the picture is PTSD." }],
    redFlags: ["suicidal thoughts", "dissociation so severe the person cannot function"],
    modalities: [{ modality: "TF-CBT", line: "first", source: "NICE NG116 (2018): trauma-focused CBT within a month for acute stress disorder" }, { modality: "SUPPORT", line: "second", source: "NICE NG116 (2018)" }],
    sources: ["ICD-10-CM F43.0", "ICD-11 MMS QE84 (acute stress reaction)", "NICE NG116 (2018)"],
  },
  {
    id: "adjustment", prefix: "ADJ", name: "Adjustment disorder", kind: "disorder", family: "trauma-stressor",
    codes: { icd10cm: "F43.20", icd11: "6B43" },
    specifiers: [
      { id: "adjustment.anxiety", name: "Adjustment disorder with anxiety", icd10cm: "F43.22", icd11: "6B43", when: { concepts: ["anxious_mood", "worry_excessive"] } },
      { id: "adjustment.depressed", name: "Adjustment disorder with depressed mood", icd10cm: "F43.21", icd11: "6B43", when: { concepts: ["depressed_mood", "tearfulness", "hopelessness"] } },
    ],
    summary: "Within three months of an identifiable stressor such as a divorce, breakup, job loss or move, the person reacts with tearfulness, worry, poor concentration or trouble functioning that is out of proportion to the stressor or impairing, without meeting another disorder.",
    criteria: [
      { id: "ADJ.B", text: "Emotional or behavioural symptoms (at least two)", require: 2, items: [
        { id: "ADJ.B1", text: "Tearfulness or low mood", concepts: ["tearfulness", "depressed_mood"], core: true },
        { id: "ADJ.B2", text: "Anxiety or worry", concepts: ["anxious_mood", "worry_excessive"], core: true },
        { id: "ADJ.B3", text: "Trouble concentrating or functioning", concepts: ["poor_concentration", "functional_impairment"] },
        { id: "ADJ.B4", text: "Sleep or appetite disturbance", concepts: ["insomnia_initial", "insomnia_maintenance", "appetite_decrease"] },
        { id: "ADJ.B5", text: "Marked distress out of proportion", concepts: ["marked_distress"], weight: 1.5 },
      ] },
      { id: "ADJ.A", text: "An identifiable stressor", require: 1, items: [
        { id: "ADJ.A1", text: "A recent life change or stressor (separation, job loss, move, illness)", concepts: ["stressor_life_event", "breakup"], weight: 2, allowHistorical: true },
      ] },
    ],
    time: { onsetWithinDaysOfStressor: 90, text: "onset within three months of the stressor" },
    requiresStressor: ["stressor_life_event", "breakup"],
    exclusions: [{ id: "ADJ.EX.other", text: "not better explained by another disorder", ifConditions: ["mdd_single", "gad", "ptsd"], effect: "demote" }],
    distinguish: [
      { from: "mdd_single", how: "If full depressive-episode criteria are met, it is depression, whatever the trigger." },
      { from: "uncomplicated_bereavement", how: "Normal grief is not an adjustment disorder." },
    ],
    redFlags: ["suicidal thoughts after a loss or separation", "heavy drinking"],
    modalities: [{ modality: "PST", line: "first", source: "NICE CG91/common practice; Cochrane review of adjustment disorder interventions (2018)" }, { modality: "CBT", line: "first", source: "Cochrane (2018)" }, { modality: "SUPPORT", line: "second", source: "common practice" }],
    sources: ["ICD-10-CM F43.20-F43.25", "ICD-11 MMS 6B43"],
  },
  {
    id: "prolonged_grief", prefix: "PGD", name: "Prolonged grief disorder", kind: "disorder", family: "trauma-stressor",
    codes: { icd10cm: "F43.81", icd11: "6B42" },
    summary: "At least a year after the death of someone close (six months in ICD-11), the person still longs for them or is preoccupied with them nearly every day, with intense pain, disbelief, avoidance of reminders, a sense that part of them died and that life has no meaning, impairing daily life.",
    criteria: [
      { id: "PGD.B", text: "Longing or preoccupation nearly every day", require: 1, items: [
        { id: "PGD.B1", text: "Intense yearning or longing for the deceased", concepts: ["yearning_for_deceased"], core: true, weight: 2 },
        { id: "PGD.B2", text: "Preoccupation with the deceased", concepts: ["grief_preoccupation"], core: true, weight: 1.5 },
      ] },
      { id: "PGD.A", text: "Death of someone close", require: 1, items: [
        { id: "PGD.A1", text: "Death of a person close to them", concepts: ["bereavement_recent_death"], weight: 2, allowHistorical: true },
      ] },
      { id: "PGD.C", text: "At least three associated symptoms", require: 3, items: [
        { id: "PGD.C1", text: "Identity disruption (part of oneself has died)", concepts: ["identity_loss_after_death"] },
        { id: "PGD.C2", text: "Marked disbelief about the death", concepts: ["disbelief_about_death"], weight: 1.5 },
        { id: "PGD.C3", text: "Avoidance of reminders", concepts: ["trauma_avoidance", "avoidance"] },
        { id: "PGD.C4", text: "Intense emotional pain", concepts: ["grief_pain"] },
        { id: "PGD.C5", text: "Difficulty re-engaging with life", concepts: ["anhedonia", "social_withdrawal"] },
        { id: "PGD.C6", text: "Emotional numbness", concepts: ["emotional_numbing"] },
        { id: "PGD.C7", text: "Feeling life is meaningless", concepts: ["meaninglessness"], weight: 1.5 },
        { id: "PGD.C8", text: "Intense loneliness", concepts: ["detachment_from_others"] },
      ] },
    ],
    time: { minDaysSinceStressor: 365, text: "at least 12 months since the death (adults)" },
    requiresStressor: ["bereavement_recent_death"],
    exclusions: [],
    distinguish: [
      { from: "uncomplicated_bereavement", how: "Normal grief eases over months and comes in waves; prolonged grief stays intense beyond a year and impairs life." },
      { from: "mdd_single", how: "Depression brings pervasive low mood and worthlessness; grief centres on the lost person." },
    ],
    redFlags: ["wish to join the deceased", "suicidal thoughts"],
    modalities: [{ modality: "GRIEF", line: "first", source: "APA (DSM-5-TR PGD literature); Shear et al. complicated grief treatment trials" }, { modality: "CBT", line: "second", source: "grief-focused CBT trials" }],
    sources: ["ICD-10-CM F43.81 (2023+)", "ICD-11 MMS 6B42"],
  },
];
