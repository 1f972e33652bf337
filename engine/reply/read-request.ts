/**
 * What the person asks: the kind of question (is this normal, why, how, should I, what is,
 * how to help someone else, a question about therapy itself) and the question in their own
 * words, restated to them ("how can I stop feeling worthless" → "how you can stop feeling
 * worthless"), so the answer can lead with it.
 */
import { HELP_FOR_OTHER } from "../discourse-subject.js";
import { sentencesOf, toSecondPerson } from "./reflect.js";

export type AskKind = "normal" | "why" | "how" | "should" | "what" | "other" | "therapy" | "none";

export interface Request {
  kind: AskKind;
  /** The question sentence as written, when there is one. */
  question?: string;
  /** The question restated to the person, lower-case, no end mark ("whether it's normal to cry every day"). */
  restated?: string;
}

const THERAPY = /\b(therap(y|ist|ists)|counsel+(ing|or|ors)|counsell?ing|psycholog(ist|ists)|psychiatrist|sessions?|confidential\w*|my (therapist|counsel+or))\b/i;
/** The same with only a pronoun for them ("how do I bring this up with him", "how can I get through to her"). */
const OTHER_PRONOUN = /\b(?:help|support|get through to|talk to|talk with|speak to|bring (?:this|it) up with|raise (?:this|it) with|approach|reach|encourage|convince|persuade)\s+(?:him|her|them)\b/i;

interface Form {
  kind: Exclude<AskKind, "none" | "therapy">;
  re: RegExp;
  /** The restatement from the match's groups. */
  say: (m: RegExpExecArray) => string;
}

const rest = (m: RegExpExecArray, i = 1) => toSecondPerson((m[i] ?? "").trim()).replace(/\s+/g, " ");

const FORMS: Form[] = [
  { kind: "normal", re: /\bis (?:it|this|that) (normal|common|ok|okay|weird|wrong|bad|healthy|unusual) (?:for (?:me|someone|a \w+) )?((?:to|that|if|when) [^?]{3,120})/i, say: (m) => `whether it's ${adjective(m[1])} ${rest(m, 2)}` },
  { kind: "normal", re: /\bis (?:it|this|that) (?:normal|common|ok|okay|weird|wrong|bad|healthy)\b/i, say: () => "whether what you're going through is normal" },
  { kind: "normal", re: /\b(?:am i|is something) (?:normal|crazy|weird|wrong|broken|the only one|overreacting|being (?:dramatic|unreasonable|selfish|paranoid))\b([^?]{0,100})/i, say: (m) => `whether you're ${/only one/i.test(m[0]) ? "the only one" : /overreact/i.test(m[0]) ? "overreacting" : "alone in this"}${m[1] ? rest(m).replace(/^[,\s]*/, " ") : ""}` },
  { kind: "normal", re: /(?:^|[,;:] )do (?:other )?(?:people|others|anyone|everyone) (?:else )?([^?]{3,100})/i, say: (m) => `whether other people ${rest(m)} too` },
  { kind: "why", re: /\bwhy (?:do|am|does|is|can'?t|cant|won'?t|did|would|have|are|does it|is it|do i always|can i not) ([^?]{3,120})/i, say: (m) => `why ${whyClause(m[0])}` },
  { kind: "should", re: /\bshould (?:i|we) ([^?]{3,120})/i, say: (m) => `whether you should ${rest(m)}` },
  { kind: "should", re: /\b(?:is it (?:worth|time to|a good idea to|wrong to|selfish to)|would it be (?:wrong|ok|okay|selfish) to|do i (?:need|have) to) ([^?]{3,120})/i, say: (m) => `whether it makes sense to ${rest(m)}` },
  { kind: "should", re: /(?:^|[,;:] )do (?:i|we) (?!have\b|need\b|know\b|mean\b|deserve\b)([a-z]+ [^?]{3,120})/i, say: (m) => `whether to ${rest(m)}` },
  { kind: "should", re: /\bwhat (?:do|should) (?:i|we) do\s*\??$/i, say: () => "what to do" },
  { kind: "other", re: /\bhow (?:do|can|should|could) (?:i|we) (help|support|get through to|talk to|deal with|handle|reach|get) ((?:my|our|a|her|his) [^?]{2,120})/i, say: (m) => `how you can ${m[1].toLowerCase()} ${rest(m, 2)}` },
  { kind: "how", re: /\bhow (?:do|can|should|could|would|will) (?:i|we) ([^?]{3,120})/i, say: (m) => `how you can ${rest(m)}` },
  { kind: "how", re: /\bhow to ([^?]{3,120})/i, say: (m) => `how to ${rest(m)}` },
  { kind: "how", re: /\bwhat (?:can|should|do|could) (?:i|we) do (?:to |about |with |for |when |if )?([^?]{0,120})/i, say: (m) => (m[1]?.trim() ? `what you can do ${/^(about|with|for|when|if|to)\b/i.test(m[0].replace(/^.*?do /i, "")) ? m[0].replace(/^.*?do (\w+).*$/i, "$1") + " " : "about "}${rest(m)}` : "what you can do") },
  { kind: "how", re: /\b(?:any|some|need|want|looking for|give me) (?:tips|advice|ideas|suggestions|help)(?: (?:for|on|about|with) ([^?.!]{3,100}))?/i, say: (m) => (m[1] ? `what might help with ${rest(m)}` : "what might help") },
  { kind: "how", re: /\b(?:can|could) (?:i|we) ([^?]{3,120})/i, say: (m) => `whether you can ${rest(m)}` },
  { kind: "what", re: /\bwhat(?:'s| is| are| does) (?:the difference between |the meaning of )?([^?]{3,100})/i, say: (m) => `what ${rest(m)} ${/\bmean\b/i.test(m[0]) ? "" : "is"}`.trim() },
];

/** "ok" and "okay" are said the same way; the rest as the person wrote them. */
function adjective(a: string): string {
  const low = a.toLowerCase();
  return low === "ok" ? "okay" : low;
}

/** "Why do I always push people away" → "you always push people away". */
function whyClause(q: string): string {
  const m = /\bwhy (do|am|does|is|can'?t|cant|won'?t|did|would|have|are) ([^?]{3,120})/i.exec(q);
  if (!m) return "this keeps happening";
  const aux = m[1].toLowerCase();
  const body = m[2].trim();
  // "why am I so tired" → "you're so tired"; "why do I push people away" → "you push people away";
  // "why can't I stop" → "you can't stop"; "why does my mum ..." → "your mum ...".
  const subj = /^(i|we)\b\s*/i.exec(body);
  const after = subj ? body.slice(subj[0].length) : body;
  if (subj) {
    const verb = aux === "am" || aux === "are" ? "are" : aux === "do" || aux === "does" ? "" : aux === "cant" ? "can't" : aux;
    return `you ${verb ? verb + " " : ""}${toSecondPerson(after)}`.replace(/\s+/g, " ").trim();
  }
  // "why does my dad ignore me" → "your dad ignores you" is beyond a rule: keep the question form.
  return `${aux} ${toSecondPerson(body)}`.replace(/\s+/g, " ");
}

/** The question sentence: one that ends with "?" or opens like a question, title first. */
export function questionSentences(text: string): string[] {
  const out: string[] = [];
  for (const s of sentencesOf(text)) {
    if (/\?/.test(s) || /^(is it|is this|am i|why|how|should i|what|can i|could i|do i|does|do other|is there|any (advice|tips))\b/i.test(s)) out.push(s.replace(/\?.*$/, "?"));
  }
  return out;
}

/** Cuts a restatement at a natural length, never mid-phrase. */
function tidy(s: string): string {
  let out = s.replace(/\s+/g, " ").replace(/[\s,;:.!?]+$/, "").trim();
  const words = out.split(" ");
  if (words.length > 22) {
    const head = words.slice(0, 22).join(" ");
    const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(" and "), head.lastIndexOf(" or "), head.lastIndexOf(" but "));
    out = cut > 20 ? head.slice(0, cut) : head;
  }
  return out.replace(/\b(and|or|but|to|the|a|an|of|with|for|my|your|that|so|because|when)$/i, "").trim();
}

/** Reads what the person asks; `about` says whether the message is about someone else. */
export function readRequest(text: string): Request {
  const questions = questionSentences(text);
  for (const q of questions) {
    if (THERAPY.test(q) && !HELP_FOR_OTHER.test(q)) {
      const form = FORMS.find((f) => f.re.test(q));
      const m = form?.re.exec(q);
      return { kind: "therapy", question: q, ...(form && m ? { restated: tidy(form.say(m)) } : {}) };
    }
    for (const form of FORMS) {
      const m = form.re.exec(q);
      if (!m) continue;
      const kind = (form.kind === "how" || form.kind === "should") && (HELP_FOR_OTHER.test(q) || OTHER_PRONOUN.test(q)) ? "other" : form.kind;
      return { kind, question: q, restated: tidy(form.say(m)) };
    }
  }
  if (questions.length) return { kind: HELP_FOR_OTHER.test(questions[0]) || OTHER_PRONOUN.test(questions[0]) ? "other" : "how", question: questions[0] };
  return { kind: "none" };
}
