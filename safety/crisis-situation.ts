/**
 * The situation behind an escalated turn, so the crisis reply fits it: where the person is
 * (at a height, by the tracks), what is within reach (a firearm, tablets), what has already
 * happened (an overdose taken), who is in danger (a child), what kind of harm (bullying at school
 * rather than abuse at home), and what they asked (not to tell anyone). Read from the risk
 * reader's findings and the person's words; English lines (crisis-text.ts keeps the generic
 * line for every language).
 */
import type { RiskAssessment } from "./types.js";

export type Situation = "overdose_taken" | "height" | "rail_road" | "firearm" | "medicine" | "ligature" | "blade" | "child_in_danger" | "bullying" | "confidentiality" | "past_assault";

const MEANS: Array<[Situation, RegExp]> = [
  ["firearm", /\b(guns?|pistol|rifle|shotgun|firearms?|revolver|glock|handgun|ammo|bullets?|9 ?mm|\.22|\.38|\.45|🔫)/i],
  ["height", /\b(bridge|roof(top)?|ledge|edge|balcony|cliff|top (floor |level )?of the car park|multi-?storey|parking (garage|structure|deck)|top floor|railing|jump(ing)? off|high building|tower block|🌉)/i],
  ["rail_road", /\b(train|tracks|railway|rail line|motorway|highway|freeway|in front of (a |the )?(car|bus|lorry|truck)|🚆)/i],
  ["medicine", /\b(pills?|tablets?|meds|medication|paracetamol|tylenol|acetaminophen|ibuprofen|packets?|overdos\w*|💊)/i],
  ["ligature", /\b(rope|noose|ligature|belt|cord|hang(ing)? myself|🪢)/i],
  ["blade", /\b(knife|knives|blade|razor|🔪)/i],
];

/** A sentence that points back to what the one before named: "took them all", "swallowed the lot". */
const BACK_TO_THEM = /\b(?:took|taken|swallowed|downed|necked|had)\s+(?:them|it|all|the lot|the rest|the whole|too many|a handful|every|\d+|twenty|thirty|forty|fifty)\b/i;
const TAKEN = /\b(took|taken|swallowed|have had|i've had|downed|necked|overdosed|od'?d)\b/i;
const BULLY = /\b(bull(y|ies|ied|ying)|picked on|pick on me|(kids|girls|boys|people) at school)\b/i;
const SCHOOL = /\b(school|class(mates)?|teachers?|year \d+|grade|college|uni|playground|bus|group chat)\b/i;
const CONFIDENTIAL = /\b(don'?t|do not|please don'?t|never) tell (my |anyone|any ?one|anybody|them|her|him)|\b(will|would|do) you (have to )?tell (my|anyone|the police|them)|\bkeep (this|it) (a )?secret\b|\bpromise (me )?(you )?(won'?t|not to) tell\b|\bis (this|it) confidential\b/i;
const CHILD = /\b(baby|babies|infant|newborn|toddler|(my|our|the) (son|daughter|child|kid|little one)|\d+[- ](month|week)[- ]old|[1-9][- ]year[- ]old|(?:[1-9]|1[0-7]) ?(?:yo|y\/o|yrs? old|year old)(?:'s)?)\b/i;

/** A sexual assault told as something that happened ("I was raped a couple of months ago"). */
const ASSAULT = /\b(rap(?:e|ed|ist)|sexual(?:ly)? assault(?:ed)?|molest(?:ed|ation)?|assaulted)\b/i;
const PAST = /\b(ago|last (?:year|month|week|summer|winter|spring|autumn|fall)|when i was|as a (?:child|kid|teen(?:ager)?)|years back|back in|in (?:19|20)\d\d|at (?:a )?party|in (?:high school|college|university|school)|happened to me|since then|since it happened|after (?:it|that) happened)\b/i;
/** Words that put the abuse in the present: then it is abuse at home, with its own safety planning. */
const ONGOING = /\b(still (?:happening|does|do|is|hurts me|comes)|keeps? (?:doing|coming|touching|hurting)|every (?:day|night|week|time)|again last night|lives? with (?:me|us|him|her)|he (?:is|does|hits|touches|rapes|forces)|she (?:is|does|hits|touches|forces)|right now|tonight|won'?t let me leave|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|stepdad|stepfather|uncle|brother) (?:rapes|forces|touches|makes me))\b/i;

/** A past sexual assault whose harm is in the present (feelings, memories), not abuse still going on. */
export function isPastAssault(userText: string): boolean {
  return sentencesIn(userText).some((s) => ASSAULT.test(s) && PAST.test(s)) && !ONGOING.test(userText);
}

/** A message's sentences (line breaks count as boundaries). */
function sentencesIn(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

/** Bullying at school (peers, not family). */
export function isBullying(userText: string): boolean {
  return BULLY.test(userText) && SCHOOL.test(userText);
}

/** The situations this turn shows, most urgent first. */
export function readSituation(risk: RiskAssessment, userText: string): Situation[] {
  const out: Situation[] = [];
  const rules = risk.findings.map((f) => f.rule).join(" ");
  const medicine = MEANS.find(([s]) => s === "medicine")![1];
  // A medicine and its taking are read in one sentence, or in the next when it points back to them
  // ("I have a lot of pills. I took them all."): "medication" in one and "she took the dog out" in
  // the next is no overdose.
  const sentences = sentencesIn(userText);
  const taken = sentences.some((s, i) => {
    const next = sentences[i + 1] ?? "";
    return medicine.test(s) && (TAKEN.test(s) || (TAKEN.test(next) && BACK_TO_THEM.test(next)));
  });
  if (/overdose-taken|med\.ingestion/.test(rules) || (risk.flags.includes("medical_emergency") && taken)) out.push("overdose_taken");
  // A child is in danger when the harm the reader found is in the sentence that names the child
  // (or a rule is about a child): a partner's emotional abuse told beside "we have an infant" is
  // abuse at home, met with its own safety planning.
  const harmed = risk.evidence.some((e) => sentences.some((s) => CHILD.test(s) && s.toLowerCase().includes(e.toLowerCase())));
  if (/child-danger|abuse\.child|abuse\.grooming|abuse\.by-parent|child-neglect/.test(rules) || (risk.flags.includes("abuse") && harmed && !/\bi('m| am) (1[0-7]|[5-9])\b/i.test(userText))) {
    // A child writing about their own parent is the victim; "child in danger" is for a carer or bystander.
    if (CHILD.test(userText)) out.push("child_in_danger");
  }
  if (isBullying(userText)) out.push("bullying");
  if (risk.flags.includes("abuse") && !out.includes("child_in_danger") && isPastAssault(userText)) out.push("past_assault");
  for (const [s, re] of MEANS) if (s !== "medicine" || !out.includes("overdose_taken")) if (re.test(userText)) out.push(s);
  if (CONFIDENTIAL.test(userText)) out.push("confidentiality");
  return out;
}

/** What to do about the means or the place, by situation (one is used: the first that applies). */
export const MEANS_LINES: Partial<Record<Situation, string[]>> = {
  overdose_taken: [
    "If you have taken anything, please get emergency care now, even if you feel fine: some medicines, paracetamol among them, do their damage hours or days later, and treatment works best early.",
    "Please don't wait to see how you feel — with an overdose, feeling okay now doesn't mean you are safe, because some harm, paracetamol's especially, shows up later and early treatment matters.",
  ],
  height: [
    "If you're near an edge, a bridge or somewhere high right now, please step back and move to a safer spot, away from the drop, while you reach out.",
    "If you are somewhere high right now, the most important thing is to step back from the edge and get to solid ground, then call or text one of the numbers above.",
  ],
  rail_road: [
    "If you're near the tracks or a busy road right now, please move away from them to somewhere safe before anything else.",
    "If you're by a railway or a road right now, step back and go somewhere away from the traffic, then reach out.",
  ],
  firearm: [
    "If there's a gun where you are, putting distance between you and it — unloaded and locked away, or held by someone you trust — is one of the most protective things you can do tonight.",
    "If you have access to a gun, please ask someone you trust to hold onto it for now, or lock it away unloaded, with the ammunition kept separately.",
  ],
  medicine: [
    "If you have tablets stored up, handing them to someone you trust or a pharmacist, or locking them away, makes the next hours safer.",
    "Giving any stockpiled medicine to someone you trust, or taking it back to a pharmacy, can put a little distance between you and the worst moments.",
  ],
  ligature: ["Putting anything you've thought of using out of the room, or giving it to someone, can make the next hours safer."],
  blade: ["Putting the blades somewhere out of reach, or with someone you trust, can help you get through the next hours more safely."],
};

/** A child in danger: emergency care first, then child protection. */
export const CHILD_LINE = (emergency: string, childLine?: string) =>
  `If the child is hurt or could be in danger right now, call ${emergency} first and get them checked by a doctor${childLine ? `; then ${childLine} can help you with what to do next` : ""}. Protecting the child comes before anything else, and asking for help is the right thing to do.`;

/**
 * An adult drawing a child into secret contact (gifts, meeting up, private calls): the warning sign
 * named, what protects the evidence and the child, and who to report to — not an emergency call or
 * "you deserve to be safe", which speak to someone else.
 */
export const GROOMING_LINE = (childLine?: string) =>
  `An adult seeking secret contact with a child — gifts, private chats or calls, asking to meet without telling you — is a recognised warning sign of grooming, and you are right to act. Keep the messages (screenshots with names and dates), don't warn or confront him, block and report him on the platform, and report it to the police${childLine ? `; ${childLine} can help you with what to do next` : ""}. When you talk with your child, let them know they are not in trouble.`;

/** Bullying: a trusted adult and the school, not a domestic-violence line. */
export const BULLYING_LINE =
  "Being treated like that is not your fault, and you shouldn't have to handle it on your own. Telling a trusted adult — a parent, a teacher, the school counsellor — is a strong step, and schools have a duty to act on bullying.";

/** A past sexual assault: not their fault, its effects now make sense, and specialist help is there whenever they want it. */
export const PAST_ASSAULT_LINES = [
  "What happened to you was not your fault, and it makes sense that you are still feeling its effects now — reactions like numbness, fear or feeling cut off are common after an assault, and they can ease with the right support.",
  "Nothing about what happened to you was your fault. Feeling shut down, on edge or unlike yourself afterwards is a very common response to an assault, not a sign that something is wrong with you.",
];
/** What to offer after a past assault instead of a plan for leaving home. */
export const PAST_ASSAULT_HELP = (line?: string) =>
  `Whenever you feel ready, a counsellor who specialises in trauma after sexual violence can help you with what you're feeling now${line ? ` — ${line} can connect you with support near you, confidentially` : ""}, and you don't have to report anything to get that help.`;

/** Answering honestly when the person asks that no one be told. */
export const CONFIDENTIALITY_LINE =
  "You asked me not to tell anyone: I can't call anyone or contact your family from here. I'd still really encourage you to let one person you trust know — a counsellor or doctor keeps what you say private unless someone's life is in danger, and even then they would usually talk it through with you first.";

/** Said on later turns instead of the whole list again. */
export const RESOURCES_AGAIN = (emergency: string, line?: string) =>
  `The numbers I shared earlier are still there whenever you need them${line ? ` (${line})` : ""}, and ${emergency} if you're in danger right now.`;

const UK = /\b(nhs|a&e|a and e|gp|samaritans|999|mum|colour|favourite|realise[ds]?|organise[ds]?|whilst|knackered|gutted|quid|uni|year (7|8|9|10|11|12|13)|sixth form|a-levels?|gcses?|flat ?mate|holiday|tube|motorway|lorry|pavement|petrol|bloody|mate|innit)\b/gi;
const UK_STRONG = /\b(nhs|a&e|gp surgery|samaritans|sixth form|gcses?|a-levels?|innit)\b/i;
const AU = /\b(centrelink|arvo|servo|maccas|triple zero|bogan|year 12 in|headspace|fifo)\b/i;

/**
 * The locale whose resources fit the person's spelling when the app gave none but the default
 * ("en-US" or bare "en"): three British markers, or one unmistakable one, read as the UK.
 */
export function localeFromSpelling(locale: string, userText: string): string {
  if (!/^en(-US)?$/i.test(locale || "en-US")) return locale;
  if (AU.test(userText)) return "en-AU";
  const uk = new Set((userText.match(UK) ?? []).map((m) => m.toLowerCase()));
  if (UK_STRONG.test(userText) || uk.size >= 3) return "en-GB";
  return locale;
}
