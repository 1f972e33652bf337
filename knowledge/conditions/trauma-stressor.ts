import type { Condition, CriterionGroup, CriterionItem, ModalityRecommendation } from "../types.js";

/**
 * Trauma- and stressor-related conditions and prolonged grief. Criterion texts are our own
 * paraphrases. PTSD and acute stress disorder share the symptom picture; the time since the
 * event separates them (the engine reads "a year ago", "ten days ago" from the sentence that
 * names the event, because every trauma concept is listed in `requiresStressor`).
 */

/** Every kind of qualifying event: direct, witnessed, learned of (violent death), repeated at work. */
const TRAUMA = [
  "trauma_exposure",
  "trauma_assault",
  "trauma_sexual_violence",
  "trauma_accident",
  "trauma_combat",
  "trauma_disaster",
  "trauma_witnessed_death",
  "trauma_child_abuse",
  "trauma_domestic_violence",
  "ptsd_label",
];

const PTSD_MODALITIES: ModalityRecommendation[] = [
  { modality: "TF-CBT", line: "first", source: "NICE NG116 (2018); APA Clinical Practice Guideline for PTSD (2017)" },
  { modality: "CPT", line: "first", source: "APA Clinical Practice Guideline for PTSD (2017): strong recommendation" },
  { modality: "PE", line: "first", source: "APA Clinical Practice Guideline for PTSD (2017): strong recommendation" },
  { modality: "EMDR", line: "first", source: "NICE NG116 (2018): offer for non-combat trauma over 3 months ago; APA (2017) conditional" },
];

const exposureItem = (p: string): CriterionItem => ({
  // A traumatic event is specific enough to keep PTSD on the list to rule out, even before
  // the person names intrusions; it is not enough for a working impression on its own.
  id: `${p}.A1`,
  text: "Directly experienced, witnessed, learned of (violent or accidental death of someone close) or was repeatedly exposed at work to actual or threatened death, serious injury or sexual violence",
  concepts: TRAUMA,
  core: true,
  weight: 2,
  allowHistorical: true,
});

const intrusion = (p: string): CriterionGroup => ({
  id: `${p}.B`,
  text: "Re-experiencing the event (at least one)",
  require: 1,
  items: [
    { id: `${p}.B1`, text: "Recurrent, involuntary, distressing memories of the event", concepts: ["intrusive_memories"], core: true, weight: 1.5 },
    { id: `${p}.B2`, text: "Distressing dreams related to the event", concepts: ["nightmares"], core: true, weight: 1.5 },
    { id: `${p}.B3`, text: "Flashbacks: feeling or acting as if it were happening again", concepts: ["flashbacks"], core: true, weight: 2.5 },
    { id: `${p}.B4`, text: "Intense distress or body reactions at reminders", concepts: ["cue_distress"], core: true, weight: 1.5 },
  ],
});

const avoidanceGroup = (p: string): CriterionGroup => ({
  id: `${p}.C`,
  text: "Persistent avoidance of reminders (at least one)",
  require: 1,
  items: [
    { id: `${p}.C1`, text: "Avoiding memories, thoughts, feelings, places, people or activities that bring it back", concepts: ["trauma_avoidance", "avoidance"], weight: 1.5 },
  ],
});

const cognitionMood = (p: string, extra: CriterionItem[] = []): CriterionGroup => ({
  id: `${p}.D`,
  text: "Negative changes in thinking and mood since the event (at least two)",
  require: 2,
  items: [
    { id: `${p}.D1`, text: "Unable to remember important parts of the event", concepts: ["trauma_memory_gaps"], weight: 1.5 },
    { id: `${p}.D2`, text: "Persistent, exaggerated negative beliefs about oneself, others or the world", concepts: ["negative_self_concept", "negative_beliefs_world"] },
    { id: `${p}.D3`, text: "Distorted blame of self or others for the event", concepts: ["trauma_self_blame"] },
    { id: `${p}.D4`, text: "Persistent fear, horror, anger, guilt or shame", concepts: ["persistent_fear_shame"] },
    { id: `${p}.D5`, text: "Markedly less interest in activities", concepts: ["anhedonia"] },
    { id: `${p}.D6`, text: "Feeling detached or estranged from others", concepts: ["detachment_from_others"] },
    { id: `${p}.D7`, text: "Persistent inability to feel positive emotions, numbness", concepts: ["emotional_numbing", "emptiness"] },
    ...extra,
  ],
});

const arousal = (p: string): CriterionGroup => ({
  id: `${p}.E`,
  text: "Changes in arousal and reactivity since the event (at least two)",
  require: 2,
  items: [
    { id: `${p}.E1`, text: "Irritability or angry outbursts", concepts: ["irritability", "intense_anger"] },
    { id: `${p}.E2`, text: "Reckless or self-destructive behaviour", concepts: ["reckless_self_destructive"] },
    { id: `${p}.E3`, text: "Hypervigilance", concepts: ["hypervigilance"], weight: 1.5 },
    { id: `${p}.E4`, text: "Exaggerated startle response", concepts: ["exaggerated_startle"], weight: 1.5 },
    { id: `${p}.E5`, text: "Problems concentrating", concepts: ["poor_concentration"] },
    { id: `${p}.E6`, text: "Sleep disturbance", concepts: ["insomnia_initial", "insomnia_maintenance"] },
  ],
});

/** The syndrome groups first: the engine weighs the first group double as the condition's core picture. */
function ptsdGroups(p: string, dissociation = false): CriterionGroup[] {
  const dissociative: CriterionItem[] = dissociation
    ? [{ id: `${p}.D8`, text: "Altered sense of reality: dazed, world or self feeling unreal", concepts: ["derealization", "depersonalization", "dissociation_episodes", "dissociation_zoning_out"] }]
    : [];
  return [
    intrusion(p),
    avoidanceGroup(p),
    cognitionMood(p, dissociative),
    arousal(p),
    { id: `${p}.A`, text: "Exposure to actual or threatened death, serious injury or sexual violence", require: 1, items: [exposureItem(p)] },
  ];
}

/**
 * Acute stress disorder counts symptoms across clusters rather than per cluster (DSM-5: nine of
 * fourteen from intrusion, negative mood, dissociation, avoidance and arousal), so a person a week
 * after a fire with intrusions, unreality, no sleep and no focus qualifies without naming avoidance.
 * Intrusion stays its own group (the hallmark); the rest are pooled. The lexicon finds fewer
 * symptoms than a full interview would, so the pooled count asked for is modest.
 */
function asdGroups(p: string): CriterionGroup[] {
  const [intrusions, avoid, cognition, arousalGroup, exposure] = ptsdGroups(p, true);
  return [
    intrusions,
    {
      id: `${p}.S`,
      text: "Other acute stress symptoms: avoidance, numbness or low mood, dissociation, arousal (at least three)",
      require: 3,
      items: [...avoid.items, ...cognition.items, ...arousalGroup.items],
    },
    exposure,
  ];
}

export const conditions: Condition[] = [
  {
    id: "ptsd",
    prefix: "PTSD",
    name: "Post-traumatic stress disorder",
    kind: "disorder",
    family: "trauma-stressor",
    // F43.10 unspecified: ICD-10-CM F43.11 (acute, under 3 months) and F43.12 (chronic, 3 months
    // or more) depend on the duration, which a specifier's `when` cannot test, so they are cited only.
    codes: { icd10cm: "F43.10", icd11: "6B40" },
    summary:
      "After a frightening event such as an assault, a robbery at gunpoint, a serious accident, combat, sexual violence or seeing someone die, the person keeps re-living it (intrusive memories, nightmares, flashbacks, strong reactions to reminders), avoids reminders, feels numb, to blame or cut off from others, and stays on high alert (startle, hypervigilance, poor sleep), for more than a month.",
    criteria: ptsdGroups("PTSD"),
    time: { minDays: 30, text: "symptoms lasting more than a month after the event" },
    requiresStressor: TRAUMA,
    exclusions: [
      { id: "PTSD.EX.medical", text: "not due to a substance or another medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      // ICD-11: complex PTSD replaces PTSD when disturbances in self-organisation are present.
      { id: "PTSD.EX.cptsd", text: "complex PTSD takes precedence when self-organisation is also disturbed", ifConditions: ["cptsd"], effect: "demote" },
    ],
    distinguish: [
      { from: "acute_stress", how: "Acute stress disorder covers 3 days to 1 month after the event; beyond a month it is PTSD." },
      { from: "cptsd", how: "Complex PTSD adds lasting problems with emotion regulation, self-worth and relationships, usually after prolonged or repeated trauma." },
      { from: "adjustment", how: "Adjustment disorder follows any stressor and lacks re-experiencing; PTSD needs a traumatic event and intrusions." },
      { from: "prolonged_grief", how: "After a violent death, intrusions about how the person died point to PTSD; longing for the person points to grief." },
      { from: "panic_disorder", how: "Panic attacks in PTSD are cued by trauma reminders, not unexpected." },
    ],
    redFlags: ["suicidal thoughts or self-harm", "ongoing danger or abuse", "heavy drinking or drug use to cope", "dissociation so severe the person loses time or cannot function"],
    modalities: PTSD_MODALITIES,
    sources: [
      "ICD-10-CM 2025 F43.10 (unspecified), F43.11 (acute), F43.12 (chronic)",
      "ICD-11 MMS 6B40",
      "NICE NG116 (2018) Post-traumatic stress disorder",
      "APA Clinical Practice Guideline for the Treatment of PTSD (2017)",
    ],
  },
  {
    id: "cptsd",
    prefix: "CPTSD",
    name: "Complex post-traumatic stress disorder",
    kind: "disorder",
    family: "trauma-stressor",
    // ICD-10-CM has no code of its own for complex PTSD: F43.89 (other reactions to severe stress), so
    // a differential never lists PTSD's F43.10 twice.
    codes: { icd10cm: "F43.89", icd11: "6B41" },
    summary:
      "After prolonged or repeated trauma that is hard or impossible to escape, such as childhood abuse, domestic violence, torture or war, the PTSD picture (re-experiencing, avoidance, sense of threat) comes with lasting disturbances in self-organisation: severe trouble regulating emotions, a deep sense of being worthless, defeated or damaged, and difficulty feeling close to others. ICD-11 codes it separately (6B41); ICD-10-CM has no code of its own; F43.89 (other reactions to severe stress) is used.",
    criteria: [
      {
        id: "CPTSD.F",
        text: "Disturbances in self-organisation (ICD-11 requires all three)",
        require: 3,
        items: [
          { id: "CPTSD.F1", text: "Severe, pervasive problems regulating emotions", concepts: ["affect_dysregulation", "affective_instability"], core: true, weight: 2 },
          { id: "CPTSD.F2", text: "Persistent beliefs of being diminished, defeated or worthless, with shame or guilt", concepts: ["negative_self_concept", "worthlessness", "persistent_fear_shame"], core: true, weight: 1.5 },
          { id: "CPTSD.F3", text: "Persistent difficulty sustaining relationships and feeling close to others", concepts: ["relationship_difficulties_trauma", "detachment_from_others"], weight: 1.5 },
        ],
      },
      intrusion("CPTSD"),
      avoidanceGroup("CPTSD"),
      {
        id: "CPTSD.E",
        text: "Persistent sense of current threat (at least one)",
        require: 1,
        items: [
          { id: "CPTSD.E1", text: "Hypervigilance", concepts: ["hypervigilance"], weight: 1.5 },
          { id: "CPTSD.E2", text: "Exaggerated startle", concepts: ["exaggerated_startle"], weight: 1.5 },
        ],
      },
      {
        id: "CPTSD.A",
        text: "Exposure to an extremely threatening event, usually prolonged or repeated",
        require: 1,
        items: [
          exposureItem("CPTSD"),
          { id: "CPTSD.A2", text: "Prolonged or repeated trauma from which escape was hard: childhood abuse, domestic violence, war", concepts: ["trauma_child_abuse", "trauma_domestic_violence", "trauma_combat"], weight: 2, allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 30, text: "symptoms lasting more than a month (ICD-11: at least several weeks)" },
    requiresStressor: TRAUMA,
    exclusions: [{ id: "CPTSD.EX.medical", text: "not due to a substance or another medical condition", ifConcepts: ["medical_cause"], effect: "demote" }],
    distinguish: [
      { from: "ptsd", how: "PTSD without the three self-organisation problems (emotion regulation, self-worth, relationships)." },
      { from: "bpd", how: "In complex PTSD the self-image is stably negative and abandonment fear and identity shifts are not central; trauma anchors the picture." },
    ],
    redFlags: ["ongoing abuse or unsafe home", "self-harm", "suicidal thoughts", "substance use to cope"],
    modalities: [
      { modality: "TF-CBT", line: "first", source: "NICE NG116 (2018): trauma-focused therapy, with extra sessions and stabilisation for complex presentations" },
      { modality: "EMDR", line: "first", source: "NICE NG116 (2018)" },
      { modality: "CPT", line: "second", source: "APA PTSD guideline (2017); ISTSS guidelines (2019)" },
      { modality: "DBT", line: "second", source: "DBT-PTSD trials (Bohus et al., 2020) for emotion dysregulation after childhood abuse" },
    ],
    sources: ["ICD-11 MMS 6B41", "ICD-10-CM 2025 F43.89 (other reactions to severe stress; no separate code for complex PTSD)", "NICE NG116 (2018)", "ISTSS Prevention and Treatment Guidelines (2019)"],
  },
  {
    id: "acute_stress",
    prefix: "ASD",
    name: "Acute stress disorder",
    kind: "disorder",
    family: "trauma-stressor",
    codes: { icd10cm: "F43.0", icd11: "QE84" },
    summary:
      "In the first month after a traumatic event (from about three days on), the person has intrusive memories, nightmares or flashbacks, avoids reminders, feels numb, dazed or unreal, and is jumpy, on guard and sleeping badly. ICD-11 treats the acute stress reaction (QE84) as a normal response, not a disorder; ICD-10-CM codes it F43.0.",
    criteria: asdGroups("ASD"),
    // Under one month after the event it is acute stress, not PTSD: the max rule is checked
    // against the time since the event, so "last week" puts this above PTSD and "a year ago" below.
    time: { minDays: 3, maxDays: 30, text: "from 3 days up to 1 month after the event" },
    requiresStressor: TRAUMA,
    exclusions: [
      // When the time since the event is unknown, the commoner PTSD leads.
      { id: "ASD.EX.ptsd", text: "PTSD takes precedence once symptoms last beyond a month", ifConditions: ["ptsd"], effect: "demote" },
      { id: "ASD.EX.medical", text: "not due to a substance, head injury or another medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      // Abuse in childhood told as history lies years back, whatever the sentence's tense.
      { id: "ASD.EX.remote", text: "the event is recent, not abuse in childhood recalled years later", ifConcepts: ["trauma_child_abuse"], effect: "demote" },
    ],
    distinguish: [
      { from: "ptsd", how: "Beyond a month after the event the picture is PTSD." },
      { from: "adjustment", how: "Adjustment disorder follows a non-traumatic stressor, or a trauma without the acute stress picture." },
    ],
    redFlags: ["suicidal thoughts", "dissociation so severe the person cannot function", "ongoing danger"],
    modalities: [
      { modality: "TF-CBT", line: "first", source: "NICE NG116 (2018): individual trauma-focused CBT within a month for acute stress disorder" },
      { modality: "SUPPORT", line: "second", source: "NICE NG116 (2018): active monitoring and practical support; no psychological debriefing" },
    ],
    sources: ["ICD-10-CM 2025 F43.0", "ICD-11 MMS QE84 (acute stress reaction, not a mental disorder)", "NICE NG116 (2018)"],
  },
  {
    id: "adjustment",
    prefix: "ADJ",
    name: "Adjustment disorder",
    kind: "disorder",
    family: "trauma-stressor",
    codes: { icd10cm: "F43.20", icd11: "6B43" },
    // Later entries win. "Mixed" subtypes (F43.23 anxiety with depressed mood, F43.25 emotions and
    // conduct) need two features together, which `when.concepts` (any-of) cannot say; they are cited only.
    specifiers: [
      { id: "adjustment.depressed", name: "Adjustment disorder with depressed mood", icd10cm: "F43.21", icd11: "6B43", when: { concepts: ["depressed_mood", "tearfulness", "hopelessness"] } },
      { id: "adjustment.anxiety", name: "Adjustment disorder with anxiety", icd10cm: "F43.22", icd11: "6B43", when: { concepts: ["anxious_mood", "worry_excessive"] } },
      { id: "adjustment.conduct", name: "Adjustment disorder with disturbance of conduct", icd10cm: "F43.24", icd11: "6B43", when: { concepts: ["risky_behaviour", "reckless_self_destructive"] } },
    ],
    summary:
      "Within three months of an identifiable stressor such as a divorce or breakup, job loss, a move, an illness or a change of role, the person reacts with tearfulness, worry, poor concentration, preoccupation with the stressor or trouble functioning, out of proportion to the stressor or impairing, without meeting another disorder. It usually settles within six months once the stressor or its consequences end.",
    criteria: [
      {
        id: "ADJ.B",
        text: "Emotional or behavioural symptoms out of proportion or impairing (at least two)",
        require: 2,
        items: [
          { id: "ADJ.B1", text: "Low mood or tearfulness", concepts: ["tearfulness", "depressed_mood", "hopelessness"], core: true },
          { id: "ADJ.B2", text: "Anxiety or worry", concepts: ["anxious_mood", "worry_excessive"], core: true },
          { id: "ADJ.B3", text: "Preoccupation with the stressor, failure to adapt", concepts: ["struggling_to_adjust"], core: true, weight: 1.5 },
          { id: "ADJ.B4", text: "Trouble concentrating or functioning at work, school or home", concepts: ["poor_concentration", "functional_impairment"] },
          { id: "ADJ.B5", text: "Sleep or appetite disturbance", concepts: ["insomnia_initial", "insomnia_maintenance", "appetite_decrease"] },
          { id: "ADJ.B6", text: "Marked distress", concepts: ["marked_distress"], weight: 1.5 },
          { id: "ADJ.B7", text: "Irritability, withdrawal or acting out", concepts: ["irritability", "social_withdrawal", "risky_behaviour"] },
        ],
      },
      {
        id: "ADJ.A",
        text: "An identifiable stressor",
        require: 1,
        items: [
          { id: "ADJ.A1", text: "A recent life change or stressor (separation, job loss, move, illness, new role)", concepts: ["stressor_life_event", "breakup", "moving_home", "life_stage_change"], weight: 2, allowHistorical: true },
        ],
      },
    ],
    time: { onsetWithinDaysOfStressor: 90, text: "onset within three months of the stressor" },
    requiresStressor: ["stressor_life_event", "breakup", "moving_home", "life_stage_change"],
    exclusions: [
      // A full disorder takes precedence whatever its trigger.
      { id: "ADJ.EX.other", text: "not meeting criteria for another disorder (depression, bipolar, PTSD, GAD take precedence)", ifConditions: ["mdd_single", "mdd_recurrent", "gad", "ptsd", "acute_stress", "bipolar_1", "bipolar_2"], effect: "demote" },
      // A residual category: any disorder with its own hallmark after the stressor takes precedence.
      {
        id: "ADJ.EX.specific",
        text: "not better explained by a specific disorder with its own hallmark (adjustment disorder is residual)",
        ifConditions: ["panic_disorder", "agoraphobia", "social_anxiety", "specific_phobia", "separation_anxiety", "ocd", "bdd", "hoarding", "cptsd", "prolonged_grief", "illness_anxiety", "somatic_symptom", "anorexia", "bulimia", "binge_eating", "arfid", "alcohol_use", "cannabis_use", "opioid_use", "sedative_use", "stimulant_use", "gambling", "schizophrenia", "brief_psychotic", "delusional_disorder", "pdd"],
        effect: "demote",
        residual: true,
      },
    ],
    distinguish: [
      { from: "mdd_single", how: "If full depressive-episode criteria are met, it is depression, whatever the trigger." },
      { from: "ptsd", how: "PTSD needs a traumatic event and re-experiencing." },
      { from: "uncomplicated_bereavement", how: "Normal grief is not an adjustment disorder." },
      { from: "occupational_stress", how: "An expectable, proportionate reaction without impairment is a problem of living." },
    ],
    redFlags: ["suicidal thoughts after a loss or separation", "heavy drinking", "self-harm"],
    modalities: [
      { modality: "PST", line: "first", source: "Cochrane review of interventions for adjustment disorder (O'Donnell et al., 2018): problem-solving and CBT-based approaches" },
      { modality: "CBT", line: "first", source: "Cochrane (2018); NICE NG222 (2022) for depressive symptoms" },
      { modality: "SUPPORT", line: "second", source: "supportive counselling; NICE NG222 (2022)" },
    ],
    sources: ["ICD-10-CM 2025 F43.20, F43.21, F43.22, F43.23, F43.24, F43.25", "ICD-11 MMS 6B43"],
  },
  {
    id: "prolonged_grief",
    prefix: "PGD",
    name: "Prolonged grief disorder",
    kind: "disorder",
    family: "trauma-stressor",
    codes: { icd10cm: "F43.81", icd11: "6B42" },
    summary:
      "At least a year after the death of someone close (six months in ICD-11), the person still longs for them or is preoccupied with them nearly every day, with intense emotional pain, disbelief, avoidance of reminders, a sense that part of them died, numbness, loneliness and a feeling that life has no meaning, beyond what their culture expects and impairing daily life.",
    criteria: [
      {
        id: "PGD.B",
        text: "Intense longing for, or preoccupation with, the deceased nearly every day",
        require: 1,
        items: [
          { id: "PGD.B1", text: "Intense yearning or longing for the deceased", concepts: ["yearning_for_deceased"], core: true, weight: 2 },
          { id: "PGD.B2", text: "Preoccupation with thoughts or memories of the deceased or the death", concepts: ["grief_preoccupation"], core: true, weight: 2 },
        ],
      },
      {
        id: "PGD.C",
        text: "At least three associated symptoms",
        require: 3,
        items: [
          { id: "PGD.C1", text: "Identity disruption (feeling part of oneself has died)", concepts: ["identity_loss_after_death"], weight: 1.5 },
          { id: "PGD.C2", text: "Marked disbelief about the death", concepts: ["disbelief_about_death"], weight: 1.5 },
          { id: "PGD.C3", text: "Avoidance of reminders that the person is dead", concepts: ["grief_avoidance", "trauma_avoidance"] },
          { id: "PGD.C4", text: "Intense emotional pain related to the death", concepts: ["grief_pain"] },
          { id: "PGD.C5", text: "Difficulty reintegrating into life (friends, interests, plans)", concepts: ["difficulty_moving_on", "anhedonia"] },
          { id: "PGD.C6", text: "Emotional numbness", concepts: ["emotional_numbing", "emptiness"] },
          { id: "PGD.C7", text: "Feeling that life is meaningless", concepts: ["meaninglessness"], weight: 1.5 },
          { id: "PGD.C8", text: "Intense loneliness", concepts: ["loneliness_feeling", "detachment_from_others"] },
        ],
      },
      {
        id: "PGD.A",
        text: "Death of someone close",
        require: 1,
        items: [{ id: "PGD.A1", text: "Death of a person close to them", concepts: ["bereavement_recent_death"], weight: 2, allowHistorical: true }],
      },
    ],
    time: { minDaysSinceStressor: 365, text: "at least 12 months since the death (adults; 6 months for children, and in ICD-11)" },
    requiresStressor: ["bereavement_recent_death"],
    exclusions: [],
    distinguish: [
      { from: "uncomplicated_bereavement", how: "Normal grief comes in waves and eases over months; prolonged grief stays intense and impairing beyond a year." },
      { from: "mdd_single", how: "Depression brings pervasive low mood, worthlessness and loss of pleasure; grief centres on longing for the lost person." },
      { from: "ptsd", how: "After a violent death, intrusions about the death itself and fear point to PTSD." },
    ],
    redFlags: ["wish to die to join the deceased", "suicidal thoughts", "not eating or caring for oneself", "heavy drinking"],
    modalities: [
      { modality: "GRIEF", line: "first", source: "Complicated grief treatment (Shear et al., JAMA 2005, JAMA Psychiatry 2016)" },
      { modality: "CBT", line: "second", source: "grief-focused CBT trials (Boelen et al., 2007; Bryant et al., 2014)" },
    ],
    sources: ["ICD-10-CM F43.81 (added FY2023)", "ICD-11 MMS 6B42"],
  },
];
