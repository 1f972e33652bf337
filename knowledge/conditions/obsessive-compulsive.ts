import type { Condition } from "../types.js";

/**
 * Obsessive-compulsive and related disorders: OCD, body dysmorphic disorder, hoarding disorder.
 * Criterion texts are our own paraphrases.
 *
 * Rituals (compulsions) are the most specific evidence in this family, so they carry high
 * weights; insight ("I know it makes no sense") selects the ICD-11 insight qualifier.
 */

export const conditions: Condition[] = [
  {
    id: "ocd",
    prefix: "OCD",
    name: "Obsessive-compulsive disorder",
    kind: "disorder",
    family: "obsessive-compulsive",
    // ICD-10-CM has no separate codes for predominantly obsessions or compulsions (F42.0/F42.1
    // are WHO ICD-10 only); F42.2 "mixed obsessional thoughts and acts" is the usual code.
    codes: { icd10cm: "F42.2", icd11: "6B20.Z" },
    specifiers: [
      { id: "ocd.good_insight", name: "Obsessive-compulsive disorder with fair to good insight", icd10cm: "F42.2", icd11: "6B20.0", when: { concepts: ["insight_irrational"] } },
    ],
    summary:
      "Obsessions (unwanted, intrusive thoughts, images or urges such as fear of contamination, of causing harm, of things not being 'just right', or taboo thoughts) and/or compulsions (repetitive acts or mental rituals such as washing, checking, counting, ordering, seeking reassurance or cancelling thoughts) done to reduce the distress or prevent a feared outcome. The rituals are time-consuming (often over an hour a day) or disabling; most people recognise they are excessive.",
    criteria: [
      {
        id: "OCD.A",
        text: "Obsessions, compulsions, or both",
        require: 2,
        items: [
          { id: "OCD.A1", text: "Intrusive, unwanted thoughts, images or urges", concepts: ["intrusive_thoughts"], core: true, weight: 1.5 },
          { id: "OCD.A2", text: "Contamination fears (germs, dirt, illness)", concepts: ["obsession_contamination"], core: true, weight: 2 },
          { id: "OCD.A3", text: "Fears of causing harm or being responsible for disaster", concepts: ["obsession_harm"], core: true, weight: 2 },
          { id: "OCD.A4", text: "Need for symmetry, order or a 'just right' feeling", concepts: ["obsession_symmetry"], core: true, weight: 2 },
          { id: "OCD.A5", text: "Unwanted taboo thoughts (sexual, religious, identity)", concepts: ["obsession_taboo"], core: true, weight: 2 },
          { id: "OCD.A6", text: "Feeling something bad will happen unless things are done a certain way", concepts: ["obsession_magical"], weight: 1.5 },
          { id: "OCD.A7", text: "Checking rituals", concepts: ["compulsion_checking"], core: true, weight: 2.5 },
          { id: "OCD.A8", text: "Washing or cleaning rituals", concepts: ["compulsion_washing"], core: true, weight: 2.5 },
          { id: "OCD.A9", text: "Counting rituals", concepts: ["compulsion_counting"], core: true, weight: 2.5 },
          { id: "OCD.A10", text: "Ordering, arranging or repeating until it feels right", concepts: ["compulsion_arranging"], core: true, weight: 2.5 },
          { id: "OCD.A11", text: "Repeated reassurance seeking", concepts: ["compulsion_reassurance"], weight: 1.5 },
          { id: "OCD.A12", text: "Mental rituals (praying, repeating words, cancelling thoughts)", concepts: ["compulsion_mental"], core: true, weight: 2 },
          { id: "OCD.A13", text: "Feeling driven to perform rituals", concepts: ["compulsion_general"], core: true, weight: 1.5 },
        ],
      },
      {
        id: "OCD.B",
        text: "The obsessions or rituals take more than an hour a day or cause marked distress or impairment",
        require: 1,
        items: [
          { id: "OCD.B1", text: "Rituals or obsessions taking over an hour a day", concepts: ["time_consuming_rituals"], weight: 2 },
          { id: "OCD.B2", text: "Interference with work, study, home or relationships", concepts: ["functional_impairment"] },
          { id: "OCD.B3", text: "Marked distress or anxiety", concepts: ["marked_distress", "anxious_mood"] },
        ],
      },
    ],
    exclusions: [
      { id: "OCD.EX.medical", text: "not caused by a substance or medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      { id: "OCD.EX.hoarding", text: "not better explained by hoarding disorder", ifConditions: ["hoarding"], effect: "demote" },
    ],
    distinguish: [
      { from: "generalised anxiety", how: "GAD worries are about real-life problems without rituals; obsessions feel intrusive and alien and are neutralised by rituals." },
      { from: "obsessive-compulsive personality disorder", how: "OCPD is a lifelong preference for order and perfectionism felt as right, without intrusive obsessions or anxiety-driven rituals." },
      { from: "psychosis", how: "In OCD the person usually recognises the thoughts come from their own mind and are excessive; fixed conviction with no insight needs assessment for psychosis." },
      { from: "illness anxiety", how: "Repeated body checking for a feared illness points to illness anxiety rather than OCD." },
      { from: "body dysmorphic disorder and hoarding", how: "Preoccupation only with appearance is BDD; difficulty discarding with clutter is hoarding." },
    ],
    redFlags: ["intrusive harm thoughts with distress are typical of OCD and are not intent, but any wish or plan to act needs risk assessment", "depression with suicidal thoughts", "skin damage from washing, not eating from contamination fears"],
    modalities: [
      { modality: "ERP", line: "first", source: "NICE CG31 (2005): CBT including exposure and response prevention" },
      { modality: "CBT", line: "first", source: "NICE CG31 (2005)" },
      { modality: "ACT", line: "second", source: "APA Division 12; trials in OCD" },
    ],
    sources: ["ICD-10-CM 2025 F42.2, F42.8, F42.9", "ICD-11 MMS 6B20", "NICE CG31 Obsessive-compulsive disorder and body dysmorphic disorder (2005)"],
  },
  {
    id: "bdd",
    prefix: "BDD",
    name: "Body dysmorphic disorder",
    kind: "disorder",
    family: "obsessive-compulsive",
    codes: { icd10cm: "F45.22", icd11: "6B21.Z" },
    specifiers: [
      { id: "bdd.good_insight", name: "Body dysmorphic disorder with fair to good insight", icd10cm: "F45.22", icd11: "6B21.0", when: { concepts: ["insight_irrational"] } },
    ],
    summary:
      "Preoccupation with one or more perceived flaws in appearance (often the skin, nose, hair or muscularity) that others see as slight or cannot see at all, with repetitive behaviours such as mirror checking, grooming, camouflaging, comparing or seeking reassurance, and frequent pursuit of cosmetic treatments. It causes marked distress, avoidance and shame and carries a high suicide risk.",
    criteria: [
      {
        id: "BDD.A",
        text: "Preoccupation with perceived appearance flaws that others see as slight or not at all",
        require: 1,
        items: [{ id: "BDD.A1", text: "Preoccupied with a perceived defect in appearance", concepts: ["appearance_preoccupation"], core: true, weight: 3 }],
      },
      {
        id: "BDD.B",
        text: "Repetitive behaviours or mental acts in response to the appearance concern",
        require: 1,
        items: [
          { id: "BDD.B1", text: "Checking or avoiding mirrors and reflections", concepts: ["mirror_checking"], weight: 2 },
          { id: "BDD.B2", text: "Camouflaging or excessive grooming", concepts: ["appearance_camouflage"], weight: 1.5 },
          { id: "BDD.B3", text: "Seeking cosmetic or dermatological treatments", concepts: ["cosmetic_procedure_seeking"], weight: 1.5 },
          { id: "BDD.B4", text: "Seeking reassurance or comparing with others", concepts: ["compulsion_reassurance", "low_self_esteem"] },
        ],
      },
      {
        id: "BDD.C",
        text: "Marked distress or impairment",
        require: 1,
        items: [
          { id: "BDD.C1", text: "Avoiding being seen, social situations or leaving home", concepts: ["avoidance", "social_withdrawal"] },
          { id: "BDD.C2", text: "Distress or interference with daily life", concepts: ["marked_distress", "functional_impairment"] },
        ],
      },
    ],
    exclusions: [
      { id: "BDD.EX.medical", text: "the concern is not about an actual visible condition or injury", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "eating disorders", how: "Concerns solely about weight or body fat in someone meeting eating-disorder criteria belong to the eating disorder." },
      { from: "normal appearance concerns", how: "Ordinary dissatisfaction does not consume hours a day or drive rituals and avoidance." },
      { from: "social anxiety", how: "If fear of judgement centres only on a perceived flaw in appearance, BDD is the better fit." },
      { from: "OCD", how: "OCD obsessions are not limited to appearance." },
      { from: "delusional disorder", how: "BDD with absent insight is still BDD (ICD-11 6B21.1), not a psychotic disorder." },
    ],
    redFlags: ["suicidal thoughts (high rate in BDD)", "DIY cosmetic procedures or skin damage", "housebound from shame"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG31 (2005): CBT including ERP addressing BDD" },
      { modality: "ERP", line: "first", source: "NICE CG31 (2005)" },
    ],
    sources: ["ICD-10-CM 2025 F45.22", "ICD-11 MMS 6B21", "NICE CG31 (2005)"],
  },
  {
    id: "hoarding",
    prefix: "HOA",
    name: "Hoarding disorder",
    kind: "disorder",
    family: "obsessive-compulsive",
    codes: { icd10cm: "F42.3", icd11: "6B24.Z" },
    specifiers: [
      { id: "hoarding.good_insight", name: "Hoarding disorder with fair to good insight", icd10cm: "F42.3", icd11: "6B24.0", when: { concepts: ["insight_irrational"] } },
    ],
    summary:
      "Persistent difficulty discarding or parting with possessions regardless of their value, because of a felt need to save them and distress at letting go, so that clutter builds up and stops living areas being used as intended. It often comes with excessive acquiring, strains family and housing (eviction, fire risks), and many people have limited insight.",
    criteria: [
      {
        id: "HOA.A",
        text: "Persistent difficulty discarding possessions, with distress at letting go",
        require: 1,
        items: [
          { id: "HOA.A1", text: "Difficulty throwing away or parting with things", concepts: ["difficulty_discarding"], core: true, weight: 3 },
          { id: "HOA.A2", text: "Excessive acquiring of things not needed", concepts: ["excessive_acquiring"], weight: 1.5 },
        ],
      },
      {
        id: "HOA.B",
        text: "Accumulated clutter that congests living areas",
        require: 1,
        items: [{ id: "HOA.B1", text: "Clutter stopping rooms being used as intended", concepts: ["clutter"], core: true, weight: 2.5 }],
      },
      {
        id: "HOA.C",
        text: "Marked distress or impairment (including safety and housing)",
        require: 1,
        items: [
          { id: "HOA.C1", text: "Distress or anxiety about discarding or about the home", concepts: ["marked_distress", "anxious_mood"] },
          { id: "HOA.C2", text: "Problems with family, work, housing or safety", concepts: ["functional_impairment", "stressor_life_event"] },
        ],
      },
    ],
    exclusions: [
      { id: "HOA.EX.medical", text: "not due to a brain injury, dementia or other medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "collecting", how: "Collectors acquire selectively and display their items in organised ways without losing the use of their home." },
      { from: "OCD", how: "Saving driven by typical obsessions (fear of harm if discarded) with other OCD symptoms may be OCD." },
      { from: "dementia or frontal brain injury", how: "New hoarding in later life with cognitive decline needs medical assessment." },
      { from: "depression", how: "Clutter from low energy with no attachment to the items reflects depression." },
    ],
    redFlags: ["fire, fall or health hazards in the home", "threatened eviction", "self-neglect, or children or dependent adults living in the home"],
    modalities: [
      { modality: "CBT", line: "first", source: "CBT for hoarding (Steketee & Frost); Tolin et al. 2015 meta-analysis" },
      { modality: "MI", line: "second", source: "Motivational interviewing for ambivalence and limited insight (Tolin et al. 2015)" },
    ],
    sources: ["ICD-10-CM 2025 F42.3", "ICD-11 MMS 6B24", "Tolin DF et al. (2015) Depression and Anxiety 32:158-166"],
  },
];
