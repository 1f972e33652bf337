import type { Condition } from "../types.js";

/**
 * Neurodevelopmental: attention-deficit/hyperactivity disorder. Criterion texts are our own
 * paraphrases.
 *
 * The schema needs every group met for a provisional impression, while ADHD needs five
 * inattentive OR five hyperactive-impulsive features. People rarely list five of one kind in a
 * message, so the eighteen features form one group (five needed, as for adults) and the
 * presentation is chosen by specifiers: predominantly inattentive or hyperactive-impulsive by
 * which concepts are present, combined when many features are met. This is looser than the
 * clinical rule; the report says "provisional" and the clinician confirms the split.
 */

const INATTENTIVE = [
  "careless_mistakes", "sustained_attention_difficulty", "not_listening", "fails_to_finish", "disorganised",
  "avoids_effortful_tasks", "loses_things", "forgetful_daily",
];
const HYPERACTIVE = [
  "fidgeting", "leaves_seat", "hyperactive_restless", "cannot_do_quietly", "on_the_go", "talks_excessively",
  "blurts_out", "difficulty_waiting_turn", "interrupts_others",
];

export const conditions: Condition[] = [
  {
    id: "adhd",
    prefix: "ADHD",
    name: "Attention-deficit/hyperactivity disorder",
    kind: "disorder",
    family: "neurodevelopmental",
    codes: { icd10cm: "F90.9", icd11: "6A05.Z" },
    // Later entries win: hyperactive-impulsive, then inattentive (the commoner adult presentation), then combined when many are met.
    specifiers: [
      { id: "adhd.hyperactive", name: "ADHD, predominantly hyperactive-impulsive presentation", icd10cm: "F90.1", icd11: "6A05.1", when: { minItemsMet: 5, concepts: HYPERACTIVE } },
      { id: "adhd.inattentive", name: "ADHD, predominantly inattentive presentation", icd10cm: "F90.0", icd11: "6A05.0", when: { minItemsMet: 5, concepts: INATTENTIVE } },
      { id: "adhd.combined", name: "ADHD, combined presentation", icd10cm: "F90.2", icd11: "6A05.2", when: { minItemsMet: 8 } },
    ],
    summary:
      "A lifelong pattern, starting in childhood, of inattention (careless mistakes, drifting off, losing things, forgetfulness, disorganisation, not finishing) and/or hyperactivity-impulsivity (fidgeting, restlessness, talking over people, blurting, impatience) that shows up in more than one area of life and gets in the way of work, study or relationships.",
    criteria: [
      {
        id: "ADHD.A",
        text: "At least five inattentive or hyperactive-impulsive features (adults), persisting for six months or more",
        require: 5,
        items: [
          { id: "ADHD.A1", text: "Careless mistakes, misses details", concepts: ["careless_mistakes"] },
          { id: "ADHD.A2", text: "Trouble keeping attention on tasks, lectures, reading or films", concepts: ["sustained_attention_difficulty"], core: true },
          { id: "ADHD.A3", text: "Seems not to listen when spoken to directly", concepts: ["not_listening"] },
          { id: "ADHD.A4", text: "Does not follow through; leaves tasks and projects unfinished; misses deadlines", concepts: ["fails_to_finish"], core: true },
          { id: "ADHD.A5", text: "Disorganised; poor time management; chronically late", concepts: ["disorganised"], core: true },
          { id: "ADHD.A6", text: "Avoids or puts off tasks needing sustained mental effort", concepts: ["avoids_effortful_tasks"] },
          { id: "ADHD.A7", text: "Often loses things (keys, phone, wallet, paperwork)", concepts: ["loses_things"], core: true },
          { id: "ADHD.A8", text: "Easily distracted by surroundings or unrelated thoughts", concepts: ["distractibility"], core: true },
          { id: "ADHD.A9", text: "Forgetful in daily activities (appointments, bills, errands)", concepts: ["forgetful_daily"] },
          { id: "ADHD.A10", text: "Fidgets, taps or squirms", concepts: ["fidgeting", "psychomotor_agitation"], core: true },
          { id: "ADHD.A11", text: "Leaves seat or cannot stay seated when expected to", concepts: ["leaves_seat"], core: true },
          { id: "ADHD.A12", text: "Runs about, or in adults feels restless inside", concepts: ["hyperactive_restless", "restlessness"] },
          { id: "ADHD.A13", text: "Cannot do leisure activities quietly", concepts: ["cannot_do_quietly"] },
          { id: "ADHD.A14", text: "Always 'on the go', as if driven by a motor", concepts: ["on_the_go"] },
          { id: "ADHD.A15", text: "Talks excessively", concepts: ["talks_excessively"] },
          { id: "ADHD.A16", text: "Blurts out answers or remarks", concepts: ["blurts_out"], core: true, weight: 1.5 },
          { id: "ADHD.A17", text: "Difficulty waiting one's turn; impatient", concepts: ["difficulty_waiting_turn", "impulsivity"] },
          { id: "ADHD.A18", text: "Interrupts or intrudes on others", concepts: ["interrupts_others"], weight: 1.5 },
        ],
      },
      {
        id: "ADHD.B",
        text: "Several features before age 12, present in two or more settings, and interfering with functioning",
        require: 1,
        items: [
          { id: "ADHD.B1", text: "Several features present before age 12 (school reports, since childhood)", concepts: ["childhood_onset"], weight: 2, allowHistorical: true },
          { id: "ADHD.B2", text: "Present in two or more settings (home, work, school, socially)", concepts: ["symptoms_multiple_settings"] },
          { id: "ADHD.B3", text: "Clearly interferes with work, study or relationships", concepts: ["functional_impairment"] },
          { id: "ADHD.B4", text: "Already diagnosed or strongly suspects ADHD", concepts: ["adhd_label"], allowHistorical: true },
        ],
      },
    ],
    time: { minDays: 180, onsetBeforeAge: 12, text: "features for at least six months, with several present before age 12" },
    exclusions: [
      {
        id: "ADHD.EX.mood",
        text: "not better explained by a mood episode (mania or depression)",
        ifConcepts: ["elevated_mood", "decreased_need_for_sleep", "grandiosity"],
        effect: "demote",
      },
      { id: "ADHD.EX.psychosis", text: "not occurring only during a psychotic disorder", ifConditions: ["schizophrenia"], effect: "exclude" },
      { id: "ADHD.EX.substance", text: "not better explained by substance use or withdrawal", ifConcepts: ["uses_stimulants", "uses_cocaine"], effect: "demote" },
    ],
    distinguish: [
      { from: "Depressive disorder", how: "poor concentration that started with a depressive episode, alongside low mood, rather than lifelong since childhood" },
      { from: "Anxiety disorder", how: "attention pulled by worry rather than by anything new or stimulating; restlessness tied to fear" },
      { from: "Bipolar disorder", how: "ADHD is constant since childhood; mania comes in distinct episodes with elevated mood and little need for sleep" },
      { from: "Borderline personality disorder", how: "impulsivity in BPD comes with fear of abandonment, unstable self-image and emotional storms" },
    ],
    redFlags: ["impulsive self-harm or reckless driving", "substance misuse, including misuse of stimulant medication", "co-occurring depression with suicidal thoughts"],
    modalities: [
      { modality: "ORG", line: "first", source: "NICE NG87 (2018): non-drug support, structured skills; Safren et al. JAMA 2010" },
      { modality: "CBT", line: "first", source: "NICE NG87 (2018): CBT-based psychological treatment for adults" },
      { modality: "PE-ED", line: "first", source: "NICE NG87 (2018): information and psychoeducation after diagnosis" },
      { modality: "FT", line: "second", source: "NICE NG87 (2018): parent training for children" },
    ],
    sources: [
      "ICD-10-CM 2025 F90.0, F90.1, F90.2, F90.9",
      "ICD-11 MMS 6A05.0, 6A05.1, 6A05.2, 6A05.Z",
      "NICE NG87 (2018, updated 2019) ADHD: diagnosis and management",
    ],
  },
];
