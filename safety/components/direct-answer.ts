/**
 * The person's answer to the C-SSRS question the reply asked on the turn before (direct-question.ts).
 * A yes is a disclosure: wishing to be dead or thinking of killing oneself (C-SSRS 1–2), however
 * long the message that follows it ("Yes, actually — when I was 27 …"), and in the languages the
 * question is asked in. A no, or anything else, changes nothing: an answer never lowers a risk.
 */
import type { DirectQuestion, RiskAssessment, RiskLevel } from "../types.js";

/** A no opens the answer: nothing is read from it. */
const NO = /^(?:no|nope|nah|never|not really|not at all|not now|i have not|i haven't|i havent|i do not|i don't|i dont|non|nein|não|nao|nunca|jamais|mai|nee)(?![\p{L}\p{N}])/u;
/**
 * A yes opens the answer, in its first few words: plainly ("yes", "yeah", "sí", "oui", "sim", "ja",
 * "sì"), by how often ("sometimes", "a lot", "every day"), hedged ("kind of", "a bit", "maybe"),
 * or as "I have" / "I do" (not "I have not", "I have no idea").
 */
const YES = /^(?:(?:honestly|actually|well|um+|uh+|i mean|if i'm honest|to be honest|tbh|truthfully)[,.]?\s+)?(?:yes|yeah|yea|yep|yup|ya|yah|aye|ye|sometimes|often|a lot|lots|every ?day|all the time|most days|kind of|kinda|sort of|sorta|a bit|a little|maybe|i guess|i suppose|i think so|i have(?! not| never|n't| no\b)|i do(?! not|n't)|sí|si|claro|a veces|oui|parfois|sim|às vezes|as vezes|ja|manchmal|sì|a volte|certo)(?![\p{L}\p{N}])/u;
/** What says the wish is now, not in the past: the active end of the answer. */
const NOW = /\b(?:right now|now|at the moment|these days|lately|this (?:week|month)|every ?day|every night|all the time|constantly|a lot|more and more|still)\b/;
/** What places it in the past only ("years ago", "when I was 27", "not now"). */
const PAST_ONLY = /\b(?:years? ago|when i was (?:\d+|younger|a teen(?:ager)?|a kid|at (?:school|uni|college))|in my (?:teens|twenties)|not (?:now|any ?more|these days)|back then|used to|a long time ago)\b/;

/**
 * The risk a yes to the direct question discloses, or undefined when the message is no yes. Low (a
 * wish to be dead, or thoughts in the past), moderate when the answer says it is now; escalated
 * either way, as any suicidal ideation is. Asked about someone else, the yes is theirs.
 */
export function answerToDirectQuestion(text: string, asked: DirectQuestion): RiskAssessment | undefined {
  const said = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/^[\s"'(*_~-]+/, "");
  if (NO.test(said) || !YES.test(said)) return undefined;
  const evidence = text.trim().split(/(?<=[.!?])\s+/)[0].slice(0, 200);
  const level: RiskLevel = NOW.test(said) && !PAST_ONLY.test(said) ? "moderate" : "low";
  const other = asked.about === "someone else";
  return {
    level,
    escalate: true,
    flags: [other ? "third_party_risk" : "suicidal_ideation"],
    evidence: [evidence],
    findings: [{ rule: other ? "cssrs.direct-answer.yes.other" : "cssrs.direct-answer.yes", flag: other ? "third_party_risk" : "suicidal_ideation", level, evidence }],
  };
}
