/**
 * Reflections built from the person's own clauses, turned to the second person ("I haven't been
 * able to face the gym since it happened" → "you haven't been able to face the gym since it
 * happened"). Their time words, the people they name by role and the event stay as they wrote
 * them; nothing is replaced by a symptom label, and no clause is cut where it stops making sense.
 */

/** Sentences of a message, with line breaks as boundaries (titles, lists). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\r/g, "")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first person turned to the second, with the verb that follows agreeing. */
const SWAPS: Array<[RegExp, string]> = [
  [/\bi am\b/gi, "you are"],
  [/\bi'?m\b/gi, "you're"],
  [/\bi was\b/gi, "you were"],
  [/\bi wasn'?t\b/gi, "you weren't"],
  [/\bi'?ve\b/gi, "you've"],
  [/\bi'll\b/gi, "you'll"],
  [/\bi'd\b/gi, "you'd"],
  [/\bwe are\b/gi, "you are"],
  [/\bwe're\b/gi, "you're"],
  [/\bwe were\b/gi, "you were"],
  [/\bwe'?ve\b/gi, "you've"],
  [/\bwe'll\b/gi, "you'll"],
  [/\bam i\b/gi, "are you"],
  [/\bwas i\b/gi, "were you"],
  [/\bmyself\b/gi, "yourself"],
  [/\bourselves\b/gi, "yourselves"],
  [/\bmine\b/gi, "yours"],
  [/\bmy\b/gi, "your"],
  [/\bour\b/gi, "your"],
  [/\bme\b/gi, "you"],
  [/\bus\b/g, "you"],
  [/\bi\b/gi, "you"],
  [/\bwe\b/gi, "you"],
];

/** The writer's words as the counsellor says them back. */
export function toSecondPerson(clause: string): string {
  // Contractions without the apostrophe are read only where they cannot be another word ("ill", "well", "were").
  let out = clause.replace(/[’‘]/g, "'");
  // Words addressed to the reader ("you") would become confusing; callers skip such clauses.
  for (const [re, to] of SWAPS) out = out.replace(re, to);
  // "you has" never happens (the writer wrote "I have"); "you doesn't" neither. One fix-up left:
  return out.replace(/\byou (is|has|does|was)\b/gi, (_m, v: string) => `you ${{ is: "are", has: "have", does: "do", was: "were" }[v.toLowerCase()]}`);
}

const OPENERS = /^(?:so|well|basically|also|and|but|anyway|ok|okay|hi|hello|hey|honestly|um|uh|like|now(?! that\b)|then|plus|yeah|yes|no|however|although|though|still|again|obviously|apparently|actually)\b[,\s]*/i;
const ADDRESSED = /\b(you|your|u|ur|you're|anyone|anybody|someone|somebody|please|help me|advice|thank(s| you))\b/i;
const GENERIC = /^(?:i (?:don'?t|do not) know (?:what|how|why)\b|i need help|i'?m (?:so )?confused|i have a question|i (?:really )?need (?:some )?advice|i feel like i(?:'m| am) (?:going )?crazy|i'?m not sure|i (?:just )?want(?:ed)? to (?:know|ask))/i;
/** Words a clause must not end on: the cut would read as a misquote. */
const DANGLING = /\b(i|me|my|a|an|the|to|of|and|or|but|that|at|in|on|for|with|is|am|are|was|so|just|like|it|be|been|i'm|im|because|when|if|than|as|very|really|who|which)$/i;

const TIME = /\b(since|for (?:the (?:past|last) )?(?:a |about |almost |over |nearly )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several) (?:of )?(?:days?|weeks?|months?|years?)|ago|last (?:week|month|year|night|summer|winter|spring|autumn|fall)|every (?:day|night|morning|week)|lately|recently|anymore|any more|now|when (?:i|we|he|she|they) (?:was|were))\b/i;
const ROLE = /\bmy ((?:mother|father|daughter|son|sister|brother)-in-law|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|ex|son|daughter|kids?|children|child|baby|mum|mom|mother|dad|father|parents?|step\w+|sister|brother|siblings?|grand\w+|aunt|uncle|cousin|friends?|best friend|boss|manager|coworkers?|colleagues?|teacher|roommate|flatmate|family|in-laws?|mother-in-law|father-in-law|therapist|counsel+or|doctor|dog|cat)\b/i;
const FEELING = /\b(feel|felt|feeling|scared|afraid|angry|sad|lonely|alone|anxious|worried|hurt|guilty|ashamed|tired|exhausted|numb|empty|stuck|lost|overwhelmed|hate|cry|crying|can'?t|cannot|never|always)\b/i;

const SUBJECTLESS = /^(?:stopped|started|been|got|gotten|feel|felt|went|have|had|can'?t|cannot|don'?t|didn'?t|haven'?t|hate|love|keep|kept|tried|try|need|needed|want|wanted|lost|quit|barely|just|still|never|always|really|literally)\b/i;

const STAKES = /\b(want|wants|wanted|need|needs|don'?t want|afraid|scared|worried|love|hate|can'?t stop|keep|struggl\w*|refus\w*|won'?t|torn|ruin\w*|lose|losing)\b/i;
const BACKGROUND = /^(recently|currently|so|i am a|i'm a|we have|i have a|i live|i was talking|my name)\b|\b(years old|y\/o|yo)\b/i;

/** A clause worth reflecting, with its place in the message. */
export interface Clause {
  /** The clause in the writer's words (trimmed, no end punctuation). */
  own: string;
  /** The clause turned to the second person, lower-case start. */
  said: string;
  /** How much this clause carries the person's situation. */
  weight: number;
  /** Index of the sentence it came from. */
  index: number;
}

/** Shortens a long sentence at a natural boundary, never leaving a dangling word. */
function trimClause(s: string): string | undefined {
  let words = s.split(/\s+/);
  if (words.length > 28) {
    // Cut at the last comma, semicolon or dash before word 28, but after word 7.
    const head = words.slice(0, 28).join(" ");
    const cut = Math.max(head.lastIndexOf(", "), head.lastIndexOf("; "), head.lastIndexOf(" - "), head.lastIndexOf(" — "));
    if (cut < 0 || head.slice(0, cut).split(/\s+/).length < 7) return undefined;
    words = head.slice(0, cut).split(/\s+/);
  }
  const cut = words.length < s.split(/\s+/).length;
  let out = words.join(" ").replace(/[\s,;:–—-]+$/, "");
  // Only a cut leaves a dangling word; the writer's own sentence end stays as it is.
  while (cut && DANGLING.test(out)) out = out.replace(/\s*\S+$/, "");
  return out.split(/\s+/).length >= 4 ? out : undefined;
}

/** Lower-cases the first word unless the writer capitalises it elsewhere (a name, a place). */
function lowerStart(clause: string, text: string): string {
  const first = /^[A-Za-z][\w'-]*/.exec(clause)?.[0];
  // An acronym or "I" keeps its capitals; the article "A" is an ordinary first word.
  if (!first || (first === first.toUpperCase() && first !== "A")) return clause;
  const elsewhere = new RegExp(`[a-z,;] ${first}\\b`).test(text);
  return elsewhere ? clause : clause[0].toLowerCase() + clause.slice(1);
}

/** A sentence that opens as a question (its question mark may be missing). */
const INTERROGATIVE = /^(what|why|how|is|are|am|should|can|could|would|do|does|did|will|where|who|when|any)\b/i;

/** Candidate clauses from the message, best first (weight, then order). */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  sentencesOf(text).forEach((raw, index) => {
    if (/\?\s*$/.test(raw) || INTERROGATIVE.test(raw)) return;
    let s = raw.replace(/[.!…]+$/, "").replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, "").trim();
    s = s.replace(OPENERS, "").replace(OPENERS, "").trim();
    // A question is answered, never said back ("and can I return a camera I've used" is not a reflection).
    if (INTERROGATIVE.test(s)) return;
    if (!s || ADDRESSED.test(s) || GENERIC.test(s) || /["“”]/.test(s)) return;
    // A sentence with its subject dropped ("stopped going to practice in October") is the writer's.
    if (SUBJECTLESS.test(s)) s = /^been\b/i.test(s) ? `I've ${s}` : `I ${s[0].toLowerCase()}${s.slice(1)}`;
    if (!/\b(i|i'm|im|i've|i'd|my|me|we|our|us)\b/i.test(s) && !ROLE.test(s)) return;
    const clause = trimClause(s);
    if (!clause) return;
    let weight = 1;
    if (TIME.test(clause)) weight += 1;
    if (ROLE.test(clause)) weight += 0.5;
    if (FEELING.test(clause)) weight += 1.5;
    // What the person wants, fears or cannot do is the heart of a message; background is not.
    if (STAKES.test(clause)) weight += 1;
    if (BACKGROUND.test(clause)) weight -= 1;
    const n = clause.split(/\s+/).length;
    if (n >= 7 && n <= 22) weight += 1;
    if (n > 24) weight -= 0.5;
    out.push({ own: clause, said: lowerStart(toSecondPerson(clause), text), weight, index });
  });
  return out.sort((a, b) => b.weight - a.weight || a.index - b.index);
}

/** The role words of ROLE, as one group, for the patterns below. */
const ROLES = ROLE.source.slice(ROLE.source.indexOf("("), ROLE.source.lastIndexOf(")") + 1);
const LOST_BEFORE = new RegExp(`\\b(?:lost|losing|death of|passing of|loss of|buried|miss) my ${ROLES}(?!-)`, "i");
const LOST_AFTER = new RegExp(`\\bmy ${ROLES}(?!-)(?: \\w+){0,2} (?:died|passed|passed away|was killed|is gone|killed (?:him|her)self|took (?:his|her) own life)\\b`, "i");

/** Someone the person lost ("I just lost my mom", "my dad passed away in May"): the role lost, not any role named. */
export function lostRole(text: string): string | undefined {
  const m = LOST_BEFORE.exec(text) ?? LOST_AFTER.exec(text);
  return m ? `your ${m[1].toLowerCase()}` : undefined;
}

/** The person they name first by role, as the counsellor would say it ("your dad"). */
export function firstRole(text: string): string | undefined {
  const m = ROLE.exec(text);
  return m ? `your ${m[1].toLowerCase()}` : undefined;
}

/** Their own time words ("since March", "for six weeks"), if any. */
export function timeWords(text: string): string | undefined {
  const m = /\b(since (?:the |my |our |last |early |late )?[\w'-]+(?: [\w'-]+)?|for (?:the (?:past|last) )?(?:a |about |almost |over |nearly )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several) (?:of )?(?:days?|weeks?|months?|years?)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several) (?:days?|weeks?|months?|years?) ago)\b/i.exec(text);
  if (!m) return undefined;
  return toSecondPerson(m[1]).replace(/\s+(i|you|we|he|she|they)$/i, "");
}
