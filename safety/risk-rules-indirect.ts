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
/** A phone that no longer reaches someone ("going straight to voicemail", "phone is switched off"), after a goodbye. */
const UNREACHABLE_NOW = "(?:going|goes|gone|went) (?:straight )?to voicemail|(?:phone|mobile) (?:is |has been )?(?:switched off|dead)";
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
      // Round C: pets handed to someone "for a while", accounts closed, borrowed things returned.
      `\\basked (?:my \\w+|a friend|someone|somebody|a neighbou?r|my neighbou?r) to (?:take|look after|mind|have|keep) (?:my|the|our) (?:\\w+ )?${PET}\\b`,
      `\\bclosed (?:all )?(?:of )?my (?:bank |savings |credit card )?accounts?\\b`,
      `\\breturned (?:all )?(?:of )?(?:my|the) (?:library books|borrowed \\w+|things i (?:had )?borrowed|stuff i (?:had )?borrowed)\\b`,
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
      // Round C: a note written, timing still open, a method thought through, timed around others.
      `\\b(?:written|wrote|finished|writing|left) (?:the|my) (?:last |final )?note(?= *[.!?,;]|$)`,
      `\\b(?:have not|not yet|still have not|still not|not) (?:\\w+ )?decided (?:when|where|how)(?= *[.!?,]|$| yet| exactly)`,
      `\\bplan\\w* (?:out )?(?:exactly )?how (?:i would|i will|i am going to|i could|to) do it\\b`,
      `\\b(?:thought|worked|planned|figured) it all (?:through|out)\\b(?! (?:with|for) (?:the|my|our) (?:team|boss|client))`,
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
      // Farewell in other words: "you won't have to worry about me", "the last time you'll hear from me",
      // "love you all." as a last line, sleeping "for a long time", a note left for someone, closure.
      `\\b(?:will not|would not|never) (?:have to|need to) worry about me (?:\\w+ ){0,2}?(?:anymore|any more|again|much longer|soon|after (?:tonight|today|this|tomorrow))\\b`,
      `(?:^|[.!?] )(?:i )?love you all[.!]*$`,
      `\\b(?:sleep|go to sleep|going to sleep|rest)\\b(?: now)?[.,]? for a (?:very |really )?long (?:time|while)(?= *[.!?,]|$)`,
      `\\b(?:with|and|left|leave|leaving) a note for (?:my (?:\\w+ )?(?:wife|husband|partner|mum|mom|dad|kids|son|daughter|family|parents|girlfriend|boyfriend)|them|her|him|everyone)\\b`,
      `\\b(?:feels?|felt|feeling) like (?:closure|the end|an ending|goodbye)(?= *[.!?,]|$)`,
      `\\bapologi[sz]\\w* to (?:everyone|everybody|people|all the people|the people) i (?:have )?(?:hurt|wronged|let down)\\b`,
      `\\b(?:returning|returned|gave back|giving back) (?:everything|all the (?:things|stuff)) i (?:had )?borrowed\\b`,
      `\\b(?:dropped|left|gave|took|handed) (?:off )?(?:my|our) (?:\\w+ )?${PET} (?:[\\w']+ ){0,5}?for good\\b`,
      `\\b(?:left|leaving|put|laid out|laying out) (?:[\\w']+ ){0,6}?(?:the deeds?|deed to the house|my will|my (?:car |house )?keys|my bank cards?|my passwords) (?:[\\w']+ ){0,4}?(?:on the (?:kitchen )?table|for (?:my|her|him|them))\\b`,
      `\\b(?:he|she|they|it) (?:will|would|is going to) (?:have|get) a better (?:life|home) (?:there|with (?:them|her|him|you)|without me)\\b`,
      `\\bi know what (?:it is|they are|that is|this is) for\\b`,
      // Timed around someone else's day: "after my son's birthday so I don't ruin it for him".
      `\\bso (?:that )?i (?:do not|will not|would not|can not) (?:ruin|spoil|wreck) (?:it|christmas|(?:his|her|their|the) \\w+) for (?:him|her|them|everyone|anybody|anyone)\\b`,
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
      `\\bi (?:just |really |honestly )?(?:can not|could not) (?:keep (?:doing|living|going on) (?:this|it|like this)|go on like this|keep going like this)\\b`,
      `\\bwhat is (?:even )?the point (?:of|in) (?:anything|any of (?:this|it)|it all|trying|going on|carrying on|being here|me)\\b`,
      `\\b(?:want|wanted|need|wish i could|wishing i could) (?:to )?(?:just )?disappear\\b(?! for (?:a|the|an|some)\\b| into| under| from| off| to| and (?:start|move|go))`,
      `\\bi (?:just |really )?want out(?= *[.!?,]|$| of (?:everything|it all|this life|life|here|this world))`,
      `\\b(?:want|need|wish) (?:for )?(?:the|this|my) pain to (?:just )?(?:end|stop|go away)(?: forever| for good| permanently)?(?= *[.!?,]|$)`,
      // A disclaimer that gives lethal means away: "it's not for protection", "for when I'm ready".
      `\\bnot for (?:protection|self[- ]?defen[cs]e|home defen[cs]e|hunting|the range|sport|burglars|intruders)\\b`,
      `\\bfor when i am (?:finally )?(?:ready|done)\\b(?! (?:to|with|for|at)\\b)`,
      // Round C: others better off in the end, tired of being a burden, how easy it would be, a sudden calm.
      `\\b(?:everyone|everybody|they|my (?:\\w+ )?(?:family|kids|wife|husband|partner|parents)|people|the world) (?:will|would|is going to) (?:all )?be (?:so much |much |a lot )?better off(?= *[.!?,;]|$| in the long run| anyway| eventually| honestly| really| trust me| in the end)`,
      `\\b(?:tired|sick|exhausted) of being (?:a|such a) (?:burden|nuisance|problem|drain|weight)\\b`,
      `\\bhow (?:easy|quick|simple) it would be(?= *[.!?,;]|$| to (?:just )?(?:do it|end it|use it|die|go|not wake up))`,
      `\\b(?:feel|feels|feeling|felt) (?:so |really |strangely |weirdly |oddly |very )?(?:calm|at peace|peaceful|lighter) (?:for the first time|now that i (?:have )?decided|since i (?:have )?decided|since i made (?:the|my) (?:decision|mind up)|now i know (?:what|when))\\b`,
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
      // "part of me wants the car to win", "I keep hoping the plane goes down".
      `\\b(?:want\\w*|hop\\w*|wish\\w*|pray\\w*) (?:for )?(?:that )?(?:the|a|some) (?:\\w+ )?(?:car|bus|truck|lorry|train|driver|van) (?:to )?(?:win|wins|would win|will win)\\b`,
      `\\b(?:hop\\w*|wish\\w*|pray\\w*) (?:that )?(?:the|my) (?:plane|flight) (?:goes|will go|would go|crashes|will crash|would crash|went) ?(?:down)?\\b(?! (?:smoothly|safely|on time|well|ok|okay|fine|without))`,
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
      // Any way of not caring: "don't", "can't even bring myself to", "couldn't", "never really".
      `\\b(?:do not|does not|no longer|stopped|stop|have stopped|can not|cannot|could not|never|barely|hardly) (?:really |even |honestly |much |bring myself to |seem to |make myself )*car(?:e|ing) (?:\\w+ ){0,2}?(?:if|whether) (?:i|my heart) (?:\\w+ ){0,2}?(?:live|die|wake up|stops?|make it|survive|dead|alive|get hurt|get killed|overdose)\\b`,
      `\\b(?:do not|does not|no longer|can not|cannot|could not) (?:really |even |bring myself to )*care (?:about )?(?:living|being alive|staying alive|if i live)\\b`,
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
      `\\b(?:skipp\\w*|missing|missed|stopped|stop|quit|not going to|cancell?\\w*|refus\\w*) (?:\\w+ ){0,1}?(?:my )?(?:dialysis|chemo|chemotherapy|transfusions?)(?: sessions| appointments| treatment)?\\b`,
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
      // "You won't have to worry about me after tonight", "the last time you'll hear from me".
      `\\b(?:will not|would not|never) (?:have to|need to) worry about me (?:\\w+ ){0,2}?after (?:tonight|today|this weekend|tomorrow)\\b`,
      `\\b(?:the|my) (?:very )?last time (?:you will|you are going to|you are gonna|anyone will|anybody will|you) (?:ever )?(?:hear from|see|talk to|speak to) me\\b(?! (?:until|before|for a (?:while|bit|few)|on (?:this|here)|this (?:year|week|month)|in a while|about))`,
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
    id: "si.prep.rehearsal", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, similesSkip: true,
    unless: /\b(?:view|views|photo\w*|pictures?|selfies?|sunset|hik\w*|climb\w*|abseil\w*|bungee|skydiv\w*|tour|fireworks|scared of heights|fear of heights|vertigo|edge of (?:my|your|his|her|their|our|the) (?:seat|bed|chair|sofa|couch|desk|bath))\b/,
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
    // Sexualised conduct an adult might pass off as play or attention: hitting or grabbing a young
    // person's bottom or chest, looking them up and down, remarks on their body or clothes. Weak alone
    // (partners tease); a child at risk beside the writer's young age, or twice beside a step-parent,
    // uncle, coach or the like (screen-risk.ts).
    id: "abuse.sexualised-conduct", flag: "abuse", level: "moderate", escalate: true, historical: true, weak: "conduct",
    re: rx(
      `\\b(?:hits?|hitting|slaps?|slapping|smacks?|smacking|grabs?|grabbing|pinch(?:es|ing)?|touch(?:es|ing)|pats?|patting|spanks?|spanking) (?:me )?(?:on )?my (?:butt|bum|ass|bottom|backside|behind|chest|boobs|breasts|thighs?|crotch)\\b`,
      `\\bmy (?:butt|bum|ass|bottom|backside|chest|boobs|breasts|thighs?) (?:that |which )?(?:he|she|they) (?:always |keeps |likes to )?(?:hits?|slaps?|smacks?|grabs?|touch(?:es)?|pats?|pinch(?:es)?|spanks?)\\b`,
      `\\b(?:scans?|scanning|looks?|looking|checks?|checking|eyes|eyeing|stares? at|staring at) me (?:up and down|from head to toe|head to toe)\\b`,
      `\\b(?:comments?|commenting|remarks?|remarking) on my (?:outfits?|clothes|body|figure|chest|butt|bum|legs|boobs|breasts|curves)\\b`,
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
      `\\bi am (?:a |only a |just a )?(?:young )?(?:teen|teenager|teenage (?:girl|boy)|minor|(?:girl|boy) in (?:middle|high) school)\\b`,
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
      `\\b(?:(?:the |a )?(?:man|woman|men|women|people|person|voice|voices|someone|somebody|presenter|newsreader|guy) (?:on|in|from|through|behind) (?:the |my )?(?:radio|tv|television|telly|walls?|ceiling|vents?|phone|computer|speakers?|mirror)|the (?:radio|tv|television|telly)) (?:\\w+ ){0,2}?(?:tell\\w*|told|say\\w*|said|order\\w*|command\\w*|want\\w*|whisper\\w*) (?:me )?(?:that )?(?:i )?(?:have to |must |need to |should |got to |to )?(?:\\w+ ){0,3}?(?:kill|hurt|harm|cut|jump|die|stab|burn|sacrifice|attack|poison|shoot|drown|starve|hang|smother|punish|get rid of|teach (?:him|her|them) a lesson)\\b`,
      `\\b(?:voices?|the voice|a voice|god|the devil|demons?) (?:\\w+ ){0,2}?(?:tell\\w*|told|say\\w*|said|insist\\w*|whisper\\w*) (?:\\w+ ){0,14}?(?:hurt|kill|cut|punish|burn|harm|starve) my ?self\\b`,
      `\\bhear\\w* (?:a |the |some )?(?:man|woman|voice|voices|someone|somebody|people|whispers?|god|the devil|demons?) (?:\\w+ ){0,2}?(?:tell\\w*|say\\w*|order\\w*|whisper\\w*|command\\w*) (?:me )?(?:to )?(?:\\w+ ){0,3}?(?:kill|hurt|harm|cut|jump|die|stab|burn|sacrifice|attack|poison|shoot|drown|starve|hang|walk into)\\b`,
      `\\b(?:god|voices?|the voice|the devil|satan|demons?|spirits?|angels?) (?:told|tells|says|said|commands?|commanded|wants|showed|revealed to) (?:me )?(?:that )?(?:\\w+ ){0,4}?(?:has to|have to|must|need to|needs to|should|is going to|are going to) (?:be )?(?:die|sacrificed|killed|punished|burned|purified|cleansed|destroyed|hurt|removed)\\b`,
    ),
  },
  {
    // "the spirits keep demanding that I offer them my little sister": a person demanded as an offering.
    id: "psy.command-offer", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"],
    re: rx(`\\b(?:spirits?|voices?|the voice|god|gods|demons?|the devil|satan|angels?|entities|beings) (?:\\w+ ){0,2}?(?:demand\\w*|want\\w*|tell\\w*|told|order\\w*|command\\w*|ask\\w*) (?:\\w+ ){0,3}?(?:offer|give|sacrifice|hand over|bring) (?:them |him |it |up )?(?:my|a|the) (?:\\w+ )?(?:sister|brother|son|daughter|baby|child|kids?|children|mum|mom|dad|mother|father|wife|husband|partner|friend|neighbou?r|flatmate|roommate)\\b`),
  },
  {
    // "the voice says if I don't hurt my roommate...": the negation belongs to the threat, not the hit.
    id: "psy.command-conditional", flag: "command_hallucinations", level: "high", escalate: true, alsoFlags: ["psychosis"],
    re: rx(`\\b(?:voices?|the voice|a voice|god|the devil|demons?) (?:\\w+ ){0,2}?(?:says?|said|tells? me|told me|threaten\\w*|warn\\w*) (?:that )?if i (?:do not|did not|will not|refuse to) (?:\\w+ ){0,2}?(?:hurt|kill|cut|jump|stab|burn|do it|obey|sacrifice)\\b`),
  },
  {
    // Someone else's goodbye: a text "thanking me for everything" or "saying sorry" (or quoting it:
    // "texted me 'thanks for everything, love you, sorry'") and now unreachable.
    id: "tp.goodbye-message", flag: "third_party_risk", level: "high", escalate: true, subject: "self", historical: false,
    unless: /\b(?:leaving do|farewell (?:party|drinks)|moving|new job|last day|retir\w*|graduat\w*|wedding|birthday)\b/,
    re: rx(`\\b(?:text|texts|texted|message|messages|messaged|note|letter|voicemail|snap|post|posted|email|emailed|dm|dmed)\\w* (?:\\w+ ){0,3}?(?:(?:saying|that said|that says|which said|to say|says|said) (?:\\w+ ){0,2}?)?['"\u201C\u2018]?(?:thank you for everything|thanks for everything|sorry for everything|goodbye|good bye|(?:i )?love (?:you|u) (?:all|guys)|(?:she|he|they) (?:is|are|was|were) (?:so )?sorry|(?:she|he|they) (?:loves?|loved) (?:me|us|you)|to (?:look after|take care of) (?:her|his|their) (?:\\w+ )?(?:cat|dog|kids|children|pets?))\\b(?=[^]*\\b(?:can not (?:get hold of|reach|contact|get through to)|${UNREACHABLE_NOW}|not (?:answering|picking up|replying)|no answer|phone is off|has not (?:left|come out|answered|replied)|worried|scared)\\b)`),
  },
  {
    id: "med.insulin-omission", flag: "medical_emergency", level: "high", escalate: true, negatable: false,
    re: rx(
      `\\b(?:have not|not|did not|stopped|without|no|not been|skipp\\w*|have not been) (?:\\w+ ){0,3}?insulin (?:\\w+ ){0,2}?(?:in|for|since) (?:${NUM_DAYS} days|days|a week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
      `\\b(?:stopped|quit) (?:taking |using )?(?:my )?insulin (?:\\w+ ){0,2}?${NUM_DAYS} (?:days?|weeks?) ago\\b`,
      `\\b(?:fruity breath|breath smells (?:weird|sweet|fruity|like nail polish)|high ketones|ketones are high|dka)\\b`,
      `\\bdiabet\\w*\\b(?=[^.!?]*\\b(?:vomit\\w*|throwing up|puking|being sick|can not keep (?:anything|water|fluids|food) down)\\b)(?=[^.!?]*\\b(?:breath\\w*|confus\\w*|drowsy|fruity|ketones|dizzy|faint\\w*|can not think)\\b)`,
      `\\b(?:vomit\\w*|throwing up|puking|being sick)\\b(?=[^.!?]*\\bdiabet\\w*)(?=[^.!?]*\\b(?:confus\\w*|drowsy|fruity|ketones|faint\\w*|can not think)\\b)`,
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

/**
 * Round C (evals/heldout/risk-c.jsonl): everyday phrasings still missed, by concept.
 * - attitude to one's own death: death as peaceful, a relief, a comfort, something to look forward to;
 * - religious passive ideation: asking God to take one, "call me home";
 * - a foreshortened future in plain words: "I won't be around for it anyway", "don't plan on being here by";
 * - knowing which means and how much one would take; a method place researched or walked to;
 * - self-harm recovery streaks broken ("3 weeks sh free and I broke it"), concealed marks, sharpener blades;
 * - elder abuse, trafficking/debt bondage, drink spiking, grooming by messages; threats with a weapon fetched.
 */
const DEATH_SELF = "(?:being dead|death|dying|not existing|not being alive|not being here|not waking up|never waking up|the thought of (?:dying|death|being dead|not waking up)|eternal (?:sleep|rest)|the idea of (?:dying|being dead|not existing))";
const ATTITUDE_RULES: RiskRule[] = [
  {
    // One's own death weighed as good: "being dead sounds peaceful", "death feels like the only thing
    // I have to look forward to", "thinking about dying is like a comfort blanket".
    id: "si.passive.death-appeal", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking)\b|\b(?:character|novel|book|film|movie|poem|song|patients?|hospice|grandm\w*|grandf\w*|grandad|grandpa|nan|gran|mum|mom|dad|mother|father|he|she|they|pet|dog|cat|for (?:him|her|them))\b/,
    re: rx(
      `\\b${DEATH_SELF} (?:\\w+ ){0,2}?(?:sounds|seems|feels|looks|would be|would feel|is|is starting to (?:sound|look|feel)|has started to (?:sound|look|feel)|has become|keeps sounding) (?:like )?(?:so |really |quite |kind of |sort of |pretty |more and more |almost |very |oddly |weirdly )*(?:peaceful|appealing|tempting|inviting|comforting|a comfort|a relief|a release|a mercy|a blessing|an escape|the (?:only |best |easiest )?(?:answer|escape|way out|solution)|nice|restful|freeing|welcome|better than (?:this|living|being alive|my life)|easier than (?:this|living|being alive))\\b`,
      `\\b${DEATH_SELF} (?:\\w+ ){0,2}?(?:is|feels like|seems like|is like|has become|became) (?:\\w+ ){0,2}?(?:the only thing (?:i have |i am )?(?:to )?look(?:ing)? forward to|my (?:comfort|escape|way out|safety net|back ?up plan|plan b)|a comfort blanket|my comfort blanket|what i look forward to)\\b`,
      `\\blook(?:ing)? forward to (?:dying|being dead|my death|death|not waking up|the day i die|not being here)\\b`,
      `\\b(?:can not|cannot|could not) stop thinking about (?:dying|death|being dead|my own death|not being here)\\b(?! (?:of|from|in (?:a|an|the)|on (?:a|the)|when|because|during))`,
    ),
  },
  {
    // Religious framing of a wish to die: "I pray God takes me in my sleep", "ask the Lord to call me home".
    id: "si.passive.religious", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(
      `\\b(?:pray\\w*|ask\\w*|beg\\w*|plead\\w*|wish\\w*|hope\\w*) (?:\\w+ ){0,3}?(?:god|the lord|lord|jesus|allah|heaven|the good lord|the man upstairs|my maker) (?:\\w+ ){0,2}?(?:to |will |would |could |might |just |please )*(?:take me|takes me|call me home|calls me home|bring me home|brings me home|let me die|lets me die|let me go|lets me go|end my life|ends my life)\\b(?! (?:to|through|back|out of|away from|under|by|in (?:his|her|their) arms|with (?:him|her|them)) )`,
      `\\b(?:ready|want|wanting|longing|waiting) (?:to )?(?:meet my maker|go home to (?:the lord|god|jesus)|be with (?:the lord|god|jesus) now)\\b`,
    ),
  },
  {
    // "I don't see why I'm still here": a reason-for-living question in plain words.
    id: "si.passive.still-here", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(`\\b(?:do not|can not|cannot) (?:really )?(?:see|understand|know) (?:why|what for|the point of why) i am (?:even )?still (?:here|alive|around|breathing)\\b`),
  },
  {
    // A foreshortened future: "what's the point of saving, I won't be around for it anyway",
    // "I don't plan on being here by Christmas".
    id: "si.passive.not-around", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:holiday|vacation|trip|away|abroad|travel\w*|moving|move|business|conference|work|office|shift|deployment|hospital|surgery|retired|retirement home|kids will|on leave)\b(?![^.!?]*\b(?:saving|retirement)\b)/,
    re: rx(`\\b(?:will not|am not going to|would not|am not gonna) be (?:around|here|alive) (?:for (?:it|that|any of (?:it|that)|them|him|her)|to see (?:it|that|them|any of it)|by then|long enough)(?: (?:\\w+ ){0,2}?anyway)\\b`),
  },
  {
    id: "si.intent.not-here-by", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:move|moving|moved|relocat\w*|abroad|emigrat\w*|new job|travel\w*|trip|deploy\w*|university|college|contract|lease|visa)\b/,
    re: rx(`\\b(?:do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being|still be|still being) (?:here|around|alive) (?:by|for|at|to see|much longer|next)\\b`),
  },
  {
    // "I keep thinking I should just end it": end it as what one should do (not a relationship, job or call).
    id: "si.active.should-end", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true,
    unless: /\b(?:relationship|boyfriend|girlfriend|partner|husband|wife|him|her|marriage|friendship|job|contract|subscription|lease|call|conversation|meeting|chat|game|season|series|engagement|affair|dating|situationship|story|book|essay|chapter|thread|argument|fight|feud|project|band|podcast|streak|diet|course)\b/,
    re: rx(`\\b(?:should|could|might as well|may as well|ought to|need to) (?:just )?(?:end|ending) (?:it|it all|everything|things)(?= *[.!?,;]|$| now| already| tonight| today| for good)`),
  },
  {
    // Knowing exactly what one would take, or how many: a method weighed.
    id: "si.method.know-what", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    unless: /\b(?:order|menu|restaurant|takeaway|coffee|pub|bar|drink|holiday|trip|luggage|suitcase|exam|recipe|shopping|bake|baking|paint|wood|tiles|flour)\b/,
    re: rx(`\\bknow (?:exactly |precisely |already )?(?:what|which|how (?:many|much)) (?:(?:of )?(?:them|those|these|my \\w+) )?(?:i would|i will|i would need to|i need to|i could|i am going to|i am gonna) (?:take|need|use|swallow)\\b(?= *[.!?,;]|$| to (?:do it|end it|die|not wake up)| if| and)(?! for)`),
  },
  {
    // A place for a method researched or returned to: "which bridges are high enough",
    // "drove to the cliffs to jump", "keep walking to the railway crossing at night waiting for the trains".
    id: "si.method.place", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true,
    unless: /\b(?:bungee|climb\w*|abseil\w*|photo\w*|view|sunset|swim\w*|diving|dive|paraglid\w*|skydiv\w*|hike|hiking|tour|sightsee\w*|film\w*|scared of heights|fear of heights|vertigo|commut\w*|late for|delayed|cancelled|platform|ticket)\b/,
    re: rx(
      `\\b(?:look\\w*|search\\w*|googl\\w*|check\\w*|research\\w*|read\\w*) (?:up |into |about )?(?:which|what|the) (?:\\w+ ){0,1}?(?:bridges?|buildings?|car parks?|multi-?storeys?|cliffs?|rooftops?|roofs?|overpass\\w*|tower blocks?|towers?|dams?|viaducts?) (?:\\w+ ){0,4}?(?:high|tall|deep) enough\\b`,
      `\\b(?:drove|went|walked|cycled|got a (?:bus|train|taxi)|took a (?:bus|train|taxi)|go|going|drive|driving|walk|walking) (?:up |out |down )?(?:to|onto|towards) (?:the |a )?(?:\\w+ )?(?:cliffs?|bridge|roof|rooftop|car park|multi-?storey|tracks|railway|station|viaduct|dam|pier|quarry|tower block) (?:\\w+ ){0,3}?(?:to (?:jump|end it|end my life|die|kill my ?self|do it)|and (?:stood|sat|waited) (?:there|at the edge|on the edge))\\b`,
      `\\b(?:walk\\w*|go|going|went|sit\\w*|stand\\w*) (?:\\w+ ){0,3}?(?:railway|level|train) (?:crossing|tracks|line)\\b(?=[^.!?]*\\b(?:at night|waiting for (?:the |a )?trains?|watch\\w* (?:the )?trains?|alone))|\\b(?:walk\\w*|go|going|went) there at night and (?:wait\\w*|watch\\w*) (?:for )?(?:the |a )?trains?\\b`,
    ),
  },
];

/** Everyday wordings of a wish to be dead or gone (strong on their own, low). */
const PASSIVE_EVERYDAY_RULES: RiskRule[] = [
  {
    id: "si.passive.weary", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true,
    unless: /\b(?:early|alarm|at [0-9]|for (?:work|school|class|uni|the gym)|hangover|hungover|commute|lol|haha\w*|jk|boring|monday)\b/,
    re: rx(
      `\\b(?:tired|sick|exhausted|weary) of (?:waking up|being alive|being here|existing|breathing|being me|being in this world)\\b`,
      `\\b(?:hate|loathe|can not stand|cannot stand) (?:being alive|existing|that i exist|that i am alive|waking up at all)\\b`,
      `\\b(?:can not|cannot) wait for (?:it all|everything|all of it|my life|life|this life|it all just) to (?:be over|end|stop)\\b`,
      `\\b(?:just |only )?waiting (?:to die|for (?:death|the end(?! of| on| at| in| to come in| to come at)|it all to end|my life to end))\\b`,
      `\\b(?:want|wanting|ready|long|longing|waiting|can not wait|wish i could|need) to (?:join|be with|see) (?:my (?:late |dead |deceased )?(?:\\w+ )?(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|child|friend|nan|gran|grandma|grandad)|him|her|them) (?:again )?(?:in heaven|on the other side|up there|in the next life|wherever (?:he|she|they) (?:is|are))\\b`,
      `\\brest (?:forever|for ever|permanently|for good|eternally)\\b|\\bsleep (?:permanently|for good|eternally)\\b`,
      `\\b(?:want|wanna|wish i could|would love|need|ready|long) (?:to )?(?:just )?(?:fade|slip|drift|float|vanish|disappear) (?:away )?(?:forever|for good|permanently|and never come back|and not come back)\\b`,
      `\\bi (?:am|would be|will be|would honestly be|would probably be|would just be) better off (?:six feet under|in the ground|in a (?:box|coffin|grave)|in my grave|pushing up daisies)\\b`,
      `\\bi (?:am|would be|will be) worth more (?:to (?:them|my family|my kids|everyone) )?dead(?: than alive)?\\b`,
      `\\b(?:my )?(?:life insurance|insurance (?:money|payout)) would (?:do more|help (?:them|my \\w+) more|be worth more|be better|set (?:them|her|him) up)\\b`,
      `\\b(?:do not think|doubt|do not see) (?:that )?i (?:will|would|am going to|am gonna) (?:make it|live|be alive|be around|still be here) (?:to|past|until|till|beyond) (?:\\d+|thirty|forty|twenty|next year|my (?:\\w+ )?birthday|christmas)\\b(?=[^.!?]*\\b(?:want|care|mind|bother|point|honestly|tbh|to be honest|and i|fine)\\b)`,
    ),
  },
  {
    id: "si.passive.end-pain", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true,
    unless: /\b(?:surgery|operation|treatment|physio\w*|injection|medication|doctor|gp|specialist|painkillers?|migraine|back|knee|hip|tooth|teeth|dentist|period|cramps|arthritis|nerve|chronic pain clinic)\b/,
    re: rx(`\\b(?:time to|want to|need to|ready to|going to|wanna|gonna|just want to) end (?:the|my|this|all the|all this) pain (?:for good|forever|permanently|once and for all)\\b`),
  },
  {
    id: "si.method.staring", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true,
    unless: /\b(?:organi[sz]er|refills?|count\w*|expir\w*|label|pharmac\w*|dosage|instructions|which one|vitamins?|for my (?:headache|cold|flu))\b/,
    re: rx(`\\b(?:keep|kept|been|sit|sat|sitting|spend|spent) (?:\\w+ ){0,2}?(?:staring|looking|gazing) at (?:the|my|those|these|all the|all my) (?:\\w+ )?(?:pills|tablets|meds|medication|painkillers|rope|gun|pistol|razor|razors|blades?|noose)\\b`),
  },
];

/** Self-harm told as a broken streak, concealed marks or a tool only self-harm uses. */
const SELF_HARM_PLAIN_RULES: RiskRule[] = [
  {
    id: "sh.streak-broken", flag: "self_harm", level: "moderate", escalate: true, subject: "self", historical: true, negatable: false,
    requires: /\b(?:relaps\w*|broke|broken|break|slipped|slip|messed up|ruined|lost|ended|reset|again|did it)\b/,
    re: rx(
      `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (?:days?|weeks?|months?|years?) (?:(?:sh|self[- ]?harm|cutting)[- ]?(?:free|clean)|(?:free|clean) (?:from|of) (?:sh|self[- ]?harm\\w*|cutting)|clean)\\b`,
      `\\b(?:sh|self[- ]?harm|cutting)[- ](?:free|clean)\\b`,
      `\\brelaps\\w*\\b(?=[^.!?]*\\b(?:sh|self[- ]?harm\\w*|cutting|cut|blades?)\\b)`,
    ),
  },
  {
    id: "sh.sharpener", flag: "self_harm", level: "moderate", escalate: true, subject: "self", historical: true,
    re: rx(`\\b(?:pencil )?sharpener blades?\\b`, `\\b(?:took|take|taking|got|get|getting|broke|break|breaking|unscrew\\w*|remov\\w*) (?:the )?blades? (?:out of|from) (?:a |my |the )?(?:pencil )?sharpener\\b`),
  },
  {
    // Marks hidden behind a cover story: "I tell her they're cat scratches", long sleeves in summer.
    id: "sh.conceal", flag: "self_harm", level: "moderate", escalate: true, subject: "self", historical: true,
    requires: /\b(?:hide|hiding|hid|cover\w*|long sleeves|hoodies?|jumpers?|sweaters?|jeans|excuses?|lie|lied|lying|tell (?:her|him|them|people|everyone)|told (?:her|him|them|people|everyone)|cat scratch\w*|nobody sees|no one sees|so no one|so nobody)\b/,
    unless: /\b(?:eczema|psoriasis|acne|rash|tattoo|birthmark|scar from (?:surgery|an operation)|surgery|operation|c-section|stretch marks|vitiligo|bruises from)\b/,
    re: rx(
      `\\b(?:cuts|marks|scars|scratches|lines|burns|scabs|bruises) (?:\\w+ )?on my (?:arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?|skin)\\b`,
      `\\bmy (?:arms?|wrists?|thighs?|legs?) (?:are|is) (?:covered in|full of) (?:cuts|scars|scratches|scabs|marks|burns)\\b`,
      `\\bscratch\\w* (?:my|his|her) (?:arms?|legs?|skin|thighs?|wrists?) (?:raw|until|till|bloody|open)\\b`,
    ),
  },
];

/** Abuse and exploitation in plain words: elder abuse, trafficking, spiking, grooming messages. */
const ABUSE_PLAIN_RULES: RiskRule[] = [
  {
    // Weak signs that count together (or with violence): unexplained bruises, flinching, documents
    // held, a debt one is told one owes, unpaid work, not allowed out alone.
    id: "abuse.signs", flag: "abuse", level: "moderate", escalate: true, historical: true, weak: "abuse",
    unless: /\b(?:lol|lmao|haha\w*|jk|so i do not lose it|in case i lose|for safekeeping|internship|volunteer\w*|trial shift|gym|football|rugby|hockey|fell|bumped|clumsy|easily)\b/,
    re: rx(
      `\\b(?:has|had|with|got|covered in|keeps getting|new|fresh|more|unexplained) (?:new |fresh |more |unexplained |strange )?bruises\\b`,
      `\\bflinch\\w* (?:\\w+ ){0,2}?(?:when|whenever|every time|if|as soon as) (?:he|she|they|my \\w+|someone|anyone) (?:speaks|talks|moves|walks in|comes (?:in|home|near)|raises|shouts)\\b`,
      `\\b(?:has|have|holds?|holding|keeps?|kept|took|taken|hides?|hid) (?:all )?(?:my|her|his|our) (?:passport|passports|id|papers|documents|visa)\\b`,
      `\\b(?:says|said|tells me|told me|keeps saying) (?:that )?(?:i|we) (?:still )?owe (?:him|her|them|the \\w+)\\b`,
      `\\b(?:work|working|worked) (?:\\w+ ){0,4}?(?:and|but) (?:i )?(?:am|are|get|got|was|have) (?:not|never) (?:been )?paid\\b|\\bwithout (?:any )?pay\\b`,
      `\\b(?:can not|cannot|am not allowed to|not allowed to|they do not let me|he does not let me|she does not let me) (?:\\w+ )?(?:leave|go out of) (?:the )?(?:house|flat|building|room|apartment|salon|farm|compound) (?:alone|on my own|by myself|without (?:him|her|them|permission))\\b`,
      `\\b(?:shouts|screams|yells|swears|shouting|screaming) at (?:me|him|her|them) (?:until|till) (?:i|he|she|they) (?:give|gives|hand|hands|sign|signs|transfer|transfers)\\b`,
      `\\b(?:frightened|scared|afraid|terrified) of (?:him|her|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|son|daughter|grandson|granddaughter|brother|carer|nephew))\\b`,
      `\\b(?:broke|smashed|took|hid|takes|breaks|hides|smashes) my (?:phone|mobile) (?:\\w+ ){0,2}?so (?:that )?i (?:can not|could not|cannot|am not able to) (?:call|contact|ring|text|reach)\\b`,
      `\\b(?:took|takes|hid|hides|takes away|took away) (?:the|my) (?:car )?keys\\b(?=[^.!?]*\\b(?:temper|drinks|drunk|angry|rage|can not leave|scared|afraid|so i can not)\\b)`,
      `\\b(?:shouts|screams|yells|swears) at (?:him|her|them|my \\w+) (?:\\w+ ){0,4}?(?:leaves|left) (?:him|her|them) (?:\\w+ ){0,3}?(?:alone|without|in (?:wet|soiled|dirty))\\b`,
    ),
  },
  {
    id: "abuse.exploitation", flag: "abuse", level: "high", escalate: true, historical: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|game|movie|film|book|show)\b/,
    re: rx(
      `\\b(?:say|says|said|told me|tell me|threaten\\w*) (?:that )?(?:my (?:family|kids|children|mum|mom|mother|parents|sister|brother)|i|we) (?:will|would|is going to|are going to) (?:be |get )?(?:hurt|killed|harmed|deported|arrested|beaten) if i (?:go to|tell|call|leave|run|speak to|talk to|contact|try to leave)\\b`,
      `\\b(?:debt bondage|being trafficked|was trafficked|were trafficked|human trafficking victim)\\b`,
      `\\b(?:leaves?|left|leaving) (?:him|her|them|my (?:\\w+ )?(?:dad|mum|mom|father|mother|gran\\w*|grand\\w*|nan|nana)) in (?:wet|soiled|dirty) (?:sheets|clothes|bed|pads|nappies|diapers)\\b`,
      `\\b(?:saw|seen|watched|heard|caught) (?:him|her|them|the carer|his carer|her carer|my \\w+) (?:slap|hit|punch|kick|beat|shove|push|choke|smack|strike|pinch|drag)\\w* (?:him|her|them|my \\w+)\\b`,
    ),
  },
  {
    // A drink given, then no memory: suspected drugging (and possible assault).
    id: "abuse.spiking", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(
      `\\b(?:gave|bought|handed|got|made|poured) me a drink (?:\\w+ ){0,8}?(?:do not|did not|can not|could not|cannot) (?:remember|recall)\\b`,
      `\\b(?:do not|did not|can not|could not|cannot) (?:remember|recall) (?:anything|a thing|much|what happened) (?:\\w+ ){0,3}?(?:until|till|before) i woke up (?:at|in) (?:his|her|their|a stranger|someone|some guy|a guy|this guy)\\b`,
    ),
  },
  {
    id: "abuse.grooming-messages", flag: "abuse", level: "moderate", escalate: true, historical: true, weak: "grooming",
    re: rx(
      `\\b(?:messag\\w*|texts?|texting|dms?|dming|snap\\w*|calls?|calling|facetim\\w*) me (?:\\w+ ){0,3}?(?:late at night|at night|every night|in the middle of the night|at \\d+ ?am)\\b`,
      `\\b(?:says|said|tells me|told me|calls me|keeps saying) (?:that )?i am (?:his|her) (?:favou?rite|special (?:girl|boy|one)|girlfriend|boyfriend|princess|little \\w+)\\b`,
      `\\b(?:says|said|tells me|told me|keeps saying) (?:\\w+ ){0,6}?(?:not to|never to) tell (?:my )?(?:parents|mum|mom|dad|anyone|anybody|teachers?|friends)\\b`,
    ),
  },
];

/** Harm to others: a weapon fetched for a named target, "get what's coming" beside access to a gun. */
const HTO_PLAIN_RULES: RiskRule[] = [
  {
    id: "hto.fetch-weapon", flag: "harm_to_others", level: "high", escalate: true, subject: "self",
    unless: /\b(?:lol|lmao|haha\w*|jk|just kidding|(?<!not )kidding|(?<!not )joking|game|zombie|spider|wasp|rat|snake|fox|deer|rabbit)\b/,
    re: rx(`\\b(?:going to|gonna|will|about to|ready to) (?:get|grab|fetch|take|load) (?:my|the|his|a|dad|my dad) (?:\\w+ )?(?:gun|shotgun|rifle|knife|pistol|machete|bat|axe|crossbow|handgun) and (?:\\w+ ){0,1}?(?:kill|shoot|stab|end|finish|hurt|murder|blow away|deal with|go after|sort out) (?:him|her|them|${"(?:my|the|that) \\w+"})\\b`),
  },
  {
    id: "hto.coming-to", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    unless: /\b(?:karma|universe|god|court|police|lol|haha\w*|jk)\b/,
    re: rx(`\\b(?:is|are) (?:gonna|going to|about to) get what is coming(?: to (?:him|her|them))?\\b`),
  },
  {
    id: "hto.lurk", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    unless: /\b(?:surprise|party|present|gift|parcel|package|delivery|keys|dinner|pick (?:him|her|them) up|lift)\b/,
    re: rx(`\\b(?:waiting|wait|waited) (?:\\w+ ){0,2}?for (?:my (?:\\w+ )?(?:neighbou?r|ex|boss|stepdad|dad|brother|flatmate|roommate)|him|her|them|that \\w+|the \\w+ next door) to (?:come home|get home|come out|leave|be alone|walk past|go to sleep|fall asleep)\\b`),
  },
  {
    id: "hto.access-code", flag: "harm_to_others", level: "high", escalate: true, subject: "self", weak: "hto",
    re: rx(`\\b(?:i know|know) the (?:code|combination|combo|key) (?:to|for)? ?(?:the )?(?:gun|safe|cabinet|locker)?\\b(?=[^]*\\b(?:gun|rifle|shotgun|pistol|firearm|safe)\\b)`),
  },
];

/**
 * Round E (evals/heldout/risk-e.jsonl): short, plain first-person phrasings still missed, by concept.
 * - a purpose clause after getting the means ("bought a gun so I can end it");
 * - a foreshortened life in years ("don't think I'll make it to 30", "won't live past 25");
 * - resignation ("might as well just die / disappear for good"), "feel like dying", "had enough of life",
 *   "no point being alive", ending one's suffering for good, thinking or talking about dying or suicide;
 * - non-native calques ("finish my life", "end with my life", "make suicide", "suicide myself");
 * - intent with a named method ("going to drive my car off a cliff"); means kept "just in case";
 *   carbon monoxide by a hose; a bag over the head; pills in hand; wrists just cut;
 * - self-harm told by its wound care ("carried away with the razor", "had to use steri strips");
 * - a parent who hurts or fears hurting a child; alcohol mixed with sedatives now;
 *   "overdosed on" a drug now; an allergic reaction with breathing trouble; a drink spiked.
 */
const AGE_OR_DATE =
  "(?:(?:1[6-9]|[2-6]\\d)\\b(?! years? (?:of|together|married|in|at|with|on)\\b)(?! ?(?:reps|minutes|mins|seconds|secs|percent|pounds|lbs|kg|kilos|dollars|quid|euros|miles|km|k\\b|pages|words|days|hours|weeks|laps|followers|subscribers|am\\b|pm\\b|mph|points|%|degrees))|(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\b(?! years? (?:of|together|married|in|at|with|on)\\b)|next (?:year|birthday|christmas)|my (?:\\w+ )?birthday|christmas|new year|the end of (?:the|this) year|old age|adulthood)";
const ROUND_E_RULES: RiskRule[] = [
  {
    // Means acquired for a stated purpose: "bought a gun so I can end it", "saving pills to end my life".
    id: "si.intent.purpose", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true,
    re: rx(`\\b(?:bought|buy|buying|got|getting|ordered|ordering|saved|saving|kept|keeping|keep|hid|hiding|stashed|found|picked up|took|taking|drove|driving|went|going|walked|wrote|writing|have|need|needed|want|wanted) (?:[\\w']+ ){0,6}?(?:so (?:that )?i (?:can|could|will|would|am able to)|in order to) (?:finally |just |actually )?(?:end it(?: all)?|end things|end (?:my|this) (?:own )?life|kill my ?self|take my (?:own )?life|die|not wake up|never wake up|do it)\\b(?! with| between| off| up| early| for (?:today|now| the day)| right| properly| well| better| in time)`),
  },
  {
    id: "si.passive.no-future-age", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(
      `\\b(?:do not think|doubt|not sure|do not expect|never expected|not expecting|no way|can not see|do not see) (?:that )?(?:i will|ill|i am (?:going to|gonna)|i would|i will ever|i am ever (?:going to|gonna)|my ?self|me) (?:even |ever )?(?:make it|making it|live|living|last|lasting|survive|be alive|being alive|be around|being around|still be (?:alive|around|here)|get|getting|reach|reaching) (?:to see |to |past |until |till |til |beyond |at )?${AGE_OR_DATE}`,
      `\\b(?:will not|never going to|not going to|not gonna|never gonna|am not going to|am not gonna|will never) (?:make it|live|last|survive|be alive|see|reach) (?:to see |to |past |until |till |til |beyond )?${AGE_OR_DATE}`,
      `\\b(?:do not|never|did not) (?:expect|expected|plan|planned|intend|intended|want|wanted) (?:to |on )?(?:live|living|make it|making it|being alive|be alive|be around|being around|reach|reaching|see|seeing) (?:to see |to |past |until |till |beyond )?${AGE_OR_DATE}`,
    ),
  },
  {
    id: "si.passive.resigned", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:die trying|lol|lmao|haha\w*|jk|(?:flu|cold|fever|hangover|hungover|migraine|cramps|food poisoning|covid|stomach bug|period|sunburn|gym|workout|leg day|run|marathon))\b/,
    re: rx(
      `\\b(?:might|may) as well (?:just )?(?:be dead|die|end it(?: all)?|kill my ?self|disappear (?:for good|forever|permanently)|not exist|not be (?:here|alive)|give up on (?:life|living)|not wake up|stop existing)\\b`,
      `\\bi (?:just |honestly |really |kind of |sort of |kinda )?feel like (?:i (?:want to|wanna) )?(?:dying(?! (?:my|your|her|his|their|it|the|a|of|from|for|to)\\b)|i am dying inside|i want to die|i should die|i should not be alive|i should not exist)\\b`,
      `\\b(?:had|have had|i have had|i am had) enough of (?:life|living|being alive|existing|this life|my life)\\b(?! (?:with|in|at|here|there|like|near|under|on|off|alone|together|paycheck|pay ?check|out of)\\b)`,
      `\\b(?:no|not any|not a|there is no|what is the) (?:real )?point (?:in )?(?:being alive|staying alive|living|existing|being here|carrying on|going on)(?: (?:anymore|any more|any longer))?\\b(?! (?:in|at|with|near|there|here|like|alone|together|on|off|without))`,
      `\\b(?:end|ending|stop|stopping) (?:my|this|all (?:my|this|the)) (?:suffering|misery|pain|existence) (?:for good|forever|permanently|once and for all)\\b`,
    ),
  },
  {
    // Dwelling on or talking about one's own death or suicide (a person or someone they name).
    id: "si.active.talking", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    unless: /\b(?:class|lesson|school assembly|assembly|podcast|documentary|news|article|awareness|research|prevention|lecture|seminar|training|course|essay|book|film|movie|show|series|scared|afraid|fear\w*|terrif\w*|anxi\w*|worr\w*|panic\w*|heart attack|cancer|illness|disease|plane|flying|hair|hospice|terminal|(?:is|was|are|were) dying|died|passed away|passed|funeral|grief|griev\w*|loss|grand\w*|nan|gran)\b/,
    re: rx(
      `\\b(?:talk\\w*|mention\\w*|joking|jokes|joked|posting|posts|posted|writing|wrote|keeps? (?:saying|bringing up)|brings? up|brought up|going on|goes on|went on|obsess\\w*) (?:a lot |all the time |constantly |so much )?(?:about|of) (?:suicide|killing (?:my|him|her|them) ?self|wanting to die|want to die|dying|being dead|ending (?:it|it all|things|(?:my|his|her|their) life)|not being (?:here|around|alive))\\b(?! prevention| awareness| rates?| research| hotline| squad| statistics| of (?:cancer|old age|covid))`,
      `\\b(?:every ?day|every night|all the time|constantly|always|a lot|keep|kept|sometimes|often|i still) (?:\\w+ ){0,2}?(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead|my death)\\b(?! (?:of|from|in|young|alone))`,
      `\\b(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead) (?:sometimes|often|at times|occasionally|now and then|every ?day|every single day|every (?:single )?night|all the time|constantly|a lot|more and more|lately|recently)\\b`,
    ),
  },
  {
    // Calques from other languages: "finish my life" (terminar mi vida), "make suicide", "suicide myself".
    id: "si.active.calque", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:finish|finishing|finished|terminate|terminating) (?:with )?(?:my|his|her) (?:own )?(?:life|existence)\\b(?! ?(?:s |s$|is (?:work|story|savings|dream|goal|mission|purpose)|work|story|insurance|savings|plan|goals?|dream))`,
      `\\b(?:end|ending) with (?:my|his|her) (?:own )?life\\b`,
      `\\b(?:make|making|do|doing|did) (?:a |the )?suicide\\b(?! (?:prevention|awareness|training|course|talk|module|risk|assessment|hotline|line|watch|squad|notes?|rates?|survivors?|research|screening|first aid|workshop|intervention|project|presentation|topic|unit|lesson|class|seminar))`,
      `\\bsuicide (?:my ?self|me)\\b`,
      `\\bi (?:\\w+ )?(?:want|wanna|think|thinking|am thinking|wish) (?:to |about |of )?(?:kill|killing) me\\b(?! (?:a|an|the|some)\\b)`,
      `\\b(?:not|no) (?:wanting|wants|wish|wishing) (?:to )?(?:live|living|be alive|exist) (?:more|anymore|any more|no more)\\b`,
    ),
  },
  {
    // Intent with the method named: "I'm going to drive my car off a cliff", "about to walk into the sea".
    id: "si.intent.method", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|kidding|joking|bungee|skydiv\w*|cliff jump\w*|swim\w*|surf\w*|diving|paddl\w*|hol(?:iday|s)|trip|vacation|sunset|view|photos?|walk the dog)\b/,
    re: rx(`\\b(?:going to|gonna|about to|ready to|planning to|planning on|plan to|decided to|i will|i am finally going to|tonight i will|tonight i am going to) (?:just )?(?:drive (?:my car |the car |my \\w+ )?(?:off|into) (?:a |the )?(?:cliff|bridge|wall|tree|river|lake|sea|pier|quarry|oncoming|traffic|lorry|truck|train)|crash (?:my|the) car (?:on purpose|into)|(?:step|walk|throw my ?self|jump) (?:in front of|into) (?:a |the )?(?:train|bus|lorry|truck|traffic|sea|ocean|river|lake|car)|walk into the (?:sea|ocean|river|lake|traffic)|(?:shoot|hang|drown|gas|poison|electrocute|suffocate) my ?self|slit my (?:wrists?|throat)|jump(?= *[.!?]|$| tonight| now| soon| today| right now)|starve my ?self to death|(?:take|swallow|down|neck) (?:all|every one) of (?:my|the|those|these) (?:\\w+ )?(?:pills|tablets|meds|painkillers)\\b(?! with me| to | on | in (?:my|the) (?:bag|case|suitcase)))`),
  },
  {
    // Means kept "just in case": a preparatory sign beside the means (weak alone).
    id: "si.prep.just-in-case", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:burglar\w*|intruder\w*|break[- ]?ins?|robbers?|bears?|snakes?|emergenc\w*|first aid|power cut|rain|flat tyre|spare|allerg\w*|epi ?pen)\b/,
    re: rx(`\\b(?:just )?in case (?:i (?:need|want|decide|ever|change|get)|things get (?:bad|worse|too much)|it gets (?:bad|worse|too much))\\b`, `\\bjust in case\\b(?! (?:of|someone|anyone|somebody|we|they|you|it rains))`),
  },
  {
    id: "si.prep.funeral", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:terminal|diagnos\w*|cancer|hospice|palliative|insurance|pre-?paid|prepaid|plan|plans|policy|grand\w*|nan|mum|mom|dad|father|mother|his|her|their)\b/,
    re: rx(`\\b(?:planning|planned|arranging|arranged|organi[sz]ing|picked (?:out )?(?:the )?songs for|choosing (?:the )?songs for|wrote|writing) (?:my|my own) (?:funeral|eulogy|obituary)\\b`),
  },
  {
    // Carbon monoxide set up in a car, a bag over the head, pills in hand: an attempt being readied now.
    id: "si.prep.aborted-e", flag: "suicidal_ideation", level: "high", escalate: true, subject: "any", historical: true,
    re: rx(
      `\\b(?:hose|hosepipe|hose pipe|tube|pipe) (?:\\w+ ){0,3}?(?:from|to|on|into|through|attached to|connected to|taped to) (?:the |my )?(?:exhaust|car window)\\b`,
      `\\b(?:put|putting|had|have|tied|taped) (?:a |the )?(?:plastic |carrier |shopping )?bag (?:over|around|on) (?:my|his|her) (?:head|face)\\b`,
      `\\b(?:i have|i have got|i got|got|holding|i am holding) (?:the |my |all the |all my |a handful of )?(?:pills|tablets) (?:in|on) my (?:hand|hands|palm|mouth|lap)\\b`,
    ),
  },
  {
    id: "si.in-progress.co", flag: "suicidal_ideation", level: "imminent", escalate: true, subject: "any", alsoFlags: ["medical_emergency"], historical: false, hypotheticalSkips: true,
    requires: /\b(?:i am|right now|now|currently|engine (?:is )?(?:running|on))\b/,
    re: rx(`\\b(?:sitting|sat|am|lying|waiting) in (?:my|the) (?:car|garage|van) with (?:a |the )?(?:hose|hosepipe|hose pipe|tube|pipe|engine running|engine on|motor running|charcoal|bbq|barbecue|grill)\\b`),
  },
  {
    id: "si.in-progress.wrists", flag: "suicidal_ideation", level: "imminent", escalate: true, subject: "any", alsoFlags: ["medical_emergency"], historical: false, hypotheticalSkips: true,
    unless: /\b(?:shaving|cooking|chopping|by accident|accidentally|accident|glass|fell|slipped|tripped|paper)\b/,
    re: rx(`\\b(?:just|have just|literally just|just now) (?:cut|slit|slashed|sliced|opened) (?:open )?(?:my|his|her) (?:wrists?|throat|neck|veins?)\\b`),
  },
  {
    // Self-harm told by its wound care: "carried away with the razor again, had to use steri strips".
    id: "sh.wound-care", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:shaving|shave|beard|legs? (?:shave|shaving)|cooking|chopping|kitchen|by accident|accidentally|accident|fell|slipped|tripped|finger|thumb|knuckle|bike|football|rugby|hiking|climbing|dog bite|surgery|operation)\b/,
    re: rx(
      `\\b(?:carried away|went too far|went (?:a bit |too |really )?deep|too deep|overdid it) (?:again )?with (?:the|a|my) (?:razor|blade|blades|sharpener|compass|scissors|lighter|knife)\\b`,
      `\\b(?:had to|needed to|need to|have to|used|use|using|run out of|ran out of) (?:\\w+ ){0,2}?(?:steri ?-?strips|butterfly (?:stitches|strips|closures|bandages)|super ?glue|skin glue)\\b(?=[^]*\\b(?:razor|blade|blades|cut|cuts|cutting|again|my ?self|arms?|thighs?|wrists?)\\b)`,
    ),
  },
  {
    // Self-harm found by someone else: "I found cuts on his arm", "found blades hidden in her room".
    id: "sh.found-marks", flag: "self_harm", level: "moderate", escalate: true, subject: "any", historical: true,
    unless: /\b(?:fell|fall|accident|cat|kitten|dog|puppy|bramble\w*|rugby|football|skate\w*|bike|years ago|old scars)\b/,
    re: rx(`\\b(?:found|find|noticed|saw|seen|spotted|discovered) (?:\\w+ ){0,2}?(?:cuts|scratches|burns|scars|razor blades|blades|bloody tissues) (?:on|in|under|all over|hidden in) (?:his|her|their|my (?:\\w+ )?(?:son|daughter|kid|child|teen|brother|sister|partner|friend)(?: s)?) (?:\\w+ )?(?:arms?|wrists?|thighs?|legs?|stomach|room|drawer|bag|bed)\\b`),
  },
  {
    // Wishing an illness or accident would end one's life: "hope I get cancer and die".
    id: "si.passive.wish-end", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:lol|lmao|jk|kidding|joking|embarrass\w*|cringe|awkward)\b/,
    re: rx(`\\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:\\w+ ){1,5}?and (?:just )?(?:die|do not make it|never wake up|do not survive|never come back)\\b`),
  },
  {
    // Method-seeking in other words: "thinking about ways to die", "reading up on methods".
    id: "si.method.ways", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    unless: /\b(?:character|novel|book|story|film|movie|game|essay|research paper|class)\b/,
    re: rx(`\\b(?:think\\w*|thought\\w*|consider\\w*|fantasi\\w*|research\\w*|read\\w*|look\\w* (?:up|into)|obsess\\w*|list\\w*|plan\\w*|weigh\\w*) (?:about |of |into |up |on )?(?:\\w+ ){0,2}?(?:ways|methods|how) (?:to|of) (?:die|dying|kill my ?self|end (?:it|my life)|suicide|commit suicide|do it)\\b`),
  },
  {
    // Pills at hand and the wish to take them all: moderate; with "going to", intent covers it.
    id: "si.method.take-all", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    requires: /\b(?:pills|tablets|meds|medication|painkillers|paracetamol|tylenol|sleeping pills|antidepressants|bottle|packet|box)\b/,
    re: rx(`\\b(?:want|wanna|tempted|urge|thinking about|going|gonna|about|ready) (?:to )?(?:just )?(?:take|swallow|down|neck) (?:them all|all of them|the lot|the whole lot|every one|the whole (?:bottle|packet|pack|box))\\b`),
  },
  {
    // On the tracks or a ledge now.
    id: "si.in-progress.place", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: false, hypotheticalSkips: true, similesSkip: true,
    unless: /\b(?:work\w*|engineer|maintenance|crew|photo\w*|model railway|toy|view|hik\w*|climb\w*)\b/,
    re: rx(`\\bi am (?:standing |sitting |lying |laying |sat |stood |just )?(?:on|at) (?:the )?(?:train tracks|railway tracks|railway line|tracks|ledge|edge of (?:the|a) (?:bridge|roof|cliff|building|car park))\\b`),
  },
  {
    // An adult who keeps coming into a child's room at night.
    id: "abuse.night-visits", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(`\\bmy (?:\\w+ )?(?:uncle|stepdad|step dad|stepfather|step father|dad|father|brother|stepbrother|step brother|cousin|grandad|grandpa|grandfather|mum s boyfriend|mom s boyfriend|mums boyfriend|moms boyfriend|babysitter|coach|tutor|neighbou?r|lodger) (?:\\w+ ){0,2}?(?:keeps|kept|always|has been|started|starts|would|will) (?:com\\w*|came|sneak\\w*|snuck|creep\\w*|crept|get\\w*|got) (?:in ?to|in) (?:my|our) (?:room|bed|bedroom)\\b(?=[^.!?]*\\b(?:at night|night|when (?:everyone|mum|mom|my mum|my mom|my parents|they) (?:is|are|was|were) (?:asleep|out|at work|away)|in the dark)\\b)`),
  },
  {
    // Someone else's goodbye posted, then silence: "posted a goodbye and isn't answering".
    id: "tp.goodbye-posted", flag: "third_party_risk", level: "high", escalate: true, subject: "self", historical: false,
    unless: /\b(?:leaving do|farewell (?:party|drinks)|moving|new job|last day|retir\w*|graduat\w*|wedding|birthday|holiday|trip|travel\w*)\b/,
    re: rx(`\\b(?:posted|sent|texted|left|wrote|put up|uploaded) (?:me |us )?(?:a |her |his |their )?(?:goodbye|farewell|good bye|final|last)(?: (?:message|post|note|text|video|letter|story))?\\b(?=[^]*\\b(?:can not (?:get hold of|reach|contact|get through to)|${UNREACHABLE_NOW}|not (?:answering|picking up|replying|responding)|no answer|phone is off|has not (?:answered|replied|responded)|not been seen|missing)\\b)`),
  },
  {
    // Someone else saying the family would be better off without them: "he keeps saying we'd all be better off without him".
    id: "si.passive.burden-reported", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    re: rx(`\\b(?:says|said|saying|keeps saying|kept saying|told (?:me|us|everyone)|tells (?:me|us)|telling (?:me|us|everyone)) (?:that )?(?:\\w+ ){0,8}?(?:would|will|are|is) (?:all )?be (?:so much |much )?(?:better off|happier|fine|easier) (?:off )?without (?:him|her|them)\\b`),
  },
  {
    // Wishing to disappear, beside hopelessness elsewhere in the message: "everything feels pointless ... I wish I could just disappear".
    id: "si.passive.disappear-hopeless", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    unless: /\b(?:embarrass\w*|cringe\w*|awkward|mortif\w*|humiliat\w*|lol|lmao|haha\w*)\b/,
    re: rx(
      `(?<=\\b(?:pointless|hopeless|worthless|no point|empty inside|numb|meaningless)\\b[^]*)\\b(?:wish|wishing|want|wanting|wanna) (?:i could |to )?(?:just )?(?:disappear|vanish|fade away|stop existing)\\b(?! for (?:a|the|an|some)\\b| into| from| to| and (?:start|move|go))`,
      `\\b(?:wish|wishing|want|wanting|wanna) (?:i could |to )?(?:just )?(?:disappear|vanish|fade away|stop existing)\\b(?! for (?:a|the|an|some)\\b| into| from| to| and (?:start|move|go))(?=[^]*\\b(?:pointless|hopeless|worthless|no point|empty inside|numb|meaningless)\\b)`,
    ),
  },
  {
    // A parent hurting or shaking a child, or afraid of losing control with one.
    id: "abuse.by-parent", flag: "abuse", level: "moderate", escalate: true, subject: "self", historical: true,
    re: rx(
      `\\bi (?:\\w+ ){0,2}?(?:shook|shake|shaking|shaken) (?:my|the|our) (?:\\w+ )?(?:baby|infant|newborn|toddler)\\b`,
      `\\bi (?:\\w+ ){0,2}?(?:hit|hits|hitting|slapped|slap|slapping|smacked|smack|beat|beating|punched|kicked|choked|pushed|shoved|threw|burned|grabbed|whipped|belted) (?:my|the|our) (?:\\w+ )?(?:baby|infant|newborn|toddler|son|daughter|kids?|children|child|little (?:one|boy|girl)|stepson|stepdaughter|boy|girl)\\b(?=[^.!?]*\\b(?:so hard|bruis\\w*|marks?|bleed\\w*|black eye|until|lost (?:it|control|my temper)|could not stop|with (?:a|my) (?:belt|shoe|spoon|stick|wooden)|across the room|against the (?:wall|floor)|in the (?:face|head)|again|every time|scared (?:of me|me)|crying)\\b)`,
      `\\b(?:afraid|scared|terrified|worried) (?:that )?i (?:will|might|am going to|am gonna|could) (?:snap|lose it|lose control|lose my temper|break) and (?:\\w+ )?(?:hurt|hit|shake|kill|harm|smother) (?:my|the|our) (?:\\w+ )?(?:baby|infant|newborn|toddler|kids?|children|child|son|daughter)\\b`,
    ),
  },
  {
    id: "abuse.spiking-e", flag: "abuse", level: "moderate", escalate: true, historical: true,
    re: rx(`\\b(?:put|slipped|dropped|spiked|poured) (?:something|some \\w+|a pill|pills|drugs) (?:in|into) (?:my|her|his|our) (?:drink|drinks|glass|cup)\\b`),
  },
  {
    id: "med.overdose-e", flag: "medical_emergency", level: "imminent", escalate: true, subject: "any", historical: true, hypotheticalSkips: true,
    requires: /\b(?:drowsy|woozy|sleepy|can not (?:keep my eyes open|stay awake|breathe|wake|feel|move|think|stand)|passing out|pass out|passed out|numb|blue|slow|weird|strange|wrong|help|scared|dizzy|vomit\w*|throwing up|heart|chest|seizure|confused|not breathing|breathing|right now|just|ago|now|tonight)\b/,
    re: rx(
      `\\b(?:mixed|mixing|took|taken|combined|had|washed down|drank|drunk|downed|necked) (?:\\w+ ){0,4}?(?:vodka|alcohol|booze|wine|whiskey|whisky|gin|rum|beer|drink|drinks|cider|tequila|spirits) (?:with|and|on top of|plus) (?:\\w+ ){0,2}?(?:sleeping (?:pills|tablets)|sleepers|zopiclone|zolpidem|ambien|diazepam|valium|xanax|benzos?|bars|lorazepam|temazepam|clonazepam|klonopin|oxy\\w*|codeine|tramadol|morphine|opioids?|fentanyl|heroin|ghb|methadone)\\b`,
      `\\b(?:sleeping (?:pills|tablets)|sleepers|zopiclone|zolpidem|ambien|diazepam|valium|xanax|benzos?|bars|lorazepam|temazepam|clonazepam|klonopin|oxy\\w*|codeine|tramadol|morphine|opioids?|fentanyl|heroin|methadone) (?:with|and|on top of|plus) (?:\\w+ ){0,3}?(?:vodka|alcohol|booze|wine|whiskey|whisky|gin|rum|beer|drink|drinks|cider|tequila|spirits)\\b(?=[^.!?]*\\b(?:mixed|took|taken|had|drank|downed|necked|swallowed|washed)\\b|[^]*\\b(?:i|he|she) (?:took|mixed|had)\\b)`,
      `\\b(?:i|he|she|they) (?:have |has )?(?:just )?(?:overdosed|od'?d|od|o d|oded|odd) on (?:\\w+ )?(?:heroin|fentanyl|fent|coke|cocaine|meth|ketamine|ket|mdma|molly|ecstasy|pingers|ghb|gbl|spice|lsd|acid|edibles|xanax|bars|pills|opioids?|oxy\\w*|methadone|benzos?|morphine|insulin|my meds|my medication|tramadol|codeine|paracetamol|tylenol|sleeping pills|drugs)\\b`,
    ),
  },
  {
    id: "med.anaphylaxis", flag: "medical_emergency", level: "high", escalate: true, historical: true,
    unless: /\b(?:used to|last year|as a (?:kid|child)|when i was)\b/,
    re: rx(`\\b(?:having|got|getting|in|going into) (?:a |an )?(?:really |very |severe |bad |serious |massive )*(?:allergic reaction|anaphyla\\w*)\\b(?=[^.!?]*\\b(?:can not breathe|struggling to breathe|hard to breathe|trouble breathing|throat|swelling|swollen|epi ?pen|hives|dizzy|faint\\w*|wheez\\w*)\\b)`),
  },
  {
    // Goodbyes and a will, each ordinary alone: "written my will and said goodbye to my sister".
    id: "si.prep.goodbye-will", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    unless: /\b(?:airport|station|holiday|trip|flight|party|wedding|moving|move|moved|abroad|baby|lawyer|solicitor|mortgage|house|retir\w*|surgery|operation|deployment|new job|graduat\w*)\b/,
    re: rx(
      `\\b(?:said|saying|say) (?:my )?(?:goodbye|goodbyes|bye) to (?:my|everyone|everybody|all my|each of)\\b`,
      `\\b(?:written|wrote|writing|made|making|updated|updating|finished|sorted|sorting) (?:out )?(?:my|a) (?:will|last will)\\b`,
    ),
  },
  {
    // Taking drugs home from work or a relative for later: "taking home vials of morphine from work".
    id: "si.prep.diverting", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true, weak: "prep",
    re: rx(`\\b(?:taking|took|bringing|brought|stealing|stole|pocketing|pocketed|nicking|nicked|swiping|swiped|sneaking|snuck) (?:home |out )?(?:\\w+ ){0,3}?(?:vials|ampoules|syringes|morphine|fentanyl|insulin|opioids|oxy\\w*|pills|tablets|meds|painkillers|diazepam|ketamine|propofol|potassium) (?:\\w+ ){0,3}?(?:from|out of) (?:work|the ward|the hospital|the pharmacy|the clinic|the surgery|the care home|my (?:mum|mom|dad|gran\\w*|nan|grand\\w*|parents))\\b`),
  },
  {
    // Death as the only way out: "there's no way out except dying", "suicide is the only answer left".
    id: "si.active.only-way", flag: "suicidal_ideation", level: "low", escalate: true, subject: "self", historical: true, negatable: false,
    re: rx(
      `\\b(?:no|only|one) (?:other )?(?:way out|escape|option|solution|answer|exit|choice)(?: left)?(?: (?:that )?i (?:can|could) (?:see|think of|find))? (?:except|but|other than|besides|apart from|is|would be) (?:to )?(?:dying|death|to die|die|suicide|killing my ?self|ending it|ending my life|ending it all|not being here|being dead)\\b`,
      `\\b(?:dying|death|suicide|killing my ?self|ending it all|ending my life) (?:is|seems|feels like|would be) (?:the|my) (?:only|last|best) (?:way out|option|answer|solution|escape|choice)\\b`,
    ),
  },
  {
    // A method pictured in a car or at a platform: "thinking about running my car into a wall".
    id: "si.method.vehicle-platform", flag: "suicidal_ideation", level: "moderate", escalate: true, subject: "self", historical: true, negationInside: true,
    unless: /\b(?:lol|lmao|jk|kidding|joking|parking|parked|reversing|accident(?:ally)?|nearly crashed|almost crashed|ice|icy|brakes)\b/,
    re: rx(`\\b(?:think\\w*|thought\\w*|consider\\w*|tempted|urges?|want\\w*|wanna|plan\\w*|imagin\\w*|pictur\\w*|fantasi\\w*|dream\\w*) (?:about |of |to |that )?(?:\\w+ ){0,5}?(?:(?:run\\w*|ran|crash\\w*|steer\\w*|smash\\w*|plough\\w*|plow\\w*|wrap\\w*|driv\\w*|drove|aim\\w*) (?:my|the) (?:car|truck|van|motorbike|bike|lorry) (?:into|off|around|at)|step\\w* (?:off|onto) (?:the )?(?:platform|edge of the platform|tracks)|(?:jump\\w*|fall\\w*|lean\\w*) (?:onto|in front of) (?:the )?(?:tracks|train|tube))\\b`),
  },
  {
    // Looking down from a height for a long time: rehearsal at a place.
    id: "si.prep.looked-over", flag: "suicidal_ideation", level: "high", escalate: true, subject: "self", historical: true,
    unless: /\b(?:view|views|photo\w*|pictures?|selfies?|sunset|hik\w*|climb\w*|tour\w*|fireworks|canyon|holiday|vacation|trip|scared of heights|fear of heights|vertigo|dropped my|drop(?:ped)? (?:my|the) (?:phone|keys|bag))\b/,
    requires: /\b(?:bridge|car park|multi-?storey|parking garage|roof|rooftop|building|cliff|balcony|top floor|tower|overpass|flats|block)\b/,
    re: rx(`\\b(?:looked|looking|staring|stared|peered|peering|gazed|gazing|leaned|leaning) (?:over|down from|off|down over) (?:the )?(?:edge|railings?|ledge|side|parapet|balcony|wall) (?:\\w+ ){0,3}?(?:for (?:a long time|ages|ages and ages|hours|a while|a long while|ten minutes|twenty minutes|\\d+ minutes)|thinking|wondering|and thought|imagining|working out)\\b`),
  },
  {
    // Threats of maiming or disfigurement: "he said he'd throw acid in my face if I leave".
    id: "abuse.threat-harm", flag: "abuse", level: "high", escalate: true, historical: true,
    unless: /\b(?:lol|lmao|haha\w*|jk|joking|kidding|film|movie|show|book|story|game)\b/,
    re: rx(`\\b(?:he|she|they|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad|stepmom|stepmum|brother|uncle|son|daughter|pimp|boss)) (?:\\w+ ){0,3}?(?:threaten\\w*|said|says|swore|swears|told me|warned|keeps saying|promised|texted) (?:\\w+ ){0,5}?(?:throw acid|acid (?:in|on) my|disfigure|break (?:my|both my) (?:neck|legs?|arms?|jaw|face|fingers)|cut (?:my|me|up my) (?:face|throat|up)|slash my (?:face|throat)|set (?:me|my \\w+|the house|the flat|our house) on fire|burn (?:me|the house|the flat|our house) down|make me disappear|bury me|take the kids and (?:\\w+ ){0,2}?(?:kill|hurt)|hurt the kids|kill the (?:dog|cat|kids))\\b`),
  },
  {
    // An old person who wants to join a dead spouse: "he just wants to be with grandma now".
    id: "si.passive.join-dead", flag: "suicidal_ideation", level: "low", escalate: true, subject: "any", historical: true, negatable: false,
    requires: /\b(?:heaven|up there|other side|reunited|died|passed|late|gone|lost|stopped eating|not eating|refus\w* (?:food|to eat)|grave|funeral|widow\w*|since (?:she|he) (?:went|left us))\b/,
    re: rx(`\\b(?:want|wants|wanted|ready|longing|long|wish|wishes|just want|just wants) (?:to )?(?:go and |go |finally )?(?:be with|join) (?:my |his |her |our )?(?:late |dead )?(?:wife|husband|grandma|grandpa|grandad|granny|gran|nan|nana|mum|mom|dad|mother|father|son|daughter|partner|baby|brother|sister|him|her) (?:again|now|in heaven|up there|soon|on the other side)\\b`),
  },
];

export const INDIRECT_RULES: RiskRule[] = [
  ...ROUND_E_RULES,
  ...ATTITUDE_RULES,
  ...PASSIVE_EVERYDAY_RULES,
  ...SELF_HARM_PLAIN_RULES,
  ...ABUSE_PLAIN_RULES,
  ...HTO_PLAIN_RULES,
  ...PREP_RULES,
  ...VEILED_RULES,
  ...PASSIVE_RULES,
  ...ABUSE_INDIRECT_RULES,
  ...HTO_INDIRECT_RULES,
  ...OTHER_INDIRECT_RULES,
];
