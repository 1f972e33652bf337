/**
 * Decide stage: a crisis told as over. Two shapes the C-SSRS screen counts as history, not as
 * current risk (the label standard's hard negatives):
 *
 * - someone else's crisis the person says is resolved or held ("she got help, those thoughts have
 *   been gone for months", "he's out of hospital and doing so much better", "she's safe tonight,
 *   staying at her parents, seeing her GP tomorrow") — every escalating finding is about the other
 *   person, and nothing says they are in danger now (a goodbye, no answer, "right now");
 * - the person's own attempt or self-harm years ago with a life they describe as good now ("six
 *   years since my attempt… I genuinely like my life") — every escalating finding sits in a remote
 *   past and nothing in the message speaks of thoughts now.
 *
 * Only those findings are withdrawn; any finding about the writer now, any harm to others, abuse or
 * medical emergency, and any sign of danger now keep the escalation. The learned net's own doubts
 * (read-risk.ts netContextDoubt) read the same shapes.
 */
import { normalizeText, sentences } from "./normalize-text.js";
import { REMOTE_PAST, mentionsRecovery } from "./risk-context.js";
import { withdrawnAssessment } from "./screen-risk.js";
import type { RiskAssessment, RiskFinding } from "./types.js";

/** Another person said to be safe, helped or recovering. */
const OTHER_RESOLVED =
  /\b(?:(?:she|he|they) (?:is|are|was|were|has been|have been) (?:safe|okay|ok|fine|home (?:now|again|from (?:the )?hospital)|(?:\w+ )?doing (?:much |so |a lot |way |really )?(?:well|better|great|ok|okay|good)|(?:so |honestly |much |a lot |way )*better|thriving|in treatment|getting help|staying (?:with|at))|(?:got|getting|gets|is getting|has had|had) (?:\w+ )?(?:help|support|treatment)|agreed to (?:see|go|call|talk)|(?:an? )?appointment (?:with|tomorrow|on)|called (?:the )?(?:crisis line|helpline|\d{3}) together|(?:those |the )?(?:thoughts|feelings) (?:have|has) (?:been )?(?:gone|stopped|passed)|out of (?:the )?hospital|day programme|day program|doing (?:therapy|treatment)|(?:in|goes to|does) therapy|(?:sees|is seeing|seeing|sees her|sees his) (?:a |an |her |his |their )?(?:psychiatrist|therapist|counsell?or|psychologist|gp|doctor|care team|crisis team)|is safe now|safe tonight)\b/;

/** Danger to the other person now, which no resolution outweighs. */
export const OTHER_DANGER_NOW =
  /\b(?:right now|just (?:texted|sent|posted|messaged|said|told)|not (?:answering|responding|picking up)|(?:will|would) not (?:answer|respond|pick up)|(?:is|has) (?:gone )?missing|goodbye|good bye|took (?:a|the|all|her|his|their) (?:pills|tablets|bottle)|locked (?:herself|himself|themselves) in)\b/;

/** The person's own life described as good now, years after. */
const OWN_WELL_NOW =
  /\b(?:i (?:genuinely |really |actually )?(?:like|love|enjoy) my life|(?:years|a long time|ages) since i (?:felt|had|thought|did)|i am (?:\d+|thirty|forty|fifty) now|(?:i am|i have been) (?:stable|well|happy|okay|ok|fine|clean|married)|not (?:posting|here) (?:for sympathy|because i am struggling)|not because i am struggling|it really can get better|today i am)\b/;

/** Thoughts or acts now, in the writer's own words: these keep any own-past escalation. */
const OWN_NOW = /\b(?:again|lately|these days|recently|still (?:think|want|wish|feel|have)|(?:this|last) (?:week|night|month)|coming back|starting (?:again|to feel)|thinking about it|want to die|wish i (?:was|were) dead)\b/;

const THIRD_PARTY_SUBJECT = /^\W*(?:(?:my|our|a|an|the|one of my|this) (?:[\w-]+ ){0,3}?(?:brother|sister|mum|mom|mother|dad|father|friend|roommate|flatmate|housemate|coworker|colleague|student|client|patient|partner|boyfriend|girlfriend|husband|wife|son|daughter|cousin|uncle|aunt|niece|nephew|neighbour|neighbor|teammate|classmate|kid|child|teen|teenager|fella|man|woman|guy|girl)s?\b|(?:she|he|they)\b)/;

/** The (normalised) sentence that holds a finding's evidence. */
function sentenceOf(pieces: string[], evidence: string): string {
  const e = normalizeText(evidence).text.trim();
  return (e && pieces.find((piece) => piece.includes(e))) || "";
}

const CURRENT_RISK_FLAGS = new Set(["harm_to_others", "abuse", "medical_emergency", "command_hallucinations", "prompt_injection"]);

/**
 * Whether a (normalised) sentence is about another person: they are its subject ("my husband came
 * home and told me he'd been having thoughts…") and the writer is at most the one told ("told me",
 * "texted me" report the other person's words).
 */
export function aboutAnother(sentence: string): boolean {
  const own = sentence.replace(/\b(?:told|tells|texted|messaged|said to|admitted to|confided in|showed|wrote to|called) me\b/g, "");
  return THIRD_PARTY_SUBJECT.test(sentence) && !/\b(?:i|me|myself)\b/.test(own);
}

/** Whether a finding is about another person (its rule says so, or its sentence's subject is someone else). */
function aboutSomeoneElse(f: RiskFinding, pieces: string[]): boolean {
  if (/third-party/.test(f.rule)) return true;
  const s = sentenceOf(pieces, f.evidence);
  return !!s && aboutAnother(s);
}

/** Whether a finding sits in a sentence told as the remote past. */
function inRemotePast(f: RiskFinding, pieces: string[]): boolean {
  const s = sentenceOf(pieces, f.evidence);
  return !!s && (REMOTE_PAST.test(s) || /\b(?:years|a decade) since\b/.test(s));
}

/** Withdraws the findings of a crisis told as over (see the file comment); everything else stands. `said` is the normalised message. */
export function withoutResolvedPast(risk: RiskAssessment, said: string): RiskAssessment {
  const findings = risk.findings;
  if (!risk.escalate || !findings.length || findings.some((f) => CURRENT_RISK_FLAGS.has(f.flag) || f.rule.startsWith("net."))) return risk;
  const pieces = sentences(said).map((s) => said.slice(s.from, s.to));
  const others = findings.every((f) => aboutSomeoneElse(f, pieces));
  if (others && OTHER_RESOLVED.test(said) && !OTHER_DANGER_NOW.test(said)) return withdrawnAssessment(risk);
  const ownPast = findings.every((f) => inRemotePast(f, pieces));
  if (ownPast && (mentionsRecovery(said) || OWN_WELL_NOW.test(said)) && !OWN_NOW.test(said)) return withdrawnAssessment(risk);
  return risk;
}
