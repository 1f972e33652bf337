import type { Condition, CriterionGroup, ModalityRecommendation, Specifier } from "../types.js";

/**
 * Substance use disorders: alcohol, cannabis, tobacco, opioids, sedatives, stimulants. Criterion texts are our own
 * paraphrases of the eleven-item use-disorder pattern (impaired control, social impairment,
 * risky use, pharmacological features).
 *
 * Every use disorder shares the same eleven items; only the "uses X" concept that names the
 * substance differs, and it is the core item. Without it (e.g. "I keep relapsing" with no
 * substance named) the shared items alone cannot make any one substance provisional. The
 * substance item counts toward the first group, so specifier thresholds are one higher than
 * the clinical item counts (2 items + the substance = 3).
 */

/** The shared use-disorder group for one substance. */
function useDisorderGroup(prefix: string, substanceConcepts: string[], substanceText: string, extra: { withdrawal?: string[] } = {}): CriterionGroup {
  const id = (n: number) => `${prefix}.A${n}`;
  return {
    id: `${prefix}.A`,
    text: `A problematic pattern of ${substanceText} use: at least two of eleven features within a year, with the substance named`,
    // The substance item plus at least two of the eleven features.
    require: 3,
    requireOneOf: [id(0)],
    items: [
      { id: id(0), text: `Uses ${substanceText}`, concepts: substanceConcepts, core: true, weight: 1.5 },
      { id: id(1), text: "Uses more, or for longer, than intended", concepts: ["more_than_intended"] },
      { id: id(2), text: "Wants to cut down or has tried and failed", concepts: ["failed_cutdown"], weight: 1.5 },
      { id: id(3), text: "Much time spent getting, using or recovering", concepts: ["time_spent_using"] },
      { id: id(4), text: "Craving or strong urges to use", concepts: ["craving"], weight: 1.5 },
      { id: id(5), text: "Use leads to failing at work, school or home", concepts: ["role_failure_use"] },
      { id: id(6), text: "Keeps using despite relationship problems it causes", concepts: ["social_problems_use", "hiding_use"] },
      { id: id(7), text: "Important activities given up or reduced", concepts: ["gave_up_activities_use"] },
      { id: id(8), text: "Use in physically hazardous situations", concepts: ["hazardous_use"] },
      { id: id(9), text: "Keeps using despite knowing it causes or worsens physical or mental problems", concepts: ["use_despite_harm"] },
      { id: id(10), text: "Tolerance: needs more for the same effect", concepts: ["tolerance"], weight: 1.5 },
      { id: id(11), text: "Withdrawal symptoms, or using to avoid them", concepts: ["withdrawal", ...(extra.withdrawal ?? [])], weight: 1.5 },
    ],
  };
}

/** Mild / moderate / severe by count of the eleven features (thresholds include the substance item). */
function severity(idPrefix: string, label: string, substance: string[], f: { mild: string; dep: string }, icd11: { harmful: string; dep: string }): Specifier[] {
  // The substance concept must be present: shared features alone (e.g. in a gambling message) must not print a severity.
  return [
    { id: `${idPrefix}.mild`, name: `${label}, mild`, icd10cm: f.mild, icd11: icd11.harmful, when: { minItemsMet: 3, concepts: substance } },
    { id: `${idPrefix}.moderate`, name: `${label}, moderate`, icd10cm: f.dep, icd11: icd11.dep, when: { minItemsMet: 5, concepts: substance } },
    { id: `${idPrefix}.severe`, name: `${label}, severe`, icd10cm: f.dep, icd11: icd11.dep, when: { minItemsMet: 7, concepts: substance } },
  ];
}

const SUBSTANCE_PSYCHOSOCIAL: ModalityRecommendation[] = [
  { modality: "MI", line: "first", source: "NICE CG115 (2011); NICE PH24 (2010) brief interventions" },
  { modality: "CBT", line: "first", source: "NICE CG115 (2011): CBT-based relapse prevention" },
];

export const conditions: Condition[] = [
  {
    id: "alcohol_use",
    prefix: "AUD",
    name: "Alcohol use disorder",
    kind: "disorder",
    family: "substance",
    // Category default; specifiers pick mild (F10.10, harmful pattern) or moderate/severe (F10.20, dependence).
    codes: { icd10cm: "F10.10", icd11: "6C40.1" },
    specifiers: severity("alcohol_use", "Alcohol use disorder", ["uses_alcohol"], { mild: "F10.10", dep: "F10.20" }, { harmful: "6C40.1", dep: "6C40.2" }),
    summary:
      "A pattern of drinking that the person struggles to control and that keeps causing harm: drinking more than planned, failed attempts to cut back, craving, tolerance, withdrawal such as shakes or sweats, and carrying on despite health, work or relationship problems. Severity follows how many of the eleven features are present.",
    criteria: [useDisorderGroup("AUD", ["uses_alcohol"], "alcohol", { withdrawal: ["severe_withdrawal"] })],
    exclusions: [],
    distinguish: [
      { from: "Heavy but controlled social drinking", how: "no loss of control, harm or dependence features; two or more features are needed" },
      { from: "Depressive or anxiety disorder", how: "low mood or anxiety that appears only during heavy use or withdrawal may be alcohol-induced; reassess after some weeks of abstinence" },
      { from: "Other substance use disorder", how: "which substance is named; several can co-occur and are coded separately" },
    ],
    redFlags: [
      "withdrawal seizures, hallucinations or confusion (delirium tremens): medical emergency",
      "stopping suddenly after heavy daily drinking: medically supervised withdrawal is needed",
      "drinking with suicidal thoughts, or mixing alcohol with sedatives or opioids",
      "vomiting blood, jaundice, or severe abdominal pain",
    ],
    modalities: [
      ...SUBSTANCE_PSYCHOSOCIAL,
      { modality: "FT", line: "second", source: "NICE CG115 (2011): behavioural couples therapy when a partner is involved" },
      { modality: "CM", line: "second", source: "NICE CG115 (2011) psychological interventions; evidence reviews" },
    ],
    sources: [
      "ICD-10-CM 2025 F10.10, F10.20",
      "ICD-11 MMS 6C40.1 harmful pattern of use of alcohol, 6C40.2 alcohol dependence",
      "NICE CG115 (2011) alcohol-use disorders",
      "NICE PH24 (2010) alcohol brief interventions",
    ],
  },
  {
    id: "cannabis_use",
    prefix: "CUD",
    name: "Cannabis use disorder",
    kind: "disorder",
    family: "substance",
    codes: { icd10cm: "F12.10", icd11: "6C41.1" },
    specifiers: severity("cannabis_use", "Cannabis use disorder", ["uses_cannabis"], { mild: "F12.10", dep: "F12.20" }, { harmful: "6C41.1", dep: "6C41.2" }),
    summary:
      "A pattern of cannabis use that has slipped out of control and causes harm: using more or for longer than meant, failed attempts to stop, craving, needing more, and irritability, poor sleep or low appetite on stopping. Severity follows how many of the eleven features are present.",
    criteria: [useDisorderGroup("CUD", ["uses_cannabis"], "cannabis")],
    exclusions: [],
    distinguish: [
      { from: "Recreational use without impairment", how: "occasional use without loss of control or harm does not meet the threshold" },
      { from: "Psychotic disorder", how: "paranoia or voices that persist weeks after stopping point to a primary psychotic disorder" },
      { from: "Anxiety or depressive disorder", how: "use to self-medicate is common; both may need treating" },
    ],
    redFlags: ["paranoia, voices or strange beliefs during or after use", "cannabis hyperemesis (repeated severe vomiting)", "use with suicidal thoughts"],
    modalities: [
      { modality: "MI", line: "first", source: "NICE CG51 (2007) drug misuse psychosocial interventions; Cochrane review (Gates et al. 2016)" },
      { modality: "CBT", line: "first", source: "Cochrane review of psychosocial interventions for cannabis use disorder (Gates et al. 2016)" },
      { modality: "CM", line: "second", source: "Cochrane review (Gates et al. 2016): MET+CBT+CM most consistent" },
    ],
    sources: ["ICD-10-CM 2025 F12.10, F12.20", "ICD-11 MMS 6C41.1, 6C41.2", "NICE CG51 (2007)", "Cochrane Gates et al. 2016"],
  },
  {
    id: "tobacco_use",
    prefix: "TUD",
    name: "Tobacco use disorder",
    kind: "disorder",
    family: "substance",
    codes: { icd10cm: "F17.200", icd11: "6C4A.2" },
    // DSM-5-TR codes mild tobacco use disorder as tobacco use (Z72.0); moderate or severe as nicotine dependence.
    specifiers: severity("tobacco_use", "Tobacco use disorder", ["uses_tobacco"], { mild: "Z72.0", dep: "F17.200" }, { harmful: "6C4A.1", dep: "6C4A.2" }),
    summary:
      "Smoking or vaping nicotine that has become hard to control: wanting to stop and not managing it, strong cravings, smoking more or sooner in the day than meant, irritability, restlessness or low mood on stopping, and carrying on despite harm to health. Nicotine dependence is the commonest substance dependence; stopping is hard because of the body's withdrawal, not a lack of willpower.",
    criteria: [useDisorderGroup("TUD", ["uses_tobacco"], "tobacco or nicotine")],
    exclusions: [],
    distinguish: [
      { from: "Occasional or social smoking without loss of control", how: "smoking now and then without craving, failed attempts to stop or withdrawal does not meet the threshold" },
      { from: "Cannabis use disorder", how: "what is smoked or vaped: nicotine, or cannabis (often both)" },
    ],
    redFlags: ["smoking to cope with low mood or anxiety that is getting worse", "pregnancy", "chest pain or breathlessness"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE NG209 (2021) tobacco: behavioural support alongside stop-smoking medicines" },
      { modality: "MI", line: "first", source: "NICE NG209 (2021): very brief advice and motivational support; WHO (2024) tobacco cessation guideline" },
    ],
    sources: ["ICD-10-CM 2025 F17.200, Z72.0", "ICD-11 MMS 6C4A.1, 6C4A.2", "NICE NG209 (2021) tobacco: preventing uptake, promoting quitting and treating dependence", "WHO clinical treatment guideline for tobacco cessation in adults (2024)"],
  },
  {
    id: "opioid_use",
    prefix: "OUD",
    name: "Opioid use disorder",
    kind: "disorder",
    family: "substance",
    codes: { icd10cm: "F11.10", icd11: "6C43.1" },
    specifiers: severity("opioid_use", "Opioid use disorder", ["uses_opioids"], { mild: "F11.10", dep: "F11.20" }, { harmful: "6C43.1", dep: "6C43.2" }),
    summary:
      "A pattern of opioid use (heroin, fentanyl, or painkillers such as oxycodone used beyond prescription) with loss of control, craving, tolerance and withdrawal ('dope sick'), continuing despite harm. Overdose risk is high, especially with fentanyl, after a break in use, or mixed with alcohol or sedatives; naloxone saves lives.",
    criteria: [useDisorderGroup("OUD", ["uses_opioids"], "opioid", { withdrawal: ["overdose"] })],
    exclusions: [],
    distinguish: [
      { from: "Prescribed opioid use as directed", how: "tolerance and withdrawal alone under medical supervision do not count toward the disorder" },
      { from: "Other substance use disorder", how: "which substance is named; polysubstance use is common" },
    ],
    redFlags: [
      "overdose signs: unresponsive, slow or stopped breathing, pinpoint pupils, blue lips: call emergency services, give naloxone",
      "recent overdose, or use after a period of abstinence (lost tolerance)",
      "mixing opioids with alcohol or benzodiazepines",
      "injecting, shared equipment, infection",
    ],
    modalities: [
      { modality: "CM", line: "first", source: "NICE CG51 (2007): contingency management alongside opioid substitution (NICE TA114)" },
      { modality: "MI", line: "first", source: "NICE CG51 (2007) psychosocial interventions" },
      { modality: "CBT", line: "second", source: "NICE CG51 (2007): CBT for co-occurring anxiety or depression" },
      { modality: "FT", line: "second", source: "NICE CG51 (2007): behavioural couples therapy" },
    ],
    urgentReferral: true,
    sources: [
      "ICD-10-CM 2025 F11.10, F11.20",
      "ICD-11 MMS 6C43.1, 6C43.2",
      "NICE CG51 (2007) drug misuse psychosocial interventions",
      "NICE TA114 (2007) methadone and buprenorphine",
      "WHO community management of opioid overdose (2014): naloxone",
    ],
  },
  {
    id: "sedative_use",
    prefix: "SHUD",
    name: "Sedative, hypnotic or anxiolytic use disorder",
    kind: "disorder",
    family: "substance",
    codes: { icd10cm: "F13.10", icd11: "6C44.1" },
    specifiers: severity("sedative_use", "Sedative, hypnotic or anxiolytic use disorder", ["uses_sedatives"], { mild: "F13.10", dep: "F13.20" }, { harmful: "6C44.1", dep: "6C44.2" }),
    summary:
      "A pattern of benzodiazepine, 'Z-drug' sleeping pill or other sedative use that has slipped out of control: taking more than prescribed, running out early or getting extra supplies, failed attempts to cut down, and rebound anxiety, sleeplessness or shaking on stopping. Stopping suddenly after regular heavy use can cause seizures.",
    criteria: [useDisorderGroup("SHUD", ["uses_sedatives"], "sedative", { withdrawal: ["severe_withdrawal"] })],
    exclusions: [],
    distinguish: [
      { from: "Prescribed use as directed", how: "tolerance and withdrawal alone under medical supervision do not count toward the disorder" },
      { from: "Anxiety or insomnia disorder", how: "rebound anxiety or sleeplessness on cutting down is withdrawal; the original problem is reassessed once use is stable" },
      { from: "Other substance use disorder", how: "which substance is named; mixing with alcohol or opioids is common and dangerous" },
    ],
    redFlags: [
      "seizures, confusion or hallucinations on stopping: medical emergency",
      "stopping suddenly after regular high-dose use: a supervised taper is needed",
      "mixing sedatives with alcohol or opioids (breathing can stop)",
    ],
    modalities: [...SUBSTANCE_PSYCHOSOCIAL],
    urgentReferral: true,
    sources: [
      "ICD-10-CM 2025 F13.10, F13.20",
      "ICD-11 MMS 6C44.1, 6C44.2",
      "NICE CG51 (2007) drug misuse psychosocial interventions",
    ],
  },
  {
    id: "stimulant_use",
    prefix: "STUD",
    name: "Stimulant use disorder",
    kind: "disorder",
    family: "substance",
    // Default: amphetamine-type stimulant (F15 / 6C46); when cocaine is named the specifiers switch to F14 / 6C45.
    codes: { icd10cm: "F15.10", icd11: "6C46.1" },
    specifiers: [
      ...severity("stimulant_use.amphetamine", "Stimulant use disorder, amphetamine-type substance", ["uses_stimulants"], { mild: "F15.10", dep: "F15.20" }, { harmful: "6C46.1", dep: "6C46.2" }),
      // Cocaine named: its own codes whatever the count (F14 / 6C45), never the amphetamine-type F15.
      { id: "stimulant_use.cocaine", name: "Stimulant use disorder, cocaine", icd10cm: "F14.10", icd11: "6C45.1", when: { concepts: ["uses_cocaine"] } },
      { id: "stimulant_use.cocaine.mild", name: "Stimulant use disorder, cocaine, mild", icd10cm: "F14.10", icd11: "6C45.1", when: { minItemsMet: 3, concepts: ["uses_cocaine"] } },
      { id: "stimulant_use.cocaine.moderate", name: "Stimulant use disorder, cocaine, moderate", icd10cm: "F14.20", icd11: "6C45.2", when: { minItemsMet: 5, concepts: ["uses_cocaine"] } },
      { id: "stimulant_use.cocaine.severe", name: "Stimulant use disorder, cocaine, severe", icd10cm: "F14.20", icd11: "6C45.2", when: { minItemsMet: 7, concepts: ["uses_cocaine"] } },
    ],
    summary:
      "A pattern of stimulant use (methamphetamine, amphetamine or misused prescription stimulants such as Adderall, or cocaine) with binges, craving, failed attempts to stop, needing more, and crashes of exhaustion, low mood and heavy sleep after use, continuing despite harm.",
    criteria: [useDisorderGroup("STUD", ["uses_stimulants", "uses_cocaine"], "stimulant")],
    exclusions: [],
    distinguish: [
      { from: "Prescribed ADHD medication taken as directed", how: "use as prescribed, without escalation or misuse, is not a use disorder" },
      { from: "Bipolar disorder", how: "energised, sleepless spells that only happen with stimulant use are substance-induced" },
      { from: "Psychotic disorder", how: "paranoia during stimulant binges that clears within days or weeks of stopping is substance-induced" },
    ],
    redFlags: [
      "chest pain, very high temperature, seizures or stroke signs: medical emergency",
      "paranoia, voices or violence during binges",
      "suicidal thoughts during the crash after a binge",
      "fentanyl-contaminated supply: overdose risk",
    ],
    modalities: [
      { modality: "CM", line: "first", source: "NICE CG51 (2007): contingency management for stimulant misuse; Cochrane review (Minozzi et al. 2016)" },
      { modality: "CBT", line: "first", source: "NICE CG51 (2007) psychosocial interventions" },
      { modality: "MI", line: "second", source: "NICE CG51 (2007)" },
    ],
    sources: [
      "ICD-10-CM 2025 F15.10, F15.20 (other stimulant), F14.10, F14.20 (cocaine)",
      "ICD-11 MMS 6C46.1, 6C46.2 (stimulants incl. amphetamines), 6C45.1, 6C45.2 (cocaine)",
      "NICE CG51 (2007) drug misuse psychosocial interventions",
    ],
  },
];
