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
  // "Should I be concerned?", "just wondering if I should be worried for him".
  { kind: "should", re: /\b(?:should (?:i|we) be|(?:if|whether) (?:i|we) should be) (?:worried|concerned)\b((?: (?:about|for) [^?.!,]{2,60})?)/i, say: (m) => `whether you should be concerned${rest(m) ? ` ${rest(m)}` : ""}` },
  { kind: "should", re: /\b(?:is|are) (?:this|it|that|these) (?:a )?(?:cause|reason) for concern\b/i, say: () => "whether you should be concerned" },
  // Asked without a question mark: "just wondering if this is a deviant act", "I want to know whether I should tell her".
  { kind: "should", re: /\b(?:wondering|want(?:ed)? to know|curious|not sure|unsure) (?:if|whether) (?:i|we) should ([^?.!]{3,120})/i, say: (m) => `whether you should ${rest(m)}` },
  { kind: "normal", re: /\b(?:wondering|want(?:ed)? to know|curious|not sure|unsure) (?:if|whether) (?:this|it|that|what (?:i|he|she|they) (?:did|do|does|feel|am feeling)) (?:is|was) ((?:normal|common|ok|okay|weird|wrong|bad|healthy|unusual|a \w+ \w+|an \w+ \w+|\w+)[^?.!,]{0,60})/i, say: (m) => `whether it is ${rest(m)}` },
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

/**
 * The writer as the one it happens to: "how do I get my partner to stop verbally abusing me", "how do I
 * deal with my boss yelling at me" ask about their own situation with someone, not how to help them.
 */
const WRITER_AFFECTED = /\b(?:deal with|handle|get|make|stop)\s+(?:my|our|a|her|his|their)\b[^?]{0,80}\b(?:me|myself|us)\b/i;
const HELPING = /\b(?:help|support|get through to|reach|encourage|convince|persuade|approach|reach out to)\b/i;

/** A question about helping another person: a person is its object, and the writer is not the one it happens to. */
function aboutOther(q: string): boolean {
  if (!HELP_FOR_OTHER.test(q) && !OTHER_PRONOUN.test(q)) return false;
  return !(WRITER_AFFECTED.test(q) && !HELPING.test(q));
}

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

/** A question asked as a statement: "just wondering if …", "I want to know whether …". */
const INDIRECT = /\b(?:wondering|want(?:ed)? to know|curious|not sure|unsure) (?:if|whether)\b/i;

/** The question sentence: one that ends with "?" or opens like a question, title first. */
export function questionSentences(text: string): string[] {
  const out: string[] = [];
  for (const s of sentencesOf(text)) {
    if (/\?/.test(s) || /^(is it|is this|am i|why|how|should i|what|can i|could i|do i|does|do other|is there|any (advice|tips))\b/i.test(s) || INDIRECT.test(s)) out.push(s.replace(/\?.*$/, "?"));
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
  // A quotation mark left open by the cut (or by the writer) is dropped: 'cope with "never being good enough'.
  if ((out.match(/"/g) ?? []).length % 2 === 1) out = out.replace(/"/g, "");
  // "every few months or so" loses "so" and then "or": nothing is left hanging.
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(/[\s,;:]*\b(and|or|but|to|the|a|an|of|with|for|my|your|that|so|because|when)$/i, "").trim();
  }
  return out;
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
      const kind = form.kind === "other" && !aboutOther(q) ? "how" : (form.kind === "how" || form.kind === "should") && aboutOther(q) ? "other" : form.kind;
      return { kind, question: q, restated: tidy(form.say(m)) };
    }
  }
  if (questions.length) return { kind: aboutOther(questions[0]) ? "other" : "how", question: questions[0] };
  return { kind: "none" };
}
