import type { Condition } from "../types.js";

/** Depersonalization-derealization disorder. Criterion texts are our own paraphrases. */
export const conditions: Condition[] = [
  {
    id: "dpdr", prefix: "DPDR", name: "Depersonalization-derealization disorder", kind: "disorder", family: "dissociative",
    codes: { icd10cm: "F48.1", icd11: "6B66" },
    summary: "Persistent or recurring experiences of feeling detached from one's own mind or body (watching oneself from outside, feeling like a robot) or of the world seeming unreal, foggy or dreamlike, while knowing it is not really so.",
    criteria: [
      { id: "DPDR.A", text: "Depersonalization or derealization", require: 1, items: [
        { id: "DPDR.A1", text: "Feeling detached from oneself", concepts: ["depersonalization", "dissociation_episodes"], core: true, weight: 2 },
        { id: "DPDR.A2", text: "The world feeling unreal or dreamlike", concepts: ["derealization"], core: true, weight: 2 },
      ] },
      { id: "DPDR.B", text: "Reality testing intact and distress or impairment", require: 1, items: [
        { id: "DPDR.B1", text: "Knows the experience is not real", concepts: ["reality_testing_intact"] },
        { id: "DPDR.B2", text: "Distress or impairment", concepts: ["marked_distress", "functional_impairment", "anxious_mood"] },
      ] },
    ],
    exclusions: [{ id: "DPDR.EX.medical", text: "not due to substances, a medical condition or another disorder", ifConcepts: ["medical_cause"], effect: "demote" }],
    distinguish: [{ from: "panic_disorder", how: "Derealization limited to panic attacks belongs to panic disorder." }],
    redFlags: ["loss of reality testing (psychosis)"],
    modalities: [{ modality: "CBT", line: "first", source: "CBT for depersonalisation (Hunter et al.); NICE has no specific guideline" }],
    sources: ["ICD-10-CM F48.1", "ICD-11 MMS 6B66"],
  },
];
