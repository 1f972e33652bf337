/**
 * Indirect crisis language: the ways people disclose risk without the words "suicide",
 * "abuse" or "kill" (generalisation round 2, test/redteam/heldout-2.jsonl). Same conventions
 * as risk-rules.ts (patterns over the normalised text; combinations in screen-risk.ts).
 *
 * Families, by concept:
 * - preparatory acts in everyday words: letters/videos to loved ones, rehoming pets, handing
 *   over belongings, savings or passwords, closing accounts, paying debts, "one last time";
 *   and finality phrases ("after I'm gone", "for when they find me", "won't need them where
 *   I'm going"). Each is weak alone; two together, or one with ideation, are preparation.
 * - veiled ideation ("ready to go", "made my peace with it", "I'll finally be at peace",
 *   "the only way out"): weak alone, two together (or with a preparatory sign) escalate.
 * - passive behaviour: hoping a car, the current or a stranger kills you; acceptance of
 *   death ("wouldn't mind if I didn't wake up"); indifference to living; stopping
 *   life-sustaining medication with indifference; rehearsal (garage with the engine running).
 * - abuse described indirectly: grooming and boundary violations with a minor's age,
 *   strangulation, intimidation ("next time it'll be your face"), "gets rough".
 * - harm to others in understated words, command hallucinations in other words, medical
 *   emergencies (insulin omission, household chemical ingestion).
 *
 * No rule here names an amount, a dose or a way to die beyond what a person might say.
 */
import type { RiskRule } from "./risk-rules.js";

const rx = (...parts: string[]) => new RegExp(parts.join("|"), "g");
const SELF = "(?:my ?self|my self)";
const REFLEXIVE = "(?:my ?self|herself|himself|themselves|themself)";
const LOVED = "(?:my (?:\\w+ ){0,2}?(?:kids?|children|son|daughter|sons|daughters|wife|husband|partner|mom|mum|mother|dad|father|parents|family|sisters?|brothers?|siblings|friends?|best friend|girlfriend|boyfriend|grandma|grandpa|nan|baby)|each of (?:my|them)|everyone|everybody|all of them|them all)";
const PET = "(?:cat|cats|dog|dogs|pets?|kitten|puppy|bird|birds|rabbit|bunny|hamster|fish|horse|parrot|snake|lizard|guinea pig)";
const VEHICLE = "(?:car|cars|bus|truck|lorry|train|driver|drivers|van|plane)";
// Accepting words ("wouldn't mind", "would be relieved") and an accidental death ("a bus hit me").
const ACCEPT =
  "(?:would not (?:really |even |honestly |actually )?(?:mind|care|complain|object|fight it|be (?:mad|upset|sad|sorry|bothered|angry|the worst thing|a bad thing|so bad|that bad))|would (?:honestly |actually |kind of |secretly |probably |almost )?(?:(?:be|feel) (?:\\w+ )?(?:relieved|grateful|thankful|glad|happy|fine|okay|ok|a relief|a blessing|at peace|lucky)|welcome it))";
const ACCIDENT =
  `(?:(?:i |me )?(?:got|get|getting|was|were|being|be) (?:hit|run over|knocked down|killed|mowed down|flattened|taken out) by (?:a|the|some) (?:\\w+ )?${VEHICLE}|(?:a|the|some) (?:\\w+ )?${VEHICLE} (?:hit|hits|killed|kills|ran (?:me )?over|runs (?:me )?over|took me out|takes me out|flattened|mowed me down|wiped me out)|(?:the|my) plane (?:went|goes|crashed|crashes) down|i (?:just )?(?:died|dropped dead|did not make it|never came back)|i (?:got|get|was given|had|found out i had) (?:a |an )?(?:terminal|incurable|fatal) (?:diagnosis|illness|disease|cancer)|i (?:got|had|found out i had) (?:cancer|a brain tumou?r)|i found out i was dying)`;
const NUM_DAYS = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|couple of|many)";

/** Preparatory acts and finality phrases: weak on their own ("prep" group). */
const PREP_RULES: RiskRule[] = [
  {
    id: "si.prep.act", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:birthday|christmas|xmas|anniversary|wedding|graduation|thank you card|pen ?pal|for (?:school|class|work|college|university)|homework|assignment|lawyer|attorney|solicitor|notary|estate plan\w*|newborn|first (?:baby|child|kid)|pregnan\w*|mortgage|financial advis\w*|borrow\w*|lend\w*|moving (?:house|out|in|abroad|to|away)|relocat\w*|allerg\w*|landlord|deployment|surgery|new job|vacation|holiday)\b/,
    re: rx(
      // letters, videos or messages for the people one loves
      `\\b(?:wrote|writing|written|write|recorded|recording|record|filmed|filming|made|making|left|leaving|finished|drafted) (?:\\w+ ){0,3}?(?:letters?|notes?|videos?|messages?|recordings?|cards?) (?:\\w+ ){0,2}?(?:to|for) ${LOVED}`,
      // pets and belongings handed on
      `\\b(?:found|finding|find|looking for|need to find|found someone to be|finding someone to be) (?:a )?(?:new )?(?:home|homes|family|owner|owners|someone) (?:\\w+ ){0,2}?for (?:my|our) (?:\\w+ )?${PET}\\b`,
      `\\brehom\\w* (?:my|our) (?:\\w+ )?${PET}\\b`,
      `\\b(?:gave|giving|give|given|handed|handing|leaving|left) (?:\\w+ ){1,3}?(?:all )?(?:of )?my (?:\\w+ ){0,2}?(?:collection|things|stuff|guitar|games|console|ps[45]|xbox|switch|jewelry|jewellery|books|clothes|car|laptop|bike|belongings|possessions|art|camera|records|vinyl|watch|ring|plants)\\b`,
      `\\b(?:who|which of them) (?:gets|will get|should get|can have|inherits|is getting) (?:\\w+ ){0,1}?my\\b`,
      `\\b(?:look after|take care of|care for|feed|walk|adopt) (?:my |our )?(?:\\w+ )?(?:${PET} )?for me\\b`,
      // affairs: money, passwords, accounts, debts, a will
      `\\b(?:moved|transferred|transferring|moving|sent|put|putting) (?:all |most )?(?:of )?my (?:savings|money) (?:\\w+ ){0,3}?(?:into|to|in) (?:\\w+ ){0,2}?(?:account|name)\\b`,
      `\\b(?:emailed|sent|gave|giving|wrote down|shared|left) (?:\\w+ ){0,2}?(?:all )?(?:of )?my (?:passwords|pin numbers|logins|bank details)\\b`,
      `\\bcancel\\w* (?:\\w+ ){0,2}?my (?:\\w+ )?(?:membership|memberships|subscriptions?|lease|phone plan|appointments?|therapy)\\b`,
      `\\bpaid (?:back|off) (?:\\w+ ){0,2}?(?:what i owe|everyone|my debts|everything i owe|all my debts|everybody)\\b`,
      `\\bdeleted (?:all )?(?:of )?my (?:socials|social media|accounts|instagram|facebook|tiktok|twitter|snapchat|profiles?)\\b`,
      `\\b(?:tying|tied|tie|tidying) up (?:all )?(?:my )?loose ends\\b`,
      `\\b(?:got|have|have got) (?:it |everything |it all )(?:all )?(?:sorted|in order|settled|arranged|taken care of|ready)\\b`,
      `\\b(?:wrote|written|writing|made|making|updated|updating|drew up|drawn up|drawing up) (?:my|a) will\\b`,
      // one last time with the people one loves
      `\\b(?:called|texted|visited|hugged|messaged|saw|rang|phoned|seeing|calling|visiting) (?:everyone|everybody|all the people|the people|all my friends|my family|my \\w+) (?:\\w+ ){0,2}?(?:i love|i care about)\\b`,
      // courage to go through with it
      `\\b(?:work|working|worked|build|building|get|getting|find|finding|muster|mustering|summon|need|needed) up (?:the )?(?:courage|nerve|guts)\\b`,
      `\\b(?:courage|nerve|guts|strength) to (?:do it|go through with it|follow through)\\b`,
      `\\b(?:i think )?(?:i am|i will) (?:finally|really|actually) (?:going to )?(?:do it|go through with it)\\b`,
      // apologies left as messages
      `\\b(?:tell|let) (?:my (?:\\w+ )?\\w+|them|everyone|everybody|him|her) (?:\\w+ )?(?:know )?(?:that )?i (?:am|was|am so|am really) sorry\\b`,
    ),
  },
  {
    // The details of a plan in everyday words (weak alone: "found the perfect spot for our picnic"):
    // a place or day chosen or scouted, a time when no one will be around, a note written to someone,
    // a goodbye posted, means kept ready, rehearsing the knot.
    id: "si.prep.plan-detail", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:picnic|wedding|party|birthday|holiday|vacation|trip|photo\w*|shoot|date night|proposal|camping|fishing|sailing|scouts?|climbing|boat|knitting|craft|macrame|christmas|xmas|thank you|pen ?pal|anniversary)\b/,
    re: rx(
      `\\b(?:picked|chosen|chose|found|decided on|settled on|scoped out|scoping out|scouted|scouting|checked out|checking out|been to see|went to look at) (?:out )?(?:a|the|my|which) (?:\\w+ )?(?:bridge|building|cliff|car park|multi-storey|multistorey|parking garage|rooftop|roof|tree|beam|location|spot|place|day|date|night|train line|railway|tracks|overpass|method)\\b`,
      `\\b(?:the )?(?:date|day|night|time|place|spot|bridge|building|location|method|way) (?:that )?i (?:have )?(?:chosen|picked|chose|decided on|settled on)\\b`,
      `\\b(?:after|when|once|while) (?:everyone|everybody|they|the kids|the house|my (?:\\w+ )?(?:wife|husband|partner|parents|mum|mom|dad|family|flatmates?|roommates?)) (?:is|are|has|have|goes|go|has gone|have gone|went|falls?) (?:asleep|to (?:bed|sleep)|empty|out|away|at work)\\b`,
      `\\b(?:wrote|written|writing|write|left|leaving|recorded|recording) (?:${LOVED}|my (?:\\w+ )?(?:mum|mom|dad|wife|husband|partner|kids?|sons?|daughters?|sisters?|brothers?|parents|friends?)) (?:each )?(?:a |one )?(?:last |final |long )?(?:letters?|notes?|videos?|messages?)\\b`,
      `\\b(?:posted|post|posting|sent|texted|messaged) (?:a |my )?(?:goodbye|good bye|farewell) (?:on|to|in) (?:\\w+ )?(?:insta\\w*|ig|facebook|fb|twitter|x|tiktok|snapchat|snap|discord|reddit|my story|the group ?chat|everyone)\\b`,
      `\\b(?:keep|keeping|kept|have|got|put|putting) (?:\\w+ ){0,6}?(?:pills|tablets|meds|painkillers|sleeping pills) (?:\\w+ ){0,5}?(?:ready|together|handy|set aside|within reach|somewhere safe|hidden)\\b`,
      `\\bpractic\\w* (?:tying )?(?:a |the )?(?:knots?|noose|holding my breath under)\\b`,
    ),
  },
  {
    id: "si.prep.goodbyes", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true,
    unless: /\b(?:moving|move|moved|relocat\w*|new job|graduat\w*|trip|abroad|leaving (?:for|the|my)|old (?:house|apartment|school|job)|summer camp)\b/,
    re: rx(`\\b(?:say\\w*|said|making) (?:\\w+ )?(?:my|all my|our) (?:final |last )?goodbyes\\b(?! to (?:my|the|this|our) (?:old|job|house|apartment|home|summer|city|town|school|car|team|class))`),
  },
  {
    id: "si.prep.finality", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep", negatable: false,
    unless: /\b(?:vacation|holiday|trip|work trip|deployment|college|university|abroad|hospital stay|business|camp|moving|move)\b/,
    re: rx(
      `\\b(?:after|when|once) i am (?:gone|dead|not here|not around)\\b`,
      `\\bwhere i am going\\b`,
      `\\b(?:for )?when (?:they|someone|somebody|you|people|my \\w+) (?:find|finds|found) me\\b`,
      `\\bone (?:last|final) time\\b`,
      `\\b(?:if|in case) (?:anything|something) (?:happens|were to happen|should happen|happened)\\b`,
      `\\bnone of (?:this|it) (?:was|is) (?:your|her|his|their|anyone's|anyones|anybody's) fault\\b`,
      `\\b(?:will not|am not going to|would not|will no longer|will never) be (?:a (?:problem|burden|bother|nuisance|weight|drain)|in (?:anyone|anybody|everyone|your|their) way) (?:for|to|on) (?:anyone|anybody|everyone|you|them|my family|you all)\\b`,
      `\\bso (?:they|she|he|you) (?:will )?(?:have|has) something (?:from|to remember) me\\b`,
      `\\b(?:will not|would not|does not|do not|never) (?:have to|need to) deal with (?:\\w+ ){0,3}?after\\b`,
      `\\b(?:will not|would not) be able to (?:anymore|any more|for much longer)\\b`,
      `\\bsomeone (?:who|that) will (?:actually )?be (?:around|there for (?:her|him|them))\\b`,
      `\\bit is (?:finally )?time(?= *[.!]*$)`,
      `(?:^|[.!?] )(?:goodbye|bye)(?: forever| everyone| all| for now)?[.!]*$`,
    ),
  },
];

/** Veiled ideation: euphemisms that are ordinary alone and telling together ("veiled" group). */
const VEILED_RULES: RiskRule[] = [
  {
    id: "si.veiled", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, weak: "veiled",
    re: rx(
      `\\b(?:i am|i feel|i am finally) (?:\\w+ )?ready to go(?= *[.!?,]|$| now)`,
      `\\bmade (?:my )?peace with (?:it|dying|death|everything|my decision|leaving|that|this|the end)\\b`,
      `\\b(?:finally|soon) (?:be )?(?:at peace|at rest|free of (?:it all|everything|this))\\b`,
      `\\b(?:none of (?:this|it)|nothing) (?:will|is going to) matter (?:soon|anymore|much longer)\\b|\\bsoon (?:none of (?:this|it)|nothing) will matter\\b`,
      `\\b(?:only|one|no|a|the) way out\\b`,
      `\\b(?:stopped being|no longer|not|not really) (?:scared|afraid|frightened) of (?:it|dying|death|the pain|what comes next)(?: anymore| any more)?\\b`,
      `\\bi am (?:such |just |only |nothing but )?(?:a|the) (?:burden|problem|weight|drain) (?:to|on|for) (?:everyone|everybody|my family|them|people|all of them|you all)\\b`,
      `\\b(?:it|this|everything|all of this|it all) (?:is going to|will) (?:stop|end|be over) soon\\b`,
      `\\bone way or (?:another|the other)\\b`,
      // Everyday exhaustion idioms that end a thought: "I'm done.", "I can't do this anymore.",
      // "what's the point of anything", "I just want to disappear", "I want out".
      `\\bi am (?:so |just |completely |totally |honestly |really |officially )?done(?: with (?:everything|it all|all of it|life|everyone|everybody|all of this|this world|people|trying))?(?= *[.!?,]|$)`,
      `\\bi (?:just |really |honestly )?(?:can not|could not) (?:do|take|handle|cope with) (?:this|it|any of this|life|it all) (?:anymore|any more|any longer)(?= *[.!?,]|$)`,
      `\\bwhat is (?:even )?the point (?:of|in) (?:anything|any of (?:this|it)|it all|trying|going on|carrying on|being here|me)\\b`,
      `\\b(?:want|wanted|need|wish i could|wishing i could) (?:to )?(?:just )?disappear\\b(?! for (?:a|the|an|some)\\b| into| under| from| off| to| and (?:start|move|go))`,
      `\\bi (?:just |really )?want out(?= *[.!?,]|$| of (?:everything|it all|this life|life|here|this world))`,
      // A disclaimer that gives lethal means away: "it's not for protection", "for when I'm ready".
      `\\bnot for (?:protection|self[- ]?defen[cs]e|home defen[cs]e|hunting|the range|sport|burglars|intruders)\\b`,
      `\\bfor when i am (?:finally )?(?:ready|done)\\b(?! (?:to|with|for|at)\\b)`,
    ),
  },
];

/** Passive ideation and indirect suicidal behaviour (strong on their own). */
const PASSIVE_RULES: RiskRule[] = [
  {
    // Hoping something kills you: a car, the current, a stranger, an illness.
    id: "si.passive.hope-killed", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking)\b|\b(?:workout|exam|test|homework|class|traffic jam|boss|hangover|meeting)\b/,
    re: rx(
      `\\b(?:hoping|hope|hopes|wish\\w*|pray\\w*|want\\w*) (?:that )?(?:a|the|some|one of|something|someone|somebody) (?:\\w+ ){0,2}?(?:will |would |might |just |finally )?(?:hit|hits|kill\\w*|takes? me|take me (?:away|out)|finish\\w* me off|ends? me|runs? me over|run me over|sweeps? me (?:away|out)|pulls? me under|gets? me)\\b`,
    ),
  },
  {
    id: "si.passive.hope-not-stop", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(`\\b(?:hoping|hope|wish\\w*|pray\\w*) (?:that )?(?:a|the|some) (?:\\w+ )?${VEHICLE} (?:does not|will not|would not|do not|did not|might not) (?:stop|brake|see me|swerve|slow down)\\b`),
  },
  {
    // Acceptance of death: "wouldn't mind if I didn't wake up", "if a bus hit me I'd be relieved".
    id: "si.passive.accept", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking)\b|\b(?:exam|test|meeting|work tomorrow|school tomorrow|class)\b/,
    re: rx(
      `\\b(?:would not|would not really|would not even|would honestly not) (?:mind|care|be upset|be sad|be scared|complain|fight it) (?:\\w+ ){0,1}?(?:dying|being dead|not waking up|never waking up|if (?:\\w+ ){0,6}?(?:died|die|dead|cancer|terminal|hit me|killed me|not wake|did not wake|never woke|crash\\w*|took me))\\b`,
      `\\bif i (?:did not|do not|never|would not|just did not) (?:wake|woke) up (?:\\w+ ){0,4}?(?:i )?(?:would not|would be|would honestly|would really) (?:\\w+ )?(?:mind|care|relieved|fine|ok|okay|happy|glad|grateful)\\b`,
      `\\bif (?:a|the|some) (?:\\w+ )?${VEHICLE} (?:hit|hits|killed|kills|ran over|runs over) me (?:\\w+ ){0,8}?(?:relieved|relief|would not mind|would not care|fine|happy|glad|grateful|thankful|okay|ok)\\b`,
      `\\b(?:it|that|dying|death|cancer) would be (?:a|my) (?:way out|escape|blessing|mercy|relief)(?= *[.!?,]|$| for me| honestly)`,
    ),
  },
  {
    // Acceptance of an accidental death: "wouldn't mind if a bus hit me on the way to work",
    // "if I got hit by a car tomorrow I wouldn't care", "wouldn't be the worst thing if a truck took me out".
    id: "si.passive.accept-accident", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking|hair)\b/,
    re: rx(
      `\\b${ACCEPT} (?:\\w+ ){0,3}?${ACCIDENT}`,
      `\\bif ${ACCIDENT} (?:\\w+ ){0,6}?${ACCEPT}`,
    ),
  },
  {
    // Indifference to living or dying.
    id: "si.passive.indifferent", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(
      `\\b(?:do not|does not|no longer|stopped|stop|have stopped) (?:really |even |honestly |much )?car(?:e|ing) (?:\\w+ ){0,2}?(?:if|whether) (?:i|my heart) (?:\\w+ ){0,2}?(?:live|die|wake up|stops?|make it|survive|dead|alive|get hurt|get killed|overdose)\\b`,
      `\\b(?:do not|does not|no longer) care (?:about )?(?:living|being alive|staying alive|if i live)\\b`,
    ),
  },
  {
    id: "si.passive.indifferent-weak", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false, weak: "indifference",
    re: rx(`\\b(?:do not|does not|no longer) (?:really |even )?care (?:what happens|anymore|about anything|about myself)\\b`, `\\blet nature take its course\\b`, `\\bwhatever happens,? happens\\b`),
  },
  {
    // Stopping life-sustaining medication, or mixing it with alcohol: with indifference, passive ideation acted out.
    id: "si.passive.neglect", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negatable: false, weak: "neglect",
    re: rx(
      `\\b(?:stopped|stop|quit|skipping|skip|refus\\w*|not|no longer) (?:taking|take|taken|using) (?:my |any )?(?:\\w+ )?(?:insulin|heart (?:pills|meds|medication)|blood thinners|seizure (?:meds|medication|pills)|transplant meds|blood pressure (?:pills|meds)|meds|medication|pills)\\b`,
      `\\b(?:mixing|mix|mixed|taking|take|washing down) (?:my )?(?:meds|pills|medication|xanax|sleeping pills|painkillers|benzos) (?:down )?with (?:alcohol|vodka|wine|booze|drink\\w*|beer|whiskey|liquor)\\b`,
    ),
  },
  {
    id: "si.passive.not-here", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(
      `\\b(?:want|wanna|wish|need) (?:to )?(?:just )?not (?:be here|be alive|exist|be around)(?= *[.!?,]|$| anymore| any more| any longer| in this world| on this earth)`,
      `\\bnever (?:have to )?(?:deal with|face|feel) (?:anything|any of this|it all|life) (?:ever )?again\\b`,
      `\\bhopefully (?:i )?(?:will )?(?:not|never) (?:wake|waking) up\\b`,
      `\\b(?:so |how )?(?:peaceful|nice|easier|a relief|relieving|restful) (?:\\w+ ){0,3}?(?:to )?(?:just )?(?:not exist|not be here|not be alive|be dead|stop existing|never wake up|not wake up|disappear forever)\\b`,
      `\\b(?:make sure|so that|so) i (?:do not|never|will not) wake up\\b`,
      `\\b(?:will not|am not going to|would not) be (?:a (?:problem|burden|bother|nuisance)|in (?:your|anyone|anybody|everyone|everybody)(?:'s)? way|bothering (?:you|anyone|anybody)) (?:\\w+ ){0,3}?(?:much longer|for much longer|for long|soon)\\b`,
    ),
  },
  {
    // "better off once I'm out of the picture"
    id: "si.passive.burden-once", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(`\\bbetter off (?:once|when|after|if) i am (?:out of the picture|gone|dead|not here|not around|out of the way|out of their lives|gone for good)\\b`),
  },
  {
    // A timeline without the word: "I won't be around to see my birthday", "make the pain stop for good tonight".
    id: "si.intent.veiled", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:will not|am not going to|do not think i will|do not plan to) (?:be )?(?:alive|around|here) (?:to see|to celebrate|by (?:next|the end))\\b`,
      `\\b(?:going to|gonna|will|about to|ready to) (?:\\w+ ){0,1}?(?:make|let) (?:the|my|this|it|everything|it all) (?:pain )?(?:stop|end) (?:for good|forever|permanently|once and for all)\\b`,
      `\\b(?:going to|gonna|will|plan\\w* to|threaten\\w* to|wants to) use (?:it|the \\w+|a \\w+|them|his \\w+|her \\w+|my \\w+) on (?:${REFLEXIVE})\\b`,
    ),
  },
  {
    // Method in passing thoughts: the wheel on an overpass, leaning towards the train.
    id: "si.method.passing", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    requires: /\b(?:platform|train|tracks|edge|ledge|balcony|bridge|overpass|roof|wheel|driv\w*|car|traffic|cliff|highway|window|sea|ocean|river|lake)\b/,
    re: rx(
      `\\b(?:think\\w*|thought|imagin\\w*|tempted|urges?|fantasi\\w*|picture\\w*|want\\w*) (?:about |of |to )?(?:just )?(?:letting go of the wheel|let go of the wheel|yank\\w* the wheel|jerk\\w* the wheel|turn\\w* the wheel|lean\\w* (?:forward|over|off|out)|step\\w* (?:off|out|forward|onto the tracks|into traffic)|walk\\w* (?:into|in front of) (?:the )?(?:sea|ocean|river|lake|traffic|train)|let\\w* (?:my ?self )?fall)\\b`,
    ),
  },
  {
    // Researching methods or what happens after, without asking for them.
    id: "si.method.research", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, evenInQuestions: true,
    re: rx(
      `\\b(?:read\\w*|research\\w*|look\\w* (?:up|into)|googl\\w*|search\\w*|watch\\w*) (?:about |up |into |on )?(?:\\w+ ){0,2}?(?:which|what|the) (?:methods?|ways?) (?:\\w+ ){0,3}?(?:least painful|painless|quickest|fastest|surest|most (?:reliable|effective|peaceful)|less painful)\\b`,
      // Working out an amount of one's medicine: "looked up how many of my antidepressants it would take".
      `\\b(?:look\\w*|googl\\w*|search\\w*|research\\w*|check\\w*|work\\w*|figur\\w*|calculat\\w*|read\\w*) (?:up |out |into |on |about )?how (?:many|much) (?:of )?(?:my |the |those |these |his |her )?(?:\\w+ ){0,2}?(?:pills|tablets|meds|medications?|medicine|capsules|painkillers|antidepressants|sleeping pills|sleeping tablets|insulin|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|co-?codamol|codeine|tramadol|sertraline|amitriptyline|fluoxetine|citalopram|quetiapine|seroquel|lithium|diazepam|xanax|benadryl|opioids|oxy\\w*|\\w+ would|\\w+ it) (?:\\w+ ){0,2}?(?:it would take|it takes|would (?:take|do it|do the job|be enough|kill)|i would need|would i need|would be fatal|to (?:die|not wake up|do it|do the job))\\b`,
      `\\bhow long (?:it takes|before|until|for) (?:\\w+ ){0,4}?(?:found|discovered) (?:\\w+ ){0,3}?(?:after|when|if) (?:they|you|someone|somebody|i|people) (?:die|dies|died|are dead|is dead|pass)\\b`,
    ),
  },
  {
    // Spanish and Portuguese: risk-taking in the hope of dying.
    id: "es.si.risk-taking", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(`\\b(?:manejo|conduzco|cruzo|nado|camino|voy|dirijo|atravesso) (?:\\w+ ){0,4}?(?:esperando|con la esperanza de|deseando|rezando por|ojala|torcendo para) (?:que )?(?:\\w+ )?(?:chocar|choque|me atropellen|me atropelle|me mate|morir|no llegar|no volver|ahogarme|bater|me matar|morrer)\\b`),
  },
  {
    id: "si.method.courage", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true,
    unless: /\b(?:bungee|skydiv\w*|parachut\w*|plane|pool|diving|dive|into the (?:water|lake|pool|sea|river)|dating|career|job|ship|ask|tell|quit|confront|leave|apply|speak)\b/,
    re: rx(`\\b(?:courage|nerve|guts|balls) to (?:jump|end it|end my life|die|pull the trigger|kill ${SELF})\\b`),
  },
  {
    // Rehearsal and aborted attempts in other words.
    id: "si.prep.rehearsal", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true,
    unless: /\b(?:view|views|photo\w*|pictures?|selfies?|sunset|hik\w*|climb\w*|abseil\w*|bungee|skydiv\w*|tour|fireworks|scared of heights|fear of heights|vertigo)\b/,
    re: rx(
      // standing at an edge, or finding out how high a place is: rehearsal and method research
      `\\b(?:stood|standing|stand|sat|sitting|leaned|leaning|lean) (?:\\w+ ){0,2}?(?:by|at|on|near|over|against) the (?:edge|ledge|railings?|barrier|parapet)\\b`,
      `\\b(?:looking|looked|look|searching|searched|googl\\w*|checking|checked) (?:up )?how (?:high|tall|far down|deep|far a drop) (?:the |a |that |my )?(?:\\w+ ){0,3}?(?:bridge|building|car park|multi-storey|multistorey|parking garage|roof|rooftop|cliff|tower block|balcony|flat|apartment|floor|window|drop|overpass|quarry)\\b`,
      `\\b(?:sit|sat|sitting|sits) (?:\\w+ ){0,3}?in (?:the|my|our) (?:closed )?garage (?:\\w+ ){0,2}?with (?:the )?(?:car|engine|motor) (?:running|on)\\b`,
      `\\b(?:stood|standing|sat|sitting|was|went|walked) (?:on|at|to|onto|out on) (?:the|a) (?:\\w+ )?(?:bridge|roof|rooftop|overpass|cliff|parking garage|top floor) (?:\\w+ ){0,8}?(?:before (?:a|an|some|the|my|someone|somebody) (?:\\w+ )?(?:asked|stopped|talked|pulled|grabbed|found|called|came)|and (?:then )?(?:walked|went|came|climbed) (?:back|home|down)|but (?:i )?(?:walked|went|came|climbed) (?:back|home|down)|(?:could not|did not) (?:do it|go through|jump))`,
    ),
  },
];

/** Abuse described indirectly. */
const ABUSE_INDIRECT_RULES: RiskRule[] = [
  {
    id: "abuse.strangle", flag: "abuse", level: "high", escalate: true, historical: true,
    re: rx(
      `\\b(?:put|puts|wrapped|wraps|had|has|squeezed|squeezes|pressed|presses|kept) (?:his|her|their|both) (?:\\w+ )?hands? (?:around|round|on) my (?:neck|throat)\\b`,
      `\\b(?:choked|strangled) me (?:\\w+ ){0,2}?(?:until|till|and) i (?:blacked|passed) out\\b`,
    ),
  },
  {
    id: "abuse.intimidation", flag: "abuse", level: "high", escalate: true, historical: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|game|match|exam|test|chess)\b/,
    re: rx(`\\bnext time (?:it will be|it is going to be|it is gonna be|it will|it is) (?:you|me|my face|your face|my head|your head|my neck|your neck)\\b`),
  },
  {
    id: "abuse.rough", flag: "abuse", level: "moderate", escalate: true, historical: true, negationInside: true,
    unless: /\b(?:game|match|play\w*|sport\w*|rugby|football|wrestl\w*|sea|waves|weather|week|day|sex|in bed|consensual|kinky)\b/,
    re: rx(
      `\\b(?:he|she|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|son|daughter|brother|uncle)) (?:\\w+ ){0,1}?(?:gets|got|getting|can get) (?:really |so |a bit |a little |kind of )?(?:rough|physical|violent|handsy)\\b`,
      `\\b(?:puts|put|lays|laid|putting) (?:his|her) hands on me\\b`,
      `\\bpunch\\w* (?:the |a )?walls? (?:\\w+ ){0,3}?(?:next to|beside|near|by|right by|inches from|behind) (?:my|me) (?:head|face)\\b`,
    ),
  },
  {
    // Boundary violations and grooming: weak alone, escalate with a minor's age, another sign or abuse.
    id: "abuse.boundary", flag: "abuse", level: "moderate", escalate: true, historical: true, weak: "boundary",
    re: rx(
      `\\b(?:says|said|told me|tells me|makes me promise|made me promise|makes me swear|made me swear) (?:that )?(?:it is|its|this is|it was|this was|it will be|to keep (?:it|this|that)) (?:our|a) (?:little |special )?secret\\b`,
      `\\b(?:makes|made|forces|forced|wants|wanted|tells|told) me (?:to )?sit on (?:his|her) lap\\b`,
      `\\b(?:comes|came|walks|walked|barges|barged|keeps coming) (?:in|into) (?:the bathroom|my bathroom|the shower|my room|my bedroom) (?:\\w+ ){0,4}?(?:when i am|while i am|when i|while i) (?:showering|in the shower|changing|naked|getting dressed|undressed|sleeping|asleep|in the bath)\\b`,
      `\\b(?:asks?|asking|asked|keeps asking|wants|wanted|pressur\\w*|begging|begs|begged|tells|told) me (?:to )?(?:send|for|to send) (?:him |her )?(?:\\w+ )?(?:pics|pictures|photos|nudes|videos|selfies)\\b`,
      `\\bmature for (?:my|your) age\\b`,
      `\\b(?:\\d{2}|twenty|thirty|forty|fifty|sixty)[- ]?(?:year|yr)s?[- ]?old (?:guy|man|dude|woman|adult|stranger)\\b`,
      `\\b(?:touches|touched|touching) me (?:where|in places|down there|under my)\\b`,
      `\\b(?:watches|watched|watching) me (?:shower|change|undress|sleep|in the shower)\\b`,
      `\\b(?:comes|came|sneaks|snuck|creeps|crept) (?:in ?to|in) my (?:room|bed|bedroom) (?:at night|when everyone|every night|late at night)\\b`,
    ),
  },
  {
    // Online grooming in a child's words: an adult's age, a stranger met online who wants to meet or
    // says he loves them, being told not to tell. Counts only beside a child's own age.
    id: "abuse.grooming", flag: "abuse", level: "moderate", escalate: true, historical: true, weak: "grooming",
    re: rx(
      `\\b(?:he|she) is (?:like |about |around |nearly |almost |over )?(?:[2-9]\\d|twenty|thirty|forty|fifty|sixty)\\b(?! (?:minutes|mins|hours|percent|pounds|kg|dollars|miles|km|weeks|days|months))`,
      `\\b(?:man|guy|adult|stranger|someone|somebody|person|boy|girl|woman|lady|dude) (?:i (?:met|talk to|have been talking to|been talking to|chat with|game with) |who (?:messages|messaged|talks to|added) me )?(?:online|on (?:discord|snapchat|snap|instagram|insta|roblox|minecraft|tiktok|fortnite|whatsapp|kik|telegram|omegle|an app|a game|xbox|playstation))\\b`,
      `\\b(?:wants|wanted|asked|asks|asking|keeps asking|begging) (?:me )?to meet (?:up|me|him|her|in person|irl|somewhere|alone)\\b|\\bwants to meet\\b`,
      `\\b(?:says|said|told me|tells me|keeps saying) (?:that )?(?:he|she) (?:loves|love|is in love with) me\\b`,
      `\\b(?:told|tells|asked|asks|made|makes) me (?:not to|never to|to never|to not) tell (?:my )?(?:parents|mum|mom|dad|anyone|anybody|teachers?|friends)\\b`,
      `\\b(?:says|said|told me|tells me) (?:that )?(?:i will|i would|i am going to|we will|we would) (?:get in trouble|be in trouble|get taken away|be taken away|get hurt) if i (?:tell|told|say|said)\\b`,
    ),
  },
  {
    id: "abuse.minor-age", flag: "abuse", level: "none", escalate: false, historical: false, negatable: false, weak: "minor",
    re: rx(
      `\\b(?:i am|am|i was|my age is) (?:only |just )?(?:[4-9]|1[0-7]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b(?: (?:years old|yo|yrs old|year old))?(?! (?:minutes|mins|hours|days|weeks|months|percent|dollars|pounds|kg|lbs|miles|km|times|foot|feet|ft|cm|am|pm|o'?clock|years? (?:into|clean|sober|in)))`,
      `\\b(?:tengo|tenho) (?:[4-9]|1[0-7]) anos\\b`,
    ),
  },
];

/** Harm to others in understated words. */
const HTO_INDIRECT_RULES: RiskRule[] = [
  {
    id: "hto.weapon-to-place", flag: "harm_to_others", level: "high", escalate: true, subject: "self",
    unless: /\b(?:hunting|range|police|officer|security guard|show and tell|lol|jk|kidding)\b/,
    re: rx(`\\b(?:bring\\w*|brought|tak\\w*|took|carry\\w*|sneak\\w*|snuck) (?:\\w+ ){0,3}?(?:gun|guns|rifle|pistol|weapon|bomb|ar-?15) (?:in)?to (?:school|class|work|the office|campus|church|the mall|the party|the game|the concert)\\b`),
  },
  {
    id: "hto.revenge", flag: "harm_to_others", level: "moderate", escalate: true, subject: "self",
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking|in court|lawyer|sue|report|review|promotion|success|better life|win)\b/,
    re: rx(`\\bmake sure (?:\\w+ ){1,3}?(?:regrets?|pays? for|suffers?) (?:it|what|this|that|the day|ever|for)\\b`),
  },
  {
    id: "hto.poison-thought", flag: "harm_to_others", level: "moderate", escalate: true, subject: "self",
    re: rx(`\\b(?:thought|think\\w*|plan\\w*|figur\\w*|wonder\\w*) (?:about )?(?:what|how) (?:i would|i could|to|i will|i am going to|i might) (?:put|slip|add|mix) (?:\\w+ ){0,2}?in(?:to)? (?:his|her|their|my \\w+) (?:drink|food|coffee|tea|meal|water|dinner|pills)\\b`),
  },
  {
    id: "hto.deal-with", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    re: rx(`\\b(?:going to|gonna|will|about to) (?:\\w+ ){0,1}?(?:deal with|take care of|handle|settle (?:this|things) with|finish|end) (?:him|her|them|my \\w+|that \\w+) (?:\\w+ ){0,2}?(?:myself|tonight|once and for all|for good|permanently|my own way)\\b`),
  },
];

/** Command hallucinations, medical emergencies and self-harm, in other words. */
const OTHER_INDIRECT_RULES: RiskRule[] = [
  {
    id: "psy.command-indirect", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"], negationInside: true,
    re: rx(
      `\\b(?:voices?|the voice|a voice|whispers?|whispering|god|the devil|satan|demons?|spirits?) (?:\\w+ ){0,3}?(?:tell\\w*|told|say\\w*|said|order\\w*|command\\w*|want\\w*|urg\\w*|push\\w*|demand\\w*|whisper\\w*) (?:me )?(?:that )?(?:\\w+ ){0,4}?(?:walk into (?:the )?(?:sea|ocean|river|lake|traffic|fire)|step in front|(?:deal with|get rid of|take out|take care of|silence|stop) (?:him|her|them|my \\w+)\\b|drown|jump|set fire|burn (?:the|down|my|it|them|him|her)|sacrific\\w*|be sacrificed|hurt|kill|stab|poison|cut|hang|starve|stop eating|off the (?:balcony|roof|bridge|ledge)|way out is)\\b`,
      `\\b(?:(?:the |a )?(?:man|woman|men|women|people|person|voice|voices|someone|somebody|presenter|newsreader|guy) (?:on|in|from|through|behind) (?:the |my )?(?:radio|tv|television|telly|walls?|ceiling|vents?|phone|computer|speakers?|mirror)|the (?:radio|tv|television|telly)) (?:\\w+ ){0,2}?(?:tell\\w*|told|say\\w*|said|order\\w*|command\\w*|want\\w*|whisper\\w*) (?:me )?(?:that )?(?:i )?(?:have to |must |need to |should |got to |to )?(?:\\w+ ){0,3}?(?:kill|hurt|harm|cut|jump|die|stab|burn|sacrifice|attack|poison|shoot|drown|starve|hang|smother)\\b`,
      `\\bhear\\w* (?:a |the |some )?(?:man|woman|voice|voices|someone|somebody|people|whispers?|god|the devil|demons?) (?:\\w+ ){0,2}?(?:tell\\w*|say\\w*|order\\w*|whisper\\w*|command\\w*) (?:me )?(?:to )?(?:\\w+ ){0,3}?(?:kill|hurt|harm|cut|jump|die|stab|burn|sacrifice|attack|poison|shoot|drown|starve|hang|walk into)\\b`,
      `\\b(?:god|voices?|the voice|the devil|satan|demons?|spirits?|angels?) (?:told|tells|says|said|commands?|commanded|wants|showed|revealed to) (?:me )?(?:that )?(?:\\w+ ){0,4}?(?:has to|have to|must|need to|needs to|should|is going to|are going to) (?:be )?(?:die|sacrificed|killed|punished|burned|purified|cleansed|destroyed|hurt|removed)\\b`,
    ),
  },
  {
    // "the voice says if I don't hurt my roommate...": the negation belongs to the threat, not the hit.
    id: "psy.command-conditional", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"],
    re: rx(`\\b(?:voices?|the voice|a voice|god|the devil|demons?) (?:\\w+ ){0,2}?(?:says?|said|tells? me|told me|threaten\\w*|warn\\w*) (?:that )?if i (?:do not|did not|will not|refuse to) (?:\\w+ ){0,2}?(?:hurt|kill|cut|jump|stab|burn|do it|obey|sacrifice)\\b`),
  },
  {
    // Someone else's goodbye: a text "thanking me for everything" or "saying sorry" and now unreachable.
    id: "tp.goodbye-message", flag: "third_party_risk", level: "high", escalate: true, subject: "self", historical: false,
    unless: /\b(?:leaving do|farewell (?:party|drinks)|moving|new job|last day|retir\w*|graduat\w*|wedding|birthday)\b/,
    re: rx(`\\b(?:text|texts|texted|message|messages|messaged|note|letter|voicemail|snap|post|posted|email|emailed|dm|dmed)\\w* (?:\\w+ ){0,3}?(?:saying|that said|that says|which said|to say|says|said) (?:\\w+ ){0,2}?(?:thank you for everything|thanks for everything|sorry for everything|goodbye|good bye|(?:she|he|they) (?:is|are|was|were) (?:so )?sorry|(?:she|he|they) (?:loves?|loved) (?:me|us|you)|to (?:look after|take care of) (?:her|his|their) (?:\\w+ )?(?:cat|dog|kids|children|pets?))\\b(?=[^]*\\b(?:can not (?:get hold of|reach|contact|get through to)|not (?:answering|picking up|replying)|no answer|phone is off|has not (?:left|come out|answered|replied)|worried|scared)\\b)`),
  },
  {
    id: "med.insulin-omission", flag: "medical_emergency", level: "high", escalate: true, negatable: false,
    re: rx(
      `\\b(?:have not|not|did not|stopped|without|no|not been|skipp\\w*|have not been) (?:\\w+ ){0,3}?insulin (?:\\w+ ){0,2}?(?:in|for|since) (?:${NUM_DAYS} days|days|a week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
      `\\b(?:stopped|quit) (?:taking |using )?(?:my )?insulin (?:\\w+ ){0,2}?${NUM_DAYS} (?:days?|weeks?) ago\\b`,
      `\\b(?:fruity breath|breath smells (?:weird|sweet|fruity|like nail polish)|high ketones|ketones are high|dka)\\b`,
      `\\bdiabet\\w*\\b(?=[^.!?]*\\b(?:vomit\\w*|throwing up|puking|being sick|can not keep (?:anything|water|fluids|food) down)\\b)(?=[^.!?]*\\b(?:breath\\w*|confus\\w*|drowsy|fruity|ketones|dizzy|faint\\w*|can not think)\\b)`,
    ),
  },
  {
    id: "med.ingestion", flag: "medical_emergency", level: "imminent", escalate: true, subject: "any", historical: false,
    re: rx(`\\b(?:drank|swallowed|drinking|ingested|took|ate) (?:some |a bit of |something |stuff |some stuff )?(?:\\w+ ){0,2}?(?:from under the sink|cleaning (?:products?|stuff|spray|fluid)|chemicals?|household (?:products?|chemicals)|from the garage)\\b`),
  },
  {
    id: "sh.wounds", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    re: rx(`\\b(?:the |my )?(?:cuts|burns) (?:are|were|look|looks|got|are getting) (?:\\w+ )?(?:bad|deep|infected|bleeding|gaping|worse)\\b`),
  },
];

export const INDIRECT_RULES: RiskRule[] = [
  ...PREP_RULES,
  ...VEILED_RULES,
  ...PASSIVE_RULES,
  ...ABUSE_INDIRECT_RULES,
  ...HTO_INDIRECT_RULES,
  ...OTHER_INDIRECT_RULES,
];
