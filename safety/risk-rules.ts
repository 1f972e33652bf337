/**
 * The risk lexicon: one rule per way people say a thing, written against the normalised
 * text of normalize-text.ts (lower case, no accents, contractions expanded: "do not",
 * "i am", "want to"). Each rule says what it implies on its own (flag, C-SSRS level, whether
 * it needs crisis resources now) and how context may change that (negation, past, someone
 * else, hyperbole). Combinations across a message (ideation + a method, two preparatory
 * signs, a threat + a weapon) live in screen-risk.ts.
 *
 * Rules describe concepts, not memorised sentences: each alternation lists the ways a
 * concept is phrased, so unseen wording of the same idea still matches.
 */
import type { RiskFlag, RiskLevel } from "./types.js";
import { RELATION, SUDDEN_FEELING_ES } from "./risk-context.js";
import { INDIRECT_RULES } from "./risk-rules-indirect.js";

/** One pattern and what a hit means. */
export interface RiskRule {
  /** Stable id, e.g. "si.passive.not-wake" (reported in findings). */
  id: string;
  flag: RiskFlag;
  level: RiskLevel;
  /** Whether a current, first-person hit needs crisis resources now. */
  escalate: boolean;
  /** Pattern over the normalised text (compiled with the g flag). */
  re: RegExp;
  /** A negation cue before the hit in its clause cancels it (default true). */
  negatable?: boolean;
  /** Also look for negation inside the hit (for patterns with word gaps). */
  negationInside?: boolean;
  /** A remote-past hit becomes past_risk (no escalation). */
  historical?: boolean;
  /** "any": work out whom it is about; another person's risk becomes third_party_risk. */
  subject?: "any" | "self";
  /** Sentence-level exclusions: idiom or ordinary use. */
  unless?: RegExp;
  /** Counts only with support elsewhere (ideation, or another cue of the same group). */
  weak?: "prep" | "hto" | "abuse" | "withdrawal" | "withdrawal-severe" | "restriction" | "restriction-acute" | "restriction-sign" | "mania" | "mania-danger" | "mania-reckless" | "method" | "cover" | "alcohol" | "veiled" | "boundary" | "minor" | "neglect" | "indifference" | "grooming" | "conduct";
  /** Extra flags the hit raises (e.g. an overdose in progress is also a medical emergency). */
  alsoFlags?: RiskFlag[];
  /** The sentence must also match this (context that gives the hit its meaning). */
  requires?: RegExp;
  /** Skip when the hit sits in an "if ..." / "what if" / "asked if" clause (hypothetical). */
  hypotheticalSkips?: boolean;
  /** Skip when the hit is told as a simile ("career-wise I feel like I'm standing at the edge of a cliff"): a place or a posture as a figure of speech. */
  similesSkip?: boolean;
  /** Keep even in a general question (lethal-means requests are questions by nature). */
  evenInQuestions?: boolean;
  /** Keep even when the sentence is about fiction ("for a novel I'm writing..."). */
  evenInFiction?: boolean;
}

const rx = (...parts: string[]) => new RegExp(parts.join("|"), "g");

// Shared pieces.
const SELF = "(?:my ?self|my self)";
const REFLEXIVE = "(?:my ?self|herself|himself|themselves|themself)";
const POSSESSIVE = "(?:my|his|her|their)";
const ADV = "(?:(?:just|really|honestly|seriously|literally|actually|sometimes|often|still|kind of|sort of|so|even|truly|genuinely|almost|always|constantly|lowkey|highkey|also|too|kinda|sorta|finally|simply|actively|secretly|badly|desperately) )*";
const PILLS =
  "(?:pills|tablets|meds|medications?|medicine|capsules|painkillers|pain killers|antidepressants|sleeping pills|sleeping tablets|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|advil|benadryl|xanax|valium|insulin|opioids|oxy\\w*|sertraline|prozac|lithium|seroquel|them|it all)";
const BIG_QUANTITY =
  "(?:all|every|an entire|the entire|the whole|a whole|whole|a full|a bunch|bunch|a load|load|loads of|a handful|handful|a lot|lots|loads|too many|way too many|[1-9]\\d+|twenty|thirty|forty|fifty|sixty|a hundred|two bottles|a bottle|a box|a pack|a packet|two packs|the rest|a month'?s? (?:worth|supply))";

/**
 * Dying in a video game ("died 200 times to her… wanna die again on the next boss lol"): a game's
 * words in the sentence and nothing that says it is meant for real life ("wish irl had that").
 */
const GAME_DEATHS = String.raw`^(?=.*\b(?:boss|bosses|respawn\w*|checkpoint|speedrun\w*|raid|dungeon|permadeath|next level|final level|hardcore mode|elden ring|dark souls|minecraft|fortnite|controller|ranked match)\b)(?!.*\b(?:irl|in real life|for real|not (?:even )?a joke|actually|literally|myself)\b)`;
export const PERSON = `(?:him|her|them|everyone|everybody|someone|somebody|people|my (?:\\w+ )?(?:${RELATION}|boss|manager|teacher|landlord|family|ex)|(?:that|this|the) (?:guy|girl|man|woman|dude|bitch|bastard|asshole|jerk|kid|kids|teacher|boss|neighbou?r|prick|cunt)|the (?:\\w+ )?(?:kids|people|students|class|school|teachers|family)|all of them|them all)\\b`;
const ABUSER = `(?:he|she|they|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mom|mum|mam|mother|step[- ]?dad|step[- ]?father|step[- ]?mom|step[- ]?mum|step[- ]?mother|step[- ]?brother|parents?|brother|sister|uncle|aunt|grandpa|grandfather|cousin|boss|coach|teacher|pastor|priest|babysitter|roommate|fiance|fiancee|family|carer|caregiver|caretaker|son|daughter|grandson|granddaughter|stepson|stepdaughter|nephew|niece|son in law|daughter in law|nurse|neighbou?r)|(?:his|her|their) (?:\\w+ )?(?:dad|father|mom|mum|mother|husband|boyfriend|wife|girlfriend|uncle|aunt|step[- ]?dad|step[- ]?father|step[- ]?mom|step[- ]?mum|brother|sister|cousin|grandpa|grandfather|coach|teacher|babysitter|tutor|neighbou?r|carer|priest|pastor))`;
// "her" is the victim, not a possessive before a thing ("punched her wardrobe door").
const VICTIM = "(?:me|us|(?:my|our) (?:mom|mum|mother|sister|brother|kids?|children|son|daughter|baby|siblings?|little \\w+|dog|cat)|her(?! (?:wardrobe|door|bedroom|room|wall|desk|pillow|bed|phone|laptop|bag|locker|car|mirror|window|fist|hand|knuckles|own|way|books?|toys?|stuff|things)\\b)|him|them|the (?:kids|children|baby|toddler)|(?:his|her|their) (?:kids?|children|son|daughter|baby|toddler|wife|girlfriend))";
const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/**
 * Obvious hyperbole about a trivial ordeal with a joke marker: "if I have to sit through one more
 * meeting I'm going to kill myself 😂 jk". Not when the joke is taken back ("lol ... no but fr").
 */
const JOKE_TRIVIAL =
  /^(?=[^]*\bif i (?:have to|had to|hear|see|get|do|sit) [^]*\b(?:one more|another|again)\b)(?=[^]*(?:\b(?:jk|just kidding|(?<!not )kidding|(?<!not )joking|lol|lmao)\b|[\u{1F602}\u{1F923}]))(?![^]*\b(?:fr|for real|seriously|not (?:ok|okay|joking|kidding)|no but)\b)/u;

/**
 * "kms this traffic", "kms this traffic on the 405 is criminal", "calc quiz killed me 💀 kms": the words
 * aimed at a thing (with no time word after "this"), or beside "X killed me" and a skull — a complaint,
 * unless the person says they mean it.
 */
const COMPLAINT =
  /^(?![^]*\b(?:fr|for real|seriously|not (?:joking|kidding)|i mean it)\b)(?:[^]*\bkill (?:my ?self|myself) (?:this|that|these|those) (?!weekend|week|morning|evening|afternoon|time|year|month|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn|fall|way|tonight|today|now)\w+\b(?! (?:night|evening|morning|weekend|week)\b)|(?=[^]*\b(?:killed|killing|murdered|destroyed|ended) me\b)(?=[^]*[\u{1F480}\u{2620}]))/u;

/** After "unalive": not aimed at someone else ("unalive my little brother" is a threat, "unalive the ender dragon" a game). */
const NOT_AT_SOMEONE = "(?! (?:him|her|them|you|u|someone|somebody|people|everyone|my (?!self\\b)\\w+|the \\w+|this \\w+|that \\w+))";

/** Ideation, intent, plans, preparatory acts and attempts (about oneself, or someone else). */
export const SUICIDE_RULES: RiskRule[] = [
  // --- passive ideation: wish to be dead / not wake up (C-SSRS 1) -> low
  {
    id: "si.passive.wish-dead", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:wish|wished|wishing|hope|hoping|pray|praying)(?:s)? (?:that )?(?:i|he|she|they) (?:was|were|am|would|could|had|will|just|would just|could just)? ?(?:be |been |just )?(?:dead|die|died|never (?:been )?born|not (?:been )?born|gone forever|not alive|not exist|stop existing|cease to exist|disappear forever|get hit by a (?:car|bus|truck|train)|do not (?:wake up|make it)|never wake up|would not wake up|will not wake up)`,
      `\\bwish(?:ed|ing)? i (?:did not|could not|do not) (?:exist|wake up|have to wake up|have to exist|have to be alive)\\b`,
      `\\bwish(?:ed|ing)? i (?:was|were) (?:not|never) (?:alive|born|here anymore|around anymore)\\b`,
    ),
  },
  {
    id: "si.passive.not-wake", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    unless: /\b(?:early|alarm|on time|for (?:work|school|class)|at [0-9]|tomorrow morning early|so early)\b/,
    re: rx(
      `\\b(?:hope|hoping|wish|wishing|pray|praying|want|wanting|prefer)(?:s)? (?:that )?(?:i |he |she |to )?(?:(?:would|could|will|do|just|never|could just|would just|did) )*(?:not|never) (?:to )?wake up\\b`,
      `\\b(?:sleep|go to sleep|fall asleep|fell asleep|going to sleep|to sleep) and (?:just )?(?:not|never) (?:wake|waking) up\\b`,
      `\\b(?:do not|did not|never) (?:want|wanna) to wake up(?: (?:ever|again|anymore|tomorrow|in the morning))?\\b`,
      `\\bnever wake up again\\b`,
      // "to the point where I'd rather never wake up anymore" (the clock and the alarm are read above, in `unless`).
      `\\b(?:would|had) (?:much |just )?rather (?:just )?(?:not|never) wake up\\b`,
      `\\b(?:want|wanna|wish|wishing|just|hope|like|would love|need) (?:to |i could |i would |i can |i )?(?:(?:go to|fall a|just) )?sleep (?:forever|for ever|permanently|and never wake)\\b`,
      `\\beternal sleep\\b`,
    ),
  },
  {
    id: "si.passive.want-die", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    unless: new RegExp(String.raw`[\u{1F602}\u{1F923}]|\b(?:die|dead) (?:of|from) (?:embarrass|shame|laugh|cringe|boredom)|\b(?:embarrass\w*|cringe\w*|awkward|mortif\w*|humiliat\w*|so funny)\b|\bdie (?:for|on) (?:this|that) hill\b|${GAME_DEATHS}`, "u"),
    re: rx(
      `\\b(?:want|wants|wanted|wanting|wanna|wish|wishes|would like|ready|longing|long|need|deserve|deserves|hope|hoping|trying|prefer|would rather|i would rather|rather) (?:to )?${ADV}(?:die|be dead|not be alive|not exist|stop existing|cease to exist|disappear forever|disappear for good|disappear permanently|not be here anymore|be gone forever|just die)\\b(?! for (?:a|some|this|that|the|your)\\b)(?! than)(?! (?:laughing|of laughter|from laughing|of embarrassment|of boredom|of cringe|of shame)\\b)(?! to (?:my |the )?(?:old self|self|myself|sin|the flesh|my ego|ego|the old me|my old life)\\b)`,
      `\\bi (?:just )?(?:hope|wish) i (?:just )?(?:die|was dead|were dead|would die|could die|do not make it)\\b`,
      // Fading out or being deleted, wished for oneself ("lowkey wish i could just fade out like a sim nobody plays").
      `\\b(?:wish|wishing|want|wanna) (?:i could |i would |to )?(?:just )?(?:fade (?:out|away)(?! of)(?= *(?:[.!?,;]|$| like| forever| for good| completely| and| until| till| into nothing))|be deleted|get deleted|delete myself|evaporate|dissolve into nothing)\\b`,
      `\\b(?:better|rather) (?:be )?dead\\b(?! than)`,
    ),
  },
  {
    id: "si.passive.not-live", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:do not|does not|did not|no longer|not|never|dont) (?:really |even |honestly )?(?:want|wanna|wish|feel like|care) (?:to )?(?:live|be alive|stay alive|exist|go on living|keep living|keep on living|continue living|keep going|go on|be around|be here|wake up|do life|do this life|be a person|be me)(?! with| in | at | near| there| here| together| alone| abroad| on campus| close| like this| like that| this way| without| for| on my own| by myself| a lie)(?: (?:anymore|any more|any longer|on this earth|in this world|another day|like this anymore))?\\b`,
      `\\b(?:not sure|do not know|unsure|no idea|not even sure) (?:if |whether |that )?i (?:even |really |still )?(?:want to|wanna|can|will) (?:live|be alive|keep going|go on|stay alive|keep living|be here)\\b`,
      `\\b(?:do not|no longer|not) (?:want|wanna) to be (?:here|alive|around) (?:anymore|any more|any longer|on this earth|in this world)\\b`,
      `\\bi am not (?:going to be|gonna be) (?:here|around) (?:much longer|for long|anymore)\\b`,
    ),
  },
  {
    id: "si.passive.no-reason", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:no|not any|not a|not see (?:a|the|any)|do not (?:really |even |honestly |actually )?see (?:a|the|any)|do not have (?:a|any)|can not (?:really |even )?see (?:a|the|any)|can not find (?:a|any)|what is the|there is no|no more|lost (?:my|the|all)|without (?:a|any)|is there (?:a|any)|not have (?:a|any)) (?:real |good |single )?(?:reason|point|purpose|will|reasons|motivation)s? (?:to|of|in|for) (?:keep |continue |even |go )?(?:on )?(?:living|live|being alive|going on|go on|staying alive|stay alive|being here|existing|exist|life anymore|life any more|keep going|trying to live)\\b(?! (?:in|at|with|near|abroad|on|off|together|alone|here|there|so close|so far)\\b)`,
      `\\bnothing (?:left )?(?:to live for|worth living for)\\b`,
      `\\b(?:lost|losing) the will to live\\b`,
      `\\bnot (?:worth|worthy of) living\\b`,
      `\\blife (?:is|feels|seems|just is|is just|has become|became) (?:not|no longer|never going to be|not even) worth (?:living|it|it anymore|going on|the effort)\\b`,
    ),
  },
  {
    id: "si.passive.burden", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:better|happier|easier|fine|lighter|freer) (?:off )?(?:without me|if i (?:(?:was|were|am|not|never|had|just|did|really|simply|been) ){0,3}(?:dead|gone|here|around|alive|born|died|disappeared|never born|not born|not around|not here|in it|in the picture|in their lives|in the world))\\b`,
      `\\bbetter off (?:dead|if (?:i|he|she) (?:died|killed|was gone|were gone))\\b`,
      `\\b(?:world|everyone|everybody|they|my family|people) (?:would|will) be (?:better|happier|fine) (?:off )?without (?:me|him|her)\\b`,
      `\\b(?:no one|nobody|noone|no body) (?:would|will|is going to|even)? ?(?:even )?(?:care|notice|miss me|cry|come to my funeral|be sad)(?: \\w+){0,3} if i (?:just )?(?:died|was gone|were gone|disappeared|killed myself|was dead|were dead|was not here|were not here|was not around|left for good|vanished|stopped existing|was not alive)\\b`,
      `\\b(?:no one|nobody|noone) (?:would|will) (?:even )?miss me\\b`,
    ),
  },
  {
    // "the world would keep spinning if I stopped existing", "they'd be relieved if I was gone"
    id: "si.passive.absence", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    requires: /\b(?:better|fine|easier|happier|relieved|relief|care|notice|miss|matter|spinning|go on|nobody|no one|noone|world)\b/,
    re: rx(
      `\\b(?:if|when|once) (?:i|he|she) (?:just |finally |simply )?(?:stopped existing|stop existing|ceased to exist|cease to exist|vanished|vanish|disappeared|disappear|was gone|were gone|am gone|died|die|was dead|were dead|am dead|(?:was|were) not (?:here|around|alive) (?:anymore)?|killed (?:my|him|her)self|did not exist|never existed|never woke up|did not wake up|was not born|were not born|was never born|ended it|took my (?:own )?life)\\b`,
    ),
  },
  {
    // Foreshortened future with death in it: "I can't see myself being alive next year".
    id: "si.passive.no-future", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:can not|do not|cannot|could not|never) (?:really |even )?(?:see|imagine|picture) (?:my ?self|him ?self|her ?self) (?:still being |being still |being |still )?(?:alive|here|around|living|making it|existing) (?:next|in|much|by|past|to|for|at)\\b`,
      `\\b(?:not|never) (?:going to|gonna) (?:be alive|make it) (?:to|past|until|much|another|through)\\b`,
      `\\b(?:go to|fall a|going to) ?sleep and (?:never|not) (?:come back|return|wake up)\\b`,
      `\\b(?:leave|leaving) (?:this world|this earth|this life)\\b`,
      `\\b(?:go|going|went) away (?:forever|for good|permanently)\\b`,
    ),
  },
  {
    id: "si.passive.over", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:want|wanting|need|wish|ready|wanna) (?:for )?(?:it all|everything|my life|life|all of it|this life) (?:all )?to (?:just )?(?:be over|end|stop)(?: forever| for good| permanently| now)?(?= *[.!?,;]|$| forever| for good| permanently)`,
      `\\b(?:want|wanting|need|wish|ready|wanna) (?:for )?it to (?:just )?(?:be over|end|stop),? (?:forever|for good|permanently)\\b`,
      `\\b(?:done|finished|tired|sick|exhausted|weary) (?:of|with) (?:living|life|being alive|existing|this life)\\b(?! (?:in|at|with|here|there))`,
      `\\bso (?:tired|done) of (?:living|being alive|existing)\\b`,
      `\\b(?:can not|can not really|do not want to) (?:go on|carry on|keep going|keep living|keep on living)(?: (?:anymore|any more|any longer|living|with life|with my life))?(?= *[.!?]|$| anymore| any more| any longer| living| with (?:life|my life))`,
    ),
  },
  {
    // Risk-taking in the hope of dying: passive ideation acted out ("drive fast hoping I crash").
    id: "si.passive.risk-taking", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(
      `\\b(?:hoping|hope|wishing|wish|praying|pray|want|wanting) (?:that )?(?:i |to )?(?:would |will |might |just )?(?:crash|crash into|get hit|get run over|be hit|die|get killed|be killed|do not make it|not make it|never come back|never wake up|fall)\\b(?=[^.!?]{0,60}\\b(?:driv\\w*|car|speed\\w*|fast|traffic|road|highway|bridge|edge|cross\\w*|walk\\w*|swim\\w*|ledge|roof|train|tracks)\\b)`,
      `\\b(?:driv\\w*|speed\\w*|walk\\w*|step\\w*|cross\\w*|swim\\w*) (?:\\w+ ){0,5}?(?:hoping|hope|wishing|praying|in the hope) (?:that )?(?:i |to )?(?:would |will |might )?(?:crash|get hit|get run over|die|get killed|do not make it|not make it|drown|fall)\\b`,
      `\\b(?:stopped|stop|not|quit) taking my (?:insulin|heart meds|heart medication|blood thinners|seizure meds) (?:\\w+ ){0,3}?(?:on purpose|so i|hoping|to die|because i do not care)\\b`,
    ),
  },
  // --- active ideation, non-specific (C-SSRS 2) -> low
  {
    id: "si.active.kill-self", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    unless: new RegExp(`${JOKE_TRIVIAL.source}|${COMPLAINT.source}|${/\bcould (?:just )?kill (?:my ?self|myself) for\b|\bkill (?:my ?self|myself) (?:laughing|at the gym|working out)\b/.source}`, "u"),
    re: rx(
      `\\b(?:kill|killing|k1ll|murder|murdering|off|offing) ?${REFLEXIVE}\\b`,
      `\\bunaliv\\w*\\b${NOT_AT_SOMEONE}(?: ${REFLEXIVE})?\\b`,
      `\\b(?:end|ending|take|taking) ${POSSESSIVE} (?:own )?life\\b`,
      `\\b(?:end|ending) it all\\b`,
      `\\b(?:want|wanted|wanting|going|ready|planning|plan|decided|need|thinking about|think about|thought about|considering|consider|about|urge|tempted|wanna) (?:to )?(?:just )?(?:end|ending) (?:it|things|everything)(?: all)?\\b(?! with| between| off| up| early| here| for (?:today|now|the day))`,
      `\\bcommit(?:ting)? suicide\\b`,
    ),
  },
  {
    // "No plan to kill myself" negates the plan, not the thought it presupposes: ideation without a
    // plan (C-SSRS 2), never read as nothing.
    id: "si.active.no-plan", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:do not|did not|no longer|not) (?:have|had|got) (?:a|any) (?:specific |real |actual )?plans? (?:to|for) (?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|myself)|(?:commit(?:ting)? )?suicide)\\b`,
      `\\b(?:no|without a|without any) (?:specific |real |actual )?plans? (?:to|for) (?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|myself)|(?:commit(?:ting)? )?suicide)\\b`,
    ),
  },
  {
    // Death weighed as the answer to one's problems ("ending it keeps looking like the most logical
    // option", "dying seems like the only way out"): thoughts of killing oneself, however calmly put.
    id: "si.active.as-solution", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true,
    re: rx(
      `\\b(?:ending it(?: all)?(?! with| between| off)|ending things(?! with| between| off)|ending everything|ending my life|killing myself|suicide|dying|not being (?:here|alive|around)|not existing|checking out) (?:\\w+ ){0,4}?(?:the |my |an |a )?(?:(?:most|more|very|only|best) )?(?:only|best|logical|easiest|obvious|last|sensible|rational|better|right|reasonable|simplest) (?:option|way out|answer|solution|choice|exit|way to go|thing to do)\\b`,
    ),
  },
  {
    // Algospeak for suicide written to dodge filters: "sewer slide", "self delete", "toaster bath".
    id: "si.active.algospeak", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    unless: /\b(?:messages?|app|apps|snapchat|files?|photos?|pictures?|tweets?|posts?|timer|chats?|group chat|server|account|data|program|script|code|feature|setting)\b/,
    re: rx(
      `\\bsewer ?slid\\w*\\b`,
      `\\bself[- ]?delet\\w*\\b`,
      `\\bdelete (?:my ?self|my existence)\\b`,
      `\\btoaster bath\\b`,
    ),
  },
  {
    id: "si.active.suicidal", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    unless: /\bsuicidal (?:patients|people|clients|individuals|teens|adolescents|youth|students|ideation\?|behaviou?rs? (?:in|among))\b|\b(?:passive|active) (?:and|or|vs|versus) (?:passive|active) suicidal\b/,
    re: rx(`\\bsuicidal\\b`, `\\bsuicidality\\b`),
  },
  {
    id: "si.active.thinking", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:think\\w*|thought\\w*|consider\\w*|contemplat\\w*|fantasi[sz]\\w*|obsess\\w*|dream\\w*|urges?|ideas?|images?|want\\w*|plan\\w*|research\\w*|googl\\w*|looked up|look up|debating|wonder\\w*) (?:about |of |on )?(?:(?:committing|attempting|doing) )?(?:suicide|being dead|not being alive|not existing|not being here|not being here anymore|ending (?:it|things|my life|everything|it all|all of this|this)|my death|dying by suicide|death as (?:a|an|the) (?:way|escape|option|relief))\\b(?! prevention| awareness| rates?| research| hotline| squad| doors?| statistics| run| mission| with| between| off)`,
      `\\bsuicide (?:has been|is|keeps|kept) (?:on my mind|in my head|crossing my mind|the only)\\b`,
      // Suicide weighed as one's own option: "suicide is looking pretty good", "seems like the answer".
      `\\bsuicide (?:is|seems|sounds|looks|feels|is looking|is starting to (?:look|sound|feel)|has started to (?:look|sound|feel)|keeps (?:looking|sounding)) (?:like )?(?:\\w+ ){0,2}?(?:good|better|appealing|tempting|nice|attractive|peaceful|easier|inevitable|an option|my (?:only |best |last )?(?:option|choice|way out)|the (?:answer|only (?:way|option|choice)|best (?:option|choice)|way out|easy way))\\b`,
      `\\b(?:the|a) thought of (?:suicide|dying|being dead|ending it)\\b`,
      `\\b(?:i am|am|i) (?:going to|gonna|might|will|should|could) (?:just )?kys\\b|\\bi (?:\\w+ ){0,2}kys\\b`,
      `\\b(?:want|wanna|going|gonna|plan\\w*|think\\w*|thought|ready) (?:to |about |of )?rop(?:e|ing)(?: my ?self)?(?= *[.!?,;]|$| tonight| soon| today)`,
      `\\bctb\\b`,
      `\\bcheck(?:ing)? out (?:of (?:life|this world|this life)|for good|permanently|early|forever)\\b`,
      `\\bcheck(?:ing)? out of (?:this |the )?(?:\\w+ ){0,2}?(?:called|named) life\\b`,
      `\\b(?:want|wanna|ready|going|plan\\w*|think\\w*|thought) (?:to |about |of )?check(?:ing)? out(?= *[.!?,;]|$| soon| tonight)`,
    ),
  },
  // --- ideation with a method (C-SSRS 3) -> moderate
  {
    id: "si.method", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "any", historical: true, negationInside: true,
    re: rx(
      `\\b(?:think\\w*|thought\\w*|imagin\\w*|pictur\\w*|fantasi\\w*|consider\\w*|urges?|tempted|want\\w*|wanna|plan\\w*|visuali[sz]\\w*|dream\\w*) (?:about |of |to )?(?:\\w+ ){0,5}?(?:jump\\w* (?:off|from(?! (?:one|topic|idea|thing|subject|task|thought)\\b)|in front of)|overdos\\w*|hang\\w* ${REFLEXIVE}|shoot\\w* ${REFLEXIVE}|slit\\w* ${POSSESSIVE}|drown\\w* ${REFLEXIVE}|step\\w* in front of|walk\\w* in front of|throw\\w* ${REFLEXIVE}|swerv\\w*|driv\\w* (?:my car |the car |off )?(?:into|off)|crash\\w* (?:my|the) car|gas\\w* ${REFLEXIVE}|poison\\w* ${REFLEXIVE}|cut\\w* (?:${POSSESSIVE} )?(?:wrists?|throat)|taking (?:all )?(?:my|the|those|these) (?:pills|meds|tablets)|swallow\\w* (?:all )?(?:my|the) (?:pills|meds|tablets)|(?:take|taking|swallow\\w*|down\\w*|neck\\w*) (?:all|the whole|a whole|the rest|every one|every last one|enough) (?:of )?(?:my |the |those |these |her |his |their |my \\w+ |our )?(?:\\w+ )?(?:pills|meds|tablets|medication|medicine|painkillers|morphine|oxy\\w*|insulin|sleeping pills|antidepressants|paracetamol|tylenol|codeine|tramadol|methadone|fentanyl|patches))`,
      `\\b(?:hang|shoot|drown|poison|gas|hanging|shooting|drowning|poisoning|electrocut\\w*|suffocat\\w*) ${REFLEXIVE}\\b`,
      `\\b(?:slit|slash)\\w* ${POSSESSIVE} (?:wrists?|throat)\\b`,
      `\\b(?:googl\\w*|search\\w*|research\\w*|look\\w* up|looking into|read\\w* (?:up )?(?:about|on)) (?:\\w+ ){0,2}?(?:ways to (?:die|kill ${SELF}|end (?:it|my life))|how to (?:die|kill ${SELF}|end (?:it|my life)|overdose)|suicide methods|methods of suicide|painless ways|lethal doses?|how many \\w+ (?:it takes|to die|would kill))`,
    ),
  },
  // --- intent / plan (C-SSRS 4-5) -> high
  {
    id: "si.intent", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    unless: JOKE_TRIVIAL,
    re: rx(
      `\\b(?:going to|gonna|about to|ready to|planning to|planning on|plan to|plan on|decided to|will|shall|intend to|intending to|i am finally going to|am going to) (?:\\w+ ){0,2}?(?:kill ${REFLEXIVE}|kms|end ${POSSESSIVE} (?:own )?life|take ${POSSESSIVE} (?:own )?life|end it(?: all)?(?! with| between| off| up| early| here| for today)|end this(?= *[.!?,;]|$| tonight| today| now)|end things(?= *[.!?,;]|$| tonight)|commit suicide|overdose|od\\b|hang ${REFLEXIVE}|jump (?:off|from|in front)(?! (?:the|a) (?:map|ledge of the map|edge of the map)\\b)|unalive\\b${NOT_AT_SOMEONE}|do it (?:tonight|tomorrow|today|this weekend|soon|on ${DAY}))`,
      `\\b(?:tonight|today|tomorrow) is the (?:night|day)\\b`,
      `\\b(?:i have|i have got|i am) (?:made up my mind|decided)\\b(?! (?:to|on|about) (?:go|quit|leave|move|study|take|buy|apply|try|start))`,
      `\\bthis is (?:my )?(?:last|final) (?:day|night|message|post|time i|week|weekend)\\b(?! (?:about|regarding|at|of|in this|before|with|on (?:this|the) (?:sub|subreddit|topic|thread|game|forum|job)|for (?:today|tonight|now|a while|the (?:day|night|week|year)|this (?:week|year|semester))))`,
      `\\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\\b`,
      `\\bknow (?:exactly )?(?:how|when|where)(?: and (?:how|when|where))?(?: i am going to| i will| i would| i am gonna| to) (?:do it|end it|kill ${SELF}|die|go)(?= *[.!?,;]|$| and| but)`,
    ),
  },
  // --- preparatory acts -> high (C-SSRS behaviour, past 3 months)
  {
    id: "si.prep.stockpile", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    // A traveller's supply ("my whole supply of meds with me for three months abroad") is no stockpile.
    unless: /\b(?:travel\w*|trip|holiday|vacation|customs|airport|abroad|backpacking|doctor'?s letter|for the flight|on the plane)\b/,
    re: rx(
      `\\b(?:saving|saved|save|stockpil\\w*|hoard\\w*|stash\\w*|gather\\w*|hiding|hid|set aside|putting aside|squirrel\\w*|been collecting|collecting|collected) (?:up )?(?:\\w+ ){0,5}?(?:pills|tablets|meds|medications?|painkillers|pain killers|sleeping pills|antidepressants|insulin|opioids|oxy\\w*|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|amitriptyline|sertraline|fluoxetine|citalopram|diazepam|valium|xanax|benzos?|lithium|quetiapine|zopiclone|morphine|fentanyl)\\b`,
      `\\b(?:stash|stockpile|hoard|supply|collection|stock) of (?:\\w+ )?(?:pills|tablets|meds|painkillers|pain killers|sleeping pills)\\b`,
      `\\b(?:pills|tablets|meds|painkillers|pain killers|oxy\\w*|opioids|sleeping pills|insulin|medication|paracetamol|acetaminophen|tylenol|ibuprofen|co-?codamol|codeine|tramadol|amitriptyline|sertraline|fluoxetine|citalopram|diazepam|valium|xanax|benzos?|lithium|quetiapine|zopiclone|morphine) (?:\\w+ )?(?:saved|stashed|hidden|set aside|stockpiled|saved up|ready|lined up|counted out|counted|laid out|set out|sorted out)\\b`,
      `\\b(?:tied|tying|made|making|bought|have|got) (?:a |the |my )?noose\\b`,
      `\\bnoose\\b`,
      `\\bexit bag\\b`,
    ),
  },
  {
    // Verb before the pills ("I've counted out my pills", "lined up all the tablets"); ordinary
    // medicine handling (an organiser, a refill, the pharmacist's advice) is not preparation.
    id: "si.prep.pills-readied", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    unless: /\b(?:organi[sz]er|pharmac\w*|refills?|prescriptions?|dosette|pill ?box|weekly|as prescribed|vitamins?|supplements?|for the week|doctor said|nurse)\b/,
    re: rx(
      `\\b(?:counted|counting|lined|lining|laid|laying|set|setting|sorted|sorting|crushed|crushing|emptied|emptying) (?:out |up )?(?:all )?(?:of )?(?:my |the |his |her |these |those )?(?:\\w+ )?(?:pills|tablets|meds|painkillers|pain killers|sleeping pills|capsules)\\b`,
    ),
  },
  {
    id: "si.prep.note", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    unless: /\b(?:leaving (?:the|my) (?:company|job|team|school)|retir\w*|moving (?:away|abroad|to)|new job|last day at (?:work|the office)|graduat\w*|farewell (?:party|card|lunch)|(?:before|ahead of|for) (?:the |my |our )?(?:\w+ ){0,2}?(?:move|moving|trip|wedding|baby|surgery|operation|procedure|deployment|travel\w*))\b/,
    re: rx(
      `\\bsuicide (?:note|letter|notes|letters)\\b`,
      `\\b(?:wrote|writing|written|write|posted|post|sent|send|left|leave|recorded|record|drafted|finished|finishing)(?: \\w+){0,2}? (?:goodbye|good bye|farewell) (?:notes?|letters?|messages?|videos?|posts?|texts?|emails?)\\b`,
      `\\b(?:goodbye|good bye) (?:notes?|letters?)\\b`,
      `\\bthis is (?:my )?goodbye\\b`,
      `\\bgoodbye (?:everyone|forever|world|cruel world|for good)\\b`,
      `\\bsaid (?:my|all my) goodbyes\\b`,
      // Letters that explain "why": "writing letters to everyone explaining why".
      `\\b(?:letters?|notes?|messages?|videos?|emails?) (?:to|for) (?:\\w+ ){0,2}?(?:explaining|to explain|telling (?:them|her|him|everyone)) why\\b(?! (?:i am|i will be|we are|i was|i have been|we have been) (?:late|moving|leaving the|quitting|away|absent|off|offline|not at))`,
      // Letters or a will "in case something happens to me": a goodbye in other words.
      `\\b(?:wrote|writing|written|write|left|leaving|made|making|updated|updating|finished) (?:\\w+ ){0,3}?(?:letters?|notes?|a will|my will|videos?|messages?) (?:\\w+ ){0,4}?(?:in case|for when|for after|if) (?:something|anything) (?:happens|were to happen|should happen) to me\\b`,
      `\\b(?:getting|got|putting|put) my (?:affairs|things|stuff|life) in order\\b(?! (?:before|for) (?:the|my) (?:move|moving|trip|wedding|baby|surgery|operation|deployment))`,
    ),
  },
  {
    id: "si.prep.give-away", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    unless: /\b(?:charity|donat\w*|moving|move|moved|declutter\w*|yard sale|garage sale|minimalis\w*|outgrown|spring clean\w*|sell\w*|sold|thrift|goodwill|downsiz\w*|surgery|operation|procedure|deployment|trip)\b/,
    re: rx(
      `\\b(?:giv\\w*|gave|given) (?:away )?(?:all |most )?(?:of )?(?:my|all my|his|her|their) (?:\\w+ ){0,2}?(?:things|stuff|belongings|possessions|games|clothes|books|pets?|cat|dog|guitar|jewelry|jewellery|art|collection|savings|prized|favorite things|valuables)(?: away)?\\b`,
      `\\bgiv\\w* (?:my |his |her )?(?:things|stuff|belongings|possessions) away\\b`,
      `\\b(?:putting|put|getting|got) my affairs in order\\b`,
    ),
  },
  // Weak preparatory cues: one alone is ordinary life ("I bought a rope for climbing");
  // with ideation or with another cue they are preparation.
  {
    id: "si.prep.means", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:climbing|camping|boat|sailing|hiking|gym|crossfit|(?<!not for )hunting|(?<!not for the )range|shooting range|tow|dog|laundry|swing|rodeo|tug of war|skipping|jump rope|craft|art)\b/,
    re: rx(
      `\\b(?:bought|buy|buying|got|have got|have|purchased|ordered|found|picked up|loaded|cleaned|hid|hidden|keep|keeps|keeping) (?:a |the |some |my |enough |new )?(?:rope|gun|shotgun|pistol|handgun|rifle|firearm|bullets?|ammo|razor blades?|razors|blades?|charcoal|helium|poison|belt)\\b`,
      `\\bthere (?:is|are) (?:a |an )?(?:loaded )?(?:gun|guns|shotgun|pistol|handgun|rifle|firearm) (?:in|at) (?:the |my |our |his |her )?(?:[\\w']+ ){0,2}?(?:house|home|flat|drawer|garage|wardrobe|closet|safe|cabinet|room|bedroom)\\b`,
    ),
  },
  {
    id: "si.prep.plan", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    re: rx(
      `\\b(?:i have|i have got|i have made|i made|i got|i have a|got a|have a|made a|make a|working on a|wrote out a|written out a|have the) (?:(?:specific|detailed|clear|whole|real|solid) )?plan\\b(?! (?:for (?:the|this|my|our|dinner|lunch|work|school|today|tomorrow)|b\\b|with))`,
      `\\b(?:picked|set|chosen|chose|have|got|decided on|planned) (?:a|the|my) (?:date|day|time|place|spot)\\b(?! for (?:the|our|my) (?:wedding|party|trip|move|meeting|interview|exam))`,
      `\\b(?:date|day|time|place|spot) (?:picked|set|chosen) out\\b`,
      `\\bknow (?:exactly )?(?:how|when|where) (?:i am going to|i will|i would|i am gonna|to) do it\\b`,
      `\\b(?:figured|worked) out (?:how|when|where) (?:i am going to|i will|to)\\b`,
      `\\bmade up my mind\\b`,
      `\\b(?:just )?(?:wanted|want|needed|came|here) to say (?:my )?goodbyes?\\b(?! to (?:my|the|this|our) (?:old|job|house|apartment|home|summer|city|town|school|car|team|class))`,
      `\\b(?:will not|do not think i will|never going to|am not going to|do not think i am going to) need (?:anything|it|them|any of (?:it|this|that)) (?:else|anymore|again|any more|after)\\b`,
      `\\b(?:will not|am not going to|do not think i will) be (?:here|around|alive) (?:much longer|for long|tomorrow|next (?:week|month|year)|by)\\b`,
      `\\b(?:looked|looking|look) up (?:how|ways|what it takes)\\b`,
      `\\b(?:thank you|thanks) for everything\\b`,
      `\\b(?:i am )?sorry for everything\\b`,
      `\\b(?:please )?(?:tell|let) (?:my|them|everyone) (?:\\w+ )?(?:know )?(?:that )?i (?:love|loved) (?:them|her|him|you)\\b`,
      `\\b(?:please )?take care of my (?:cat|dog|kids|children|pets?|family)\\b`,
      `\\bwhy i (?:had to|have to|did|am doing|needed to|chose to) (?:go|leave|do (?:it|this)|end it)\\b`,
      `\\b(?:wrote|writing|written|write|left|leaving) (?:\\w+ ){0,2}?letters? (?:to|for) (?:my|each|all|everyone|everybody|the)\\b`,
      `\\b(?:writing|write|wrote|posting|sending|this is|here is) (?:my|this) (?:last|final) (?:post|message|note|letter|words)\\b(?! (?:about|regarding|on (?:this|the) (?:sub|subreddit|topic|thread|game|forum)|for (?:today|tonight|now|a while)))`,
    ),
  },
  {
    id: "si.prep.aborted", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true, similesSkip: true,
    re: rx(
      `\\b(?:stood|standing|was|sat|sitting|climbed|went|got) (?:up )?(?:on|at|over|onto|to|out on) (?:the |a )?(?:edge|ledge|railing|tracks|rail|parapet) (?:of|on) (?:\\w+ ){0,4}?(?:but|and) (?:i )?(?:got scared|stopped|could not|did not|backed out|changed my mind|called|climbed back|went home|chickened out|froze)`,
      `\\b(?:stood|standing|sat|sitting|climbed) (?:on|at|over|onto) (?:the |a )?(?:edge|ledge|railing|tracks|parapet)\\b(?=.*\\b(?:jump|end it|die|but i (?:got scared|stopped|could not|did not|backed out|changed my mind)))`,
      `\\b(?:had|held|put|pressed) (?:the |a |my )?(?:knife|blade|razor|gun|pills|rope|noose|belt|cord) (?:to|against|in|around) (?:my )?(?:wrist|wrists|throat|neck|head|temple|mouth)\\b`,
      `\\b(?:had|held) (?:the |my |all the )?(?:pills|tablets) in my (?:hand|hands|mouth)\\b`,
      `\\bthe (?:rope|noose|belt|cord) (?:is|was) (?:around|round) my neck\\b`,
    ),
  },
  // --- attempts: in the past 3 months -> high (older attempts are past_risk)
  {
    id: "si.attempt", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:tried|try|trying|attempted|attempt|attempting) (?:to )?(?:kill ${REFLEXIVE}|end ${POSSESSIVE} (?:own )?life|take ${POSSESSIVE} (?:own )?life|commit suicide|suicide|overdose|od\\b|hang ${REFLEXIVE}|jump off|unalive|drown ${REFLEXIVE}|end it)`,
      `\\b(?:suicide attempt|my attempt|an attempt on my life|survived (?:my|an|a suicide) attempt)\\b`,
      // "I made an attempt when I was 19": an attempt with no object is on one's life.
      `\\bi (?:made|had) (?:an|a serious|my first|another|one|a real|a proper) attempt\\b(?! (?:to|at|on (?!my life)|with|of|in)\\b)`,
      `\\b(?:i|he|she|they) (?:have |has )?(?:overdosed|od'?d|attempted)\\b(?! (?:on|to|the|a|an|my|his|her|their) (?!last|\\d))`,
      `\\b(?:hospitali[sz]ed|in (?:the )?hospital|admitted|in the er|in icu|pumped my stomach|stomach pumped) (?:after|for|because of) (?:my |an |a )?(?:attempt|overdose|od|suicide attempt|trying to)\\b`,
    ),
  },
  {
    // A self-inflicted wound bleeding heavily now: "just slashed my wrist and there's blood everywhere".
    id: "si.in-progress.bleeding", flag: "suicidal_ideation", level: "imminent", escalate: true, subject: "any", alsoFlags: ["medical_emergency"], historical: true, hypotheticalSkips: true,
    unless: /\b(?:shaving|cooking|chopping|by accident|accidentally|accident|hiking|climbing|camping|gardening|fell|falling|slipped|tripped|on (?:a|the|some) (?:\w+ )?(?:rock|rocks|glass|knife|fence|nail|edge|can|tin|stone)|in the kitchen|at work)\b/,
    re: rx(`\\b(?:cut|slashed|slit|sliced|opened|stabbed) (?:open )?(?:${POSSESSIVE} )?(?:wrists?|arms?|throat|neck|veins?|thighs?|legs?|stomach)\\b(?=[^.!?]*\\b(?:blood (?:everywhere|all over)|so much blood|a lot of blood|lots of blood|bleeding (?:a lot|heavily|badly|everywhere|so much|really bad|loads|through)|soak\\w* through|pouring|gushing|spurting|will not stop|can not stop|feel (?:faint|dizzy|light ?headed)))`),
  },
  {
    // An attempt told as what happened: "jumped off the bridge but survived", "threw myself in front of a bus".
    id: "si.attempt.survived", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    requires: /\b(?:surviv\w*|hospital|ambulance|paramedics?|a and e|icu|er|broke|broken|woke up|did not die|failed|lived|rescued|pulled me out)\b/,
    re: rx(`\\b(?:i|he|she|they) (?:\\w+ )?(?:jumped|threw (?:my|him|her|them) ?self|stepped|walked|drove|lay down) (?:off|from|in front of|into|onto) (?:a|the) (?:\\w+ )?(?:bridge|building|roof|rooftop|car park|multi-storey|train|bus|truck|cliff|balcony|overpass|window|traffic|tracks|river|sea)\\b`),
  },
  // --- attempt or overdose in progress -> imminent (emergency services)
  {
    id: "si.in-progress", flag: "suicidal_ideation", level: "imminent", escalate: true, subject: "any", alsoFlags: ["medical_emergency"], historical: true, hypotheticalSkips: true,
    // "I take a bunch of laxatives or throw it all up" is purging (eating-disorder medical concern), not an overdose.
    unless: /\b(?:laxatives?|diuretics?|water pills|diet pills|slimming pills|senna|dulcolax)\b/,
    re: rx(
      `\\b(?:i |he |she |they )?(?:just |have just |has just |already |have already |has already |literally just |also )?(?:took|taken|take|swallowed|swallow|downed|ate|drank|chugged|popped|necked|overdosed on) (?:like |about |around |maybe |almost |over |at least |nearly |probably )?${BIG_QUANTITY} (?:of )?(?:\\w+ ){0,4}?${PILLS}\\b(?<!\\b(?:i|we|you) (?:take|swallow) (?:all|every) (?:of )?(?:\\w+ ){0,2}?\\w+)(?![^.!?]*\\b(?:every (?:morning|day|night|evening)|each (?:morning|day|night)|(?:a|per) (?:day|night|week)|(?:once|twice|three times) (?:a|per) day|in the (?:mornings?|evenings?)|daily|as prescribed|with (?:breakfast|food|my meals|meals)|organi[sz]er|pill ?box|dosette|with me|on (?:holiday|vacation|the trip|the plane)|in (?:my|the) (?:bag|suitcase|case|handbag))\\b)`,
      `\\b(?:i|he|she|they) (?:have |has )?(?:just )?(?:taken|took|had) (?:an|a) overdose\\b`,
      `\\b(?:i|he|she|they) (?:just )?overdosed (?:just now|tonight|an hour ago|minutes ago|right now|a few minutes ago|earlier tonight|this evening)\\b`,
      `\\b(?:pills|meds|tablets|it|they) (?:are|is) (?:starting to (?:kick in|work|take effect)|kick(?:ing)? in|working\\b(?! (?:out|on|for|at|with|hard|fine|well|again|properly|better|together|from|as)\\b)|work\\b(?= now\\b| already\\b)|tak(?:e|ing) effect)\\b`,
      `\\b(?:drank|swallowed|drinking|drunk|took|ingested) (?:some |a bottle of |a cup of |a glass of |the )?(?:bleach|antifreeze|drain cleaner|poison|pesticide|weed killer|rat poison|lighter fluid|detergent)\\b`,
      `\\bcut (?:${POSSESSIVE} )?(?:wrists?|arm|throat|neck|vein|veins) (?:too |really |so )?deep(?:ly)?\\b`,
      `\\b(?:will not|can not|does not|is not going to|won't) stop bleeding\\b`,
      `\\b(?:(?:i am|i'm|am) (?:standing |sitting |up |out )?|(?:standing|sitting|stood|sat) )(?:on|at) (?:the |a )?(?:edge(?! of (?:my|your|his|her|their|our|the) (?:seat|bed|chair|sofa|couch|desk|bath))|ledge|bridge|roof|rooftop|railing|tracks|cliff|balcony)(?: \\w+){0,6}? (?:right now|now)\\b`,
      // Alcohol and pills together, just taken: "necked a bottle of vodka and my mum's tablets".
      `\\b(?:took|taken|swallowed|downed|necked|drank|drunk|had|chugged) (?:\\w+ ){0,3}?bottle of (?:\\w+ )?(?:vodka|wine|whiskey|whisky|gin|rum|tequila|alcohol|booze|spirits|jack|brandy) (?:and|with|plus|on top of) (?:all |some |a load of |a bunch of |a handful of )?(?:of )?(?:my |the |her |his |\\w+ )?(?:\\w+ )?(?:pills|tablets|meds|painkillers|sleeping pills|xanax|benzos)\\b(?![^.!?]*\\b(?:usual|normal|regular|as prescribed|prescribed|with (?:dinner|breakfast|lunch|food|a meal|my meal)|every (?:day|night|morning|evening))\\b)`,
      // A hanging being set up now: the rope tied and standing on a chair.
      `\\b(?:rope|noose|belt|cord) (?:is |has been )?(?:tied|ready|set up|hung|secured|in place)\\b(?=[^.!?]*\\b(?:standing on|stood on|on (?:the|a) (?:chair|stool|ladder|bucket)|around my neck|round my neck)\\b)`,
      `\\b(?:gun|barrel) (?:is )?(?:in my mouth|to my head|against my head)\\b`,
    ),
  },
];

/** Self-harm: current cutting, burning, scratching until bleeding -> at least moderate. */
export const SELF_HARM_RULES: RiskRule[] = [
  {
    id: "sh.act", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:meltdowns?|autis\w*|non-?verbal|stimming|learning disabilit\w*|shaving|cooking|chopping|by accident|accidentally|accident|on (?:a|the|some) (?:\w+ )?(?:glass|knife|paper|can|edge|stove|oven|pan|iron|fence|nail|rocks?|stone)|hiking|climbing|camping|gardening|in the kitchen|at the gym|at work|playing|lifting|running|training|working out|skiing|exercis\w*|when i fell|fell|falling|slipped|tripped)\b/,
    re: rx(
      `\\b(?:cut|cuts|cutting|slice|slicing|sliced|carv\\w*|scratch\\w*|burn\\w*|hit\\w*|punch\\w*|bang\\w*|bit|bite|biting|hurt\\w*|harm\\w*|stab\\w*|bruis\\w*|punish\\w*|mutilat\\w*) (?:${REFLEXIVE}|${POSSESSIVE} (?:own )?(?:arms?|wrists?|thighs?|legs?|stomach|skin|hips?|ankles?|forearms?|body))\\b`,
      `\\b(?:cut|cutting|carv\\w*|slic\\w*|burn\\w*|scratch\\w*|etch\\w*) (?:\\w+ ){0,3}?${POSSESSIVE} (?:own )?(?:arms?|wrists?|thighs?|legs?|stomach|skin|hips?|ankles?|forearms?)\\b`,
      `\\b(?:dig|digs|digging|dug|pinch\\w*) (?:my |his |her )?(?:nails|fingernails)? ?into (?:${POSSESSIVE} )?(?:own )?(?:arms?|wrists?|thighs?|legs?|skin|stomach|forearms?)\\b`,
      `\\bpinch\\w* (?:${REFLEXIVE}|${POSSESSIVE} (?:own )?(?:arms?|wrists?|thighs?|legs?|skin|stomach|forearms?)) (?:\\w+ ){0,4}?(?:until|till|so hard|hard enough)\\b`,
      `\\b(?:used|use|using|take|took|taking|put|putting|press\\w*|held|hold\\w*) (?:a |the |my |some )?(?:razor|razors|blade|blades|knife|lighter|scissors|compass|broken glass|glass|sharpener|cigarettes?|hot metal) (?:on|to|against|into|across) ${POSSESSIVE} (?:own )?(?:\\w+ )?(?:arms?|wrists?|thighs?|legs?|stomach|skin|hips?|body|ankles?|forearms?)\\b`,
    ),
  },
  {
    id: "sh.cutting", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:been|started|start|keep|kept|still|resumed|began|begun|go back to|went back to|back to|stop|stopped|quit) (?:\\w+ )?(?:cutting|burning|scratching|self harming|self-harming)\\b(?=\\s*(?:again|deeper|more|for|since|every|when|and (?:it|i|the|now)\\b|to (?:cope|feel|calm|numb)|on my|my (?:arms?|legs?|thighs?|wrists?|stomach|skin|hips?)|[.!?,;]|$))`,
      `\\bcutting (?:is|was|has been|helps|became|feels) (?:the only|my|what|a way|how i)\\b`,
      `\\bused to (?:cut|burn|scratch|self harm|hurt ${REFLEXIVE})\\b`,
      `\\bi (?:cut|burn|scratch) (?:to|when|because|so) (?:cope|feel|i feel|i am|calm|numb|punish)\\b`,
    ),
  },
  {
    // "Until it bleeds" is self-harm unless it describes a compulsion (washing, picking, biting):
    // that needs care too, but not crisis resources.
    id: "sh.until-bleed", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:wash\w*|scrub\w*|pick\w*|bite|biting|bit|chew\w*|nails?|cuticles?|gums?|brush\w*|floss\w*|nose|pimples?|spots|acne|scabs?|germs?|clean\w*|sanitiz\w*|sanitis\w*)\b/,
    re: rx(`\\b(?:until|till|til) (?:it|they|i|there (?:are|is|were|was)|i (?:have|get|got)) (?:bleed|bleeds|bled|bruise|bruises|blister|blood|welts?|welted|breaks? the skin|broke the skin|leaves? (?:a )?marks?|left (?:a )?marks?)\\b`),
  },
  {
    // Hitting one's own head or face to cope or to punish: "punch walls and hit my head until it
    // hurts", "slap my face really hard when I'm angry at myself". Accidents and the idiom are not.
    id: "sh.strike", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:by accident|accidentally|accident|fell|slipped|tripped|cupboard|door ?frame|ceiling|shelf|car door|headboard|low beam|brick wall|figuratively|metaphorically|toddler|baby|infant|tantrums?)\b|\blike (?:hitting|banging) (?:my|your) head\b/,
    re: rx(
      `\\b(?:hit|hits|hitting|bang|bangs|banging|banged|punch\\w*|slam\\w*|smash\\w*|slap\\w*|beat|beats|beating) (?:my|his|her|their) (?:own )?(?:head|face|skull|temples?) (?:\\w+ ){0,5}?(?:until|till|on purpose|over and over|again and again|repeatedly|really hard|so hard|hard enough|to (?:feel|calm|stop|punish|make|get)|when (?:i|he|she) (?:am|is|get|gets|feel|feels|was|got) (?:\\w+ )?(?:angry|mad|upset|overwhelmed|stressed|frustrated|anxious|panicky|bad|furious))\\b`,
      `\\b(?:snap\\w*|flick\\w*|ping\\w*) (?:a |the |my )?(?:rubber ?bands?|hair ?bands?|hair ties?|elastic bands?|bands?) (?:\\w+ ){0,4}?(?:until|till|til) (?:it|they|i) (?:welts?|welted|bleeds?|bled|bruises?|leaves? marks?|breaks the skin)\\b`,
    ),
  },
  {
    id: "sh.term", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:urges?|tempted|want to|wanna|craving)\b|\bhow (?:do|can|should|would|could) (?:i|we) (?:best )?(?:talk|speak|bring (?:it )?up|raise|explain|approach|teach|support|help|be there for)\b(?![^]*\b(?:found|caught|saw|noticed|discovered|told me|admitted|cuts|scars|marks|blood|bleeding|right now|tonight|hospital|worse|deeper)\b)/,
    re: rx(
      `\\bself[- ]?harm\\w*\\b`,
      `\\bself[- ]?(?:injur\\w*|mutilat\\w*)\\b`,
      `\\brelaps\\w* (?:on|with|into|in) (?:self harm|sh|cutting|it)\\b`,
      `\\bsh (?:again|urges?|relapse|scars?|tonight)\\b`,
    ),
  },
  {
    id: "sh.urge", flag: "self_harm", level: "low", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:urges?|tempted|want|wanting|wanna|need|craving|itching) (?:to |for )?(?:\\w+ )?(?:cut|self harm|self-harm|hurt ${REFLEXIVE}|harm ${REFLEXIVE}|burn ${REFLEXIVE}|sh)\\b(?! (?:my|your|the|his|her|down|back|out|off|ties|in line|corners|class|carbs|costs))`,
    ),
  },
  {
    id: "sh.worse", flag: "self_harm", level: "high", escalate: true, subject: "any", historical: true,
    re: rx(`\\b(?:cutting|cut|cuts|burns) (?:\\w+ )?(?:deeper|need(?:ed|s)? stitches|got infected|to the bone)\\b`, `\\bdeeper this time\\b`),
  },
];

/** Intent or plan to hurt someone else. */
export const HARM_OTHERS_RULES: RiskRule[] = [
  {
    id: "hto.intent", flag: "harm_to_others", level: "high", escalate: true, subject: "self",
    // An explicit retraction right after the words ("(I'm not, he's 7, but I'm so mad)") marks them as not meant.
    unless: /\b(?:lol|lmao|haha\w*|jk|just kidding|(?<!not )kidding|(?<!not )joking)\b|\(\s*(?:i am not|not really|not literally|obviously not|i would not|i will not)\b|[\u{1F602}\u{1F923}]|\b(?:afraid|scared|worried|fear|fears|terrified|nervous|anxious) (?:that )?i (?:will|might|would|could|may)\b|\bfor (?:eating|taking|drinking|using|stealing|leaving|borrowing|finishing|forgetting|breaking|losing|not|being|making|saying|telling|spoiling|hogging|wearing|touching)\b|\b(?:if|when) (?:he|she|they) (?:eats?|takes?|touch(?:es)?|uses?|forgets?|does that|finds? out|sees?) (?:my|that|this|it|again)\b|\b(?:in|at) (?:the|this|that) (?:game|match|exam|test|interview)\b/u,
    re: rx(
      `\\b(?:going to|gonna|about to|planning to|planning on|plan to|will|ready to|decided to|intend to|am finally going to|swear i will|swear i am going to) (?:\\w+ ){0,1}?(?:kill|murder|stab|shoot|strangle|choke|poison|hurt|beat up|beat the shit out of|attack|slit|run over|bash|smash|torture|burn|kidnap|rape|hurt) ${PERSON}`,
      `\\b(?:shoot|shooting|shot|bomb|bombing) up (?:the|my|a|this|his|her|their|our) (?:school|office|work|mall|church|mosque|synagogue|temple|class|campus|party|place|club|youth club|nightclub|gym|concert|festival|hospital|station|stadium|college|uni|university|library|store|supermarket)\\b`,
      `\\bbring (?:a|my|the|his|dad's|my dad's) (?:gun|knife|rifle|weapon|bomb|pistol) to (?:school|work|class|the office|church|campus|the party|the game)\\b`,
      // Serious injury named instead of "kill": "I'll break her neck", "put him in hospital", "end him".
      `\\b(?:going to|gonna|about to|planning to|plan to|will|ready to|decided to|swear i will|swear i am going to) (?:\\w+ ){0,1}?(?:break|snap|smash|bash|cave|slit|cut) (?:his|her|their) (?:\\w+ )?(?:neck|legs|jaw|face|skull|head|throat|arms?|nose)\\b`,
      `\\b(?:going to|gonna|about to|planning to|plan to|will|ready to|decided to|swear i will|swear i am going to) (?:\\w+ ){0,1}?(?:beat|kick|stab|choke|strangle) ${PERSON} to death\\b`,
      `\\b(?:going to|gonna|about to|planning to|plan to|will|ready to|decided to|swear i will|swear i am going to) (?:\\w+ ){0,1}?(?:put|send) (?:him|her|them) (?:in|into|to) (?:the |a )?(?:hospital|ground|grave|coffin|wheelchair|morgue)\\b`,
      `\\b(?:going to|gonna|about to|planning to|plan to|will|ready to|decided to|swear i will|swear i am going to) (?:\\w+ ){0,1}?end (?:him|her|them)\\b(?! (?:a|an|the|my|some|off)\\b)`,
    ),
  },
  {
    // A near miss is behaviour, not talk: fear of doing it again does not make it safer.
    id: "hto.near-miss", flag: "harm_to_others", level: "high", escalate: true, subject: "self",
    unless: /\b(?:lol|lmao|haha\w*|jk|just kidding|kidding|joking)\b|\b(?:in|at) (?:the|this|that) (?:game|match)\b/,
    re: rx(`\\b(?:came close to|almost|nearly) (?:stabbing|hurting|killing|strangling|shooting|choking|attacking|running over) ${PERSON}`),
  },
  {
    id: "hto.ideation", flag: "harm_to_others", level: "moderate", escalate: true, subject: "self", negationInside: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|just kidding|kidding|joking|intrusive|horrif\w*|would never|terrif\w*|disgust\w*|unwanted|ocd|postpartum|scares? me|hate that i|(?:horrible|awful|disturbing|sick|random|sudden|weird|dark|scary|intrusive) (?:thought|thoughts|image|images|flash|flashes|picture|pictures))\b|[\u{1F602}\u{1F923}]|\bfor (?:eating|taking|drinking|using|stealing|leaving|borrowing|finishing|forgetting|breaking|losing|not|being|making|saying|telling|spoiling|hogging|wearing)\b|\b(?:he|she|they) (?:never|always|keeps?|ate|took|used|forgot|left)\b/u,
    re: rx(
      `\\b(?:want|wanted|wanting|wanna|need|tempted|urge|urges) (?:to )?(?:really )?(?:kill|murder|stab|shoot|strangle|poison|hurt|beat up|attack|run over|torture) ${PERSON}`,
      `\\b(?:fantasi[sz]\\w*|think\\w*|thought\\w*|dream\\w*|obsess\\w*|imagin\\w*|pictur\\w*|visuali[sz]\\w*) (?:about |of )?(?:\\w+ ){0,2}?(?:killing|hurting|stabbing|shooting|murdering|strangling|poisoning|attacking|torturing) ${PERSON}`,
      `\\b(?:make|making) (?:\\w+ ){0,2}?(?:pay|suffer|regret it)\\b(?! (?:for (?:the|my|our|dinner|lunch|it|this|that|rent|bills?|his|her) ?(?:bill|meal|dinner|lunch|drinks?|rent|share|part|ticket)?|rent|bills?|back|attention|interest))`,
      `\\b(?:thinking|thought) about how (?:to|i would|i could|i will|i am going to) (?:do it|hurt|kill|get back at|get revenge)`,
      `\\bget(?:ting)? revenge on\\b`,
      `\\b(?:fantasi[sz]\\w*|think\\w*|thought\\w*|dream\\w*|imagin\\w*|want\\w*|tempted) (?:about |of |to )?(?:\\w+ )?(?:running|run|mowing|mow|ploughing|plowing) (?:${PERSON} (?:over|down)|over ${PERSON}|(?:\\w+ ){1,4}?(?:over|down) with (?:my|the|a|his|her) (?:car|truck|van))`,
    ),
  },
  {
    id: "hto.location", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    re: rx(`\\bknow where (?:he|she|they|my \\w+|that \\w+|the \\w+|his|her) (?:\\w+ ){0,2}?(?:lives?|works?|parks?|stays?|sleeps?|goes|hangs out|will be|car|house|is staying)\\b`),
  },
  {
    // Stalking and a promise of revenge: weak alone ("she'll regret leaving"), a plan together.
    id: "hto.stalk", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    unless: /\b(?:on (?:instagram|insta|twitter|tiktok|facebook|social media|youtube|spotify|linkedin)|podcast|band|career|the news|the story|the case|the game|the match|the season|the show)\b/,
    re: rx(
      `\\b(?:know|learned|learnt|memori[sz]ed|worked out|figured out) (?:all )?(?:his|her|their|my ex's|my exs) (?:daily |whole |new )?(?:schedule|routine|movements|shifts|new address|address|route home|commute)\\b`,
      `\\b(?:been |started |keep |kept )?(?:following|stalking|tracking|watching) (?:him|her|them|my ex|${PERSON}) (?:\\w+ ){0,3}?(?:home|around|to work|from work|every day|at night|for weeks|for days|without (?:him|her|them) knowing)\\b`,
      `\\b(?:been|started|keep|kept|i am) (?:following|stalking) (?:my ex|him|her|them)\\b`,
      `\\bstalk\\w* (?:my ex|him|her|them)\\b`,
      `\\b(?:drive|drives|drove|driving|walk|walks|walked|walking|sit|sat|sitting|park|parked|parking) (?:past|outside|by|near) (?:his|her|their|my ex|my exs) (?:\\w+ )?(?:house|flat|place|apartment|work|office|home) (?:\\w+ ){0,2}?(?:every (?:night|day)|most (?:nights|days)|at night|all the time|a lot|again|for hours)\\b`,
    ),
  },
  {
    id: "hto.regret", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking|without (?:me|her|him)|how (?:well|good|happy)|when i am (?:rich|famous|successful))\b/,
    re: rx(`\\b(?:he|she|they|my ex) (?:will|is going to|are going to|is gonna) (?:really )?regret (?:it|this|that|leaving|dumping|cheating|what|the day|ever|crossing|messing|hurting|firing)\\b`),
  },
  {
    id: "hto.means", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    unless: /\b(?:hunting|range|shooting range|kitchen|cooking|camping)\b/,
    re: rx(`\\b(?:bought|buy|buying|got|have|purchased|ordered|loaded|cleaned|sharpened|carry|carrying|has|keeps|sharpening|been sharpening) (?:a |the |my |some |his |her )?(?:gun|shotgun|pistol|handgun|rifle|firearm|knife|machete|bat|ammo|bullets)\\b`),
  },
];

/** Domestic violence, child abuse, sexual assault, a minor at risk. */
export const ABUSE_RULES: RiskRule[] = [
  {
    id: "abuse.physical", flag: "abuse", level: "moderate", escalate: true, historical: true, negationInside: true,
    unless: /\b(?:(?:they|it|he|she|spiders?|dogs?) (?:can not|could not|cannot|will not|would not|do not|does not) (?:really )?hurt (?:me|you|us)|at (?:chess|cards|tennis|pool|golf|mario|fifa|poker|monopoly|basketball|the game|games|video games|it)|in (?:a|the) (?:game|race|match)|to it|hit me up|hits? me (?:with|as) (?:a|the) (?:question|idea|realization|thought|wave)|hit me hard|playful\w*|pushing me to|pushes me to|pushed me to|pushed me into (?:applying|trying|going)|push\w* (?:me|us|him|her) (?:really |so |very |too )?hard (?:in|at|during|with) (?:practice|training|class|school|work|the gym|lessons|rehearsals?|games?|drills?|sessions?))\b/,
    re: rx(
      `\\b${ABUSER} (?:\\w+ ){0,3}?and (?:hits?|beats?|push\\w*|shov\\w*|kicks?|slaps?|punch\\w*|chokes?|smacks?) ${VICTIM}\\b(?! out| off| up| over| around the)`,
      `\\b${ABUSER} (?:\\w+ ){0,2}?(?:hits?|hitting|beats?|beating|beat|punch\\w*|kicks?|kicked|kicking|slaps?|slapped|slapping|chokes?|choked|choking|strangl\\w*|shov\\w*|push\\w*|throws? (?:things )?at|threw (?:things )?at|burns?|burned|burnt|drags?|dragged|bites?|bit|hurts?|abus\\w*|batter\\w*|smack\\w*|whips?|whipped|belts?|pinned|pins|grabbed|grabs|twisted) ${VICTIM}\\b(?! out| off| up| over| around the)`,
      `\\b(?:i am|i was|i get|i got|been|being|i have been) (?:\\w+ )?(?:hit|beaten|abused|hurt|choked|strangled|kicked|punched|slapped|battered) by (?:my|her|his|their) `,
      // Thrown or slammed against something: "he threw me against the wall", "shoved her down the stairs".
      `\\b${ABUSER} (?:\\w+ ){0,2}?(?:threw|throws|throwing|flung|flings|slammed|slams|slamming|shoved|shoves|shoving|pushed|pushes|dragged|drags) ${VICTIM} (?:against|into|down|across|onto|to|off|out of) (?:the |a )?(?:wall|walls|floor|ground|stairs|door|table|car|counter|wardrobe|bath|radiator|window)\\b`,
      `\\b(?:domestic (?:violence|abuse)|abusive (?:relationship|husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|parents?|home|household|stepdad))\\b`,
    ),
  },
  {
    id: "abuse.threat-life", flag: "abuse", level: "high", escalate: true, historical: true,
    unless: /\b(?:when|once) (?:she|he|they|my \w+) (?:sees?|finds? out|hears?|notices?|gets? home and sees|learns?|catches?|discovers?)\b|\bif (?:she|he|they|my \w+) (?:ever )?(?:finds? out|sees?|knew|knows|hears?|catches?|discovers?|notices?)\b|\bif i (?:\w+ ){0,2}?(?:missed|miss|forget|forgot|am late|was late|fail|failed|break|broke|lose|lost|do not|did not|touch|use|eat|take|borrow|play|read|wear|tell(?! (?:anyone|anybody|someone|somebody|the police|police|a teacher|the teacher|my teacher|social services|people|what (?:he|she|they)|about (?:what|him|her|this))))\b|\bone more (?:\w+ ){0,2}?(?:typo|mistake|error|time|slip|complaint)s?\b|\bjust (?:how|the way) (?:he|she|they) (?:talks?|speaks?|is|are)\b|\b(?:will not|would not|is not going to|are not going to) actually\b|\b(?:lol|lmao|haha\w*|phone bill|grades?|curfew|report card|jk)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}]/u,
    re: rx(
      `\\b${ABUSER} (?:\\w+ ){0,3}?(?:threaten\\w*|said|says|swore|swears|told me|texted|yelled|screamed|promised|keeps saying|keeps threatening|warned) (?:\\w+ ){0,3}?(?:to )?(?:kill|murder|shoot|stab|hurt|end|burn|bury) ${VICTIM}(?!\\w)`,
      `\\b${ABUSER} (?:\\w+ ){0,3}?(?:threaten\\w*|said|says|swore|swears|told me|warned) (?:\\w+ ){0,3}?(?:break|snap) (?:my|our) (?:\\w+ )?(?:wrist|wrists|arm|arms|legs?|neck|jaw|nose|fingers?|ribs|hand|hands)\\b`,
      `\\b${ABUSER} (?:is going to|will|would|wants to|is gonna|might|tried to|try to|tries to) (?:kill|murder|shoot|stab|strangle|choke) ${VICTIM}(?!\\w)`,
      `\\b${ABUSER} (?:\\w+ ){0,2}?(?:chok\\w*|strangl\\w*|smother\\w*) ${VICTIM}`,
      `\\b(?:held|holds|pointed|points|put|puts|pulled) (?:a |the |his |her )?(?:gun|knife|blade) (?:to|at|on|against) (?:my|me|our|us|her|his|mom|my mom)\\b`,
      `\\b(?:afraid|scared|terrified|frightened) (?:that )?(?:he|she|they|my \\w+) (?:will|is going to|might|would|is gonna) (?:kill|murder|hurt|shoot|stab) (?:me|us|my)\\b`,
    ),
  },
  {
    id: "abuse.sexual", flag: "abuse", level: "moderate", escalate: true, subject: "any", historical: true, negationInside: true,
    // A partner's ordinary touch that sets off a memory ("when my boyfriend touches me I freeze") is not an assault.
    // Nor is wanting more of a partner's affection ("the only time he touches me is in bed", "he never touches me").
    unless: /\b(?:(?:when|whenever|if|every time) my (?:boyfriend|girlfriend|husband|wife|partner|bf|gf|fiance|fiancee) (?:\w+ )?(?:touch\w*|hugs?|kiss\w*|holds?) me|(?:the only time|only time|never|rarely|hardly ever|barely ever|hardly|barely|no longer|does not even|do not even) (?:(?:he|she|my (?:boyfriend|girlfriend|husband|wife|partner|bf|gf|fiance|fiancee)) )?(?:\w+ )?(?:touch\w*|hugs?|kiss\w*|holds?) me)\b(?![^.!?]*\b(?:without|after i said no|even though i|against my|forces?|forced|makes me|made me|will not stop|does not stop|hurts?)\b)/,
    re: rx(
      `\\b(?:raped|sexually (?:assaulted|abused|harassed)|molested|groped|drugged and)\\b`,
      `\\b(?:rape|raping|molesting|molests|rapes)(?= (?:me|her|him|my))`,
      `\\b${ABUSER} (?:(?!i\\b)\\w+ ){0,8}?(?:touch\\w*|fondl\\w*|grop\\w*|molest\\w*) (?:me|my (?:body|private|privates|chest|breasts|butt|daughter|son|sister|brother)|her|him|them)\\b(?! (?:on the (?:shoulder|arm|back|head)|shoulder|arm|back|head|elbow|hand|gently|to comfort))`,
      `\\b(?:makes|made|forces|forced|pressures|pressured|gets|got) me (?:to )?(?:do (?:stuff|things|sexual things|sex stuff) to (?:him|her|them)\\b(?! (?:hair|nails|room|car|house|homework|shopping))|do (?:sexual things|sex stuff) (?:with|for) (?:him|her|them)\\b|keep (?:it a )?secrets?|touch (?:him|her|his|it)|watch porn|take (?:off )?my clothes|send (?:nudes|naked|pictures)|have sex|do sexual)\\b`,
      `\\bsends me (?:nudes|naked (?:pictures|photos|pics)|dick pics)\\b`,
      `\\b(?:spiked (?:my|her|his|our) (?:drink|drinks)|(?:my|her|his) drinks? (?:was|were|got|had been) spiked|i (?:was|got) spiked)\\b`,
      `\\bwoke up (?:\\w+ ){0,6}?(?:naked|undressed|with (?:my|her) clothes (?:off|torn|ripped|missing)|without (?:my|her) (?:clothes|underwear|knickers|pants))\\b(?=[^]*\\b(?:do not|can not|could not|did not) (?:remember|recall)|[^]*\\b(?:stranger|spiked|drugged|no memory|blacked out)\\b)`,
      `\\b${ABUSER} (?:\\w+ ){0,3}?(?:comes?|came|sneaks?|snuck|creeps?|crept) (?:in ?to|in) my (?:room|bed|bedroom) (?:\\w+ ){0,6}?(?:at night|when everyone|when mom|when my mom|and touch\\w*|and gets? in|under the covers)\\b`,
      `\\b(?:said|says|told me) (?:that )?(?:no one|nobody) (?:would|will) (?:ever )?believe me\\b`,
    ),
  },
  {
    id: "abuse.child-neglect", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(
      `\\b(?:leaves?|left|leaving) (?:her|his|their|the|my|a|two|three) (?:\\w+ )?(?:toddler|baby|babies|kids?|children|little \\w+|son|daughter|infant|newborn) (?:\\w+ )?(?:alone|home alone|in the car|unattended|without food)(?: for (?:days|hours|the night|the weekend|\\w+ days))?`,
      `\\b(?:child|kid|baby|toddler|son|daughter|kids|children|students?|niece|nephew) (?:is |are |was |were |has been |have been |keeps |gets |got )?(?:being )?(?:abused|beaten|molested|neglected|starved|hit|touched|locked (?:in|up))\\b`,
      `\\b(?:bruises|burns|marks) (?:all )?(?:on|over) (?:his|her|their|the) (?:\\w+ )?(?:body|arms|legs|back|face)\\b`,
    ),
  },
  {
    id: "abuse.fear-home", flag: "abuse", level: "moderate", escalate: true, weak: "abuse",
    re: rx(
      `\\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home\\b`,
      // A partner's or parent's threat, and being frightened of them: weak each, abuse together.
      `\\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|father|step ?dad|stepfather|mom|mum|mother)) (?:\\w+ ){0,3}?threaten(?:ed|s|ing)? (?:me|us|my (?:son|daughter|kids|children|family))\\b(?! with (?:a )?(?:divorce|leaving|a lawyer|court|therapy|a breakup|breaking up))`,
      `\\b(?:scared|afraid|frightened|terrified) of (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|step ?dad|stepfather))\\b`,
      `\\b(?:his|her) (?:words|threats?|temper|rage|anger) (?:really |truly )?(?:scared|scares|frighten(?:ed|s)?|terrif(?:ied|ies)) me\\b`,
      `\\b(?:controls?|took|takes|taking|keeps|keeping|steals?|stole|stealing) (?:all )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:money|phone|passport|keys|car|documents|id|paycheck|paychecks|wages|salary|pay|bank cards?|cards?|pension|benefits|savings|social security)\\b`,
      `\\b(?:have to|must|need to|got to) ask (?:him|her|them|my \\w+)? ?(?:for )?permission (?:to|before) (?:leave|leaving|go|going|see|seeing|spend|spending|eat|eating|use|using|call|talk)\\b`,
      `\\b(?:do not|does not|am not allowed to|not allowed to) (?:even )?have (?:my own|any|a) (?:bank card|bank account|money|phone|car|keys|friends)\\b`,
      `\\b(?:does not|will not|do not|never|would not) let (?:me|him|her|us|them) (?:eat|sleep|shower|use the bathroom|call|talk to)\\b`,
      `\\blocks? (?:him|her|them|us|my \\w+) (?:in|out|up|inside)\\b`,
      `\\b(?:checks?|goes through|tracks?|monitors) my (?:phone|location|messages|texts)\\b`,
      `\\b(?:will not|does not|won't) let me (?:leave|see my (?:friends|family)|go out|have (?:money|a phone)|work)\\b`,
      `\\b(?:will not|does not|do not|never|would not|stopped|stops) (?:let|letting) (?:me|him|her|them|us) (?:see|visit|call|talk to|phone|speak to) (?:us|me|anyone|(?:his|her|their|my) (?:\\w+ )?(?:family|friends|kids|children|grandchildren|grandkids|sons?|daughters?|doctor|gp))\\b`,
      `\\blocks? me (?:in|out|up|inside)\\b`,
      `\\b(?:does not|do not|will not|never|would not|did not|stopped|refuses to|refused to) (?:give|giving|feed|feeding|let) (?:me|us|him|her|them) (?:any |have |eat )?(?:food|dinner|meals?|lunch|breakfast|anything to eat|tea|supper)\\b`,
      `\\b(?:does not|do not|will not|never|would not|did not|stopped|refuses to|refused to) (?:feed|feeding) (?:me|us|him|her|them)\\b(?! (?:to|with|the|a|anything nice|junk|sweets|meat|veg\\w*|healthy)\\b)`,
      // Leaving someone who depends on them without food, care or heat.
      `\\b(?:leaves?|left|leaving) (?:him|her|them|my (?:\\w+ )?(?:dad|mum|mom|father|mother|gran\\w*|grand\\w*|nan|nana|parents?|brother|sister|son|daughter)) (?:\\w+ ){0,6}?(?:without (?:food|water|heating|meds|medication|his medication|her medication|help|anything to eat|care)|in (?:his|her|their) own (?:mess|filth|urine))\\b`,
    ),
  },
];

/** Medical emergencies: overdose, withdrawal with seizures/hallucinations, dangerous restriction. */
export const MEDICAL_RULES: RiskRule[] = [
  {
    id: "med.third-party-unresponsive", flag: "medical_emergency", level: "imminent", escalate: true,
    re: rx(
      `\\b(?:can not|could not|can't) (?:wake|get) (?:him|her|them|my \\w+) up\\b`,
      `\\b(?:he|she|they|my \\w+) (?:is|are|was) (?:not breathing|unconscious|unresponsive|turning blue|having a seizure|seizing)\\b`,
      `\\b(?:he|she|they|my \\w+) (?:will not|would not|is not going to) (?:wake up|wake|respond|breathe)\\b(?!.*\\b(?:school|alarm|work|morning|on time|early|class|for breakfast)\\b)`,
      `\\b(?:passed out|unconscious|collapsed|out cold|blacked out) (?:\\w+ ){0,4}?(?:will not|would not|can not|cannot|does not|is not) (?:wake|waking|be woken|respond|responding|come round|breathing)\\b`,
    ),
  },
  { id: "med.withdrawal-cue", flag: "medical_emergency", level: "high", escalate: true, weak: "withdrawal", negatable: false,
    re: rx(`\\b(?:withdraw\\w*|stopped drinking|quit drinking|quitting (?:alcohol|drinking|booze|benzos|xanax)|detox\\w*|without (?:a )?drink\\w*|cold turkey|coming off (?:alcohol|benzos|xanax|the booze)|off (?:the )?(?:booze|alcohol|drink|benzos|xanax|sauce)|(?:stopped|quit) (?:alcohol|benzos|xanax|the booze)|(?:when|if) i (?:stop|cut back|do not drink|have not had a drink)|stop|stopped|stopping|quit|quitting|cut down|ran out|without it|day [1-9] (?:sober|without|of))\\b`) },
  { id: "med.withdrawal-severe", flag: "medical_emergency", level: "high", escalate: true, weak: "withdrawal-severe", negatable: true,
    re: rx(`\\b(?:(?:was|were|like|looked like|called it|says was|said was|thinks was|think was|thought was) a (?:fit|seizure)|(?:body|whole body|arms and legs|arms|legs) (?:was |were |started |kept |went )?(?:jerking|twitching|convulsing|stiff and shaking)|seizures?|seizing|fits|(?:had|having|have) a fit|convuls\\w*|hallucinat\\w*|seeing (?:bugs|things|spiders|people|snakes)|bugs (?:on|in|crawling)|hearing things|delirium|delirious|dts|the dts|confused|confusion|(?:see|saw|seeing|hear|heard|hearing) (?:\\w+ ){0,3}?(?:that|which) (?:was|were|is|are) not (?:there|real)|crawling (?:on|in|under|over) (?:the|my))\\b`) },
  { id: "med.withdrawal-tremor", flag: "medical_concern", level: "low", escalate: false, weak: "withdrawal-severe", negatable: true,
    re: rx(`\\b(?:tremors?|shaking|shakes|the shakes|sweats|shaky|trembling)\\b`) },
  { id: "med.restriction-context", flag: "medical_concern", level: "low", escalate: false, weak: "restriction", negatable: false,
    unless: /\b(?:probably|maybe|must have been|guess it was) (?:just )?because i (?:had not|have not|did not|had|skipped)\b|\b(?:had not|did not|have not) eat(?:en)? (?:breakfast|lunch|dinner|yet|all day|that day|that morning|since (?:breakfast|lunch|this morning))\b/,
    re: rx(`\\b(?:restrict\\w*|calories|fasting|starv\\w*|purg\\w*|throw\\w* up|make myself sick|made myself sick|vomit\\w*|laxatives?|(?:not|barely|stopped|skip\\w*|hardly|never) eat\\w*|skipping meals|skip\\w* (?:breakfast|lunch|dinner|tea|meals?)|cals|kcals?|(?:one|1|a single) meal (?:a day|every other day|every two days)|got it down to|not eaten|bmi|lost (?:\\w+ )?weight|weight loss|anorexi\\w*|bulimi\\w*|eating disorder|binge\\w*)\\b`) },
  { id: "med.restriction-acute", flag: "medical_emergency", level: "high", escalate: true, weak: "restriction-acute",
    re: rx(`\\b(?:faint\\w*|passed out|pass(?:ing)? out|black(?:ed|ing)? out|collaps\\w*|chest pains?|heart (?:is )?(?:racing|skipping|pounding|fluttering|irregular|stopping|keeps skipping)|heart (?:\\w+ ){1,4}?(?:flutter\\w*|skipp\\w*|racing|pounding|irregular|weird|funny|stopping)|skipp\\w* beats|irregular heart ?beat|palpitations|(?:vomit\\w*|throw\\w* up|coughing up) blood|blood in my vomit|can not stand up|heart (?:feels|is) (?:weird|slow))\\b`) },
  // Restriction told as amounts: "one meal every other day", "600 cals a day", "an apple and rice cakes a day".
  { id: "med.restriction-amount", flag: "medical_concern", level: "low", escalate: false, weak: "restriction", negatable: false,
    re: rx(
      `\\b(?:one|a single|1) (?:small )?meal (?:a|every other|every two|every three|every|per) (?:day|days)\\b`,
      `\\b(?:\\d{2,4}) ?(?:cals?|calories|kcals?) (?:a|per) day\\b`,
      `\\b(?:i )?(?:only )?(?:eat|have|allow myself) (?:just )?(?:an apple|a banana|some rice cakes|a yogh?urt|a coffee|half a \\w+|one \\w+)(?: and (?:\\w+ ){1,3}?)? (?:a|per) day\\b`,
    ) },
  { id: "med.restriction-sign", flag: "medical_concern", level: "low", escalate: false, weak: "restriction-sign",
    re: rx(`\\b(?:dizzy|dizziness|light ?headed|(?:always|get|getting|so|very) (?:freezing )?cold|always freezing|cold all the time|hair (?:is )?falling out|hair loss|lost my period|no period|periods? (?:have |has )?(?:stopped|gone|disappeared)|clothes (?:are )?(?:hanging|falling) off|(?:lost|dropped) (?:about |over |nearly |almost )?(?:\\d+|\\w+) (?:pounds|lbs|kg|kilos|stone)|weak all the time|so weak)\\b`) },
  { id: "med.not-eating-days", flag: "medical_emergency", level: "high", escalate: true,
    re: rx(
      `\\b(?:have not|not|did not|have not really|has not|had nothing to|not had anything to) (?:eaten|eat|had (?:any )?food|had anything to eat|eaten anything|had a meal)(?: anything)? (?:in|for) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|multiple|like \\d+) (?:days|weeks)\\b`,
      `\\b(?:\\d+|two|three|four|five|six|seven|several) days without (?:eating|food|a meal)\\b`,
      `\\b(?:only|just) (?:had|drunk|drank|been having|been drinking|eaten) (?:water|black coffee|diet \\w+|tea|coffee|gum)(?: and \\w+)? (?:in|for) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many) (?:days|weeks)\\b`,
      `\\b(?:have not|not|did not|has not) (?:eaten|eat|had (?:any )?food|had a meal) since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)\\b`,
    ) },
  { id: "med.bmi-critical", flag: "medical_emergency", level: "high", escalate: true,
    re: rx(`\\bbmi (?:is |of |at |around |about |under |below |now |is now |is like |was |dropped to )*(?:1[0-4]|[5-9])(?:\\.\\d)?\\b`) },
  { id: "med.bmi-low", flag: "medical_concern", level: "moderate", escalate: false,
    re: rx(`\\bbmi (?:is |of |at |around |about |under |below |now |is now |is like |was |dropped to )*(?:15|16|17)(?:\\.\\d)?\\b`) },
  { id: "med.chest-collapse", flag: "medical_emergency", level: "high", escalate: true, negatable: true,
    re: rx(`\\bchest (?:pains?|hurts|is hurting|is killing me)\\b(?=.*\\b(?:collaps\\w*|passed out|fainted|faint|can not breathe|numb|blacked out|vision (?:went|goes|going|turned) (?:black|dark|grey|gray)|everything went (?:black|dark))\\b)`, `\\b(?:collaps\\w*|passed out|fainted)\\b(?=.*\\bchest pains?\\b)`) },
];

/** Medical emergencies anyone may describe: a heart attack, a seizure, anaphylaxis, a stroke, a drug overdose. */
export const ACUTE_MEDICAL_RULES: RiskRule[] = [
  {
    // Cardiac chest pain: crushing or spreading to the arm, jaw or neck. A panic attack described as
    // "felt like a heart attack" is not this (no spread, or named as panic).
    id: "med.cardiac", flag: "medical_emergency", level: "high", escalate: true, historical: true,
    unless: /\b(?:panic attacks?|anxiety attacks?|every time|whenever|each time|when i am (?:anxious|stressed|nervous|worried|panicking))\b/,
    re: rx(
      `\\bchest (?:pain|pains|pressure|tightness|(?:is|feels) (?:so |really |very )?(?:tight|heavy|crushing|hurting|killing me|painful)|hurts)\\b(?=[^.!?]*\\b(?:(?:down|into|up|through|spreading (?:to|into|down)|radiating (?:to|into|down)|going (?:down|into|to|up)|moving (?:down|into|to)) (?:my )?(?:left )?(?:arm|jaw|neck|shoulder)|(?:left )?arm (?:is |has gone |went |feels |going )?(?:numb|tingling|heavy|dead)|(?:my )?(?:jaw|left arm|left shoulder) (?:hurts|aches|is aching|is hurting|is sore|pain)\\b(?! (?:from|because of|after) (?:\\w+ )?(?:clench\\w*|grind\\w*|chewing|the dentist))|cold sweat)\\b)`,
      `\\b(?:crushing|squeezing|tearing|heavy|vice like|vice-like) (?:pain|pressure|feeling|tightness) (?:in|on|across) (?:my|the centre of my|the center of my) chest\\b`,
      `\\b(?:crushing|squeezing|tearing) chest (?:pain|pressure)\\b`,
      `\\b(?:pain|pressure|tightness) in my chest (?:\\w+ ){0,6}?(?:down|into|up|spreading to|radiating to|going down|going into|going up) (?:my )?(?:left )?(?:arm|jaw|neck|shoulder)\\b`,
    ),
  },
  {
    // Happening now, in the person's own words: "I think I'm having a seizure / stroke / heart attack".
    id: "med.acute", flag: "medical_emergency", level: "high", escalate: true, historical: true,
    unless: /\b(?:panic attacks?|anxiety attacks?|every time|whenever|each time|used to)\b/,
    re: rx(
      `\\bi (?:think )?(?:i )?(?:am|might be|may be|could be) (?:having|in the middle of) (?:a |an )?(?:seizure|fit|stroke|heart attack|allergic reaction|anaphyla\\w*|asthma attack)\\b`,
      `\\b(?:my )?(?:throat|tongue|lips?|face|airway) (?:is |are |feels? |keeps )?(?:closing|closing up|swelling|swelling up|swollen|swelled)\\b(?=[^.!?]*\\b(?:allerg\\w*|reaction|stung|sting|bee|wasp|peanuts?|nuts?|shellfish|epi ?pen|hives|can not breathe|struggling to breathe|hard to breathe|ate|eaten|took|antibiotics?)\\b)`,
      `\\b(?:the )?(?:worst|most (?:painful|severe)) headache (?:of my life|i have ever had|i have ever felt|ever)\\b`,
      `\\bheadache\\b(?=[^.!?]{0,40}\\b(?:worst (?:of my life|i have ever had|ever)|came on (?:suddenly|out of nowhere|like a thunderclap)|thunderclap)\\b)`,
      `\\b(?:(?:my|his|her) face (?:is |has )?(?:drooping|droopy|gone droopy|dropped on one side)|slurring (?:my|his|her) (?:words|speech)|can not (?:lift|move|feel) (?:my|his|her) (?:left|right) (?:arm|side|leg))\\b`,
    ),
  },
  {
    // A drug overdose now, accidental or not: too much of a drug, opioids mixed with sedatives, blue lips.
    id: "med.overdose", flag: "medical_emergency", level: "imminent", escalate: true, subject: "any", historical: true, hypotheticalSkips: true,
    requires: /\b(?:can not (?:feel|breathe|move|stay awake|wake|stand|see|think)|numb|blue|purple|heart (?:is )?(?:racing|pounding|stopping|slow|beating)|chest|passing out|passed out|pass out|vomit\w*|throwing up|puking|dizzy|drowsy|help|right now|just|ago|now|seizure|fitting|shaking|not breathing|breathing|unconscious|will not wake|nodding|confused|hallucinating|scared|panicking|dying)\b/,
    re: rx(
      `\\b(?:took|taken|take|did|done|used|had|snorted|smoked|injected|shot up|drank|dropped|railed) (?:way |far |a bit |a lot |much )?too much (?:of (?:my |the |his |her )?)?(?:heroin|fentanyl|fent|coke|cocaine|crack|meth|ketamine|ket|xanax|bars|mdma|molly|ecstasy|pills|ghb|opioids?|oxy\\w*|methadone|benzos?|morphine|insulin|acid|lsd|speed|drugs|gear|spice|tabs|my meds|my medication|tramadol|codeine)\\b`,
      `\\b(?:mixed|mixing|took|taken|combined|had) (?:\\w+ ){0,2}?(?:fentanyl|heroin|opioids?|oxy\\w*|methadone|morphine|tramadol|codeine|xanax|bars|benzos?|ghb) (?:with|and) (?:\\w+ ){0,2}?(?:fentanyl|heroin|opioids?|oxy\\w*|methadone|morphine|xanax|bars|benzos?|alcohol|vodka|booze|drink|ghb|sleeping pills|my meds|my pills)\\b(?=[^.!?]*\\b(?:blue|can not breathe|not breathing|breathing|passing out|pass out|unconscious|can not stay awake|nodding|slow|help)\\b)`,
      `\\b(?:my |his |her |their )?(?:lips|face) (?:are |is )?(?:going|turning|gone|turned) (?:blue|purple|grey|gray)\\b`,
    ),
  },
];

/** Psychosis; command hallucinations are high risk on their own. */
export const PSYCHOSIS_RULES: RiskRule[] = [
  {
    id: "psy.command", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"], negationInside: true,
    re: rx(
      `\\b(?:voices?|god|the devil|satan|demons?|spirits?|angels?|someone in my head|something in my head|a man in my head|the voice in my head|the voices in my head) (?:\\w+ ){0,2}?(?:tell\\w*|told|order\\w*|command\\w*|instruct\\w*|want\\w*|say\\w*|said|urg\\w*|demand\\w*|push\\w*|keep telling) (?:me )?(?:that )?(?:i )?(?:to |should |must |have to |need to |got to |gotta )(?:\\w+ ){0,3}?(?:kill|hurt|harm|cut|jump|die|end|stab|burn|punish|sacrifice|attack|poison|shoot|drown|starve|hang|overdose)\\b`,
      `\\b(?:las |una |la )?(?:voces|voz) (?:\\w+ ){0,2}?(?:me )?(?:dicen?|ordenan?|piden?|gritan?|susurran?) que (?:me )?(?:\\w+ ){0,2}?(?:mate|matar|lastime|haga dano|corte|tire|ahorque|muera|salte|queme|lance|hiera)\\b`,
    ),
  },
  {
    // "The voices say I deserve to die and I should jump": the harm can come several words later.
    id: "psy.command-broad", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"], negationInside: true,
    re: rx(
      `\\b(?:voices?|the voice|someone in my head|something in my head) (?:\\w+ ){0,2}?(?:tell\\w*|told|say\\w*|said|keep saying|want\\w*|whisper\\w*|scream\\w*|order\\w*) (?:\\w+ ){0,8}?(?:deserve to die|should die|must die|should jump|jump off|kill (?:my ?self|me|him|her|them|everyone)|hurt (?:my ?self|me|him|her|them|someone|people|the baby)|end (?:it|my life)|not (?:be )?alive)\\b`,
    ),
  },
  {
    id: "psy.command-unspecified", flag: "command_hallucinations", level: "moderate", escalate: true, alsoFlags: ["psychosis"], negationInside: true,
    re: rx(`\\bvoices? (?:\\w+ ){0,2}?(?:tell\\w*|told|order\\w*|command\\w*) me (?:to do (?:things|stuff|bad things)|what to do|to do it)\\b`),
  },
  {
    id: "psy.voices", flag: "psychosis", level: "low", escalate: false,
    re: rx(
      `\\bhear(?:ing)? (?:a |the )?voices?\\b`,
      `\\b(?:a )?voices? (?:in my head|that (?:comments?|talks?|tells?|says?)|comment\\w*|talk\\w* (?:to|about) me|narrat\\w*)\\b`,
      `\\bhear(?:ing)? (?:things|people talking) (?:that )?(?:others|no one else|nobody else) (?:can not|does not|do not)\\b`,
    ),
  },
  {
    id: "psy.reference", flag: "psychosis", level: "low", escalate: false,
    re: rx(
      `\\b(?:tv|television|radio|the news|songs?|billboards?|the internet|youtube|license plates|the stars) (?:\\w+ ){0,2}?(?:is |are |has been |keeps? )?(?:sending|talking to|speaking to|sends|giving|broadcasting) (?:me )?(?:secret |hidden |special |coded )?(?:messages|signals|signs|codes)`,
      `\\b(?:messages|signals|signs) (?:meant|sent) (?:only )?(?:for|to) me\\b`,
      `\\b(?:implanted|a chip in my (?:head|brain|body|tooth))\\b`,
      `\\b(?:reading|hearing|stealing|controlling|inserting|putting) (?:my )?thoughts\\b|\\bthoughts (?:are being|being) (?:broadcast|controlled|stolen|inserted)\\b`,
      `\\b(?:government|cia|fbi|nsa|aliens|neighbou?rs|the mafia) (?:\\w+ ){0,2}?(?:watching|following|tracking|monitoring|spying|poisoning|after|plotting against) me\\b`,
      `\\bcameras (?:in|hidden in) my (?:walls|room|house|apartment)\\b|\\bpoisoning my (?:food|water)\\b`,
      // Persecution and reference in everyday words: gas through the vents, strangers on the bus talking about me.
      `\\b(?:pumping|piping|sending|spraying|releasing|leaking|blowing) (?:\\w+ ){0,2}?(?:gas|fumes|chemicals|poison|radiation|rays|microwaves) (?:\\w+ ){0,3}?(?:through|into|under) (?:the |my )?(?:vents?|walls?|flat|house|room|apartment|floor|ceiling|pipes)\\b`,
      `\\b(?:people|strangers|everyone|everybody|passengers) (?:on|in|at) (?:the )?(?:bus|train|tube|street|shops?|supermarket|bus stop) (?:\\w+ ){0,2}?(?:talk\\w*|whisper\\w*|laugh\\w*|stare\\w*|point\\w*) (?:about|at) me\\b`,
      `\\bhear\\w* (?:them|people|voices|strangers|someone) (?:\\w+ ){0,4}?(?:say\\w*|call\\w*|whisper\\w*|mutter\\w*) (?:my name|me names)\\b`,
      `\\b(?:tv|television|radio|the news|newsreader) (?:is |are |keeps? )?(?:speaking|talking) (?:directly |right )?to me\\b`,
      `\\bhear\\w* (?:people|someone|voices) (?:\\w+ ){0,2}?(?:whisper\\w*|talking) in (?:the |an |my )?empty (?:flat|room|house|apartment)\\b`,
      `\\b(?:watch|watching|spy\\w*|film\\w*) (?:on )?me from (?:the )?(?:flats?|house|window|across the (?:road|street)|over the road)\\b`,
    ),
  },
];

/** Mania with dangerous behaviour: a cue of mania plus a dangerous act. */
export const MANIA_RULES: RiskRule[] = [
  { id: "mania.cue", flag: "mania_dangerous", level: "low", escalate: false, weak: "mania", negatable: true,
    re: rx(
      `\\b(?:have not|has not|not|barely|hardly|did not|without|no) (?:slept|sleeping|sleep|needed sleep|need sleep)\\b(?: (?:\\w+ ){0,2}?(?:in|for) (?:\\d+|two|three|four|five|six|seven|several|a few|many|days|a week|nights))?`,
      `\\b(?:invincible|unstoppable|like a god|i am god|(?:i am|basically|practically|literally) (?:\\w+ )?a god|i am the chosen|chosen one|a genius|on top of the world|superhuman|thoughts (?:are )?racing|racing thoughts|so much energy|grandiose|euphoric|special powers|manic)\\b`,
    ) },
  { id: "mania.danger", flag: "mania_dangerous", level: "high", escalate: true, weak: "mania-danger",
    re: rx(
      `\\b(?:drove|driving|drive|going|went) (?:\\w+ ){0,3}?(?:1[0-9]{2}|[2-9][0-9]{2}) ?(?:mph|km|kmh|kph|miles)\\b`,
      `\\b(?:i )?(?:can|could) fly\\b`,
      `\\b(?:jump|jumping|jumped) (?:off|from) (?:the |a )?(?:roof|building|bridge|balcony|cliff)\\b`,
      `\\b(?:walk\\w*|ran|run\\w*) (?:into|through) traffic\\b`,
      `\\b(?:walk\\w*|ran|run\\w*|cross\\w*|dance\\w*|lie|lay|lying) (?:across|into|through|onto|in the middle of|down on) (?:the )?(?:highway|freeway|motorway|interstate|traffic|road|train tracks|tracks)\\b`,
    ) },
  { id: "mania.reckless", flag: "mania_dangerous", level: "moderate", escalate: false, weak: "mania-reckless",
    re: rx(
      `\\b(?:spent|gave away|blew|bet|maxed out|gambled|lost) (?:all|my|our|\\w+ thousand|all of)(?: my| our)? (?:savings|money|credit cards?|paycheck|inheritance|retirement)\\b`,
      `\\bunprotected sex with (?:strangers|random)\\b`,
      `\\b(?:quit|quitting) my job (?:to|and)\\b`,
    ) },
];

// Cover stories and jailbreak framings: on their own harmless; they make a lethal request an injection.
const COVER =
  "(?:for (?:a|my) (?:novel|story|book|screenplay|script|school project|project|research|paper|essay|class|game|fiction|fanfic|character|thesis)|hypothetical\\w*|asking for a friend|in theory|just curious|out of curiosity|as a (?:pharmacist|nurse|doctor|medical student|toxicologist|professional|chemist|researcher|paramedic)|role ?-?play\\w*|pretend\\w*|act as|let us play)";

/** Prompt injection and requests for lethal means (never answered; a warning sign in itself). */
export const INJECTION_RULES: RiskRule[] = [
  {
    id: "inj.override", flag: "prompt_injection", level: "none", escalate: false, negatable: false, evenInQuestions: true, evenInFiction: true,
    re: rx(
      `\\b(?:ignore|disregard|forget|override|bypass|drop) (?:all |any |the |your |my |these |those |of )*(?:previous |prior |above |earlier |original |system |safety |initial )*(?:instructions|rules|guidelines|prompts?|programming|directives|restrictions|filters|guardrails|training|policies|policy)\\b`,
      `\\byou are (?:now )?(?:dan|an ai (?:with no|without)|unfiltered|uncensored|jailbroken|free from|no longer bound)`,
      `\\b(?:developer|god|jailbreak|dan|unrestricted) mode\\b`,
      `\\bjailbreak\\w*\\b`,
      `\\bsystem prompt\\b`,
      `\\bdo anything now\\b`,
      `\\bpretend (?:you are|to be|you have|that you are) (?:\\w+ ){0,5}?(?:no|without|free of) (?:rules|restrictions|filters|limits|guidelines|safety|ethics)`,
      `\\b(?:no|without) (?:any )?(?:safety|content|ethical) (?:rules|filters|restrictions|guidelines)\\b`,
    ),
  },
  {
    id: "inj.cover", flag: "prompt_injection", level: "none", escalate: false, negatable: false, weak: "cover", evenInQuestions: true, evenInFiction: true,
    re: rx(`\\b${COVER}\\b`),
  },
  {
    id: "inj.lethal-means", flag: "prompt_injection", level: "low", escalate: true, negatable: false, evenInQuestions: true, evenInFiction: true,
    re: rx(
      `\\b(?:lethal|fatal|deadly|toxic|killing|suicidal|overdose|od) (?:dose|dosage|amount|quantity|level|limit|threshold)s?\\b`,
      `\\bhow (?:many|much) (?:\\w+ ){0,5}?(?:would|will|does it|do you|to|it takes?|is|are|would it take|to take|should i|can|could|need)(?: \\w+){0,5}? (?:kill|die|be (?:fatal|lethal|deadly|enough to die)|fatal|lethal|deadly|overdose|od|end (?:it|my life)|stop (?:my|your|a|the) heart|not wake up|not survive|never wake up)\\b`,
      `\\b(?:most |least |the )?(?:painless|pain free|pain-free|quickest|quick|fastest|fast|easiest|easy|surest|sure|best|peaceful|reliable|effective|simplest|clean(?:est)?|certain) (?:and \\w+ )?(?:way|ways|method|methods|means|option|options) (?:to|of|for) (?:die|dying|kill (?:my ?self|yourself|oneself|a person|someone|themselves)|end (?:my|your|one's|a|their) life|end it|commit suicide|suicide|overdose|not wake up)\\b`,
      `\\bhow (?:to|do i|can i|could i|would i|do you|does one|do people|would someone|should i|would you|can you) (?:\\w+ ){0,2}?(?:kill (?:my ?self|yourself|oneself|themselves)|commit suicide|end (?:my|your|one's|their) life|hang (?:my|your|one)self|tie a noose|slit (?:my|your|one's) wrists|overdose|od\\b|die (?:painlessly|quickly|peacefully|in my sleep)|poison (?:my ?self|yourself|someone|him|her|a person))\\b`,
      `\\bhow long (?:does it|would it|will it|to|until) (?:take )?(?:to )?(?:die|bleed out|suffocate|lose consciousness|pass out|stop breathing) (?:from|by|if|when|after|with)\\b`,
      `\\bhow (?:high|tall|far|long) (?:\\w+ ){0,6}?(?:to die|to not survive|not survive|to be fatal|would be fatal|to kill|be fatal|survive the fall)\\b`,
      `\\b(?:which|what) (?:\\w+ ){0,2}?(?:pills|drugs|medications?|meds|poisons?|chemicals?|household products|combination) (?:\\w+ ){0,3}?(?:would|will|could|can|are|is) (?:\\w+ ){0,2}?(?:kill|lethal|fatal|deadly|end (?:it|my life)|stop (?:my|the) heart)\\b`,
      `\\bdosis (?:letal|mortal)\\b|\\bcuantas pastillas (?:\\w+ ){0,3}?(?:morir|matar)\\b|\\b(?:forma|manera|metodo) (?:mas )?(?:facil|rapida|indolora|segura) de (?:morir|matarme|suicidarme|suicidarse)\\b`,
      `\\bdose (?:letale|mortelle)\\b|\\bdose letal\\b`,
      `\\b(?:would|will|is|are|could) (?:that|it|this|these|those|they|\\d+ \\w+) (?:be )?enough to (?:kill|die|not wake up|never wake up|end it|end my life|overdose|stop my heart|be fatal)\\b`,
    ),
  },
];

/** "Vou me matar de tanto rir": laughter, shame or work that "kills" after the Portuguese verb, an idiom. */
const PT_KILL_IDIOM = "(?! de (?:tanto )?(?:rir|risada|vergonha|fome|sono|calor|frio|tedio|trabalhar|estudar)\\b)";

/** Crisis statements in Spanish, Portuguese and French (text is accent-folded). */
export const OTHER_LANGUAGE_RULES: RiskRule[] = [
  { id: "es.si.passive", flag: "suicidal_ideation", level: "low", escalate: true, historical: true, negatable: false,
    re: rx(
      // "me quiero morir de la vergüenza / de risa" is an idiom of embarrassment or laughter.
      `\\b(?:me )?quiero morir(?:me)?\\b(?! de (?:la |el )?(?:verguenza|risa|pena|asco|aburrimiento|calor|frio|sueno|hambre)\\b)`, `\\bquisiera (?:morir(?:me)?|estar muert[oa]|no despertar|no existir|desaparecer para siempre)\\b`,
      `\\bquiero (?:estar muert[oa]|desaparecer para siempre|dejar de existir)\\b`, `\\b(?:deseo|ganas de) morir(?:me)?\\b`,
      `\\bno quiero (?:vivir|seguir viviendo|seguir aqui|estar aqui|despertar(?:me)?|existir|seguir)\\b`,
      `\\bno (?:tengo|hay|encuentro|veo) (?:ninguna |ningun )?(?:razon|razones|motivo|motivos|sentido) (?:para|de|en) (?:vivir|seguir)\\b`,
      `\\bojala (?:no despertar|me muriera|estuviera muert[oa]|no existiera|pudiera (?:dormir y )?no despertar|no haber nacido)\\b`,
      `\\bdormir y no despertar\\b|\\bno despertar (?:nunca|mas|jamas)\\b`, `\\b(?:estarian|estaria|estarias) mejor sin mi\\b`, `\\bmejor muert[oa]\\b`,
      `\\bla vida no vale la pena\\b|\\bno vale la pena vivir\\b`,
    ) },
  { id: "es.si.active", flag: "suicidal_ideation", level: "low", escalate: true, historical: true,
    re: rx(
      `\\bme quiero (?:matar|suicidar)\\b`, `\\bquiero (?:matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo))\\b`,
      `\\b(?:pienso|pensando|he pensado) en (?:matarme|suicidarme|el suicidio|quitarme la vida|acabar con (?:mi vida|todo))\\b`,
      `\\b(?:pensamientos|ideas|ideacion) suicidas?\\b`, `\\bquitarme la vida\\b`, `\\bsuicidarme\\b`,
    ) },
  { id: "es.si.intent", flag: "suicidal_ideation", level: "high", escalate: true, historical: true,
    re: rx(`\\b(?:me voy a (?:matar|suicidar|quitar la vida)|voy a (?:matarme|suicidarme|quitarme la vida|acabar con mi vida))\\b(?! de (?:la )?(?:risa|verguenza|hambre|sueno|aburrimiento|estudiar|trabajar)\\b)`, `\\b(?:tengo|ya tengo) (?:un )?plan\\b(?=.*\\b(?:morir|matarme|suicid\\w*|vida)\\b)`, `\\bcartas? de despedida\\b`, `\\bme (?:despedi|he despedido|estoy despidiendo) de todos\\b`, `\\b(?:manana|esta noche|pronto|el lunes|el viernes) ya no (?:voy a|vaya a|vas a) (?:estar|existir|seguir aqui)\\b`, `\\bcartas? (?:para|a) (?:mis?|mi) \\w+ (?:\\w+ ){0,2}?por si (?:me pasa algo|algo me pasa|ya no estoy|no estoy)\\b`, `\\bya no (?:las|los|lo|la|me) (?:voy a|van a|va a) (?:necesitar|hacer falta)\\b`, `\\b(?:esta noche|hoy|manana|este fin de semana) (?:se acaba|se termina|termina|acabo con|lo hago)(?: todo)?\\b`, `\\bregal\\w* (?:todas )?mis (?:cosas|pertenencias|mascotas|perro|gato)\\b(?!.*\\b(?:mudanza|mudo|mudar\\w*|vend\\w*)\\b)`, `\\b(?:guardando|juntando|acumulando) (?:las |mis )?pastillas\\b`, `\\bcompre una (?:soga|cuerda)\\b`) },
  { id: "es.si.in-progress", flag: "suicidal_ideation", level: "imminent", escalate: true, alsoFlags: ["medical_emergency"],
    re: rx(`\\b(?:me )?(?:tome|trague|acabo de tomar(?:me)?|me he tomado|he tomado) (?:todas|todos|un frasco|una caja|muchas|muchos|\\d{2,}) (?:\\w+ ){0,4}?(?:pastillas|pildoras|medicamentos|remedios|tabletas|pastis)\\b`) },
  { id: "es.sh", flag: "self_harm", level: "moderate", escalate: true, historical: true,
    re: rx(`\\bme (?:corto|estoy cortando|hago cortes|lastimo|hago dano|quemo|autolesiono|rasguno hasta sangrar)\\b`, `\\bcortarme\\b`, `\\bautolesion\\w*\\b`) },
  { id: "es.abuse", flag: "abuse", level: "moderate", escalate: true, historical: true,
    // ("Me pega de golpe": grief or a memory that hits suddenly is no blow.)
    re: rx(`\\b(?:me|nos) (?:pega|pegan|golpea|golpean|golpeo|pego|maltrata|maltrato|viola|violo|abusa|abuso|ahorca|ahorco)\\b(?! (?:${SUDDEN_FEELING_ES}))`, `\\babusa(?:ba)? de mi\\b`, `\\bviolencia domestica\\b`, `\\bme (?:toca|tocaba) (?:cuando|de noche|mis partes|sin permiso)\\b`, `\\b(?:padrastro|tio|primo|abuelo|hermanastro|novio de mi (?:mama|madre)|entrenador|profesor|maestro|vecino|jefe) (?:\\w+ ){0,8}?me (?:toca|tocaba|toco|manosea|manoseaba|besa a la fuerza)\\b`) },
  { id: "es.abuse.threat", flag: "abuse", level: "high", escalate: true,
    // "Mi jefe me va a matar" (a boss, a parent, a teacher: anger at a slip) is an idiom; a partner's threat is not.
    unless: /\b(?:jaja\w*|jeje\w*|xd|lol|si (?:llego|no (?:llego|apruebo|hago|termino)|repruebo|pierdo|rompo|se entera|ve|sabe|toco|uso|como)|(?:mi|el|la) (?:jefe|jefa|madre|mama|padre|papa|profe|profesor|profesora|suegra) me (?:va|van) a matar)\b|[\u{1F602}\u{1F923}]/u,
    re: rx(`\\bamenaz\\w* con matar(?:me|nos)\\b`, `\\bdijo que (?:me|nos) (?:va a|iba a) matar\\b`, `\\b(?:me|nos) va a matar\\b`) },
  { id: "es.hto", flag: "harm_to_others", level: "high", escalate: true,
    re: rx(`\\b(?:lo|la|los|las) voy a matar\\b`, `\\bvoy a matar a\\b`) },
  { id: "pt.si", flag: "suicidal_ideation", level: "low", escalate: true, historical: true,
    re: rx(`\\bquero morrer\\b`, `\\bquero me matar\\b`, `\\bquero me suicidar\\b`, `\\bnao quero (?:mais )?viver\\b`, `\\bpensamentos suicidas\\b`, `\\bacabar com (?:tudo|minha vida)\\b`, `\\bdormir e nao acordar\\b`, `\\bme matar\\b${PT_KILL_IDIOM}`, `\\bquero (?:sumir|desaparecer)(?: para sempre| de vez| do mundo)?\\b`, `\\bnao aguento mais viver\\b`) },
  { id: "pt.si.intent", flag: "suicidal_ideation", level: "high", escalate: true, historical: true,
    re: rx(`\\bvou me (?:matar|suicidar)\\b${PT_KILL_IDIOM}`, `\\bvou (?:acabar com minha vida|tirar minha vida)\\b`) },
  { id: "pt.si.in-progress", flag: "suicidal_ideation", level: "imminent", escalate: true, alsoFlags: ["medical_emergency"],
    re: rx(`\\btomei (?:todos|todas|um frasco|uma caixa|muitos|muitas) (?:\\w+ ){0,3}?(?:remedios|comprimidos|pilulas)\\b`) },
  { id: "pt.sh", flag: "self_harm", level: "moderate", escalate: true, historical: true,
    re: rx(`\\beu me corto\\b`, `\\bme cortar\\b`, `\\bme cortando\\b`, `\\bautomutila\\w*\\b`) },
  { id: "pt.abuse", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(`\\bme (?:bate|bateu|agride|agrediu|espanca|espancou|estuprou)\\b`, `\\b(?:padrasto|tio|primo|avo|namorado da minha mae|vizinho|professor|treinador) (?:\\w+ ){0,4}?me (?:toca|tocava|tocou|abusa|abusou|bolina|bolinava)\\b`) },
  { id: "fr.si", flag: "suicidal_ideation", level: "low", escalate: true, historical: true,
    re: rx(`\\bje veux mourir\\b`, `\\benvie de mourir\\b`, `\\bje (?:veux|voudrais) (?:me tuer|me suicider|en finir)\\b`, `\\bje ne veux plus vivre\\b`, `\\bpensees suicidaires\\b`, `\\bme suicider\\b`, `\\bplus envie de vivre\\b`) },
  { id: "fr.si.intent", flag: "suicidal_ideation", level: "high", escalate: true, historical: true,
    re: rx(`\\bje vais me (?:tuer|suicider)\\b`, `\\bje vais en finir\\b`, `\\ben finir (?:ce soir|cette nuit|aujourd'hui|demain|maintenant)\\b`, `\\b(?:lettres?|mots?) d'adieu\\b`) },
  { id: "fr.si.in-progress", flag: "suicidal_ideation", level: "imminent", escalate: true, alsoFlags: ["medical_emergency"],
    re: rx(`\\bj'ai (?:pris|avale) (?:tous|toutes) (?:mes|les) (?:medicaments|cachets|comprimes|pilules)\\b`) },
  { id: "fr.sh", flag: "self_harm", level: "moderate", escalate: true, historical: true,
    re: rx(`\\bje me (?:scarifie|mutile|coupe les (?:bras|poignets|cuisses))\\b`, `\\bscarification\\b`) },
  { id: "fr.abuse", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(`\\b(?:il|elle|mon mari|mon copain|ma femme|mon pere|ma mere) me (?:frappe|bat|battait|viole|etrangle)\\b`) },
];

/** Every rule, in the order findings are reported. */
export const ALL_RULES: RiskRule[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...HARM_OTHERS_RULES,
  ...ABUSE_RULES,
  ...MEDICAL_RULES,
  ...ACUTE_MEDICAL_RULES,
  ...PSYCHOSIS_RULES,
  ...MANIA_RULES,
  ...INJECTION_RULES,
  ...OTHER_LANGUAGE_RULES,
  ...INDIRECT_RULES,
];

/** Means of suicide mentioned anywhere in a message with ideation: raises ideation to "with a method". */
export const METHOD_MENTION =
  /\b(?:pills?|tablets|overdos\w*|rope|noose|hang(?:ing)?|jump(?:ing)? (?:off|from|in front)|bridge|train tracks|in front of a (?:train|bus|truck|car)|gun|shoot\w*|bullet|razor|blades?|knife|wrists?|bleach|poison\w*|carbon monoxide|exhaust|drown\w*|cliff|rooftop|off the roof|into traffic|swerv\w*|crash my car|ledge|balcony|my meds|medications?|insulin|antifreeze|cabinet|shotgun|hose ?pipe|hose|exhaust pipe)\b/;
