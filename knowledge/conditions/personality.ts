import type { Condition } from "../types.js";

/**
 * Personality disorders: borderline personality disorder. Criterion texts are our own
 * paraphrases. A personality disorder is a long-standing pattern; the time rule asks for at
 * least a year (since adolescence or early adulthood), so a single message without that history
 * stays "possible" while it is explored.
 */
export const conditions: Condition[] = [
  {
    id: "bpd",
    prefix: "BPD",
    name: "Borderline personality disorder",
    kind: "disorder",
    family: "personality",
    // ICD-11 codes personality disorder by severity (6D10.x) with the borderline pattern specifier 6D11.5.
    codes: { icd10cm: "F60.3", icd11: "6D10&6D11.5" },
    summary:
      "A pervasive, long-standing pattern of unstable relationships, self-image and emotions with marked impulsivity: intense fear of being abandoned, relationships that swing between idealising and devaluing, emotions that go from zero to a hundred, chronic emptiness, intense anger, recurrent self-harm or suicidal behaviour, and paranoia or dissociation under stress.",
    criteria: [
      {
        id: "BPD.A",
        text: "At least five of nine features of instability in relationships, self-image and emotions, with impulsivity",
        require: 5,
        items: [
          { id: "BPD.A1", text: "Frantic efforts to avoid real or imagined abandonment", concepts: ["abandonment_fear"], core: true, weight: 2 },
          { id: "BPD.A2", text: "Unstable, intense relationships swinging between idealising and devaluing", concepts: ["unstable_relationships"], core: true, weight: 1.5 },
          { id: "BPD.A3", text: "Markedly unstable self-image or sense of self", concepts: ["identity_disturbance"], core: true, weight: 1.5 },
          { id: "BPD.A4", text: "Impulsivity in at least two self-damaging areas (spending, sex, substances, driving, bingeing)", concepts: ["impulsivity", "risky_behaviour", "hazardous_use"] },
          { id: "BPD.A5", text: "Recurrent suicidal behaviour, gestures, threats or self-harm", concepts: ["self_harm", "suicidal_thoughts"], weight: 1.5, allowHistorical: true },
          { id: "BPD.A6", text: "Emotional instability: intense, quickly shifting moods lasting hours", concepts: ["affective_instability", "mood_swings"], core: true, weight: 1.5 },
          { id: "BPD.A7", text: "Chronic feelings of emptiness", concepts: ["emptiness"] },
          { id: "BPD.A8", text: "Intense, inappropriate anger or difficulty controlling it", concepts: ["intense_anger"] },
          { id: "BPD.A9", text: "Stress-related paranoid thoughts or dissociation", concepts: ["stress_paranoia_dissociation"] },
        ],
      },
    ],
    time: { minDays: 365, text: "a long-standing pattern since adolescence or early adulthood, across many situations" },
    exclusions: [
      {
        id: "BPD.EX.bipolar",
        text: "mood shifts not better explained by bipolar episodes",
        ifConditions: ["bipolar_1", "bipolar_2"],
        effect: "demote",
      },
    ],
    distinguish: [
      { from: "Bipolar disorder", how: "BPD mood shifts last hours and are set off by interpersonal events; bipolar episodes last days to weeks with changed sleep and energy" },
      { from: "Complex PTSD", how: "complex PTSD has trauma re-experiencing and a stable negative self-view, with less fear of abandonment and identity swings" },
      { from: "Major depressive disorder", how: "emptiness and self-harm may occur in depression, but without the lifelong relational and identity instability" },
      { from: "ADHD", how: "ADHD impulsivity is lifelong and not driven by fear of abandonment or emotional storms" },
    ],
    redFlags: [
      "suicidal thoughts, threats or recent self-harm: assess risk now",
      "escalating self-harm or overdose",
      "substance use during crises",
    ],
    modalities: [
      { modality: "DBT", line: "first", source: "NICE CG78 (2009); Cochrane review (Storebø et al. 2020)" },
      { modality: "MBT", line: "first", source: "Cochrane review (Storebø et al. 2020); NICE CG78 (2009) structured psychological therapy" },
      { modality: "STPP", line: "second", source: "Transference-focused and schema therapy trials; NICE CG78 (2009) structured therapy" },
      { modality: "CBT", line: "second", source: "NICE CG78 (2009) structured psychological therapy" },
    ],
    sources: [
      "ICD-10-CM 2025 F60.3",
      "ICD-11 MMS 6D10 personality disorder with 6D11.5 borderline pattern specifier",
      "NICE CG78 (2009) borderline personality disorder",
      "Cochrane Storebø et al. 2020 psychological therapies for BPD",
    ],
  },
];
