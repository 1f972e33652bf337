/**
 * ConText/NegEx-style modifiers for a concept mention: negated, hedged, historical,
 * hypothetical, or about someone else. Triggers scope over a short window before (and a few
 * after) the mention, cut at punctuation and at clause boundaries, and pseudo-triggers that
 * look like negation but are not ("can't stop", "not sure", "never felt so") are removed first.
 * Negation inside the mention ("can't sleep", "no energy") belongs to the concept.
 */
import { tokenize, type Token } from "./normalize.js";
import { extractTemporal } from "./temporal.js";

export interface ContextModifiers {
  negated: boolean;
  hedged: boolean;
  historical: boolean;
  hypothetical: boolean;
  otherExperiencer: boolean;
  /** The trigger words that fired, for audit. */
  triggers: string[];
}

const WINDOW = 7;
/** Words that start a new clause: a trigger before them does not reach the mention. */
const CLAUSE_BREAK = new Set(["but", "however", "although", "though", "except", "yet", "still", "which", "who", "because", "cause", "why", "how", "what", "when", "while", "so", "and", "now", "just", "then", "whereas", "until", "unless"]);

const PSEUDO = [
  /\b(can|could|do|did|will|would) not (stop|help|seem to|get|shake|switch|turn|shut|focus|concentrate|sleep|eat|breathe|relax|cope|function|remember|think straight)\b/g,
  /\b(not|no) (only|just|even|sure|doubt|matter|longer able)\b/g,
  /\bnot able to\b|\bunable to\b|\bno way to\b|\bno idea\b/g,
  /\b(do|does|did) not (know|understand|get) (why|how|what|if|whether)\b/g,
  /\b(do|does|did) not (want|feel like|care|bother)\b/g,
  /\bnever (felt|been|was|had|seen) (so|this|that|such|more)\b/g,
  /\bnever (stops?|ends?|goes? away|leaves?|shuts? up|lets? up)\b/g,
  /\bnothing (helps|works|is|feels|seems|but)\b/g,
  /\bno (one|body) (understands|cares|gets|listens)\b/g,
  /\bnot (sleeping|eating|enjoying|coping|functioning|going out|leaving)\b/g,
];
const NEGATION = /\b(no|not|never|without|nor|neither|none|denies|deny|denied|free of|free from|absence of|no longer|no more|nothing like|not really|haven't|hasnt|ruled out)\b/;
const POST_NEGATION = /^(is|are|was|were|has been|have been) (not|never) (a|an|really)? ?(problem|issue|thing|concern)|^(is|are|has|have|went|has gone|have gone) (gone|away|stopped|resolved|over)|^(went away|stopped|is over|are over|no longer)/;
const HEDGE = /\b(maybe|might|may|perhaps|possibly|probably|i think|i guess|i suppose|kind of|sort of|a bit|a little|not sure|i wonder|wonder if|could be|somewhat|slightly|sometimes i think|i feel like i might|seems like)\b/;
const HYPOTHETICAL = /\b(if|what if|in case|suppose|supposing|imagine|hypothetically|in the future|worried (that )?i (might|will|would|could|may)|afraid (that )?i (might|will|would|could|may)|scared (that )?i (might|will|would|could|may)|terrified (that )?i (might|will|would|could|may)|fear (that )?i (might|will|would)|going to end up)\b/;
const HISTORICAL = /\b(used to|in the past|back then|back when|back in|as a (child|kid|teen|teenager)|when i was (younger|a kid|a child|a teen|a teenager|little|small|in (school|college|university|high school))|years ago|previously|at one point|once had|in (college|high school|university|my teens|my twenties)|had (a|an) (episode|bout|phase|period))\b/;
/** "doing well now" says the past problem is over, not that it goes on. */
const RESOLVED = /\b(doing|feeling|been|am|i am|much|lot) (well|fine|better|good|great|ok|okay) now\b|\b(recovered|over it|behind me|in remission)\b/g;
const ONGOING = /\b(since|ever since|still|for the past|for the last|these days|lately|nowadays|right now|currently|now|again|anymore|keep|keeps|have been|has been|i am|i have)\b/;
const RELATIONS = "mom|mum|mother|dad|father|parent|parents|brother|sister|sibling|friend|friends|bestie|partner|husband|wife|boyfriend|girlfriend|bf|gf|son|daughter|kid|kids|child|children|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|roommate|flatmate|colleague|coworker|boss|ex|fiance|fiancee|neighbor|neighbour|classmate|teacher|patient|client|baby|stepdad|stepmom";
const OTHER_SUBJECT = new RegExp(`\\b((my|our|his|her|their|a|the) (best |older |younger |little |big |twin |ex )?(${RELATIONS})|he|she)\\b`, "g");
const SELF = /\b(i|me|myself|my own|im)\b/;
const SELF_OBJECT = /\b(me|us|myself|my)\b/;
const FAMILY_POST = /^(runs in|in) (my|the|our) family/;
const DEATH_WORDS = /\b(died|passed|death|funeral|lost|killed|suicide|murdered|accident)\b/i;

function strip(text: string): string {
  let out = ` ${text} `;
  for (const p of PSEUDO) out = out.replace(p, (m) => m.replace(/\S/g, "_"));
  return out;
}

/** Tokens before the mention back to the nearest clause boundary or punctuation, at most WINDOW. */
function windowBefore(sentence: string, tokens: Token[], first: number): Token[] {
  const out: Token[] = [];
  for (let i = first - 1; i >= 0 && out.length < WINDOW; i--) {
    const between = sentence.slice(tokens[i].end, tokens[i + 1]?.start ?? tokens[i].end);
    if (/[,;:()\u2013\u2014]|\s-\s/.test(between)) break;
    if (CLAUSE_BREAK.has(tokens[i].norm)) break;
    out.unshift(tokens[i]);
  }
  return out;
}

function windowAfter(sentence: string, tokens: Token[], last: number, size: number): Token[] {
  const out: Token[] = [];
  for (let i = last + 1; i < tokens.length && out.length < size; i++) {
    const between = sentence.slice(tokens[i - 1].end, tokens[i].start);
    if (/[,;:()\u2013\u2014]/.test(between)) break;
    out.push(tokens[i]);
  }
  return out;
}

const joined = (ts: Token[]) => ts.map((t) => t.norm).join(" ");

export function analyzeContext(sentence: string, span: { start: number; end: number }): ContextModifiers {
  const tokens = tokenize(sentence);
  const inSpan = tokens.map((t, i) => (t.start < span.end && t.end > span.start ? i : -1)).filter((i) => i >= 0);
  const triggers: string[] = [];
  const result: ContextModifiers = { negated: false, hedged: false, historical: false, hypothetical: false, otherExperiencer: false, triggers };
  if (!inSpan.length) return result;
  const first = inSpan[0];
  const last = inSpan[inSpan.length - 1];
  const before = windowBefore(sentence, tokens, first);
  const after = windowAfter(sentence, tokens, last, 5);
  const pre = strip(joined(before));
  const post = joined(after);
  const spanText = joined(tokens.slice(first, last + 1));

  const neg = NEGATION.exec(pre);
  if (neg) {
    result.negated = true;
    triggers.push(neg[0]);
  } else if (POST_NEGATION.test(post)) {
    result.negated = true;
    triggers.push(post.split(" ").slice(0, 3).join(" "));
  }

  const hedge = HEDGE.exec(pre);
  if (hedge) {
    result.hedged = true;
    triggers.push(hedge[0]);
  }

  // Hypotheticals reach further back: "if I failed the exam I would be devastated".
  const wide = joined(tokens.slice(Math.max(0, first - 10), first));
  const hypo = HYPOTHETICAL.exec(pre) ?? (/\bif\b/.test(wide) && !/[.;]/.test(sentence.slice(0, span.start).split(/\bif\b/i).pop() ?? "") ? /\bif\b/.exec(wide) : null);
  if (hypo && !/\beven if\b/.test(wide)) {
    result.hypothetical = true;
    triggers.push(hypo[0]);
  }

  // Past only, unless the sentence says it is still going on.
  const whole = joined(tokens);
  const hist = HISTORICAL.exec(strip(joined(tokens.slice(Math.max(0, first - 10), first)))) ?? HISTORICAL.exec(post);
  const longAgo = extractTemporal(sentence).find((t) => t.kind === "event-ago" && (t.agoDays ?? 0) >= 180);
  const ongoingAfterTrigger = (trigger: string) => {
    const at = whole.indexOf(trigger);
    const rest = at >= 0 ? whole.slice(at + trigger.length) : whole;
    return ONGOING.test(rest.replace(spanText, " ").replace(RESOLVED, " ")) && !/\bused to\b/.test(rest);
  };
  if (hist && !/\bsince\b/.test(whole.slice(0, Math.max(0, whole.indexOf(hist[0]))).split(" ").slice(-3).join(" "))) {
    if (!(hist[0] !== "used to" && ongoingAfterTrigger(hist[0])) && !/\b(and|but) now\b/.test(joined(tokens.slice(0, first)).split(hist[0]).pop() ?? "")) {
      result.historical = true;
      triggers.push(hist[0]);
    }
  } else if (longAgo && !/\b(since|for the past|for the last)\b/.test(whole) && !/\b(now|still|anymore|again)\b/.test(spanText + " " + post)) {
    result.historical = true;
    triggers.push(longAgo.text);
  }

  // Someone else's experience: a third-party subject with no first person between it and the mention.
  // A mention that itself speaks in the first person ("work and I'm stressed") is the person's own.
  if (!SELF_OBJECT.test(spanText) && !SELF.test(spanText) && !SELF_OBJECT.test(post.split(" ").slice(0, 2).join(" ")) && !DEATH_WORDS.test(sentence.slice(span.start, span.end))) {
    const clause = joined(before);
    let lastSubjectEnd = -1;
    let subject = "";
    for (const m of clause.matchAll(OTHER_SUBJECT)) {
      lastSubjectEnd = (m.index ?? 0) + m[0].length;
      subject = m[0];
    }
    if (lastSubjectEnd >= 0 && !SELF.test(clause.slice(lastSubjectEnd))) {
      result.otherExperiencer = true;
      triggers.push(subject);
    }
  }
  // The mention itself may open with the other person: "my roommate's drinking".
  const spanSubject = new RegExp(`^(my|our|his|her|their) (best |older |younger |little |big |twin |ex )?(${RELATIONS})\\b`).exec(spanText);
  if (spanSubject && !SELF.test(spanText.slice(spanSubject[0].length))) {
    result.otherExperiencer = true;
    triggers.push(spanSubject[0]);
  }
  if (FAMILY_POST.test(post)) {
    result.otherExperiencer = true;
    triggers.push("runs in the family");
  }
  return result;
}
