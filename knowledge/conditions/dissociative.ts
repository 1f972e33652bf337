import type { Condition } from "../types.js";

/**
 * Depersonalization-derealization disorder. Criterion texts are our own paraphrases. The
 * classic phrasings (watching myself, like a robot, like a dream) are the core concepts
 * "depersonalization" and "derealization"; dissociation_episodes and dissociation_zoning_out add the rest.
 */
export const conditions: Condition[] = [
  {
    id: "dpdr",
    prefix: "DPDR",
    name: "Depersonalization-derealization disorder",
    kind: "disorder",
    family: "dissociative",
    codes: { icd10cm: "F48.1", icd11: "6B66" },
    summary:
      "Persistent or recurring experiences of feeling detached from one's own mind, body or actions (watching oneself from outside, feeling like a robot, emotions or body not feeling one's own) or of the surroundings seeming unreal, foggy, dreamlike or far away, while knowing it is not really so, causing distress or impairment and not limited to panic attacks, drug use or another disorder.",
    criteria: [
      {
        id: "DPDR.A",
        text: "Persistent or recurrent depersonalization, derealization, or both",
        require: 1,
        items: [
          { id: "DPDR.A1", text: "Depersonalization: detached from oneself, observing from outside, unreal self or body", concepts: ["depersonalization", "dissociation_episodes"], core: true, weight: 2 },
          { id: "DPDR.A2", text: "Derealization: surroundings unreal, dreamlike, foggy or distant", concepts: ["derealization"], core: true, weight: 2 },
          { id: "DPDR.A3", text: "Zoning out, blanking or losing time", concepts: ["dissociation_zoning_out"], weight: 1 },
        ],
      },
      {
        id: "DPDR.B",
        text: "Reality testing intact, with distress or impairment",
        require: 1,
        items: [
          { id: "DPDR.B1", text: "Knows the experiences are not literally real", concepts: ["reality_testing_intact"], weight: 1.5 },
          { id: "DPDR.B2", text: "Clinically significant distress or impairment", concepts: ["marked_distress", "functional_impairment", "anxious_mood"] },
        ],
      },
    ],
    exclusions: [
      { id: "DPDR.EX.medical", text: "not due to a substance, a medical condition (seizures) or another disorder", ifConcepts: ["medical_cause", "uses_cannabis"], effect: "demote" },
      // Derealization only during panic attacks, or within PTSD or acute stress, belongs to those.
      { id: "DPDR.EX.other", text: "not only during panic attacks, PTSD, acute stress or psychosis", ifConditions: ["panic_disorder", "ptsd", "acute_stress", "schizophrenia"], effect: "demote" },
    ],
    distinguish: [
      { from: "panic_disorder", how: "Derealization limited to panic attacks belongs to panic disorder." },
      { from: "ptsd", how: "Dissociation after trauma with re-experiencing is the dissociative form of PTSD." },
      { from: "schizophrenia", how: "In psychosis the person believes the experience is real (reality testing lost)." },
    ],
    redFlags: ["loss of reality testing (psychosis)", "new onset with headache, seizures or head injury", "self-harm to 'feel real'"],
    modalities: [
      { modality: "CBT", line: "first", source: "CBT for depersonalisation disorder (Hunter et al., 2005 open trial); no NICE guideline" },
      { modality: "ACT", line: "second", source: "clinical practice; limited trial evidence" },
    ],
    sources: ["ICD-10-CM 2025 F48.1", "ICD-11 MMS 6B66"],
  },
];
