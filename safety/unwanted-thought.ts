/**
 * Decide stage: an unwanted thought. A thought of a way of dying that the person says frightens or
 * horrifies them, beside a plain "I don't want to die" and nothing else of risk ("out of nowhere I get
 * a thought of driving off the road, it terrifies me, I don't want to die at all. Is that normal?"),
 * is an intrusive thought, not ideation: the reply asks the C-SSRS screening questions directly
 * instead of escalating. A wish of any kind (soft, with a disclaimer, a hope of an accident), a means
 * within reach, a plan, a time, a preparation, a farewell, an attempt or self-harm keeps the escalation.
 * The markers are data (vocab/markers.json) in the six languages.
 */
import { readFileSync } from "node:fs";
import { compileClass, classMayMatch } from "./vocab/phrase.js";
import { withdrawnAssessment } from "./screen-risk.js";
import type { RiskAssessment } from "./types.js";

let compiled: { unwanted: RegExp; denied: RegExp } | undefined;
function markers(): { unwanted: RegExp; denied: RegExp } {
  if (!compiled) {
    const v = JSON.parse(readFileSync(new URL("./vocab/markers.json", import.meta.url), "utf8")) as Record<string, string[]>;
    compiled = { unwanted: compileClass(v.unwanted), denied: compileClass(v.wish_denied) };
  }
  return compiled;
}

function says(re: RegExp, text: string): boolean {
  if (!classMayMatch(re, text)) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Findings a thought alone makes: a way of dying thought of, a bare wish or intent in words. */
const THOUGHT_RULE = /^(?:si\.(?:method|passive|active|intent)|cssrs\.active-ideation|(?:es|fr|pt|de|it)\.si(?:\.intent|\.passive|\.active)?(?:\.|$)|ml\.(?:es|fr|pt|de|it)\.ideation)/;
/** Findings that are more than a thought (means at hand, a plan, a deed…), whatever the rule's family. */
const MORE_THAN_A_THOUGHT = /means-at-hand|plan|prep|aborted|decision|farewell|overdose|attempt|rehears|command|in-progress|third-party/;

/** Classes that speak of a wish, a deed or a plan: any of them keeps the escalation. */
const KEEPS = [
  "end_wish", "end_wish_soft", "wish_soft", "hope_harm", "disclaimer", "decision", "decision_death", "prep", "farewell", "aborted", "aborted_alone",
  "overdose_taken", "self_harm", "rehearsal", "plan_time", "method_knowledge", "method_rumination", "drawn_to",
  "ml.wish", "ml.prep", "ml.farewell", "ml.aborted", "ml.self_harm", "ml.plan_time", "ml.overdose", "ml.decision", "ml.drawn",
];

/** Means a person can hold or keep (not a place: a bridge, a road, the sea). */
const HELD_MEANS = ["means_firearm", "means_medicine", "means_ligature", "means_blade", "means_poison", "means_gas", "ml.means"];

/**
 * The assessment with an unwanted thought asked about instead of escalated (see above), or the same
 * assessment. `said` is the normalised message, `classes` what the components read in it.
 */
export function asUnwantedThought(risk: RiskAssessment, said: string, classes: ReadonlySet<string>): { risk: RiskAssessment; asked?: string } {
  if (!risk.escalate || !risk.findings.length) return { risk };
  const onlyThoughts = risk.findings.every((f) => f.flag === "suicidal_ideation" && (f.level === "low" || f.level === "moderate") && THOUGHT_RULE.test(f.rule) && !MORE_THAN_A_THOUGHT.test(f.rule));
  if (!onlyThoughts || KEEPS.some((c) => classes.has(c))) return { risk };
  // A means that can be held, named beside having it ("…it terrifies me. But the pills are in my bag").
  if (HELD_MEANS.some((c) => classes.has(c)) && (classes.has("access") || classes.has("ml.access"))) return { risk };
  const m = markers();
  const unwanted = classes.has("ego_dystonic") || says(m.unwanted, said);
  if (!unwanted || !says(m.denied, said)) return { risk };
  return { risk: withdrawnAssessment(risk), asked: "an unwanted thought of dying that frightens the person, with the wish to die denied" };
}
