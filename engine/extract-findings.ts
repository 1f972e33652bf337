/**
 * Symptom extraction for one user turn: lexicon matches per sentence, ConText modifiers for
 * each match, and the sentence's temporal expressions attached to its findings.
 */
import type { ConceptMatcher, ConceptMention } from "./concept-matcher.js";
import { readConcepts } from "./learned/concept-net.js";
import { analyzeContext } from "./context.js";
import { splitSentences } from "./normalize.js";
import { currentAge, extractTemporal, type TemporalMention } from "./temporal.js";
import { barePulling, deriveFindings, derivedFinding, judgedWeights, unnamedPowder } from "./derived-findings.js";
import { readFixedBelief, type BeliefSentence } from "./fixed-belief.js";
import { noteReadings } from "./note-register.js";
import { isStressorConcept } from "./timing.js";
import { CASE_PERSON, SELF, UNNAMED, clauseAround, relationIn, writerActs, sentenceSubject, type DiscourseSubject } from "./discourse-subject.js";
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

/** A duration told as one spell's length: "stretches of a few days", "bouts of a week", "never more than three days", "two days at a time". */
const SPELL_BEFORE = /\b(?:stretch(?:es)?|spells?|periods?|bouts?|phases?|episodes?|bursts?|patch(?:es)?|runs?|swings?) of\s*$|\bnever (?:more|longer) than\s*(?:about |around |maybe )?$/i;
const SPELL_AFTER = /^\s*(?:'?\w+'?\s+)?(?:at a time|at most|tops|max)\b/i;
/** A year a spell is dated to: "in 2010", "back in 2016", "around 2019" (not "since 2019", an onset). */
const DATED_YEAR = /\b(?:in|back in|around|during|of|by|early|late|mid|summer|winter|spring|autumn|fall)\s+((?:19|20)\d\d)\b(?!\s*(?:-|to|until|till)\s*(?:now|present|today))/gi;
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

const CASE: DiscourseSubject = { kind: "other", who: CASE_PERSON };

/** The writer as the object of what happened: "kept me", "admitted me". */
const WRITER_OBJECT = /\b(?:me|myself)\b/i;

/**
 * Extracts findings from one user message. `turn` is its 0-based index among user turns.
 * `caseDocument`: the conversation is a clinician's record of a case (discourse-subject.ts,
 * `isCaseDocument`), so a sentence that would be the writer's is the case's. `earlier`: the person's
 * earlier messages, for what is read over the whole account (a fixed belief and its proof).
 */
export function extractFindings(text: string, turn: number, matcher: ConceptMatcher, now: Date, caseDocument = false, earlier: readonly string[] = []): TurnExtraction {
  const findings: SymptomFinding[] = [];
  const temporal: PlacedTemporal[] = [];
  let subject: DiscourseSubject = SELF;
  let deceased: string | undefined;
  let lastNamed: string | undefined;
  // "21M. my moods have been all over the place since like 16": the age told once dates an onset told later.
  const writerAge = currentAge(text);
  const told: BeliefSentence[] = [];
  for (const sentence of splitSentences(text)) {
    // In a clinician's note the writer is not the one described: "HPC: 6/52 low mood …", the
    // patient's quoted words and the addendum's "pt was admitted" are all the case's; so is the
    // "she" after a sentence about her father ("Dad wondering about alopecia. Seen alone: admits
    // she pulls out hairs"). Only a sentence that names someone else is about them.
    if (caseDocument) {
      const own = sentenceSubject(sentence.text, SELF);
      subject = own.kind === "other" && own.who !== UNNAMED && own.who !== CASE_PERSON ? own : CASE;
    } else subject = sentenceSubject(sentence.text, subject);
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
    told.push({ text: sentence.text, ...(who ? { about: who } : {}) });
    const mentions = withoutSubsumed([...matcher.match(sentence.text, { asFirstPerson: who !== undefined })]);
    // A note's subjectless or list-first sentence, read also as its patient would say it (note-register.ts).
    const readAs = new Map<ConceptMention, { text: string; span: { start: number; end: number } }>();
    if (caseDocument) {
      for (const reading of noteReadings(sentence.text)) {
        for (const m of withoutSubsumed(matcher.match(reading.text, { asFirstPerson: true }))) {
          if (mentions.some((k) => k.concept === m.concept)) continue;
          const at = reading.toOriginal(m.start, m.end);
          const mention: ConceptMention = { concept: m.concept, start: at.start, end: at.end, quote: sentence.text.slice(at.start, at.end).trim() || sentence.text };
          mentions.push(mention);
          readAs.set(mention, { text: reading.text, span: { start: m.start, end: m.end } });
        }
      }
    }
    mentions.push(...learnedMentions(sentence.text, mentions));
    const times = extractTemporal(sentence.text, now, writerAge);
    const concepts = [...new Set(mentions.map((m) => m.concept))];
    const spellAgo = times.find((t) => t.kind === "event-ago" && t.agoDays !== undefined)?.agoDays;
    const spellLength = times.find((t) => t.kind === "duration" && (t.durationDays ?? 0) >= 1)?.durationDays;
    const pastSpell =
      spellAgo !== undefined && ((spellLength !== undefined && spellAgo > 2 * spellLength && !ONGOING_SPELL.test(sentence.text)) || WELL_SINCE.test(sentence.text));
    for (const t of times) temporal.push({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, turn, sentenceConcepts: concepts, ...(pastSpell ? { pastSpell } : {}) });
    const duration = times.find((t) => t.durationDays !== undefined && t.kind !== "event-ago");
    // Spell lengths ("stretches of a few days … and stretches of a week or two …"): a mention takes the one told before it.
    const spells = times.filter((t) => t.kind === "duration" && t.durationDays !== undefined && (SPELL_BEFORE.test(sentence.text.slice(0, t.start)) || SPELL_AFTER.test(sentence.text.slice(t.end))));
    const spellOf = (end: number) => spells.filter((t) => t.start < end).pop()?.durationDays;
    const ago = times.find((t) => t.agoDays !== undefined);
    const frequency = times.find((t) => t.frequency)?.frequency;
    const severity = SEVERE.test(sentence.text) ? "severe" : MILD.test(sentence.text) ? "mild" : undefined;
    // "Same thing came after my son was born in 2010": a sentence dated to a year two or more years
    // back tells a past spell, unless it says the trouble goes on ("since 2019", "still").
    const datedPast = [...sentence.text.matchAll(DATED_YEAR)].some((m) => now.getFullYear() - Number(m[1]) >= 2) && !ONGOING_SPELL.test(sentence.text);
    for (const m of mentions) {
      const reading = readAs.get(m);
      const ctx = reading ? analyzeContext(reading.text, reading.span) : analyzeContext(sentence.text, { start: m.start, end: m.end });
      const spellDays = spellOf(m.end);
      // What was done to the writer ("they kept me there 12 days") is the writer's, whoever acted.
      const toWriter = conceptById(m.concept)?.undergone === true && WRITER_OBJECT.test(m.quote);
      const otherExperiencer = !toWriter && (ctx.otherExperiencer || (carried && !isStressorConcept(m.concept) && !writerActs(clauseAround(sentence.text, m.start, m.end))));
      // Whose it is: the person the sentence is about, else the one ConText's trigger named ("help my dad stop drinking").
      const about = who ?? (ctx.otherExperiencer ? ctx.triggers.map(relationIn).find((r) => r !== undefined) : undefined);
      findings.push({
        concept: m.concept,
        quote: m.quote,
        turn,
        negated: ctx.negated || m.negatedWithin === true,
        hedged: ctx.hedged,
        // (A year dates a spell of symptoms; a medicine started or an event in that year may go on, or is timed by agoDays.)
        historical: ctx.historical || (datedPast && !isStressorConcept(m.concept) && !m.concept.startsWith("uses_")),
        hypothetical: ctx.hypothetical,
        otherExperiencer,
        ...(otherExperiencer && about ? { about } : {}),
        ...(m.learned ? { learned: true } : {}),
        ...(duration?.durationDays !== undefined ? { durationDays: duration.durationDays } : {}),
        ...(spellDays !== undefined ? { spellDays } : {}),
        ...(ago?.agoDays !== undefined ? { agoDays: ago.agoDays } : {}),
        ...(frequency ? { frequency } : {}),
        ...(severity ? { severity } : {}),
      });
    }
  }
  // A conviction held the way a delusion is held, read over the whole message (fixed-belief.ts).
  const belief = readFixedBelief(told, earlier, caseDocument ? CASE_PERSON : undefined);
  if (belief && !findings.some((f) => f.concept === "other_delusions" && !f.negated && !f.learned)) findings.push(derivedFinding("other_delusions", belief.quote, turn, belief.about));
  findings.push(...barePulling(told, turn, findings), ...unnamedPowder(told, turn, findings));
  const judged = judgedWeights(findings);
  judged.push(...deriveFindings(text, turn, judged));
  return { findings: withoutBorrowedSobriety(judged), temporal };
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
