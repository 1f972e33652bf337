/**
 * Whether the person has already told us what a follow-up question asks. Blind raters marked
 * questions that re-ask a given fact as not reading the message: "how long have you been married?"
 * after "22 years married", "who have you lost?" after "since my wife died", "have there been big
 * changes, like retirement?" from someone who described retiring.
 */
import { stems } from "./phrasing.js";
import { lostRole } from "./reflect.js";

/** A length of time or a count of occasions, as people give them ("22 years", "5 sessions", "since March"). */
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?: of)?|several|many)\s+(?:years?|yrs?|months?|weeks?|days?|decades?|sessions?|appointments?|times)\b|\bsince (?:i was|we|the|my|last|early|late|january|february|march|april|may|june|july|august|september|october|november|december|\d)|\b(?:for|over) (?:ages|years|months|weeks|a while|a long time)\b/i;
/** Questions about how long or since when. */
const ASKS_DURATION = /^(?:how long|when did|since when|how many (?:years|months|weeks|sessions))\b/i;
/** Questions about who died or who they lost. */
const ASKS_LOSS = /\bwho (?:have you lost|did you lose|died)\b/i;
/** A question offering examples: "like a new baby, a move or retirement", "such as ...". */
const EXAMPLES = /\b(?:like|such as|for example|e\.g\.)\s+([^?]+)/i;

/** True when the question asks for something the person's words already give. */
export function alreadyTold(question: string, text: string): boolean {
  if (ASKS_DURATION.test(question) && DURATION.test(text)) return true;
  if (ASKS_LOSS.test(question) && lostRole(text)) return true;
  const examples = EXAMPLES.exec(question)?.[1];
  if (examples && /\b(?:any|anything|something)\b/i.test(question)) {
    // Word roots (five letters) so "retirement" is met by "retired".
    const root = (w: string) => w.slice(0, 5);
    const said = new Set([...stems(text)].map(root));
    const items = examples.split(/,|\bor\b|\band\b/).map((x) => [...stems(x)].filter((w) => !/^(?:new|big|recent|loss|lost)$/.test(w)).map(root)).filter((x) => x.length);
    if (items.some((item) => item.every((w) => said.has(w)))) return true;
  }
  return false;
}
