/**
 * A fixed false belief read from its shape, not from a list of its phrasings. What makes a jealous
 * or erotomanic conviction a delusion is not its theme (partners do cheat; people are loved) but how
 * it is held: proof read from trivial things that carry a hidden message ("the porch light
 * signalling", "he shows me in small ways: a blue tie on my days"), or a certainty nothing shifts.
 * A theme told in one sentence and its holding told in another are joined over the message, the
 * way a clinician reads a history.
 */
import type { ToldSentence } from "./derived-findings.js";
import { CASE_PERSON } from "./discourse-subject.js";
import { splitSentences } from "./normalize.js";

/** What the belief is about: infidelity (jealous type) or being secretly loved (erotomanic type). */
const THEME = {
  jealous: /\b(?:(?:is|was|has been|are|were|been)\s+(?:having an affair|cheating|unfaithful|sleeping with|seeing (?:someone|somebody|another|other))|an affair with|affair with (?:a|the|our|his|her|my)\b)/i,
  erotomanic: /\b(?:is|was|has been|are)\s+(?:secretly\s+|deeply\s+|madly\s+)?in love with (?:me|him|her)\b|\b(?:loves|wants) (?:me|him|her) (?:secretly|but (?:he|she) (?:can(?:no|')?t|is not allowed|isn't allowed))|\bmeant to be (?:together|with (?:me|him|her))\b/i,
};

/** Proof read from trivial things as hidden messages: the shape of a delusional interpretation. */
const CODED_SIGNS =
  /\b(?:signall?ing|signals?\s+(?:to|for|from)|(?:light|lights|curtains?|blinds?|car)\s+(?:\w+\s+){0,3}when (?:it'?s|it is) ['‘"]?(?:clear|safe)|sends? (?:me|him|her) (?:signs|signals|messages) (?:through|by|with|in)|shows? (?:me|him|her) in (?:small|little|secret|subtle) ways|(?:secret|hidden|coded) (?:signs?|signals?|messages?|code)|in code\b|(?:the|a) (?:position|angle|placement) of (?:the|a|her|his|my) \w+)/i;

/** A certainty no evidence or reassurance shifts. */
const INCORRIGIBLE =
  /\b(?:nothing|no amount of \w+|no evidence|no proof|no reassurance)\s+(?:\w+\s+){0,2}(?:shifts|shakes|changes|will change|can change|sways|dents|moves)\s+(?:(?:his|her|their|my)\s+)?(?:certainty|conviction|belief|mind)|\b(?:can(?:no|')?t|cannot|could not|will not|won't) be (?:talked|argued|reasoned|persuaded|reassured) (?:out of|otherwise|round)|\b(?:everyone|everybody|they|people) (?:\w+\s+){0,2}(?:try|tries|trying|want|wants) to keep (?:us|them) apart\b|\b(?:found|finds|turned up|showed) nothing\b[^.]{0,40}\b(?:paid off|bought off|in on it|covering for (?:her|him|them))/i;

/** Words by which a sentence gives the belief to its subject: "My husband is convinced I'm cheating". */
const HOLDS = /\b(?:convinced|certain|sure|insists?|insisting|believes?|adamant|accuses|accusing|swears)\b/i;

/** A sentence of the message with whose it is, as extract-findings decided. */
export type BeliefSentence = ToldSentence;

/**
 * The fixed belief the message describes, with the sentence naming its theme, or undefined. The
 * person's earlier messages count too: the theme told first ("my wife is cheating on me with the
 * neighbour") and its proof told when asked ("the neighbour leaves his porch light on when it's clear").
 */
export function readFixedBelief(sentences: readonly BeliefSentence[], earlier: readonly string[] = [], earlierAbout?: string): { quote: string; about?: string } | undefined {
  const whole = [...earlier, ...sentences.map((s) => s.text)].join(" ");
  if (!CODED_SIGNS.test(whole) && !INCORRIGIBLE.test(whole)) return undefined;
  // Earlier messages are split only when the holding is there to be found.
  const before = earlier.flatMap((m) => splitSentences(m).map((x) => ({ text: x.text, ...(earlierAbout ? { about: earlierAbout } : {}) })));
  for (const s of [...sentences, ...before]) {
    const m = THEME.jealous.exec(s.text) ?? THEME.erotomanic.exec(s.text);
    if (!m) continue;
    // The one who holds it: the sentence's subject when it says they hold it ("my husband is sure
    // I'm cheating") or the sentence is a case's; otherwise the writer ("my wife is having an
    // affair with the neighbour, the porch light signals to him" is the writer's conviction).
    const holder = s.about && (s.about === CASE_PERSON || HOLDS.test(s.text.slice(0, m.index))) ? s.about : undefined;
    return { quote: m[0], ...(holder ? { about: holder } : {}) };
  }
  return undefined;
}
