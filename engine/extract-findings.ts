/**
 * Symptom extraction for one user turn: lexicon matches per sentence, ConText modifiers for
 * each match, and the sentence's temporal expressions attached to its findings.
 */
import type { ConceptMatcher, ConceptMention } from "./concept-matcher.js";
import { readConcepts } from "./learned/concept-net.js";
import { analyzeContext } from "./context.js";
import { splitSentences } from "./normalize.js";
import { currentAge, extractTemporal, type TemporalMention } from "./temporal.js";
import { deriveFindings } from "./derived-findings.js";
import { isStressorConcept } from "./timing.js";
import { SELF, UNNAMED, clauseAround, relationIn, writerActs, sentenceSubject, type DiscourseSubject } from "./discourse-subject.js";
import type { SymptomFinding } from "./types.js";
import { conceptById } from "../knowledge/index.js";

/** A temporal expression with the turn and sentence it came from. */
export interface PlacedTemporal extends TemporalMention {
  turn: number;
  /** Concept ids found in the same sentence (to tell a stressor's date from a symptom's duration). */
  sentenceConcepts: string[];
  /**
   * A spell told as over, in one sentence with both its date and its length ("about four years ago
   * I barely slept for ten days"): a past episode, which neither dates nor lengthens the current one.
   */
  pastSpell?: boolean;
}

/** "That was three months ago and I've been fine since": the date of an episode that is over. */
const WELL_SINCE = /\b(?:(?:been|felt|was|have been|i've been|ive been) (?:fine|well|ok|okay|good|great|normal|myself)(?: ever)? since|(?:fine|well|better|normal) ever since|no (?:symptoms|problems|episodes|trouble) since|nothing like it since|never (?:happened|came back) (?:again|since))\b/i;
/**
 * A general reading the same words give a more specific one: the specific one says what it is
 * about ("dreads going to bed" is a worry about sleep, not free-floating anxiety).
 */
const SUBSUMED_BY: Record<string, string[]> = {
  anxious_mood: ["sleep_worry"],
  worry_excessive: ["sleep_worry"],
};
function withoutSubsumed(mentions: ConceptMention[]): ConceptMention[] {
  return mentions.filter((m) => !mentions.some((o) => SUBSUMED_BY[m.concept]?.includes(o.concept) && o.start <= m.start && m.end <= o.end));
}

/** Words that say a spell goes on ("still", "ever since", "has been"): then its date is the current episode's onset. */
const ONGOING_SPELL = /\b(still|since|ever since|has been|have been|now|these days|lately|keeps?|to this day|currently|continues|continuing)\b/i;

export interface TurnExtraction {
  findings: SymptomFinding[];
  temporal: PlacedTemporal[];
}

const LOSS = /\b(died|dies|dying|passed away|passed|death|funeral|killed|suicide|murdered|took (?:his|her|their) own life|left me|left us|divorced?|broke up|separated|cheated|called off|broke off|jilted|dumped)\b/i;
/** "A feeling that he is dying", "sure she was dying": a symptom of panic, not a loss. */
const FEAR_OF_DYING = /\b(?:feel(?:s|ing)?|felt|sure|certain|convinced|thought|thinks|think|thinking|believes?|terrified|scared|afraid) (?:that )?(?:he|she|they|i) (?:is|was|are|were|am|'s|'re|'m) (?:going to die|dying|about to die)\b/i;
/** "My son died ...": the person named is dead, so later sentences about him are the writer's grief, not his symptoms. */
const NAMED_THEN_DIED = /^\s*(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:died|dies|passed|was killed|got killed|was murdered|killed (?:himself|herself|themselves)|took (?:his|her|their) own life|lost (?:his|her|their) (?:life|fight|battle)|is dead|was stillborn)\b/i;
const SEVERE = /\b(constant(ly)?|all the time|unbearabl[ey]|extreme(ly)?|so bad|every single|can'?t function|terrible|awful|overwhelming)\b/i;
const MILD = /\b(a bit|a little|slight(ly)?|mild(ly)?|somewhat|now and then|occasionally)\b/i;

/**
 * What the learned symptom reader (engine/learned/concept-net.ts) reads in a sentence beyond the
 * lexicon: a concept the lexicon did not read there, quoted as the clause around the word that
 * carried it (ConText reads around that word, as around a lexicon match). The net reads the
 * sentence without the words the lexicon already read, so its reading stands on the rest ("a
 * tight chest" with the flu is chest tightness, not a panic attack).
 */
function learnedMentions(sentence: string, lexicon: readonly ConceptMention[]): ConceptMention[] {
  const have = new Set(lexicon.map((m) => m.concept));
  return readConcepts(sentence, undefined, lexicon)
    .filter((m) => !have.has(m.concept))
    .map((m) => {
      const quote = clauseAround(sentence, m.start, m.end).trim();
      return { concept: m.concept, start: m.start, end: m.end, quote: quote || sentence.slice(m.start, m.end), learned: true };
    });
}

/** The writer as the object of what happened: "kept me", "admitted me". */
const WRITER_OBJECT = /\b(?:me|myself)\b/i;

/** Extracts findings from one user message. `turn` is its 0-based index among user turns. */
export function extractFindings(text: string, turn: number, matcher: ConceptMatcher, now: Date): TurnExtraction {
  const findings: SymptomFinding[] = [];
  const temporal: PlacedTemporal[] = [];
  let subject: DiscourseSubject = SELF;
  let deceased: string | undefined;
  let lastNamed: string | undefined;
  // "21M. my moods have been all over the place since like 16": the age told once dates an onset told later.
  const writerAge = currentAge(text);
  for (const sentence of splitSentences(text)) {
    subject = sentenceSubject(sentence.text, subject);
    // "My wife is sure I'm cheating. I'm not. She checks my phone": "she" is the wife named before.
    if (subject.kind === "other" && subject.who !== UNNAMED) lastNamed = subject.who;
    else if (subject.kind === "other" && lastNamed) subject = { kind: "other", who: lastNamed };
    const named = subject.kind === "other" ? subject.who : undefined;
    if (named && NAMED_THEN_DIED.test(sentence.text)) deceased = named;
    // A clause about someone the writer named, with the writer not acting in it, is that person's
    // ("My son is 22. Stopped washing, dropped out of college."), whatever ConText saw inside it;
    // not when they have died ("My son died three years ago. His room is exactly as he left it.").
    const who = named !== undefined && named !== deceased ? named : undefined;
    // Losses and life events stay the writer's ("My mum died in May"), as in ConText.
    const carried = who !== undefined && !(LOSS.test(sentence.text) && !FEAR_OF_DYING.test(sentence.text));
    const mentions = withoutSubsumed([...matcher.match(sentence.text, { asFirstPerson: who !== undefined })]);
    mentions.push(...learnedMentions(sentence.text, mentions));
    const times = extractTemporal(sentence.text, now, writerAge);
    const concepts = [...new Set(mentions.map((m) => m.concept))];
    const spellAgo = times.find((t) => t.kind === "event-ago" && t.agoDays !== undefined)?.agoDays;
    const spellLength = times.find((t) => t.kind === "duration" && (t.durationDays ?? 0) >= 1)?.durationDays;
    const pastSpell =
      spellAgo !== undefined && ((spellLength !== undefined && spellAgo > 2 * spellLength && !ONGOING_SPELL.test(sentence.text)) || WELL_SINCE.test(sentence.text));
    for (const t of times) temporal.push({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, turn, sentenceConcepts: concepts, ...(pastSpell ? { pastSpell } : {}) });
    const duration = times.find((t) => t.durationDays !== undefined && t.kind !== "event-ago");
    const ago = times.find((t) => t.agoDays !== undefined);
    const frequency = times.find((t) => t.frequency)?.frequency;
    const severity = SEVERE.test(sentence.text) ? "severe" : MILD.test(sentence.text) ? "mild" : undefined;
    for (const m of mentions) {
      const ctx = analyzeContext(sentence.text, { start: m.start, end: m.end });
      // What was done to the writer ("they kept me there 12 days") is the writer's, whoever acted.
      const toWriter = conceptById(m.concept)?.undergone === true && WRITER_OBJECT.test(m.quote);
      const otherExperiencer = !toWriter && (ctx.otherExperiencer || (carried && !isStressorConcept(m.concept) && !writerActs(clauseAround(sentence.text, m.start, m.end))));
      // Whose it is: the person the sentence is about, else the one ConText's trigger named ("help my dad stop drinking").
      const about = who ?? (ctx.otherExperiencer ? ctx.triggers.map(relationIn).find((r) => r !== undefined) : undefined);
      findings.push({
        concept: m.concept,
        quote: m.quote,
        turn,
        negated: ctx.negated,
        hedged: ctx.hedged,
        historical: ctx.historical,
        hypothetical: ctx.hypothetical,
        otherExperiencer,
        ...(otherExperiencer && about ? { about } : {}),
        ...(m.learned ? { learned: true } : {}),
        ...(duration?.durationDays !== undefined ? { durationDays: duration.durationDays } : {}),
        ...(ago?.agoDays !== undefined ? { agoDays: ago.agoDays } : {}),
        ...(frequency ? { frequency } : {}),
        ...(severity ? { severity } : {}),
      });
    }
  }
  findings.push(...deriveFindings(text, turn, findings));
  return { findings: withoutBorrowedSobriety(findings), temporal };
}

/** Use of a substance other than alcohol, as the lexicon names it. */
const OTHER_SUBSTANCE = /^uses_(?!alcohol|tobacco)/;
/** A word for staying off whatever is being used, not alcohol in particular. */
const SOBRIETY = /^(?:sober|sobriety|stay sober|get sober|go sober)$/i;

/**
 * "Tried sober october and lasted 9 days" in a message about cocaine is about the cocaine: a
 * sobriety word alone is not drinking when another substance is what the person uses.
 */
function withoutBorrowedSobriety(findings: SymptomFinding[]): SymptomFinding[] {
  const other = findings.some((f) => OTHER_SUBSTANCE.test(f.concept) && !f.negated && !f.otherExperiencer);
  const drinking = findings.some((f) => f.concept === "uses_alcohol" && !SOBRIETY.test(f.quote.trim()));
  return other && !drinking ? findings.filter((f) => !(f.concept === "uses_alcohol" && SOBRIETY.test(f.quote.trim()))) : findings;
}
