import type { Condition } from "../types.js";

/**
 * Feeding and eating disorders. Criterion texts are our own paraphrases.
 *
 * ICD-10-CM codes follow FY2025 (from 1 Oct 2024): F50.01 and F50.02 became subcategories
 * with a sixth character for severity (0 mild, 1 moderate, 2 severe, 3 extreme, 4 in remission,
 * 9 unspecified), bulimia moved to F50.20-F50.25 and binge-eating disorder to F50.810-F50.819.
 * Severity rests on BMI (anorexia) or weekly episode counts (bulimia, BED), which the lexicon
 * does not measure reliably, so the "unspecified severity" codes are used.
 */
export const conditions: Condition[] = [
  {
    id: "anorexia",
    prefix: "AN",
    name: "Anorexia nervosa",
    kind: "disorder",
    family: "feeding-eating",
    codes: { icd10cm: "F50.00", icd11: "6B80" },
    // Later entries win: any binge or purge behaviour makes it the binge-eating/purging type.
    specifiers: [
      { id: "anorexia.restricting", name: "Anorexia nervosa, restricting type", icd10cm: "F50.019", icd11: "6B80.00", when: { concepts: ["food_restriction", "compensatory_exercise"] } },
      { id: "anorexia.binge_purge", name: "Anorexia nervosa, binge-eating/purging type", icd10cm: "F50.029", icd11: "6B80.01", when: { concepts: ["purging_vomiting", "laxative_misuse", "binge_eating_episodes"] } },
    ],
    summary:
      "Restriction of food leading to a significantly low weight (adult BMI under 18.5, or rapid loss), with an intense fear of gaining weight or behaviour that prevents gain, and a disturbed experience of body shape or self-worth ruled by weight (feeling huge while underweight). Dizziness, fainting, feeling cold, hair loss or missed periods are signs of starvation that call for urgent medical review.",
    criteria: [
      {
        id: "AN.A",
        text: "Restriction of intake leading to significantly low body weight",
        require: 1,
        items: [
          // Restriction alone is common in depression and dieting; the hallmarks are low weight and fear of gain.
          { id: "AN.A1", text: "Restricting food intake relative to needs", concepts: ["food_restriction"], weight: 2 },
          { id: "AN.A2", text: "Significantly low body weight", concepts: ["low_weight"], core: true, weight: 2.5 },
          { id: "AN.A3", text: "Marked weight loss", concepts: ["weight_loss"] },
          { id: "AN.A4", text: "Physical signs of starvation (missed periods, feeling cold, hair loss, fainting)", concepts: ["amenorrhoea", "feeling_cold", "hair_loss", "fainting", "nutritional_dependence"], weight: 1.5 },
        ],
      },
      {
        id: "AN.B",
        text: "Intense fear of gaining weight, or persistent behaviour that prevents gain",
        require: 1,
        items: [
          { id: "AN.B1", text: "Intense fear of gaining weight or becoming fat", concepts: ["fear_weight_gain"], core: true, weight: 2.5 },
          { id: "AN.B2", text: "Behaviour that prevents weight gain (over-exercise, purging)", concepts: ["compensatory_exercise", "purging_vomiting", "laxative_misuse"], weight: 1.5 },
        ],
      },
      {
        id: "AN.C",
        text: "Disturbed experience of weight or shape, undue influence on self-worth, or not recognising the seriousness of low weight",
        require: 1,
        items: [
          { id: "AN.C1", text: "Feeling fat or big despite being underweight", concepts: ["body_image_disturbance"], weight: 2 },
          { id: "AN.C2", text: "Self-worth unduly tied to weight or shape", concepts: ["weight_shape_self_worth"], weight: 1.5 },
        ],
      },
    ],
    exclusions: [
      { id: "AN.EX.medical", text: "weight loss not explained by a medical condition", ifConcepts: ["medical_cause"], effect: "demote" },
    ],
    distinguish: [
      { from: "arfid", how: "ARFID restriction is driven by sensory aversion, fear of choking or low interest, not by weight or shape." },
      { from: "bulimia", how: "Bulimia occurs at normal weight or above; binge-purge at low weight is anorexia." },
      { from: "mdd_single", how: "Depression can take the appetite away but without fear of gaining weight." },
    ],
    redFlags: [
      "BMI under 15, or rapid weight loss",
      "fainting, chest pain, palpitations or feeling faint on standing",
      "not eating or drinking for days",
      "frequent vomiting or laxative use (electrolyte imbalance)",
      "suicidal thoughts or self-harm",
    ],
    modalities: [
      { modality: "CBT-E", line: "first", source: "NICE NG69 (2017): eating-disorder-focused CBT (CBT-ED) for adults" },
      { modality: "FBT", line: "first", source: "NICE NG69 (2017): anorexia-focused family therapy for children and young people" },
      { modality: "SUPPORT", line: "second", source: "NICE NG69 (2017): specialist supportive clinical management (SSCM); MANTRA" },
    ],
    urgentReferral: true,
    sources: [
      "ICD-10-CM FY2025 F50.00 (unspecified), F50.010-F50.019 (restricting), F50.020-F50.029 (binge-eating/purging); F50.01 and F50.02 invalid from 1 Oct 2024",
      "ICD-11 MMS 6B80 (6B80.0x significantly low weight, 6B80.1x dangerously low weight, 6B80.2 recovery)",
      "NICE NG69 (2017) Eating disorders",
    ],
  },
  {
    id: "bulimia",
    prefix: "BN",
    name: "Bulimia nervosa",
    kind: "disorder",
    family: "feeding-eating",
    codes: { icd10cm: "F50.20", icd11: "6B81" },
    summary:
      "Recurrent binges (an unusually large amount of food with a sense of losing control), followed by compensation such as self-induced vomiting, laxatives, fasting or over-exercise, on average at least weekly for three months, with self-worth unduly tied to body shape and weight, at a normal or higher weight.",
    criteria: [
      {
        id: "BN.A",
        text: "Recurrent binge eating with a sense of loss of control",
        require: 1,
        items: [
          { id: "BN.A1", text: "Eating an unusually large amount in a discrete period", concepts: ["binge_eating_episodes"], core: true, weight: 2 },
          { id: "BN.A2", text: "Sense of loss of control over eating", concepts: ["loss_of_control_eating"], core: true, weight: 2 },
        ],
      },
      {
        id: "BN.B",
        text: "Recurrent compensatory behaviour to prevent weight gain",
        require: 1,
        items: [
          { id: "BN.B1", text: "Self-induced vomiting", concepts: ["purging_vomiting"], core: true, weight: 2.5 },
          { id: "BN.B2", text: "Misuse of laxatives, diuretics or other medicines", concepts: ["laxative_misuse"], core: true, weight: 2.5 },
          { id: "BN.B3", text: "Fasting after eating", concepts: ["compensatory_fasting"], weight: 1.5 },
          { id: "BN.B4", text: "Excessive exercise to compensate", concepts: ["compensatory_exercise"], weight: 1.5 },
        ],
      },
      {
        id: "BN.D",
        text: "Self-evaluation unduly influenced by shape and weight",
        require: 1,
        items: [
          { id: "BN.D1", text: "Self-worth ruled by weight or shape", concepts: ["weight_shape_self_worth", "body_image_disturbance"], weight: 1.5 },
          { id: "BN.D2", text: "Fear of gaining weight", concepts: ["fear_weight_gain"] },
        ],
      },
    ],
    time: { minDays: 90, text: "binges and compensation on average at least weekly for three months" },
    exclusions: [
      // Binge-purge at significantly low weight is anorexia, binge-eating/purging type.
      { id: "BN.EX.anorexia", text: "not only during episodes of anorexia nervosa", ifConditions: ["anorexia"], effect: "demote" },
      { id: "BN.EX.lowweight", text: "weight is normal or above", ifConcepts: ["low_weight"], effect: "demote" },
    ],
    distinguish: [
      { from: "binge_eating", how: "Binge-eating disorder has no regular compensatory behaviour." },
      { from: "anorexia", how: "At significantly low weight, binge-purge behaviour is anorexia nervosa." },
    ],
    redFlags: ["frequent vomiting or laxatives (low potassium)", "fainting, palpitations or chest pain", "vomiting blood", "suicidal thoughts or self-harm"],
    modalities: [
      { modality: "CBT-E", line: "first", source: "NICE NG69 (2017): bulimia-focused guided self-help, then individual CBT-ED for adults" },
      { modality: "FBT", line: "second", source: "NICE NG69 (2017): bulimia-focused family therapy for children and young people" },
    ],
    sources: ["ICD-10-CM FY2025 F50.20 (unspecified), F50.21-F50.24 (mild to extreme), F50.25 (in remission)", "ICD-11 MMS 6B81", "NICE NG69 (2017)"],
  },
  {
    id: "binge_eating",
    prefix: "BED",
    name: "Binge-eating disorder",
    kind: "disorder",
    family: "feeding-eating",
    codes: { icd10cm: "F50.819", icd11: "6B82" },
    summary:
      "Recurrent binges with a sense of losing control, marked by eating much faster than normal, until uncomfortably full, when not hungry, alone out of embarrassment, and feeling disgusted, low or guilty afterwards, with marked distress, at least weekly for three months, without the regular compensation of bulimia.",
    criteria: [
      {
        id: "BED.A",
        text: "Recurrent binge eating with a sense of loss of control",
        require: 1,
        items: [
          { id: "BED.A1", text: "Eating an unusually large amount in a discrete period", concepts: ["binge_eating_episodes"], core: true, weight: 2 },
          { id: "BED.A2", text: "Sense of loss of control over eating", concepts: ["loss_of_control_eating"], core: true, weight: 2 },
        ],
      },
      {
        id: "BED.B",
        // DSM asks for three of five; "until uncomfortably full" and "when not hungry" share one
        // concept here, so two of these four items stand in for three of five.
        text: "Binge features (eating fast, until uncomfortably full or when not hungry, alone from embarrassment, disgust or guilt afterwards)",
        require: 2,
        items: [
          { id: "BED.B1", text: "Eating much more rapidly than normal", concepts: ["binge_eating_rapidly"], weight: 1.5 },
          { id: "BED.B2", text: "Eating until uncomfortably full, or large amounts when not hungry", concepts: ["binge_uncomfortably_full"], weight: 1.5 },
          { id: "BED.B3", text: "Eating alone because of embarrassment", concepts: ["eating_alone_shame"], weight: 1.5 },
          { id: "BED.B4", text: "Feeling disgusted, depressed or very guilty afterwards", concepts: ["guilt_after_binge", "excessive_guilt"], weight: 1.5 },
        ],
      },
      {
        id: "BED.C",
        text: "Marked distress about the binges",
        require: 1,
        items: [{ id: "BED.C1", text: "Marked distress regarding binge eating", concepts: ["marked_distress", "guilt_after_binge", "low_self_esteem"] }],
      },
    ],
    time: { minDays: 90, text: "binges on average at least weekly for three months" },
    exclusions: [
      { id: "BED.EX.compensation", text: "no regular compensatory behaviour (vomiting, laxatives)", ifConcepts: ["purging_vomiting", "laxative_misuse"], effect: "demote" },
      { id: "BED.EX.bulimia", text: "not only during bulimia or anorexia", ifConditions: ["bulimia", "anorexia"], effect: "demote" },
    ],
    distinguish: [
      { from: "bulimia", how: "Bulimia includes regular compensation (vomiting, laxatives, fasting, over-exercise)." },
      { from: "mdd_single", how: "Overeating in depression is a change in appetite, without discrete binges and loss of control." },
    ],
    redFlags: ["suicidal thoughts", "binges triggered by severe distress or self-harm urges"],
    modalities: [
      { modality: "CBT-E", line: "first", source: "NICE NG69 (2017): binge-eating-disorder-focused guided self-help, then group or individual CBT-ED" },
      { modality: "DBT", line: "second", source: "DBT adapted for binge eating (Telch et al., 2001); emotion-regulation focus" },
    ],
    sources: ["ICD-10-CM FY2025 F50.819 (unspecified severity; F50.810-F50.814 mild to in remission)", "ICD-11 MMS 6B82", "NICE NG69 (2017)"],
  },
  {
    id: "arfid",
    prefix: "ARFID",
    name: "Avoidant/restrictive food intake disorder",
    kind: "disorder",
    family: "feeding-eating",
    codes: { icd10cm: "F50.82", icd11: "6B83" },
    summary:
      "Eating very little or only a narrow range of foods because of their texture, smell or look, a fear of choking or vomiting, or little interest in eating, leading to weight loss or faltering growth, nutritional deficiency, dependence on supplements or trouble eating with others, without any concern about body shape or weight.",
    criteria: [
      {
        id: "ARFID.A",
        text: "Avoidance or restriction of intake",
        require: 1,
        items: [
          { id: "ARFID.A1", text: "Avoiding foods for their sensory characteristics", concepts: ["sensory_food_avoidance"], core: true, weight: 2 },
          { id: "ARFID.A2", text: "Fear of aversive consequences such as choking or vomiting", concepts: ["fear_of_choking"], core: true, weight: 2 },
          { id: "ARFID.A3", text: "Apparent lack of interest in eating or food", concepts: ["low_interest_in_food"], core: true, weight: 1 },
        ],
      },
      {
        id: "ARFID.B",
        text: "Consequences: weight loss, deficiency, supplement dependence or psychosocial interference",
        require: 1,
        items: [
          { id: "ARFID.B1", text: "Significant weight loss, low weight or faltering growth", concepts: ["weight_loss", "low_weight"] },
          { id: "ARFID.B2", text: "Nutritional deficiency or dependence on supplements or tube feeding", concepts: ["nutritional_dependence"], weight: 1.5 },
          { id: "ARFID.B3", text: "Marked interference with social life (eating with others)", concepts: ["functional_impairment", "social_withdrawal"] },
        ],
      },
    ],
    exclusions: [
      { id: "ARFID.EX.body", text: "no disturbance in the experience of body weight or shape", ifConcepts: ["fear_weight_gain", "body_image_disturbance", "weight_shape_self_worth"], effect: "exclude" },
      { id: "ARFID.EX.medical", text: "not explained by a medical condition or lack of available food", ifConcepts: ["medical_cause"], effect: "demote" },
      // Poor appetite within depression or anxiety is not ARFID (DSM criterion D).
      { id: "ARFID.EX.other", text: "not better explained by another mental disorder such as depression", ifConditions: ["mdd_single", "mdd_recurrent", "gad", "anorexia"], effect: "demote" },
    ],
    distinguish: [
      { from: "anorexia", how: "Anorexia is driven by fear of weight gain and body-image disturbance." },
      { from: "specific_phobia", how: "A choking or vomiting phobia that restricts eating enough to cause weight loss or deficiency is ARFID." },
      { from: "mdd_single", how: "Loss of appetite within depression comes and goes with the mood." },
    ],
    redFlags: ["rapid weight loss or faltering growth in a child", "dependence on supplements or tube feeding", "fainting or palpitations"],
    modalities: [
      { modality: "CBT", line: "first", source: "CBT-AR (Thomas & Eddy, 2019; Thomas et al., 2020 open trial); NICE NG69 has no ARFID-specific recommendation" },
      { modality: "FBT", line: "second", source: "family-based treatment adapted for ARFID in children (Lock et al., 2019)" },
    ],
    sources: ["ICD-10-CM F50.82 (added FY2023)", "ICD-11 MMS 6B83"],
  },
];
