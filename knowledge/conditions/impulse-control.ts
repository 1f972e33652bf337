import type { Condition } from "../types.js";

/**
 * Impulse-control / behavioural addiction: gambling disorder. Criterion texts are our own
 * paraphrases. The gambling concept itself is the core item, so generic features shared with
 * substance use (craving, failed cut-down) cannot make it provisional on their own.
 */
export const conditions: Condition[] = [
  {
    id: "gambling",
    prefix: "GAMB",
    name: "Gambling disorder",
    kind: "disorder",
    family: "impulse-control",
    codes: { icd10cm: "F63.0", icd11: "6C50.Z" },
    specifiers: [
      // ICD-11 splits by setting; ICD-10-CM has the one code. Severity in DSM terms is by count (4-5 mild, 6-7 moderate, 8-9 severe).
      { id: "gambling.offline", name: "Gambling disorder, predominantly offline", icd10cm: "F63.0", icd11: "6C50.0", when: { minItemsMet: 5 } },
      { id: "gambling.online", name: "Gambling disorder, predominantly online", icd10cm: "F63.0", icd11: "6C50.1", when: { minItemsMet: 5, concepts: ["gambling_online"] } },
    ],
    summary:
      "Persistent gambling that has taken control and keeps causing harm: needing bigger bets for the same thrill, restlessness or irritability when cutting down, repeated failed attempts to stop, chasing losses, lying about it, and relying on others or debt to cover losses. Online betting and casino apps make it available around the clock.",
    criteria: [
      {
        id: "GAMB.A",
        text: "Gambles, plus at least four of nine features of problem gambling within a year",
        // The gambling item plus four of the nine features.
        require: 5,
        requireOneOf: ["GAMB.A0"],
        items: [
          { id: "GAMB.A0", text: "Gambles or bets (casino, sports betting, online poker, slots, scratch cards)", concepts: ["gambling_betting", "gambling_online"], core: true, weight: 1.5 },
          { id: "GAMB.A1", text: "Needs to gamble larger amounts to get the same excitement", concepts: ["escalating_bets"], weight: 1.5 },
          { id: "GAMB.A2", text: "Restless or irritable when trying to cut down or stop", concepts: ["gambling_irritable_when_stopping"], weight: 1.5 },
          { id: "GAMB.A3", text: "Repeated unsuccessful efforts to control, cut back or stop", concepts: ["failed_cutdown"] },
          { id: "GAMB.A4", text: "Preoccupied with gambling (reliving it, planning the next bet)", concepts: ["gambling_preoccupation", "craving"] },
          { id: "GAMB.A5", text: "Gambles when feeling distressed, to escape or feel better", concepts: ["gambling_to_escape"] },
          { id: "GAMB.A6", text: "Goes back to win back losses (chasing)", concepts: ["chasing_losses"], weight: 2 },
          { id: "GAMB.A7", text: "Lies to hide the extent of gambling", concepts: ["lying_about_gambling"], weight: 1.5 },
          { id: "GAMB.A8", text: "Has jeopardised or lost a relationship, job or opportunity because of gambling", concepts: ["social_problems_use", "role_failure_use"] },
          { id: "GAMB.A9", text: "Relies on others or on debt to relieve money problems caused by gambling", concepts: ["borrowing_for_gambling"], weight: 1.5 },
        ],
      },
    ],
    exclusions: [
      {
        id: "GAMB.EX.mania",
        text: "gambling not better explained by a manic episode",
        ifConditions: ["bipolar_1", "bipolar_2"],
        effect: "demote",
      },
    ],
    distinguish: [
      { from: "Social or recreational gambling", how: "gambling within set limits, without chasing, lying or harm" },
      { from: "Manic episode", how: "reckless betting only during a high, with decreased need for sleep and grandiosity, belongs to bipolar disorder" },
      { from: "Substance use disorder", how: "the behaviour rather than a substance; the two often co-occur" },
    ],
    redFlags: ["suicidal thoughts after big losses (risk is high in gambling disorder)", "crime or theft to fund gambling", "threats from lenders", "losing housing"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE NG248 (2025) gambling-related harms; Cochrane review (Cowlishaw et al. 2012)" },
      { modality: "MI", line: "first", source: "Cochrane review (Cowlishaw et al. 2012); NICE NG248 (2025)" },
      { modality: "FT", line: "second", source: "NICE NG248 (2025): support for affected family members" },
    ],
    sources: [
      "ICD-10-CM 2025 F63.0",
      "ICD-11 MMS 6C50 gambling disorder (6C50.0 predominantly offline, 6C50.1 predominantly online)",
      "NICE NG248 (2025) gambling-related harms (verify guideline number)",
      "Cochrane Cowlishaw et al. 2012 psychological therapies for pathological gambling",
    ],
  },
];
