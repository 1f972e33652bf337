/**
 * The offline engine's data shapes, also carried in the graph state and the `assess` output.
 */

/** A symptom concept found in the person's words, with its ConText modifiers. */
export interface SymptomFinding {
  /** Concept id from the knowledge base. */
  concept: string;
  /** The person's own words (an exact substring of their message). */
  quote: string;
  /** Index of the user turn it came from (0-based). */
  turn: number;
  /** Negated ("I don't have panic attacks"). */
  negated: boolean;
  /** Hedged ("maybe", "kind of"). */
  hedged: boolean;
  /** Past only, not current ("I used to..."). */
  historical: boolean;
  /** Hypothetical ("if I lost my job I'd..."). */
  hypothetical: boolean;
  /** About someone else ("my brother has ADHD"). */
  otherExperiencer: boolean;
  /** Who it is about when the sentence is about a person the writer named ("your son"). */
  about?: string;
  /** Read by the learned symptom reader (engine/learned/concept-net.ts), not a lexicon pattern; the quote is the clause. */
  learned?: boolean;
  /** How long it has lasted, in days, when the sentence says so. */
  durationDays?: number;
  /** How long one spell of it lasts, when told as a spell's length ("stretches of a few days feeling electric"). */
  spellDays?: number;
  /** How long ago it happened, in days (events: the trauma, the loss). */
  agoDays?: number;
  /** How often, when the sentence says so. */
  frequency?: string;
  /** Severity words in the sentence ("a bit" → mild, "constantly", "unbearable" → severe). */
  severity?: "mild" | "moderate" | "severe";
  /** Who found it: the lexicon rules (default) or a model answer that passed the grounding checks. */
  source?: "rules" | "model";
}

/** Timing of the presenting problem, read from all turns. */
export interface EpisodeTiming {
  /** Longest stated duration of the current difficulties, in days. */
  durationDays?: number;
  /** Difficulties described as lifelong ("as long as I can remember"). */
  lifelong: boolean;
  /** Days since the most recent stressful event mentioned ("divorce finalised last month"). */
  stressorAgoDays?: number;
  /** Seasonal recurrences counted ("fourth winter in a row"). */
  seasonalCount?: number;
  /** The words that set these, for the audit trail. */
  evidence: string[];
}

/** One criterion item's verdict. */
export interface CriterionVerdict {
  /** Criterion item id, e.g. "MDD.A1". */
  id: string;
  /** true met, false explicitly unmet (negated), null unknown. */
  met: boolean | null;
  /** The person's words supporting the verdict (absent when unknown). */
  evidence?: string;
  /** Paraphrased item text. */
  text: string;
}

export type DifferentialStatus = "provisional" | "possible" | "rule-out";

/** One entry of the differential (the `assess` contract's shape plus extra fields). */
export interface DifferentialEntry {
  /** Knowledge-base condition id. */
  conditionId: string;
  icd10cm: string;
  icd11: string;
  name: string;
  /** 0–1, comparable across conditions of one assessment. */
  likelihood: number;
  status: DifferentialStatus;
  criteria: CriterionVerdict[];
  /** What would confirm or rule it out. */
  missing: string[];
  /** Why it ranks where it does (short reasons for clinicians). */
  reasons: string[];
  /** The condition needs urgent specialist referral. */
  urgentReferral?: boolean;
}

/** A problem of living (Z code): never a diagnosis. */
export interface ProblemOfLiving {
  conditionId: string;
  icd10cm: string;
  icd11: string;
  name: string;
  evidence: string[];
}

/** The therapeutic plan for this turn. */
export interface ModalityPlan {
  /** Primary modality id (e.g. "CBT"). */
  primary: string;
  /** Alternatives, best first. */
  alternatives: string[];
  /** Why, with the guideline it comes from. */
  rationale: string;
  /** The technique to use in this turn's reply. */
  technique: string;
  /** Therapeutic school (for the reasoning trace). */
  school: string;
}

/** A knowledge-base passage retrieved for this turn. */
export interface RetrievedKnowledge {
  /** Condition id the passage describes. */
  conditionId: string;
  /** Similarity in [0, 1], higher is closer. */
  score: number;
  /** Condition name, for traces and prompts. */
  name: string;
}
