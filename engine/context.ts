/**
 * ConText/NegEx-style modifiers for one concept mention: is it negated, hedged, historical,
 * hypothetical, or about someone else?
 *
 * The algorithm is ConText's: trigger phrases, each with a category and a direction, scope over
 * the words between the trigger and the mention. Forward (pre-)triggers reach up to a window of
 * tokens ahead; backward (post-)triggers reach a few tokens back. Scope stops at punctuation and
 * at terminators ("but", "however", "which", "and now" ...). Pseudo-triggers ("can't stop",
 * "not sure", "never felt so") are masked before triggers are looked for, so they never fire.
 * Words inside the mention belong to the concept ("can't sleep", "no energy") and are masked too.
 *
 * Matching runs on normalised tokens (contractions expanded, so "dont", "don't" and "do not"
 * all read "do not"; "im" reads "i am"), which keeps chat-style text on the same rules.
 */
import { tokenize, type Token } from "./normalize.js";
import { extractTemporal } from "./temporal.js";

export interface ContextModifiers {
  /** The mention is denied: "I don't have trouble sleeping", "no panic attacks". */
  negated: boolean;
  /** The person is unsure: "maybe", "I think I might", "kind of", "not sure if". */
  hedged: boolean;
  /** Past only, not now: "I used to", "back in college", "years ago", "I had ... but it's gone". */
  historical: boolean;
  /** Not real, imagined or feared: "if I lost my job I'd be", "what if", "in case". */
  hypothetical: boolean;
  /** About someone else: "my brother has ADHD", "my friend cuts herself". */
  otherExperiencer: boolean;
  /** The trigger words that fired, as written in the sentence, for audit. */
  triggers: string[];
}

type Category = "negated" | "hedged" | "historical" | "hypothetical" | "otherExperiencer";

interface Trigger {
  category: Category;
  /** Forward triggers modify what follows them; backward triggers what precedes them. */
  direction: "forward" | "backward";
  /** Matched against the space-joined normalised tokens, on whole words. */
  re: RegExp;
  /**
   * A spell denied ("never had a time when…", "no periods of…", "never had the opposite, where…"):
   * the denial governs the relative clause that describes the spell, across its "when", "where" or
   * "with" and one comma, to the clause's end.
   */
  spell?: boolean;
}

interface Pseudo {
  re: RegExp;
  /** Categories whose triggers may not use these tokens. */
  blocks: Category[];
}

/** Tokens a forward trigger reaches (NegEx uses 5-6; chat sentences run a little longer). */
const FORWARD_WINDOW = 7;
/** Hypothetical and historical openers govern a whole fronted clause: "If I failed the exam I would be ...". */
const CLAUSE_WINDOW = 10;
/** A denied spell governs its whole describing clause ("nor any time when he was unusually energetic or needed little sleep"). */
const SPELL_WINDOW = 16;
const BACKWARD_WINDOW = 3;
/** "abused as a child" yes, "need help with issues of abuse as a child" no. */
const HISTORICAL_BACKWARD_WINDOW = 2;

// ---------------------------------------------------------------------------------------------
// Pseudo-triggers: look like a trigger, are not one. Masked first.

const ALL: Category[] = ["negated", "hedged", "historical", "hypothetical", "otherExperiencer"];
const PSEUDO: Pseudo[] = [
  // Inability and persistence are the symptom, not its absence.
  { re: /\b(can|could|do|does|did|will|would) not (stop|help|seem to|shake|switch off|turn off|shut off|get rid of|get over|calm down|let go|focus|concentrate|breathe|relax|cope|function|think straight|go away|leave me alone)\b/g, blocks: ["negated"] },
  { re: /\b(can|could) not remember (the last time|when i last)\b/g, blocks: ["negated"] },
  // Avoidance is told as what the person cannot do: "can't even sit in the middle of a row", "can't make myself go anywhere crowded".
  { re: /\b(can|could) not (even |really |just )?(make myself |bring myself to |face |bear to |manage to |get myself to )?(go|sit|stand|get on|ride|enter|walk into|set foot|be in|use)\b/g, blocks: ["negated"] },
  { re: /\bno longer able\b|\b(not|unable) able to\b|\bunable to\b|\bnot able to\b/g, blocks: ["negated"] },
  { re: /\bnever (stops?|ends?|goes away|go away|leaves?|lets? up|shuts? up|seems to end|good enough|enough)\b/g, blocks: ["negated"] },
  { re: /\b(does|do|did|is|are|was|were|will|would) not (stop|end|go away|let up|get better|getting better|improve|improving|help|helping|work|working)\b/g, blocks: ["negated"] },
  { re: /\bnot (getting )?(any )?better\b|\bnot going away\b|\bnot stopping\b|\bnot helping\b|\bnot working\b/g, blocks: ["negated"] },
  // "I've never felt so hopeless": emphatic, the feeling is present.
  { re: /\bnever (felt|been|was|had|seen|experienced|known) (so|this|that|such|more|as|worse|anything like)\b/g, blocks: ["negated"] },
  { re: /\b(not|no) (only|just|to mention|doubt|wonder|matter|end)\b|\bif not\b|\bwhether or not\b|\bor not\b/g, blocks: ["negated"] },
  // "Not a day goes by that I don't feel guilty": both negations together say "every day".
  { re: /\bnot a (single )?(day|night|moment|minute|week) (goes|passes)( by)?( that| when| where| without)?( i)?( do not| did not| can not)?/g, blocks: ["negated"] },
  { re: /\bnothing (helps|works|seems to help|i do helps|but)\b/g, blocks: ["negated"] },
  { re: /\bno (one|body) (understands|cares|gets|listens|believes|likes|wants|knows)\b|\bno one\b|\bnobody\b/g, blocks: ["negated"] },
  { re: /\b(for|with) no (reason|apparent reason|real reason)\b|\bno (idea|clue|way|choice|point in asking)\b/g, blocks: ["negated"] },
  { re: /\b(do|does|did) not (know|understand|get|see) (why|how|what|if|whether|where|when)\b/g, blocks: ["negated"] },
  // Apathy, avolition and unwanted states read as negation but are the complaint.
  { re: /\b(do|does|did) not (care|bother)\b|\bcould not care less\b/g, blocks: ["negated"] },
  // "I didn't want a breakup" denies the wish, not the event; "I don't want to die" stays a denial.
  { re: /\b(do|does|did) not want\b(?! to (die|kill|hurt|harm|end|cut|commit|self harm|be dead)\b)/g, blocks: ["negated"] },
  // "He doesn't understand my anxiety": the verb is denied, the anxiety is there.
  { re: /\b(do|does|did) not (understand|get|accept|acknowledge|believe|respect|support|like|take|listen to|see)\b(?= (my|me|how|that|what)\b)/g, blocks: ["negated"] },
  { re: /\b(do|does|did) not feel like (?!i\b)/g, blocks: ["negated"] },
  { re: /\bnot (feel|feeling) (like )?myself\b|\bnot myself\b|\bnot the same\b/g, blocks: ["negated"] },
  // "I can't go out without panicking": the double negative is an always.
  { re: /\b(not|never)( \w+){1,4} without\b/g, blocks: ["negated"] },
  // "not sure" hedges rather than negates (it is also a hedge trigger below).
  { re: /\bnot (really |even |too |so |entirely |quite )?sure\b/g, blocks: ["negated"] },
  // Onset in the past that is still going: "since I was a kid", "ever since college".
  { re: /\b(ever )?since (i was|we were|back|my|in|college|high school|school|university|childhood|then|that|the)\b/g, blocks: ["historical"] },
  // "How can I wake up without having an anxiety attack?": asking how to stop it, so it happens.
  { re: /\bhow (?:can|do|could|should|would|to|will)\b(?: \w+){1,6}? without\b/g, blocks: ["negated"] },
  // "I don't know who I am without the trauma": an identity bound up with it, not its absence.
  { re: /\b(who|what) (i am|i'?d be|i would be|am i|i was) without\b/g, blocks: ["negated"] },
  // "I think about dying" is rumination, not a hedge.
  { re: /\b(think|thinking|thought) (about|of)\b/g, blocks: ["hedged"] },
  { re: /\b(what|any|that|this|the|which|every) (kind|sort) of\b/g, blocks: ["hedged"] },
  { re: /\ba little (while|girl|boy|kid|child|one|brother|sister|baby|after|before|later|earlier|over|under)\b|\blittle by little\b/g, blocks: ["hedged"] },
  { re: /\b(since|in|last|of|early|late|mid|this|next|until|through|by) may\b|\bmay (\d+|first|1st)\b/g, blocks: ["hedged"] },
  // Embedded questions, not conditions: "as if I'm going crazy", "checking if the door is locked".
  { re: /\b(even|as|see|seeing|wonder|wondering|sure|know|knowing|check|checks|checking|checked|ask|asks|asked|tell|decide|unsure|idea|matter|only) if\b/g, blocks: ["hypothetical"] },
  // "I'm 25 and my mom ..."; the first person is never another experiencer.
  { re: /\bmy (self|own)\b/g, blocks: ["otherExperiencer"] },
  // "Neither he nor his wife can recall…", "she and her mother say…": the person is among those who tell it.
  { re: /\b(he|she|i) (nor|and|or) (his|her|my) (\w+ )?(wife|husband|partner|mother|mum|mom|father|dad|parents|family|sister|brother|daughter|son|girlfriend|boyfriend|carer|friend)\b/g, blocks: ["otherExperiencer"] },
];


// ---------------------------------------------------------------------------------------------
// Triggers.

const RELATIONS = "mom|mum|mother|mommy|mummy|dad|father|daddy|parent|parents|brother|sister|sibling|siblings|friend|friends|bestie|partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|son|daughter|kid|kids|child|children|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|nan|roommate|roommates|flatmate|housemate|colleague|coworker|boss|ex|fiance|fiancee|neighbor|neighbour|classmate|teacher|student|patient|client|baby|stepdad|stepmom|stepfather|stepmother|stepbrother|stepsister|niece|nephew";
const OTHER_SUBJECT = `(my|our|his|her|their|a|the) (best |older |younger |little |big |twin |ex |old |elder |baby |step )?(${RELATIONS})|he|she`;

const TRIGGERS: Trigger[] = [
  // Negation.
  { category: "negated", direction: "forward", re: /\b(not that|not really|no longer|no more|not|no|never|without|nor|neither|none|deny|denies|denied|free of|free from|absence of|rule out|ruled out|negative for|nope|nah)\b/g },
  // The pertinent negatives of a history: "nor any time when he needed little sleep", "never had a
  // sustained run of days with elevated mood", "no periods of", "I've never had the opposite, where…".
  { category: "negated", direction: "forward", spell: true, re: /\b(?:no|never|nor|neither|denies|denied|without|not (?:had|been|experienced)) (?:\w+ ){0,3}?(?:a |an |any |the )?(?:\w+ )?(?:(?:periods?|spells?|episodes?|phases?|stretch(?:es)?|runs?|bouts?)(?: of (?:days|weeks))? (?:when|where|in which|during which|with|of|that)|(?:times?|occasions?|instances?|days?|weeks?|nights?|moments?) (?:when|where|in which|during which)|opposite)\b/g },
  // A degree denied: "it never gets so bad that I can't function", "not so severe as to stop me working".
  { category: "negated", direction: "forward", re: /\b(?:never|not|no|nothing) (?:\w+ ){0,2}?(?:so|that|too) (?:bad|severe|serious|extreme|intense|far|heavy|out of hand) (?:that|as to|i|it)\b/g },
  { category: "negated", direction: "backward", re: /\b(is|are|was|were|has been|have been) (not|never) (really )?(a |an )?(problem|issue|concern|thing|bad)\b/g },
  // Past tense only: "make my anxiety go away" is a wish, not a resolution.
  { category: "negated", direction: "backward", re: /\b(is|are|has|have) (gone|gone away|stopped|resolved|over)\b|\bwent away\b|\b(has|have) (completely )?(stopped|disappeared|gone)\b/g },

  // Hedges.
  { category: "hedged", direction: "forward", re: /\b(how (do|would|can|could|will|should|does) (i|you|we|one|someone) (know|tell|find out|be sure)( if| whether)?|(check|see|find out|no idea|no clue) (if|whether)|not (really |even |too |so |entirely |quite )?sure( if| whether| that)?|unsure( if| whether)?|i (wonder|am wondering)( if| whether)?|wondering( if| whether)|i do not know (if|whether)|i think( that)?|i guess|i suppose|i believe|i suspect|maybe|might|may|perhaps|possibly|probably|likely|kind of|sort of|a bit|a little|somewhat|slightly|could be|could have|seems like|seem to be|possible|potentially)\b/g },
  { category: "hedged", direction: "backward", re: /\b(i think|i guess|i suppose|maybe|probably|or something|or whatever|i dunno|i do not know|kind of|sort of|a bit|a little)\b/g },

  // Past only.
  { category: "historical", direction: "forward", re: /\b(used to|in the past|back then|back when|back in|years ago|long ago|a long time ago|previously|formerly|at one point|once (had|felt|was|tried|did)|growing up|as a (child|kid|teen|teenager|youngster)|when i was (younger|young|little|small|a kid|a child|a teen|a teenager|in (school|college|university|uni|high school|my teens|my twenties)|\d+|\w+teen|twenty|thirty)|in my (teens|twenties|thirties|youth|childhood)|during my childhood|in childhood)\b/g },
  // "I stopped having flashbacks", "I quit drinking". Not "stopped eating" or "gave up": those are symptoms.
  { category: "historical", direction: "forward", re: /\b(stopped having|stopped getting|no longer have|no longer get|got clean from|got sober from|quit(?= (drinking|smoking|using|drugs|gambling|alcohol|weed|cannabis|cocaine|heroin|vaping|cutting)\b))\b/g },
  { category: "historical", direction: "backward", re: /\b(years ago|long ago|a long time ago|in the past|back then|as a (child|kid|teen|teenager)|growing up|when i was (younger|young|little|small|a kid|a child|a teen|a teenager|in (school|college|university|uni|high school))|in my (teens|twenties|youth|childhood))\b/g },

  // Hypothetical. A bare "if" is checked further in analyzeContext (habitual "if I go out I panic" is real).
  { category: "hypothetical", direction: "forward", re: /\b(what if|if|in case|suppose|supposing|imagine|imagining|hypothetically|in the future|someday|some day|one day i|if ever|would (be|feel|become|get|go|end up|lose|have|probably|definitely|totally|just|literally|die|fall|break)|(might|will|could|would|going to) end up|(worried|worry|worrying|afraid|scared|terrified|fear|fearful|frightened|nervous|paranoid|petrified) (that )?(i )?(am |will |would |might |could |may )?(going to|gonna|might|will|would|could|may|get|become|develop|have|turn into|end up|catch))\b/g },

  // Someone else.
  { category: "otherExperiencer", direction: "forward", re: new RegExp(`\\b(${OTHER_SUBJECT})\\b`, "g") },
  { category: "otherExperiencer", direction: "backward", re: /\b(runs in|in) (my|the|our|his|her) family\b|\bin the family\b/g },
];

// ---------------------------------------------------------------------------------------------
// Scope terminators.

/** Words that open a new clause for every category. */
const TERMINATORS = new Set(["but", "however", "although", "though", "tho", "except", "yet", "whereas", "while", "because", "cause", "cuz", "now", "until", "unless", "besides", "apart", "aside", "instead", "rather", "anyway", "anyways", "meanwhile", "otherwise", "nevertheless", "nonetheless"]);
/** Clause openers that end negation and hedge scope but belong to the subject for the other categories. */
const NARROW_TERMINATORS = new Set(["which", "who", "that", "when", "whenever", "since", "just", "other", "then", "still", "as", "and", "where", "after", "before", "if"]);
/** Words that say the mention is current, ending a historical trigger's reach. */
const HISTORICAL_TERMINATORS = new Set(["now", "currently", "nowadays", "lately", "recently", "anymore", "still", "again", "today", "since"]);
/** After "and" or "so", a new subject or time word starts a new clause ("so I", but not "so sad"). */
const NEW_CLAUSE_AFTER_AND = new Set(["i", "now", "then", "yet", "still", "also", "he", "she", "they", "we", "my", "it", "that", "this", "there", "these", "those", "today"]);
const FIRST_PERSON = new Set(["i", "me", "my", "myself", "mine", "we", "us", "our"]);

/** Punctuation between two tokens that closes a clause. */
const PUNCT_BREAK = /[,;:()\[\]!?.\u2013\u2014"]|\s-\s/;

// Resolved and ongoing markers for historical reading.
const ONGOING = /\b(ever since|since then|still|these days|lately|nowadays|currently|right now|now|again|to this day|keeps?|anymore|started|starting|began|begun|start)\b/;
/** "And again at 44", "again when I was 50", "again after my divorce": another past spell, told as past. */
const PAST_AGAIN = /\bagain (?:at (?:\d+|age)|aged|when i was|in (?:my|\d{4})|after (?:my|the|i)|during|for most of|years later|a few years later)\b/g;
// "They have stopped" is resolved; "I have stopped going to the gym" is a new, current behaviour.
const RESOLVED = /\b((is|are|was|were|has|have|it|they|that|those) (all )?(gone|over|stopped(?! \w+ing\b)|resolved|better|behind me|in the past)|went away|go away|got over|(i am|am|doing|feeling|been|i feel|much|lot|way) (fine|better|good|great|ok|okay|well|alright)( now)?|recovered|in remission|not anymore|no longer|not any more|behind me|under control now)\b/;
const PAST_VERB = /\b(had|was|were|went|did|got|felt|used|struggled|suffered|experienced|dealt|tried|attempted|thought|cut|drank|took)\b/;
// "id be" is chat spelling of "I'd be".
const MODAL = /\b(would|could|might|will|may|going to|gonna|should)\b|\bid (be|feel|get|go|have|lose|never)\b/;
/** Loss, bereavement and separation are the person's own experience even when they name someone else. */
const DEATH_WORDS = /\b(died|dies|dying|passed|death|funeral|lost|killed|suicide|murdered|accident|left me|divorced?|broke up|separated|called off|broke off|broken off|jilted|dumped|took (his|her|their) own life|overdosed)\b/;

interface Tokenized {
  tokens: Token[];
  /** Space-joined normalised tokens. */
  joined: string;
  /** Character offset of each token in `joined`. */
  offsets: number[];
}

function prepare(sentence: string): Tokenized {
  const tokens = tokenize(sentence);
  const offsets: number[] = [];
  let joined = "";
  for (const t of tokens) {
    if (joined) joined += " ";
    offsets.push(joined.length);
    joined += t.norm;
  }
  return { tokens, joined, offsets };
}

/** Every match of `re` in the joined text as an inclusive token range. */
function tokenMatches(re: RegExp, t: Tokenized): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(t.joined); m; m = re.exec(t.joined)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    const from = t.offsets.findIndex((o) => o === m!.index);
    const endChar = m.index + m[0].trimEnd().length;
    let to = from;
    while (to + 1 < t.offsets.length && t.offsets[to + 1] < endChar) to++;
    if (from >= 0) out.push([from, to]);
  }
  return out;
}

/** The original text between two tokens (exclusive). */
function between(sentence: string, t: Tokenized, a: number, b: number): string {
  return sentence.slice(t.tokens[a].end, t.tokens[b].start);
}

/** Whether a trigger opens its clause: first in the sentence, or right after punctuation. */
function fronted(sentence: string, t: Tokenized, first: number): boolean {
  return first === 0 || PUNCT_BREAK.test(between(sentence, t, first - 1, first)) || TERMINATORS.has(t.tokens[first - 1].norm);
}

/**
 * Whether the gap tokens from..to (inclusive) end a trigger's scope. Historical, hypothetical and
 * other-person triggers that open their clause may cross one comma: "Back in college, I was ...".
 */
function terminated(sentence: string, t: Tokenized, category: Category, from: number, to: number, allowComma: boolean, spell = false): boolean {
  const narrow = category === "negated" || category === "hedged";
  for (let i = from; i <= to; i++) {
    const norm = t.tokens[i].norm;
    if (TERMINATORS.has(norm)) return true;
    // A denied spell's describing clause is its own ("a time when", "a spell where", "…little sleep
    // and felt on top of the world"): only an "and" that opens a new clause ends it.
    if (narrow && NARROW_TERMINATORS.has(norm) && !(spell && (norm !== "and" || !NEW_CLAUSE_AFTER_AND.has(t.tokens[i + 1]?.norm ?? "")))) return true;
    const opensClause = NEW_CLAUSE_AFTER_AND.has(t.tokens[i + 1]?.norm ?? "");
    if ((norm === "so" || (!narrow && norm === "and")) && opensClause) return true;
    if (category === "historical" && HISTORICAL_TERMINATORS.has(norm)) return true;
    if (category === "otherExperiencer" && FIRST_PERSON.has(norm)) return true;
  }
  let commas = 0;
  for (let i = from - 1; i <= to; i++) {
    if (i < 0 || i + 1 >= t.tokens.length) continue;
    const gap = between(sentence, t, i, i + 1);
    if (!PUNCT_BREAK.test(gap)) continue;
    if (allowComma && /^\s*,\s*$/.test(gap) && commas++ === 0) continue;
    return true;
  }
  return false;
}

/** Words that open a new clause inside what looks like a list: a subject, an auxiliary, a linking word. */
const LIST_BREAKERS = new Set([
  "i", "he", "she", "they", "we", "it", "you", "my", "his", "her", "their", "our", "its", "is", "was", "are", "were", "am", "has", "have", "had", "does", "did", "do",
  "can", "could", "will", "would", "should", "which", "who", "that", "when", "so", "then", "if", "as", "since", "after", "before",
]);
/**
 * Denials that run through a list. "No", "not" and "never" do not: "no energy, crying all the
 * time" and "not sleeping, eating too much" are lists of what is there.
 */
const LIST_DENIAL = /^(?:denies|denied|deny|denying|neither|nor|negative for|free of|free from|absence of|rule out|ruled out)$/;
/**
 * "Never" runs through a list when it is an either-or list ("never vomited, used laxatives, fasted
 * or exercised"). Not "no": "no energy, crying all the time or sleeping all day" lists what is there.
 */
const PLAIN_DENIAL = /^never$/;
/** A note's pertinent negative opens its sentence: "No vomiting, laxatives, fasting or exercise to make up for it." */
const NOTE_DENIAL = /^(?:no|nil)$/;
/** Words that make a symptom with "no" before them ("no energy, crying all the time, …"): then "no" is the symptom's own word. */
const NO_AS_SYMPTOM = /^(?:energy|appetite|motivation|interest|pleasure|hope|will|drive|desire|focus|concentration|confidence|sleep|joy|feeling|feelings|emotion|emotions|purpose|point|friends|life|reason|idea|control|patience|love)$/;

/**
 * The list the mention at token `from` belongs to ends with "or"/"nor", as a denied list does ("has
 * never vomited, used laxatives, fasted or exercised"); a list of what is there ends with "and" or
 * nothing ("no energy, crying all the time"). Read up to the end of the list's clause.
 */
function orList(sentence: string, t: Tokenized, from: number): boolean {
  for (let i = from; i < t.tokens.length && i < from + 3 * LIST_ITEM_WORDS; i++) {
    const norm = t.tokens[i].norm;
    if (norm === "or" || norm === "nor") return true;
    if (norm === "and") return false;
    const gap = i + 1 < t.tokens.length ? between(sentence, t, i, i + 1) : "";
    if (PUNCT_BREAK.test(gap) && !/^\s*,\s*$/.test(gap)) return false;
  }
  return false;
}

/** The denial at tokens [a, b] runs through the list holding the mention at `first`. */
function deniesAList(sentence: string, t: Tokenized, a: number, b: number, first: number): boolean {
  const trigger = words(t, a, b);
  if (LIST_DENIAL.test(trigger)) return true;
  const plain = PLAIN_DENIAL.test(trigger) || (a === 0 && NOTE_DENIAL.test(trigger) && !NO_AS_SYMPTOM.test(t.tokens[b + 1]?.norm ?? ""));
  return plain && orList(sentence, t, first);
}

/** Most words an item of a denied list may have ("fasting the next day", "exercising to make up for it"). */
const LIST_ITEM_WORDS = 7;

/**
 * A denial that runs through a list, as clinicians and careful writers give pertinent negatives:
 * "Denies ever vomiting, laxatives or diuretics, fasting the next day, or exercising…", "no
 * period of excess energy, reduced need for sleep or uncharacteristic behaviour". The trigger's
 * own clause reads as usual; each later item, between commas, is short and opens no clause of
 * its own ("…, she was eating again" is not an item).
 */
function deniedList(sentence: string, t: Tokenized, from: number, to: number, spell = false): boolean {
  if (to < from || to - from + 1 > 3 * LIST_ITEM_WORDS) return false;
  const commas: number[] = [];
  for (let i = Math.max(0, from - 1); i <= to; i++) {
    const gap = between(sentence, t, i, i + 1);
    if (!PUNCT_BREAK.test(gap)) continue;
    if (!/^\s*,\s*$/.test(gap)) return false;
    commas.push(i + 1);
  }
  if (!commas.length) return false;
  // (The one comma `terminated` may cross here is the list's own, after the trigger's clause.)
  if (terminated(sentence, t, "negated", from, commas[0] - 1, true, spell)) return false;
  for (let k = 0; k < commas.length; k++) {
    const a = commas[k];
    const b = k + 1 < commas.length ? commas[k + 1] - 1 : to;
    if (b - a + 1 > LIST_ITEM_WORDS) return false;
    for (let i = a; i <= b; i++) {
      const norm = t.tokens[i].norm;
      // "…, or exercising", "…, and fasting": a list's last item may open with its conjunction.
      if (i === a && (norm === "or" || norm === "and" || norm === "nor")) continue;
      if (TERMINATORS.has(norm) || NARROW_TERMINATORS.has(norm) || LIST_BREAKERS.has(norm)) return false;
    }
  }
  return true;
}

/** Sentence clause around the mention, as tokens indexes [from, to], cut at punctuation and main terminators. */
function clauseAround(sentence: string, t: Tokenized, first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !PUNCT_BREAK.test(between(sentence, t, from - 1, from)) && !TERMINATORS.has(t.tokens[from - 1].norm)) from--;
  let to = last;
  while (to + 1 < t.tokens.length && !PUNCT_BREAK.test(between(sentence, t, to, to + 1)) && !TERMINATORS.has(t.tokens[to + 1].norm)) to++;
  return [from, to];
}

const words = (t: Tokenized, a: number, b: number) => t.tokens.slice(Math.max(0, a), b + 1).map((x) => x.norm).join(" ");

/**
 * ConText modifiers for the concept mention at `span` (character offsets) in one sentence of
 * raw user text. Negation words inside the span are part of the concept and never count.
 */
export function analyzeContext(sentence: string, span: { start: number; end: number }): ContextModifiers {
  const triggers: string[] = [];
  const result: ContextModifiers = { negated: false, hedged: false, historical: false, hypothetical: false, otherExperiencer: false, triggers };
  const t = prepare(sentence);
  const inSpan = t.tokens.map((tok, i) => (tok.start < span.end && tok.end > span.start ? i : -1)).filter((i) => i >= 0);
  if (!inSpan.length) return result;
  const first = inSpan[0];
  const last = inSpan[inSpan.length - 1];
  const fire = (category: Category, text: string) => {
    result[category] = true;
    if (!triggers.includes(text)) triggers.push(text);
  };
  const original = (a: number, b: number) => sentence.slice(t.tokens[a].start, t.tokens[b].end);

  // Mask pseudo-triggers and the mention itself, per category.
  const masked = new Map<Category, Set<number>>(ALL.map((c) => [c, new Set(inSpan)]));
  for (const p of PSEUDO) {
    for (const [a, b] of tokenMatches(p.re, t)) for (const c of p.blocks) for (let i = a; i <= b; i++) masked.get(c)!.add(i);
  }

  for (const trig of TRIGGERS) {
    for (const [a, b] of tokenMatches(trig.re, t)) {
      const mask = masked.get(trig.category)!;
      let blocked = false;
      for (let i = a; i <= b; i++) if (mask.has(i)) blocked = true;
      if (blocked) continue;
      // Fronted clauses ("Back in college, I ...") and afterthought hedges ("depressed, I think") cross one comma.
      const allowComma = trig.spell || (trig.direction === "forward" ? trig.category !== "negated" && trig.category !== "hedged" && fronted(sentence, t, a) : trig.category === "hedged");
      if (trig.direction === "forward") {
        if (b >= first) continue;
        const window = trig.spell ? SPELL_WINDOW : trig.category === "historical" || trig.category === "hypothetical" ? CLAUSE_WINDOW : FORWARD_WINDOW;
        const reaches = first - b - 1 <= window && !terminated(sentence, t, trig.category, b + 1, first - 1, allowComma, trig.spell);
        if (!reaches && !(trig.category === "negated" && (trig.spell || deniesAList(sentence, t, a, b, first)) && deniedList(sentence, t, b + 1, first - 1, trig.spell))) continue;
        if (!confirm(trig.category, t, a, b, first, last)) continue;
      } else {
        if (a <= last) continue;
        const reach = trig.category === "historical" ? HISTORICAL_BACKWARD_WINDOW : BACKWARD_WINDOW;
        if (a - last - 1 > reach || terminated(sentence, t, trig.category, last + 1, a - 1, allowComma)) continue;
      }
      fire(trig.category, original(a, b));
      // "The nightmares are gone now": absent now, and present once.
      if (trig.category === "negated" && trig.direction === "backward" && /gone|stopped|over|resolved|away|disappeared/.test(t.joined.slice(t.offsets[a]))) {
        fire("historical", original(a, b));
      }
    }
  }

  const [clauseFrom, clauseTo] = clauseAround(sentence, t, first, last);
  const spanWords = words(t, first, last);
  const after = words(t, last + 1, t.tokens.length - 1);

  // Historical: a trigger is overruled when the sentence says the problem goes on.
  if (result.historical) {
    const explicitPast = triggers.some((w) => /used to|usedto/i.test(w));
    // "…and again at 44": a second past spell, not the problem going on.
    if (!explicitPast && ONGOING.test(after.replace(RESOLVED, " ").replace(PAST_AGAIN, " ")) && !RESOLVED.test(after)) {
      result.historical = false;
    }
  }
  if (!result.historical) historicalFromTime(sentence, t, first, last, fire, clauseFrom, clauseTo);
  // "I had panic attacks but they're gone", "Suicidal thoughts years ago, doing well now".
  if (!result.historical && RESOLVED.test(after) && (PAST_VERB.test(words(t, clauseFrom, first - 1)) || first === 0)) {
    fire("historical", RESOLVED.exec(after)![0]);
  }
  // "I haven't had a drink in two years", "No panic attacks since therapy": remission, so there was a past.
  if (result.negated && !result.historical) {
    const negWord = words(t, clauseFrom, first - 1);
    const since = /^(?:\w+ ){0,4}?((?:in|since|for) (?:the )?(?:past |last )?(?:\w+ )?(?:\w+ )?(?:years?|months?|weeks?|days?|then|therapy|i|treatment|rehab))\b/.exec(after);
    if (since && /\b(have|has|had) not (had|been|used|touched|done|felt|taken)\b|^no\b|\bno$/.test(negWord)) fire("historical", since[1]);
  }

  // Someone else's experience: the person's own when the mention names them ("hits me") or a loss.
  if (result.otherExperiencer) {
    const nextTwo = words(t, last + 1, last + 2);
    if (/\b(i|me|myself|im|my)\b/.test(spanWords) || /\b(me|us|myself|my)\b/.test(nextTwo) || DEATH_WORDS.test(spanWords)) {
      result.otherExperiencer = false;
    }
  }
  // The mention itself may open with the other person: "my roommate's drinking".
  const spanSubject = new RegExp(`^(my|our|his|her|their) (best |older |younger |little |big |twin |ex |step )?(${RELATIONS})\\b`).exec(spanWords);
  if (spanSubject && !/\b(i|me|myself)\b/.test(spanWords.slice(spanSubject[0].length)) && !DEATH_WORDS.test(spanWords)) {
    fire("otherExperiencer", spanSubject[0]);
  }
  return result;
}

/** Category-specific checks a trigger must pass before it fires. */
function confirm(category: Category, t: Tokenized, a: number, b: number, first: number, last: number): boolean {
  const trigger = words(t, a, b);
  if (category === "hypothetical" && trigger === "if") {
    // "If I go out I get panic attacks" is a habit; "If I failed I would be devastated" is not real.
    return MODAL.test(words(t, 0, a - 1) + " " + words(t, b + 1, t.tokens.length - 1));
  }
  if (category === "historical" && /^(years ago|long ago|a long time ago)$/.test(trigger)) {
    // "Since years ago" or "started years ago" date an onset, not a past-only problem.
    return !/\b(since|started|began)\b/.test(words(t, a - 2, a - 1) + " " + words(t, b + 1, first - 1));
  }
  void last;
  return true;
}

/** Historical from a long-ago date in the mention's clause: "Suicidal thoughts five years ago". */
function historicalFromTime(
  sentence: string,
  t: Tokenized,
  first: number,
  last: number,
  fire: (c: Category, text: string) => void,
  clauseFrom: number,
  clauseTo: number,
): void {
  // Six months is where a past episode stops being plausibly the current one.
  const longAgo = extractTemporal(sentence).filter((m) => m.kind === "event-ago" && (m.agoDays ?? 0) >= 180);
  for (const m of longAgo) {
    const startTok = t.tokens.findIndex((x) => x.start >= m.start);
    const endTok = t.tokens.findLastIndex((x) => x.end <= m.end);
    if (startTok < 0 || endTok < 0) continue;
    const inClause = startTok >= clauseFrom && endTok <= clauseTo;
    const frontedAndNear = endTok < first && first - endTok - 1 <= CLAUSE_WINDOW && !terminated(sentence, t, "historical", endTok + 1, first - 1, fronted(sentence, t, startTok));
    if (!inClause && !frontedAndNear) continue;
    const lead = words(t, startTok - 2, startTok - 1);
    const clause = words(t, Math.min(clauseFrom, startTok), Math.max(clauseTo, endTok));
    if (/\b(since|for)\b/.test(lead) || /\b(started|starting|began|begun|start|still|ever since|since then)\b/.test(clause)) continue;
    fire("historical", m.text);
    return;
  }
  void last;
}
