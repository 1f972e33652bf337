/**
 * Whose difficulties the assessment is about. Most people write about themselves; a parent,
 * partner or friend may write about someone else ("my son hears voices, he's stopped
 * washing"). When the symptoms described belong to one named person and hardly any to the
 * writer, the differential is about that person (the identified patient, as family work calls
 * them) and says so, while the reply still speaks to the writer as the one who is worried.
 * Risk screening is not affected: it reads the writer's words whoever they are about.
 */
import { CASE_PERSON, HELP_FOR_OTHER, SELF, UNNAMED, sentenceSubject } from "./discourse-subject.js";
import { splitSentences } from "./normalize.js";
import { isPresent } from "./presence.js";
import { isStressorConcept } from "./timing.js";
import type { SymptomFinding } from "./types.js";

/** The writer, or the person they describe ("your daughter"), with the quotes that decided it. */
export type AssessmentSubject = { kind: "self" } | { kind: "other"; who: string; evidence: string[] };

/** Distinct symptom concepts about one other person before the assessment turns to them. */
const MIN_OTHER_CONCEPTS = 3;
/** ...and at least this many times as many as the writer's own. */
const OTHER_TO_OWN = 2;

/**
 * The person a post is about, when the writer says so: the one they ask how to help, handle or
 * stop ("How can I help my husband after a suicide attempt?", "what can I do to help my dad stop
 * drinking"), or the one their first sentence opens with ("My brother is an addict."). Undefined
 * when neither.
 */
export function careTarget(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = HELP_FOR_OTHER.exec(t);
    if (m) return `your ${m[1].toLowerCase().replace(/^(kids?|children|boys|girls|lads|twins)$/, "child").replace(/^parents$/, "parent")}`;
  }
  const first = texts.length ? splitSentences(texts[0])[0] : undefined;
  const opening = first ? sentenceSubject(first.text, SELF) : SELF;
  if (opening.kind !== "other" || opening.who === UNNAMED) return undefined;
  // The writer on the receiving end of the person they open with ("My dad yells at me", "My
  // boyfriend doesn't compromise with me", "My dad is mad because I came out"), or two people of
  // theirs together ("My sister and my husband had an affair"), is writing about their own life
  // with them, not asking how to help them.
  const rest = first!.text.replace(/^\W*(?:my|our)\b/i, "");
  if (WRITER_IN_IT.test(rest) || SECOND_RELATION.test(rest)) return undefined;
  return opening.who;
}

/**
 * The writer alone in the rest of an opening sentence ("… yells at me", "… because I came out").
 * "We" and "us" are the family acting together about the person ("she won't let us throw anything
 * away"): a carer's stance, kept.
 */
const WRITER_IN_IT = /\b(?:i|i'm|im|i've|i'd|me|myself)\b/i;
/** A second person of the writer's in the same sentence. */
const SECOND_RELATION = /\b(?:and|with|&) (?:my|our) \w+/i;

/** One person under several words ("my mom's house…", "my mother is 68"): the key findings are grouped by. */
const KIN: Array<[RegExp, string]> = [
  [/^your (?:mom|mum|mother|mommy|mummy|ma)$/, "your mother"],
  [/^your (?:dad|father|daddy|pa)$/, "your father"],
  [/^your (?:grandma|grandmother|nan|nana|gran|granny)$/, "your grandmother"],
  [/^your (?:grandpa|grandfather|grandad|granddad)$/, "your grandfather"],
  [/^your (?:boyfriend|bf)$/, "your boyfriend"],
  [/^your (?:girlfriend|gf)$/, "your girlfriend"],
  [/^your (?:fiance|fiancee)$/, "your fiance"],
  [/^your (?:stepmom|stepmum)$/, "your stepmother"],
  [/^your (?:teen|teenager)$/, "your teenager"],
  [/^your (?:kid|child)$/, "your child"],
];
export function personKey(who: string): string {
  for (const [re, key] of KIN) if (re.test(who)) return key;
  return who;
}

/**
 * Features a writer would not be describing of themselves in the third person: psychosis, and use
 * of opioids, stimulants, cocaine or sedatives ("He does have an opiate addiction"). Alcohol and
 * cannabis are left out: "my husband drinks" is most often told in a post about the marriage.
 */
const DECISIVE_FEATURES = new Set([
  "auditory_hallucinations",
  "command_hallucinations",
  "visual_hallucinations",
  "persecutory_delusions",
  "grandiose_delusions",
  "other_delusions",
  "ideas_of_reference",
  "thought_interference",
  "uses_opioids",
  "uses_stimulants",
  "uses_cocaine",
  "uses_sedatives",
]);

/** Symptoms, not life events: a worried parent's "since my son moved out" is not a symptom of either. */
function symptomatic(f: SymptomFinding): boolean {
  return !isStressorConcept(f.concept);
}

/**
 * "She" opening a later message refers to the person named before it ("My daughter has stopped
 * eating." … "She runs every day."): findings about an unnamed "them" go to the last person named.
 */
function resolvePronouns(findings: SymptomFinding[], target?: string): SymptomFinding[] {
  let lastNamed: string | undefined = target;
  return findings.map((f) => {
    if (f.about && f.about !== UNNAMED) lastNamed = f.about;
    return f.about === UNNAMED && lastNamed ? { ...f, about: lastNamed } : f;
  });
}

/**
 * Decides the subject from all findings so far and returns the findings seen from that
 * subject's side: for another person, their findings count as present and the writer's own
 * are set aside as someone else's.
 */
export function identifiedPerson(all: SymptomFinding[], texts: readonly string[] = []): { subject: AssessmentSubject; findings: SymptomFinding[] } {
  // A writer who asks how to help someone they name is writing about that person: what is told of
  // them counts from the first symptom, when the writer tells no more of their own.
  const target = careTarget(texts);
  const findings = resolvePronouns(all, target);
  const aboutOther = findings.filter((f) => f.about && f.otherExperiencer && !f.negated && !f.hypothetical && symptomatic(f));
  // Grouped by person, whatever word named them; shown as they were first named.
  const byWho = new Map<string, { who: string; concepts: Set<string> }>();
  for (const f of aboutOther) {
    const key = personKey(f.about!);
    const entry = byWho.get(key) ?? { who: f.about!, concepts: new Set<string>() };
    byWho.set(key, entry);
    entry.concepts.add(f.concept);
  }
  // A clinician's case is about the case whenever anything is told of it: a relative named in the note
  // ("Mother has found hair in bed") is collateral, however much is told of them.
  const { who, concepts } = [...byWho.values()].sort((a, b) => Number(b.who === CASE_PERSON) - Number(a.who === CASE_PERSON) || b.concepts.size - a.concepts.size)[0] ?? {};
  const own = new Set(findings.filter((f) => isPresent(f, true) && symptomatic(f)).map((f) => f.concept));
  // A delusion, a hallucination or hard drug use of someone the writer named settles it, unless the writer reports more of their own.
  const decisive = !!concepts && who !== UNNAMED && concepts.size >= own.size && [...concepts].some((c) => DECISIVE_FEATURES.has(c));
  const asked = !!concepts && !!who && !!target && personKey(who) === personKey(target) && concepts.size >= own.size;
  // A clinician's case is about the case from its first symptom: the first person in it is the patient quoted.
  const caseTold = who === CASE_PERSON;
  if (!who || !concepts || (!caseTold && !decisive && !asked && (concepts.size < MIN_OTHER_CONCEPTS || concepts.size < OTHER_TO_OWN * own.size))) {
    return { subject: { kind: "self" }, findings };
  }
  const theirs = (f: SymptomFinding) => f.otherExperiencer && !!f.about && personKey(f.about) === personKey(who);
  return {
    subject: { kind: "other", who, evidence: aboutOther.filter(theirs).map((f) => f.quote).slice(0, 4) },
    // The events the writer tells about ("a boy at a party hurt her", "since his dad moved out")
    // are the identified person's stressors too; only the writer's own symptoms are set aside.
    // A clinician's case ("A 36-year-old man describes…") has no writer's symptoms to set aside:
    // what is told in the first person there is the case's own words, quoted or answering later.
    findings: findings.map((f) => (theirs(f) ? { ...f, otherExperiencer: false } : f.otherExperiencer || isStressorConcept(f.concept) || who === CASE_PERSON ? f : { ...f, otherExperiencer: true })),
  };
}
