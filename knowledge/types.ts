/**
 * Typed schema of psyllm's clinical knowledge base.
 *
 * Everything under knowledge/ is our own paraphrase of public clinical knowledge; codes and
 * treatment recommendations are cited to their sources (ICD-10-CM, ICD-11, NICE, APA, AASM).
 * No DSM text is reproduced: criterion `text` fields are short paraphrases.
 */

/** Where a symptom concept belongs; used for grouping in reports and for the reply's wording. */
export type ConceptDomain =
  | "mood"
  | "anxiety"
  | "physiological"
  | "cognitive"
  | "behavioural"
  | "perceptual"
  | "interpersonal"
  | "sleep"
  | "eating"
  | "substance"
  | "trauma"
  | "context";

/**
 * A symptom concept: one clinical idea with the everyday words people use for it.
 * `patterns` use the lexicon pattern language of engine/lexicon-pattern.ts:
 *   - text is normalised first: lower case, contractions expanded ("can't" -> "can not",
 *     "I'm" -> "i am", "don't" -> "do not"), punctuation dropped, so write patterns that way;
 *   - `word` matches that token; `word*` any token starting with it ("worr*": worry, worried);
 *   - `a|b|c` one token among alternatives (each may use `*`);
 *   - `word?` an optional token;
 *   - `~` a gap of 0–3 arbitrary tokens, `~N` a gap of 0–N tokens;
 *   - `_` exactly one arbitrary token; `#` one number (digits or a number word).
 * A pattern that includes a negation ("can not sleep", "no energy") is a positive finding;
 * negation *before* the matched words ("I do not have trouble sleeping") is detected by the
 * ConText modifiers in engine/context.ts.
 */
export interface SymptomConcept {
  /** Globally unique snake_case id, e.g. "anhedonia". */
  id: string;
  /** Clinician's label, e.g. "Loss of interest or pleasure". */
  label: string;
  /** Plain words for the person, used when the reply reflects it back ("not enjoying things you used to"). */
  plain: string;
  /** Domain for grouping. */
  domain: ConceptDomain;
  /** Lexicon patterns: phrasings, slang and idioms (see the pattern language above). */
  patterns: string[];
  /** Patterns that look like hits but are not (e.g. "killing it at work"); a match overlapping one is dropped. */
  exclude?: string[];
  /**
   * Something that happens to a person (an admission): told with the writer as its object ("my
   * brother brought me in and they kept me there 12 days"), it is the writer's, whoever the sentence opens with.
   */
  undergone?: boolean;
  /** PHQ-9 item (1–9) this concept is evidence for. */
  phq9?: number;
  /** GAD-7 item (1–7) this concept is evidence for. */
  gad7?: number;
}

/** One criterion item, met when any of its concepts is found present (not negated, about the person). */
export interface CriterionItem {
  /** Stable id "<CONDITION PREFIX>.<GROUP LETTER><n>", e.g. "MDD.A1". Cited by model back ends. */
  id: string;
  /** Our paraphrase of what the item asks for. */
  text: string;
  /** Concept ids, any of which meets the item. */
  concepts: string[];
  /** Hallmark feature: without at least one core item met, the condition stays at most "possible". */
  core?: boolean;
  /** Relative diagnostic weight (default 1); raise for highly specific features. */
  weight?: number;
  /** Past mentions also meet it (a history of mania, a prior episode, the trauma itself). */
  allowHistorical?: boolean;
}

/** A group of items with a required count (e.g. "five or more of nine"). */
export interface CriterionGroup {
  /** Stable id, e.g. "MDD.A". */
  id: string;
  /** Paraphrase of what the group requires. */
  text: string;
  /** Items in the group. */
  items: CriterionItem[];
  /** How many items must be met for the group to be met. */
  require: number;
  /** If set, at least one of these item ids must be among those met (e.g. mood or anhedonia). */
  requireOneOf?: string[];
  /**
   * An episode lasting at least this many days: what is told as a shorter spell ("for a week or two
   * I'm flat") does not meet the group's items (a major depressive episode lasts two weeks).
   */
  minSpellDays?: number;
}

/** Time rules; the engine checks them against durations it reads from the person's words. */
export interface TimeRule {
  /** Minimum duration of the symptoms, in days (e.g. 14 for a depressive episode). */
  minDays?: number;
  /** Maximum duration, in days (e.g. 30 for acute stress disorder). */
  maxDays?: number;
  /** Onset must come within this many days after the stressor (adjustment disorder: 90). */
  onsetWithinDaysOfStressor?: number;
  /** Minimum time since the stressor or loss, in days (prolonged grief: 365 in adults). */
  minDaysSinceStressor?: number;
  /** Onset must be before this age (ADHD: 12). */
  onsetBeforeAge?: number;
  /** Paraphrase shown in `missing` when the time rule cannot be checked, e.g. "symptoms for at least two weeks". */
  text: string;
}

/** An exclusion or hierarchy rule. */
export interface Exclusion {
  /** Stable id, e.g. "MDD.EX.mania". */
  id: string;
  /** Paraphrase, e.g. "never a manic or hypomanic episode". */
  text: string;
  /** Concepts whose presence argues against this condition (e.g. "elevated_mood" for MDD). */
  ifConcepts?: string[];
  /** Condition ids which, when supported, take precedence over this one (e.g. "bipolar_1" over "mdd_single"). */
  ifConditions?: string[];
  /**
   * This condition is residual (adjustment disorder): one of `ifConditions` with a hallmark of its
   * own described takes precedence however much more the shared symptoms support this one.
   */
  residual?: boolean;
  /**
   * The distinction is one hallmark (bipolar I's hospitalised or psychotic high over bipolar II, a
   * past episode over a single one): one of `ifConditions` with a weighty hallmark (weight 2 or
   * more) this condition lacks takes precedence however much more the shared symptoms support this one.
   */
  byHallmark?: boolean;
  /** "exclude": drop to rule-out; "demote": lower the likelihood but keep as possible. */
  effect: "exclude" | "demote";
}

/** A coded specifier (severity, course, pattern). */
export interface Specifier {
  /** Stable id, e.g. "mdd_single.moderate". */
  id: string;
  /** Full name, e.g. "Major depressive disorder, single episode, moderate". */
  name: string;
  /** ICD-10-CM code for this specifier. */
  icd10cm: string;
  /** ICD-11 code or code with extension for this specifier. */
  icd11: string;
  /**
   * When it applies: minimum criterion items met in the main group, and/or concepts present. Later
   * entries win. `current`: the concepts must be told of the present episode, not of a past one
   * (an onset after a birth belongs to the episode it began).
   */
  when: { minItemsMet?: number; concepts?: string[]; current?: boolean };
}

/** The therapy modalities psyllm reasons with. */
export type ModalityId =
  | "CBT"
  | "BA"
  | "IPT"
  | "ACT"
  | "DBT"
  | "MBCT"
  | "STPP"
  | "PCT"
  | "EMDR"
  | "TF-CBT"
  | "CPT"
  | "PE"
  | "ERP"
  | "CBT-I"
  | "CBT-E"
  | "FBT"
  | "MI"
  | "CM"
  | "FT"
  | "PST"
  | "MBT"
  | "CBTp"
  | "IPSRT"
  | "PE-ED"
  | "SUPPORT"
  | "GRIEF"
  | "HRT"
  | "ORG"
  | "IRT";

/** A treatment recommendation with its source. */
export interface ModalityRecommendation {
  /** Modality id (see knowledge/modalities.ts for names and techniques). */
  modality: ModalityId;
  /** "first" for first-line in the cited guideline, "second" for alternatives. */
  line: "first" | "second";
  /** Guideline cited, e.g. "NICE NG222 (2022)", "APA PTSD guideline (2017)". */
  source: string;
}

/** Diagnostic families (for grouping, retrieval filters and the CounselChat topic map). */
export type ConditionFamily =
  | "depressive"
  | "bipolar"
  | "anxiety"
  | "obsessive-compulsive"
  | "trauma-stressor"
  | "somatic"
  | "dissociative"
  | "feeding-eating"
  | "sleep-wake"
  | "substance"
  | "impulse-control"
  | "neurodevelopmental"
  | "personality"
  | "psychotic"
  | "problem-of-living";

/** A condition in the knowledge base: a disorder, or a problem of living that is not one. */
export interface Condition {
  /** Stable snake_case id, e.g. "mdd_single". */
  id: string;
  /** Criterion id prefix, e.g. "MDD". */
  prefix: string;
  /** Display name, e.g. "Major depressive disorder, single episode". */
  name: string;
  /** "disorder", or "problem-of-living" for Z-coded troubles that must never be pathologised. */
  kind: "disorder" | "problem-of-living";
  /** Diagnostic family. */
  family: ConditionFamily;
  /** Default codes (category level when no specifier applies). */
  codes: { icd10cm: string; icd11: string };
  /** Coded specifiers, evaluated in order; the last whose `when` holds replaces `codes`. */
  specifiers?: Specifier[];
  /** A short paraphrased summary (2–4 sentences), indexed for retrieval. */
  summary: string;
  /** Criterion groups; all must be met (with time rules and no exclusion) for a provisional impression. */
  criteria: CriterionGroup[];
  /** Time rules. */
  time?: TimeRule;
  /** Concept ids of the stressor the condition presupposes (trauma, loss, life event), if any. */
  requiresStressor?: string[];
  /** Exclusions and hierarchy rules. */
  exclusions: Exclusion[];
  /** How it differs from neighbours. */
  distinguish: Array<{ from: string; how: string }>;
  /** Red flags that need urgent attention. */
  redFlags: string[];
  /** Treatments, first-line first. */
  modalities: ModalityRecommendation[];
  /** Marked for urgent referral to specialist care (psychosis, mania, severe restriction). */
  urgentReferral?: boolean;
  /**
   * Concepts by which a person names this condition as their own ("I have depression", "diagnosed
   * with depression"): reported history, so the condition is listed (as possible) however little
   * else of it is described.
   */
  namedBy?: string[];
  /** Sources of codes and facts. */
  sources: string[];
}

/** A therapy modality with what it does, in clinicians' and in plain words. */
export interface ModalityInfo {
  /** Modality id. */
  id: ModalityId;
  /** Full name, e.g. "Cognitive behavioural therapy". */
  name: string;
  /** School it belongs to, for the reasoning trace (PsyLLM frameworks: CBT, ACT, psychodynamic, humanistic, family systems, integrative). */
  school: "cognitive-behavioural" | "third-wave" | "psychodynamic" | "humanistic" | "systemic" | "integrative" | "motivational";
  /** Concrete techniques a counselor can use in a turn, e.g. "thought record", "activity scheduling". */
  techniques: string[];
  /** One plain sentence offering it to the person without jargon, e.g. "We could look at how your thoughts and what you do feed into each other." */
  plainOffer: string;
  /**
   * What in a person's own words points to this approach's focus (regular-expression sources,
   * case-insensitive), e.g. ACT: fighting or trying to control thoughts, life on hold; STPP:
   * recurring patterns, wanting to understand where it comes from. Two or more distinct cues let
   * it lead over the guideline's default, when the guideline lists it for the impression.
   */
  fitCues?: string[];
  /** Evidence summary with its source. */
  evidence: string;
}
