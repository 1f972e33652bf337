import type { Condition, ModalityRecommendation } from "../types.js";

/** Feeding and eating disorders. Criterion texts are our own paraphrases. */
const ED_MODALITIES: ModalityRecommendation[] = [
  { modality: "CBT-E", line: "first", source: "NICE NG69 (2017)" },
  { modality: "FBT", line: "first", source: "NICE NG69 (2017): family therapy for children and young people" },
  { modality: "SUPPORT", line: "second", source: "NICE NG69 (2017): specialist supportive clinical management" },
];

export const conditions: Condition[] = [
  {
    id: "anorexia", prefix: "AN", name: "Anorexia nervosa", kind: "disorder", family: "feeding-eating",
    codes: { icd10cm: "F50.00", icd11: "6B80" },
    specifiers: [{ id: "anorexia.binge_purge", name: "Anorexia nervosa, binge-eating/purging type", icd10cm: "F50.02", icd11: "6B80.1", when: { concepts: ["purging_vomiting", "laxative_misuse"] } }],
    summary: "Restriction of food leading to significantly low weight, with an intense fear of gaining weight and a disturbed experience of body shape (feeling huge while underweight). Physical signs such as dizziness, feeling cold, hair loss or missed periods call for urgent medical review.",
    criteria: [
      { id: "AN.A", text: "Restriction leading to significantly low weight", require: 1, items: [
        { id: "AN.A1", text: "Restricting food intake", concepts: ["food_restriction"], core: true, weight: 2 },
        { id: "AN.A2", text: "Significantly low body weight", concepts: ["low_weight", "weight_loss"], core: true, weight: 2 },
      ] },
      { id: "AN.B", text: "Intense fear of gaining weight", require: 1, items: [
        { id: "AN.B1", text: "Fear of weight gain or becoming fat", concepts: ["fear_weight_gain"], core: true, weight: 2.5 },
      ] },
      { id: "AN.C", text: "Disturbed body image or self-worth tied to weight", require: 1, items: [
        { id: "AN.C1", text: "Feeling fat despite being underweight, or self-worth by weight", concepts: ["body_image_disturbance"], weight: 2 },
      ] },
    ],
    exclusions: [],
    distinguish: [
      { from: "arfid", how: "ARFID restriction is not driven by weight or shape concerns." },
      { from: "bulimia", how: "Bulimia occurs at normal weight or above." },
    ],
    redFlags: ["BMI under 15 or rapid weight loss", "fainting, chest pain or palpitations", "not eating for days", "suicidal thoughts"],
    modalities: ED_MODALITIES,
    urgentReferral: true,
    sources: ["ICD-10-CM F50.0x (F50.00 unspecified; FY2024 severity digits: verify)", "ICD-11 MMS 6B80", "NICE NG69 (2017)"],
  },
  {
    id: "bulimia", prefix: "BN", name: "Bulimia nervosa", kind: "disorder", family: "feeding-eating",
    codes: { icd10cm: "F50.2", icd11: "6B81" },
    summary: "Recurrent binges with a sense of losing control, followed by compensation such as vomiting, laxatives, fasting or over-exercise, at least weekly for three months, with self-worth unduly tied to body shape and weight, at a normal or higher weight.",
    criteria: [
      { id: "BN.A", text: "Recurrent binge eating with loss of control", require: 1, items: [
        { id: "BN.A1", text: "Binge eating with loss of control", concepts: ["binge_eating_episodes"], core: true, weight: 2 },
      ] },
      { id: "BN.B", text: "Recurrent compensatory behaviour", require: 1, items: [
        { id: "BN.B1", text: "Self-induced vomiting", concepts: ["purging_vomiting"], core: true, weight: 2.5 },
        { id: "BN.B2", text: "Laxatives or diuretics", concepts: ["laxative_misuse"], core: true, weight: 2.5 },
        { id: "BN.B3", text: "Fasting or excessive exercise to compensate", concepts: ["compensatory_exercise", "compensation_regular"], weight: 1.5 },
      ] },
      { id: "BN.C", text: "Self-evaluation unduly influenced by shape and weight", require: 1, items: [
        { id: "BN.C1", text: "Preoccupied with body shape and weight", concepts: ["body_image_disturbance", "fear_weight_gain"] },
      ] },
    ],
    time: { minDays: 90, text: "binges and compensation at least weekly for three months" },
    exclusions: [{ id: "BN.EX.anorexia", text: "not only during episodes of anorexia nervosa", ifConditions: ["anorexia"], effect: "demote" }],
    distinguish: [{ from: "binge_eating", how: "Binge-eating disorder has no regular compensation." }],
    redFlags: ["frequent vomiting (electrolyte imbalance)", "fainting or palpitations", "suicidal thoughts"],
    modalities: ED_MODALITIES,
    sources: ["ICD-10-CM F50.2 (FY2024 adds severity digits: verify)", "ICD-11 MMS 6B81", "NICE NG69 (2017)"],
  },
  {
    id: "binge_eating", prefix: "BED", name: "Binge-eating disorder", kind: "disorder", family: "feeding-eating",
    codes: { icd10cm: "F50.81", icd11: "6B82" },
    summary: "Recurrent binges with loss of control, eating fast, until uncomfortably full, alone out of embarrassment, and feeling disgusted or guilty afterwards, without regular compensation such as vomiting.",
    criteria: [
      { id: "BED.A", text: "Recurrent binge eating with loss of control", require: 1, items: [
        { id: "BED.A1", text: "Binge eating with loss of control", concepts: ["binge_eating_episodes"], core: true, weight: 2 },
      ] },
      { id: "BED.B", text: "Binge features and distress (at least one)", require: 1, items: [
        { id: "BED.B1", text: "Eating fast, until uncomfortably full, alone, or with guilt afterwards", concepts: ["eating_shame_secrecy"], weight: 1.5 },
        { id: "BED.B2", text: "Marked distress about binges", concepts: ["marked_distress", "excessive_guilt"] },
      ] },
    ],
    time: { minDays: 90, text: "at least weekly for three months" },
    exclusions: [{ id: "BED.EX.compensation", text: "no regular compensatory behaviour", ifConcepts: ["purging_vomiting", "laxative_misuse"], effect: "exclude" }],
    distinguish: [{ from: "bulimia", how: "Bulimia includes regular compensation." }],
    redFlags: ["suicidal thoughts"],
    modalities: [{ modality: "CBT-E", line: "first", source: "NICE NG69 (2017): binge-eating-focused guided self-help, then group CBT-ED" }],
    sources: ["ICD-10-CM F50.81", "ICD-11 MMS 6B82", "NICE NG69 (2017)"],
  },
  {
    id: "arfid", prefix: "ARFID", name: "Avoidant/restrictive food intake disorder", kind: "disorder", family: "feeding-eating",
    codes: { icd10cm: "F50.82", icd11: "6B83" },
    summary: "Eating very little or a narrow range of foods because of their texture or smell, a fear of choking or vomiting, or little interest in food, leading to weight loss or nutritional problems, without concern about body shape or weight.",
    criteria: [
      { id: "ARFID.A", text: "Avoidance or restriction of intake", require: 1, items: [
        { id: "ARFID.A1", text: "Avoiding foods for sensory reasons", concepts: ["sensory_food_avoidance"], core: true, weight: 2 },
        { id: "ARFID.A2", text: "Fear of choking or vomiting", concepts: ["fear_of_choking"], core: true, weight: 2 },
        { id: "ARFID.A3", text: "Little interest in eating", concepts: ["low_interest_in_food"], core: true, weight: 1.5 },
      ] },
      { id: "ARFID.B", text: "Consequences: weight loss, deficiency or impairment", require: 1, items: [
        { id: "ARFID.B1", text: "Weight loss or low weight", concepts: ["weight_loss", "low_weight"] },
        { id: "ARFID.B2", text: "Interference with daily or social life", concepts: ["functional_impairment"] },
      ] },
    ],
    exclusions: [{ id: "ARFID.EX.body", text: "no disturbance in body image", ifConcepts: ["fear_weight_gain", "body_image_disturbance"], effect: "exclude" }],
    distinguish: [{ from: "anorexia", how: "Anorexia is driven by fear of weight gain." }],
    redFlags: ["rapid weight loss", "dependence on supplements or tube feeding"],
    modalities: [{ modality: "CBT", line: "first", source: "CBT-AR (Thomas & Eddy); NICE NG69 has no ARFID-specific recommendation" }],
    sources: ["ICD-10-CM F50.82 (FY2023+)", "ICD-11 MMS 6B83"],
  },
];
