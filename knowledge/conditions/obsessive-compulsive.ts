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
  // Body-focused repetitive behaviours: ICD-11 groups them with OCD (6B25); ICD-10-CM keeps hair
  // pulling among impulse disorders (F63.3) and skin picking beside OCD (F42.4).
  {
    id: "trichotillomania",
    prefix: "TTM",
    name: "Trichotillomania (hair-pulling disorder)",
    kind: "disorder",
    family: "obsessive-compulsive",
    codes: { icd10cm: "F63.3", icd11: "6B25.0" },
    summary:
      "Recurrent pulling out of one's own hair (scalp, eyebrows, lashes or elsewhere) leading to hair loss, with repeated attempts to stop or cut down. Pulling may be focused (to relieve tension or an urge) or automatic (while reading, scrolling or bored), and often brings shame, hiding of bald patches and avoidance.",
    criteria: [
      {
        id: "TTM.A",
        text: "Recurrent pulling out of one's own hair",
        require: 1,
        items: [{ id: "TTM.A1", text: "Pulling out hair, eyebrows or lashes again and again", concepts: ["hair_pulling"], core: true, weight: 3 }],
      },
      {
        id: "TTM.B",
        text: "Repeated attempts to stop or reduce the pulling",
        require: 1,
        items: [{ id: "TTM.B1", text: "Trying again and again to stop", concepts: ["bfrb_stop_attempts"], weight: 1.5 }],
      },
      {
        id: "TTM.C",
        text: "Marked distress or impairment (including shame, hiding hair loss, avoidance)",
        require: 1,
        items: [
          { id: "TTM.C1", text: "Distress or interference with daily life", concepts: ["marked_distress", "functional_impairment"] },
          { id: "TTM.C2", text: "Hiding hair loss or avoiding being seen", concepts: ["appearance_camouflage", "hair_loss", "avoidance", "social_withdrawal"] },
        ],
      },
    ],
    exclusions: [
      { id: "TTM.EX.medical", text: "hair loss not due to a skin or other medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
      { id: "TTM.EX.bdd", text: "not removing hair to fix a perceived appearance flaw (body dysmorphic disorder)", ifConditions: ["bdd"], effect: "demote" },
    ],
    distinguish: [
      { from: "normal grooming", how: "Plucking or shaping for appearance is not the disorder; repeated pulling with hair loss and failed attempts to stop is." },
      { from: "body dysmorphic disorder", how: "Removing hair judged ugly or asymmetric to fix appearance points to BDD." },
      { from: "OCD", how: "Pulling is not driven by obsessions; if rituals follow obsessional fears, consider OCD." },
      { from: "alopecia or a skin condition", how: "Patchy hair loss without pulling needs medical review." },
    ],
    redFlags: ["swallowing pulled hair (risk of a trichobezoar: abdominal pain, vomiting)", "scalp infection", "co-occurring depression with suicidal thoughts"],
    modalities: [
      { modality: "HRT", line: "first", source: "Habit reversal training: meta-analyses in trichotillomania (Bloch et al. 2007; McGuire et al. 2014)" },
      { modality: "CBT", line: "first", source: "CBT including habit reversal (comprehensive behavioural model, ComB)" },
      { modality: "ACT", line: "second", source: "ACT-enhanced behaviour therapy trials in trichotillomania (Woods et al. 2006)" },
    ],
    sources: ["ICD-10-CM 2025 F63.3", "ICD-11 MMS 6B25.0", "McGuire JF et al. (2014) J Psychiatr Res 58:76-83"],
  },
  {
    id: "excoriation",
    prefix: "SKP",
    name: "Excoriation (skin-picking) disorder",
    kind: "disorder",
    family: "obsessive-compulsive",
    codes: { icd10cm: "F42.4", icd11: "6B25.1" },
    summary:
      "Recurrent picking at one's own skin (spots, scabs, cuticles, lips) causing skin lesions, with repeated attempts to stop or cut down. Picking is often done in a trance-like state in front of a mirror or while idle, and brings shame, covering up of marks and avoidance.",
    criteria: [
      {
        id: "SKP.A",
        text: "Recurrent skin picking resulting in skin lesions",
        require: 1,
        items: [{ id: "SKP.A1", text: "Picking at skin, spots, scabs or cuticles again and again", concepts: ["skin_picking"], core: true, weight: 3 }],
      },
      {
        id: "SKP.B",
        text: "Repeated attempts to stop or reduce the picking",
        require: 1,
        items: [{ id: "SKP.B1", text: "Trying again and again to stop", concepts: ["bfrb_stop_attempts"], weight: 1.5 }],
      },
      {
        id: "SKP.C",
        text: "Marked distress or impairment (including shame, covering marks, avoidance)",
        require: 1,
        items: [
          { id: "SKP.C1", text: "Distress or interference with daily life", concepts: ["marked_distress", "functional_impairment"] },
          { id: "SKP.C2", text: "Covering the marks or avoiding being seen", concepts: ["appearance_camouflage", "avoidance", "social_withdrawal"] },
        ],
      },
    ],
    exclusions: [
      { id: "SKP.EX.medical", text: "not due to a skin condition, scabies or a substance (e.g. stimulants)", ifConcepts: ["medical_cause", "uses_stimulants", "uses_cocaine"], effect: "demote" },
      { id: "SKP.EX.bdd", text: "not picking to fix a perceived appearance flaw (body dysmorphic disorder)", ifConditions: ["bdd"], effect: "demote" },
    ],
    distinguish: [
      { from: "body dysmorphic disorder", how: "Picking to remove a perceived defect, with preoccupation about appearance, points to BDD." },
      { from: "self-harm", how: "Picking is driven by an urge, tension or the feel of the skin, not by a wish to hurt oneself; ask directly if unsure." },
      { from: "dermatological conditions", how: "Acne, eczema or scabies can drive picking and need treating in their own right." },
      { from: "stimulant use", how: "Picking with stimulant use ('crank bugs') is substance-induced." },
    ],
    redFlags: ["infected or deep wounds", "self-harm with intent to hurt rather than picking", "co-occurring depression with suicidal thoughts"],
    modalities: [
      { modality: "HRT", line: "first", source: "Habit reversal training: meta-analyses in skin-picking disorder (Schumer et al. 2016)" },
      { modality: "CBT", line: "first", source: "CBT including habit reversal (comprehensive behavioural model, ComB)" },
      { modality: "ACT", line: "second", source: "ACT-enhanced behaviour therapy for skin picking (Flessner et al. 2008)" },
    ],
    sources: ["ICD-10-CM 2025 F42.4", "ICD-11 MMS 6B25.1", "Schumer MC et al. (2016) Am J Clin Dermatol 17:55-65"],
  },
];
