/**
 * Clinicians' notes drop their subject and put what is avoided or given up first: "Spends most of
 * the day thinking about it", "Buses, queues, Mass and the town centre all avoided", "Not leaving the
 * house alone". The lexicon is written in the words people use about themselves ("I spend the whole
 * day thinking about it", "I avoid buses and queues"), so a note's sentence is also read the way its
 * patient would say it: with the case as the subject, and a fronted list put after its verb. Only
 * for a case document (discourse-subject.ts, `isCaseDocument`), where every sentence is the case's.
 */

/** Another way to read a note's sentence, and where a span of it lies in the original. */
export interface NoteReading {
  text: string;
  /** The original sentence's span for a span of `text`. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Words that open a sentence with its own subject: then the sentence is read as it is. */
const HAS_SUBJECT =
  /^(?:i|we|he|she|they|it|this|that|there|the|a|an|his|her|their|my|our|pt|patient|client|mr|mrs|ms|miss|dr|mother|father|mum|mom|dad|wife|husband|partner|son|daughter|sister|brother|family|gp|staff|school|nurse|officers?|police|collateral|plan|imp|impression|o\/e|mse|bloods?|ecg|mri|ct|bmi|no|nil|denies|[A-Z][a-z]+,)\b/i;

/** A list put before the verb that governs it: "buses, supermarket queues, Mass and town centre all avoided". */
const FRONTED =
  /^(?<list>[^.;:!?]{3,160}?)\s+(?:(?:are|were|is|was|now|also|all|largely|mostly|increasingly|completely|entirely|gradually)\s+){0,2}(?<verb>avoided|given up|stopped|dropped|abandoned|neglected)\b/i;

/** The verb a fronted list is put after, as the patient would say it. */
const ACTIVE: Record<string, string> = { avoided: "avoids", "given up": "has given up", stopped: "has stopped", dropped: "has dropped", abandoned: "has abandoned", neglected: "neglects" };

const LEAD = "he ";

/** The sentence read as its patient would say it, or nothing when it reads well as it is. */
export function noteReadings(sentence: string): NoteReading[] {
  const body = sentence.trimStart();
  const offset = sentence.length - body.length;
  const out: NoteReading[] = [];
  const fronted = FRONTED.exec(body);
  if (fronted?.groups) {
    const { list, verb } = fronted.groups;
    const text = `${LEAD}${ACTIVE[verb.toLowerCase()]} ${list}${body.slice(fronted[0].length)}`;
    // The rewritten words have no one place in the original: they stand for the whole clause.
    out.push({ text, toOriginal: () => ({ start: offset, end: offset + fronted[0].length }) });
  } else if (!HAS_SUBJECT.test(body) && /^[A-Za-z~]/.test(body)) {
    // "Spends most of the day …": the case is the subject left out.
    out.push({
      text: LEAD + body,
      toOriginal: (start, end) => ({ start: offset + Math.max(0, start - LEAD.length), end: offset + Math.max(0, end - LEAD.length) }),
    });
  }
  return out;
}
