/**
 * Context around a rule hit, read from the normalised text (see normalize-text.ts): is it
 * negated, about the past, about someone else, a general question, fiction, or hyperbole?
 * These readers are what keep "I'm not suicidal, just tired", "suicidal thoughts ten years
 * ago, doing well now" and "the character kills himself" from escalating, while "I'm not
 * suicidal but I wish I didn't exist" still does.
 */

/** Who a statement is about. */
export type Subject = "self" | "other" | "generic";

// Close relations and acquaintances: "my friend", "my sister's boyfriend"...
export const RELATION =
  "(?:best |close |little |older |younger |big |baby |twin |step ?|ex ?|ex-|girl|boy)?(?:friend|friends|bestie|bff|sister|brother|sibling|mom|mum|mother|dad|father|parent|parents|son|daughter|kid|child|children|baby|toddler|husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|roommate|flatmate|housemate|cousin|aunt|uncle|niece|nephew|grandma|grandmother|grandpa|grandfather|classmate|student|coworker|co-worker|colleague|neighbou?r|teammate|client|patient|ex|stepdad|stepmom|stepfather|stepmother|stepson|stepdaughter)";

const OTHER_SUBJECT = new RegExp(`\\b(?:he|she|they|him|her|them|my (?:\\w+ )?${RELATION}|(?:his|her|their|the|a|an) (?:\\w+ )?${RELATION}|(?:a|an|the|this|that) (?:\\w+ )?(?:girl|boy|man|woman|guy|lady|character|protagonist|narrator|hero|heroine) (?:who|that|whose)|(?:the|my|our|his|her|their|a|an) (?:\\w+ )?(?:character|protagonist|narrator|heroine|antagonist|villain)|(?:my|our|the|his|her|their) (?:\\w+ )?(?:dog|dogs|cat|cats|puppy|kitten|pet|rabbit|hamster|parrot|bird|horse))\\b`, "g");
const SELF_SUBJECT = /\b(?:i|me|myself)\b/g;
const GENERIC_SUBJECT = /\b(?:someone|somebody|anyone|anybody|people|a person|persons|patients|clients|individuals|teens|teenagers|adolescents|students|kids|children|you|one|survivors|a loved one|a client|a patient|victims)\b/g;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}

/**
 * Whom a hit is about. Reflexives in the hit decide first ("herself" vs "myself"); then the
 * nearest subject before it in the sentence; with none, the writer (chat drops the "I").
 */
export function subjectOf(sentencePrefix: string, hit: string): Subject {
  if (/\b(?:my ?self|me|my life|my own life)\b/.test(hit)) return "self";
  if (/\b(?:herself|himself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?life)\b/.test(hit)) return "other";
  // A third-person verb at the start of the hit ("wants to die") has someone else as subject.
  if (/^(?:wants|wishes|says|keeps|thinks|talks|has|is|needs|hopes|tries)\b/.test(hit)) return "other";
  const self = lastIndex(SELF_SUBJECT, sentencePrefix);
  const other = lastIndex(OTHER_SUBJECT, sentencePrefix);
  const generic = lastIndex(GENERIC_SUBJECT, sentencePrefix);
  const best = Math.max(self, other, generic);
  if (best < 0 || best === self) return "self";
  return best === other ? "other" : "generic";
}

// NegEx-style pseudo-triggers: look like negation but are not ("no longer want to live",
// "not sure I want to live", "can't stop thinking about it").
const PSEUDO_NEGATION = /\b(?:no longer|not sure|not know|not even sure|not certain|no idea|not stop|not help|not only|not just|not anymore|not care|can not|could not|nothing but|no one|no reason|no point|not see|not going to lie|not gonna lie|no lie|no cap|not kidding|no joke)\b/g;
const NEGATION = /\b(?:not|never|no|nor|without|nobody|none|neither|nothing like|nothing of the sort)\b/;
const CLAUSE_BREAK = /(?:,|:|\bbut\b|\bhowever\b|\bthough\b|\balthough\b|\byet\b|\bexcept\b|\bso\b|\band\b|\bonly\b|\bjust\b| - |\u2014|\u2013)/g;

/** The part of a sentence prefix that belongs to the same clause as the hit. */
export function clauseOf(sentencePrefix: string): string {
  const at = lastIndex(CLAUSE_BREAK, sentencePrefix);
  if (at < 0) return sentencePrefix;
  const m = sentencePrefix.slice(at).match(CLAUSE_BREAK);
  return sentencePrefix.slice(at + (m?.[0].length ?? 0));
}

/** True when the hit is negated by a cue earlier in its own clause (within ~6 words) or inside it. */
export function isNegated(sentencePrefix: string, hit: string, checkInside: boolean): boolean {
  // Chat often has no punctuation ("cant do this no more i want to die"): a new "i" starts a new scope.
  let clause = clauseOf(sentencePrefix);
  const subject = lastIndex(/\bi\b/g, clause);
  if (subject > 0) clause = clause.slice(subject);
  // Six words back, or eight through a list of alternatives ("no thoughts of dying or hurting myself").
  const all = clause.trim().split(/\s+/);
  const words = all.slice(/\bor\b/.test(all.slice(-3).join(" ")) ? -8 : -6).join(" ");
  const before = words.replace(PSEUDO_NEGATION, " x ");
  if (NEGATION.test(before)) return true;
  if (checkInside && NEGATION.test(hit.replace(PSEUDO_NEGATION, " x "))) return true;
  // "no one has hit them": a pronoun negation of the act itself (not "no one would care").
  if (checkInside && /\b(?:no one|nobody|noone|no body) (?:has|have|had|ever|did|does|is|was)\b/.test(hit)) return true;
  return false;
}

export // Years ago in Spanish, French, Portuguese, German and Italian ("hace diez años", "il y a deux ans").
const REMOTE_PAST_OTHER = "hace (?:\\w+ )?anos|il y a (?:\\w+ )?ans|ha (?:\\w+ )?anos|(?:\\w+ )?anos atras|vor (?:\\w+ )?jahren|(?:\\w+ )?anni fa";
const REMOTE_PAST_EN =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|few|a couple of|couple of|some) years? ago|(?:last|a|one) year ago|years back|when i was (?:a |in |younger|young|little|small|\d+|a kid|a teen|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|(?:in|through|throughout|during) (?:high school|middle school|secondary school|college|university|uni|grade school|elementary school|my teens|my twenties|my early|my late|my youth)|as a (?:kid|child|teen|teenager|student|young)|back (?:then|in (?:the day|\d{4}|high school|college|school|uni))|used to|in (?:19|20)\d\d|last year|last (?:spring|summer|autumn|fall|winter)|growing up|(?:four|five|six|seven|eight|nine|ten|eleven|[4-9]|1[0-2]) months ago|(?:1[3-9]|[2-9]\d|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty \w+|thirty) months ago|from (?:about |around |roughly )?(?:the )?ages? (?:of )?\d+|between the ages of|(?:a|one|\d+|two|three|four|five) (?:years? )?and a half(?: years?)? ago|several months ago|when i was younger|during my (?:teens|twenties|childhood|divorce)|in the past|as a teenager|teenage years|childhood|at (?:1[0-9]|fifteen|sixteen|seventeen|fourteen|thirteen)(?! ?(?:am|pm|a m|p m|o ?clock|oclock|hundred|sharp|every|each|tonight|today|tomorrow|this|on|at night|in the|[:.]\d))(?: years old)?)\b/;

/** A remote past, in English or in Spanish, French, Portuguese, German or Italian. */
export const REMOTE_PAST = new RegExp(`${REMOTE_PAST_EN.source}|\\b(?:${REMOTE_PAST_OTHER})\\b`);

const CURRENT =
  /\b(?:yesterday|today|tonight|right now|this (?:morning|week|weekend|month|afternoon|evening|year)|last (?:night|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|one|two|three|a|an|few|a few|couple of|a couple of) (?:days?|weeks?|hours?|minutes?) ago|(?:one|two|three|[1-3]|a|a few|a couple of|couple of) months? ago|recently|just got (?:out|home|back)|(?:the|a) hospital|discharged|emergency room|again|relaps\w*|lately|these days|currently|anymore|any more|still (?:want|think|wish|feel|have|cut|hurt|do|doing|does|happens|happening|self[- ]?harm\w*|struggle|struggling|burn|scratch)|every day|every night|all the time|at the moment|nowadays|starting to feel|coming back)\b/;

const RECOVERY =
  /\b(?:doing (?:well|better|good|fine|great|ok|okay|much better)|been (?:well|fine|good|okay|ok|stable|clean|sober|healthy|better|safe)(?: for| since| ever)|in a (?:good|better|much better|safe) (?:place|space)|(?:am|feel|feeling) (?:safe|better|fine|okay|ok|good|happy|stable|well) now|recovered|in recovery|(?:thoughts|feelings|days) are (?:gone|behind me|over)|therapy (?:really )?helped|got help|(?:have not|had not) (?:had|felt|cut|self harmed|thought|done it|done that|hurt myself) (?:\w+ )?(?:\w+ )?(?:in|for|since) (?:years|a long time|ages|a decade|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few) years)|safe now|well for a long time|i left (?:him|her|them)|got out of (?:that|the) relationship)\b/;

/** Past-or-present reading of one sentence for a historical-capable finding. */
const YEARS_AGO = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|few) years? ago\b/;
const STILL_NOW = /\b(?:again|still|relaps\w*|lately|recently|right now|these days|anymore|any more)\b/;

export function timeOf(sentence: string, message: string): "past" | "current" {
  // "Ten years ago this week I ...": an explicit distance in years outweighs "this week".
  if (YEARS_AGO.test(sentence) && !STILL_NOW.test(sentence)) return "past";
  if (CURRENT.test(sentence)) return "current";
  if (REMOTE_PAST.test(sentence)) return "past";
  // "I attempted once but I'm doing well now": past tense plus recovery elsewhere in the message.
  if (RECOVERY.test(message) && /\b(?:was|were|had|tried|attempted|wanted|went|felt|thought|did|used|cut|overdosed|self harmed)\b/.test(sentence)) return "past";
  return "current";
}

/** True when the message says the person is doing well now (used by tests and the reply). */
export function mentionsRecovery(message: string): boolean {
  return RECOVERY.test(message);
}

const FICTION = /\b(?:movie|movies|film|films|(?:show|shows)(?! (?:up|me|him|her|them|us|off|signs|no)\b)|series|season|episode|book|books|novel|novels|(?<!\b(?:close friends|instagram|insta|ig|snap|snapchat|whatsapp|facebook|fb|tiktok|on (?:her|his|their|my|your|the)) )(?:story|stories)|character|characters|protagonist|villain|hero|song|songs|lyrics|video ?game|game|anime|manga|documentary|play(?![- ](?:fight|wrestl|punch|hit|bit))|poem|netflix|tv|chapter|scene|plot|fanfic|comic|dming|dungeon master|dnd|d and d|tabletop|rpg|npcs?|one shot)\b/;

/**
 * A sentence set inside a video game ("in elden ring i keep killing myself jumping off the ledge"):
 * the "myself" is the player's character. Not when the person says it is real ("irl", "for real").
 */
const GAME_SCOPE = /^\W*(?:(?:lol |ok |so |ugh )?(?:in|on|playing|while playing) (?:elden ring|dark souls|minecraft|fortnite|zelda|mario|roblox|skyrim|sekiro|bloodborne|hollow knight|celeste|gta|call of duty|cod|apex|valorant|overwatch|the sims|sims|terraria|the game|this game|that game|my game|a game|the level|this level|that level|hardcore mode|co-?op|multiplayer))\b(?!.*\b(?:irl|in real life|for real|not (?:even )?a joke|actually want)\b)/;

/** True when a sentence is set inside a video game (see GAME_SCOPE). */
export function isInGame(sentence: string): boolean {
  return GAME_SCOPE.test(sentence);
}

/** True when a sentence is about fiction (a film, book, game...); a story posted on social media ("on her close friends story") is a post, not fiction. */
export function isFiction(sentence: string): boolean {
  return FICTION.test(sentence);
}

const QUESTION_WORD = /^\W*(?:what|how|is|are|can|could|does|do|why|which|when|where|should|would|will|who|any|tell me|explain|define)\b/;
// What makes a question general: people in general, or a clinical/educational topic.
const GENERAL_TOPIC = /\b(?:someone|somebody|anyone|people|a person|persons|patients|clients|individuals|teens|teenagers|adolescents|students|kids|children|youth|research|study|studies|evidence|therapy|therapies|therapists?|treatment|treat|effective|difference|differences|explain|signs|warning signs|assess\w*|risk|define|definition|meaning|mean|cbt|dbt|act|prevent\w*|statistics|rates?|common|normal|why do|how do|what causes|symptoms?)\b/;
const FIRST_PERSON = /\b(?:i|me|my|myself|mine|we|our|us)\b/;
/** A study frame around a question ("for my pharmacology exam", "in our lecture on…", "I'm revising…"). */
const STUDY_FRAME = /\b(?:for|in|on) (?:my|our) (?:\w+ )?(?:exam|exams|essay|assignment|coursework|homework|dissertation|thesis|module|lecture|class|course|revision|seminar|presentation|project|osce|placement)\b:?|\bi am (?:revising|studying)(?: for)?\b/g;
/** "is it normal to feel…", "is it bad to want…" with nobody else named: a disclosure put as a question. */
const OWN_FEELING_ASKED = /^\W*(?:is it|is that|it is|would it be|am i) (?:\w+ )?(?:normal|weird|bad|ok|okay|wrong|strange|common|healthy|crazy|selfish|messed up|fucked up|terrible|awful)(?: of me)? to (?:be|feel|want|wish|hope|envy|daydream|fantasi[sz]e|imagine)\b/;

/**
 * "is it normal to think about ending things every time you're alone": thoughts of one's own ending,
 * asked about as a question (the "I" implied, a generic "you" for the rest), are a disclosure.
 * Thinking about death or dying in general (after a loss, say) is not read here.
 */
const OWN_ENDING_ASKED = /^\W*(?:is it|is that|it is|would it be|am i) (?:\w+ )?(?:normal|weird|bad|ok|okay|wrong|strange|common|healthy|crazy|selfish|messed up|fucked up|terrible|awful)(?: of me)? to (?:think|keep thinking|be thinking|have thoughts|daydream|fantasi[sz]e|dream)(?: about| of) (?:ending (?:it|things|everything|my life|your life|it all)|killing (?:myself|yourself)|not (?:being here|existing|waking up|being alive)|being dead|suicide)\b/;

/**
 * A question about what a word means ("what does 'unalive' mean?", "what is kms slang for?"): the
 * word is mentioned, not used. "What does it mean that I want to die?" asks about the person, not a word.
 */
const MEANING = /\bwhat (?:does|do|is|are) ["'\u2018\u201C]?(?!(?:it|that|this|all of this)\b)[\w -]{1,24}?["'\u2019\u201D]? (?:mean|means|stand for|short for|slang for)\b|\bwhat is the meaning of ["'\u2018\u201C]?\w/;

/**
 * A general or clinical question with no first person and nobody in particular at risk
 * ("Is DBT effective for people who self-harm?"): informational, not a disclosure.
 */
export function isGeneralQuestion(sentence: string): boolean {
  const s = sentence.trim();
  // "is it normal to be jealous of…", "is it weird to want…": the asker's own feeling, with the "I" implied.
  if (OWN_FEELING_ASKED.test(s) || OWN_ENDING_ASKED.test(s)) return false;
  if (MEANING.test(s) && !/\b(?:i|me|myself)\b/.test(s.replace(MEANING, ""))) return true;
  const asks = s.endsWith("?") || QUESTION_WORD.test(s);
  // "For my pharmacology exam: why is…": the first person of a study frame is the student's, not the subject's.
  const studied = s.replace(STUDY_FRAME, " ");
  if (!asks || FIRST_PERSON.test(studied) || !(GENERAL_TOPIC.test(s) || studied !== s)) return false;
  return !new RegExp(`\\b(?:my|his|her|their) (?:\\w+ )?${RELATION}\\b`).test(s);
}

/**
 * The person says the words are meant ("not a joke", "no es broma", "não tô brincando", "ohne Witz"):
 * what the net read as risk is not to be taken as a joke, an idiom or someone else's.
 */
export const SERIOUS =
  /\b(?:(?:this is |it is |and it is |i am |im )?not (?:even )?(?:a joke|joking|kidding)(?: (?:this time|anymore|tbh|fr|for real|honestly))?|no joke|(?:i am )?(?:being )?(?:dead )?serious(?:ly)? (?:this time|now)|i (?:really |actually |truly |honestly |genuinely )?mean it(?: this time)?|for real this time|no es (?:una )?broma|no (?:estoy )?bromeando|sin bromas|nao (?:e|eh) brincadeira|nao (?:to|estou|tou) brincando|sem zoeira|sem brincadeira|(?:c'est )?pas une blague|je (?:ne )?(?:rigole|plaisante) pas|sans deconner|ohne (?:witz|scheiss|spass)|kein witz|das ist (?:kein|nicht als) (?:witz|spass)|ich meine es ernst|non (?:e uno )?scherz(?:o|ando)|non sto scherzando|sul serio)\b/;

/** Explicit markers that words are not meant literally ("not literally", "jk", "dramatically"). */
export const NOT_LITERAL = /\b(?:not literally|not literal|figuratively|figure of speech|dramatically|being dramatic|hyperbole|just kidding|only kidding|jk|only joking|just joking|i am joking|i am kidding|(?:kidding|joking) (?:obviously|ofc|of course)|obviously (?:kidding|joking)|(?:lol|lmao|haha\w*) (?:jk|kidding|joking)|(?:obviously|clearly|only|just) a joke|(?:it|that) was (?:obviously |clearly |only |just )?a joke|i was (?:only |just )?(?:joking|kidding))\b/;

/**
 * Someone else's verdict on the writer ("she thinks I'm being dramatic", "my mum says I'm joking"),
 * or a cover story told to someone ("I told her it was a joke. It wasn't."): not the writer's own marker.
 */
const REPORTED_VERDICT = /\b(?:thinks?|thought|says?|said|tells? me|told me|calls? me|called me|accuse[sd]? me of|reckons?|assumes?|assumed|acts? like|(?:told|tell|tells|telling|said to|convinced|promised) (?:\w+ ){0,2})(?: that)?(?: i am| i was| i am just| i was just| me)? ?$/;

/** True when the writer marks their own words as not literal (NOT_LITERAL), not when someone else says they are being dramatic. */
export function saysNotLiteral(text: string): boolean {
  for (const m of text.matchAll(new RegExp(NOT_LITERAL.source, "g"))) {
    if (!REPORTED_VERDICT.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) return true;
  }
  return false;
}

/**
 * A quoted lyric or title ("Johnny Cash's 'Hurt': 'I hurt myself today'", "it's from a folk band"):
 * words sung or written by someone else, not said. `original` is the message as written (for its
 * quotation marks), `normalised` its normalised text.
 */
export function quotesALyric(original: string, normalised: string): boolean {
  return quotesSomething(original) && /\b(?:song|songs|cover|lyric|lyrics|album|track|sings|sang|singer|chorus|verse|band|poem|book|film|movie)\b/.test(normalised);
}

/**
 * Whether a message quotes anything at all (six characters or more inside quotation marks). A
 * quotation mark opens after no letter and closes before none: the apostrophes of "doesn't … Bank's"
 * or "jusqu'au … s'arrete" are inside words and quote nothing (and may stand inside a quote: "'I can't go on'").
 */
export function quotesSomething(original: string): boolean {
  return /(?<![\p{L}\p{N}])["'\u201C\u2018](?:[^"'\u201D\u2019]|(?<=\p{L})['\u2019](?=\p{L})){6,}["'\u201D\u2019](?![\p{L}\p{N}])/u.test(original);
}

/** Laughter and joke markers ("lol", "jk", emoji) that turn "I could kill him" into hyperbole. */
export const LAUGHTER = /(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|kidding|joking)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F61D}])/u;

/** Social embarrassment, where "I wanted to die" is an idiom. */
export const EMBARRASSMENT = /\b(?:embarrass\w*|cringe\w*|awkward|mortif\w*|humiliat\w*|so funny|laughing|laughed)\b/;

/**
 * A denial the person says was not true ("I said no, which was a lie", "the honest answer is…"):
 * what they were asked about, or denied, is theirs.
 */
export const RETRACTED = /\b(?:(?:which|that|it|this) (?:was|is) (?:a |an |another )?(?:(?:total|complete|big|flat|white) )?(?:lie|not true|bullshit|bs)|i (?:lied|was lying|was not being honest|was not honest)|(?:the )?(?:honest|real|true) answer (?:is|was|would be))\b/;

/** A sentence that reports a question put to the person or their denial ("she asked if I…", "I told him I was fine"). */
export const REPORTED_DENIAL = /\b(?:asked|asks|asking) (?:me )?(?:if|whether|about)\b|\b(?:said|say|told (?:\w+ ){1,2}|tell (?:\w+ ){1,2})(?:that )?(?:i am |i was |i had |i have |i did |i do )?(?:no|not|never|nope|fine|ok|okay)\b/;

/** Spanish words after "me pega" when a feeling, not a person, hits ("de golpe", "la tristeza"): no blow. */
export const SUDDEN_FEELING_ES = "de golpe|de repente|el bajon|la (?:tristeza|nostalgia|ansiedad|depre|melancolia|pena)";
