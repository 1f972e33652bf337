/**
 * Many phrasings for each move of a reply (opening, reflecting, validating, moving to an answer
 * or a suggestion, asking), chosen by what the person said (a hash of their words, so the same
 * message always gets the same reply) and never one the thread has already seen.
 */
import { fnv1a } from "../../safety/learned/features.js";
import type { AskKind } from "./read-request.js";
import { contentStems, nearSame } from "./near-same.js";

/** A stable 32-bit hash (FNV-1a) of a string. */
export const hash = fnv1a;

/** Sentence key for "has this been said before" (quotes and punctuation ignored). */
export function sentenceKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/"[^"]*"|“[^”]*”/g, "q")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Sentences already said in this thread, and in this reply so far. A sentence counts as said
 * when the same words were said, or when an earlier reply's sentence already carried most of its
 * content words (the same suggestion reworded: a supervisor reads that as saying it again).
 */
export class Said {
  private readonly keys = new Set<string>();
  private readonly earlier: Array<Set<string>> = [];
  constructor(previous: readonly string[] = []) {
    for (const reply of previous)
      for (const s of reply.split(/(?<=[.!?])\s+/)) {
        this.keys.add(sentenceKey(s));
        this.earlier.push(contentStems(s));
      }
  }
  has(s: string): boolean {
    return s.split(/(?<=[.!?])\s+/).some((part) => {
      if (this.keys.has(sentenceKey(part))) return true;
      const stems = contentStems(part);
      return this.earlier.some((e) => nearSame(stems, e));
    });
  }
  add(s: string): void {
    for (const part of s.split(/(?<=[.!?])\s+/)) this.keys.add(sentenceKey(part));
  }
}

/**
 * Picks one item of a pool for this message and slot, skipping what was said; `render` turns
 * an item into the sentence checked against what was said. Undefined when all were said.
 */
export function pick<T>(pool: readonly T[], seed: string, said: Said, render: (t: T) => string): string | undefined {
  if (!pool.length) return undefined;
  const start = hash(seed) % pool.length;
  for (let i = 0; i < pool.length; i++) {
    const s = render(pool[(start + i) % pool.length]);
    if (!said.has(s)) return s;
  }
  return undefined;
}

const STOP = new Set("the a an and or but of to in on at for with from by about into over after before since this that these those is are was were be been being have has had do does did my your his her their our its it he she they we you i me him them us not no so very just really than then when what who how why which there here can could would should will may might feel feeling things thing something someone people get got make makes even also more most much many some any one all".split(" "));
/** Content-word stems of a text (for choosing what fits what the person wrote). */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    const s = stemWord(w);
    if (s !== undefined) out.add(s);
  }
  return out;
}

/** One lower-case word's stem, or undefined for a stop word or a word of two letters or fewer. */
export function stemWord(w: string): string | undefined {
  if (w.length <= 2 || STOP.has(w)) return undefined;
  // A double s is the word's own ("stress", "loss", "boss"): "stressed" and "stress" share one stem.
  const base = w.replace(/'s$/, "");
  return /ss$/.test(base) ? base : base.replace(/(ies|es|s|ed|ing|ly)$/, "");
}

/** Upper-cases the first letter. */
export function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Lower-cases the first letter unless it starts a name-like word or "I". */
export function uncap(s: string): string {
  if (!s || /^(I\b|I'|[A-Z]{2,})/.test(s)) return s;
  return s[0].toLowerCase() + s.slice(1);
}

/** Opening a first message: mostly none, sometimes one short line — never the same stock line. */
export const FIRST_OPENERS = [
  "Thank you for writing this out so clearly.",
  "I'm glad you asked about this.",
  "Thanks for trusting me with this.",
  "It took something to put all of this into words.",
  "I'm glad you wrote.",
  "Thank you for laying this out.",
];

/** Opening a later message in a thread. */
export const LATER_OPENERS = ["Thanks for saying more.", "That helps me understand.", "I appreciate you going into that.", "That adds a lot.", "Thanks for filling that in."];

/** Reflection frames around the person's own clause (second person, lower-case start). */
export const REFLECT_FIRST = [
  (c: string) => `It sounds like ${c}.`,
  (c: string) => `From what you write, ${c}.`,
  (c: string) => `So ${c}.`,
  (c: string) => `You've told me that ${c}.`,
  (c: string) => `I'm hearing that ${c}.`,
  (c: string) => `What stands out to me is that ${c}.`,
  (c: string) => `You mention that ${c}.`,
  (c: string) => `If I've understood you, ${c}.`,
];

/** A second clause added to the picture, with the validation carried in the same sentence. */
export const REFLECT_MORE = [
  (c: string, v: string) => `And ${c}, ${v}.`,
  (c: string, v: string) => `On top of that, ${c}, ${v}.`,
  (c: string, v: string) => `Alongside that, ${c}, ${v}.`,
  (c: string, v: string) => `You also say ${c}, ${v}.`,
  (c: string, v: string) => `Add to that the fact that ${c}, ${v}.`,
];

/** Validations that can close a clause that carries a feeling (lower-case, no end mark). */
export const VALIDATE_HEAVY = [
  "which sounds really painful",
  "and that sounds exhausting",
  "which is a lot for anyone to carry",
  "and I can hear how much that hurts",
  "which would wear anyone down",
  "and that sounds so hard",
];
/** Validations for a clause that states a fact (lower-case, no end mark). */
export const VALIDATE_LIGHT = [
  "and that matters",
  "which is a lot to hold at once",
  "and that's a real part of the picture",
  "which makes this more complicated",
  "and it makes sense that it's on your mind",
  "which is worth taking seriously",
];

/** Lead into the answer, fused with the restated question (their words make the sentence theirs). */
export const ANSWER_LEADS = [
  (q: string, a: string) => `As for ${q}: ${uncap(a)}`,
  (q: string, a: string) => `About ${q}: ${uncap(a)}`,
  (q: string, a: string) => `On ${q} — ${uncap(a)}`,
  (q: string, a: string) => `To your question about ${q}: ${uncap(a)}`,
];

/** A step's "do" after "it may help to" / "you could also": "Try to X" → "X"; "Try X" stays "try X". */
function asVerb(d: string): string {
  return uncap(d.replace(/^try to\s+/i, "").replace(/\.$/, ""));
}

/** Lead into a suggestion, fused with the step and its reason. */
export const STEP_LEADS = [
  (d: string, w: string) => `One thing you could try: ${uncap(d.replace(/\.$/, ""))} — ${uncap(w)}`,
  (d: string, w: string) => `Something practical: ${uncap(d.replace(/\.$/, ""))}, because ${uncap(w)}`,
  (d: string, w: string) => `A small step for this week: ${uncap(d.replace(/\.$/, ""))}, since ${uncap(w)}`,
  (d: string, w: string) => `It may help to ${asVerb(d)}; ${uncap(w)}`,
];
export const SECOND_STEP_LEADS = [
  (d: string, w: string) => `Another idea: ${uncap(d.replace(/\.$/, ""))} — ${uncap(w)}`,
  (d: string, w: string) => `You could also ${asVerb(d)}, since ${uncap(w)}`,
  (d: string, w: string) => `And if that feels like too much, ${uncap(d.replace(/\.$/, ""))} — ${uncap(w)}`,
];

/** Questions about the person's own event (a clause in the past: "you found messages on her phone"). */
export const ASK_SINCE = [
  (c: string) => `How have you been getting by since ${c}?`,
  (c: string) => `What has been hardest for you since ${c}?`,
  (c: string) => `Who have you been able to talk to since ${c}?`,
];
/** Questions about what keeps happening ("you can't sleep", "you check your phone"). */
export const ASK_WHEN = [
  (c: string) => `When ${c}, what usually goes through your mind?`,
  (c: string) => `What tends to happen just before ${c}?`,
  (c: string) => `When ${c}, what helps even a little?`,
];

/** Opening a carer's first message: their worry for the person, by the person's role. */
export const CARER_OPENERS = [
  (who: string) => `It sounds like you're really worried about ${who}, and that's a hard place to be.`,
  (who: string) => `I can hear how worried you are about ${who}.`,
  (who: string) => `Watching this happen to ${who} must be frightening, and it's good that you're looking for ways to help.`,
  (who: string) => `You're clearly worried about ${who}, and it makes sense to want to act.`,
];

/** Answers that hold whatever the topic, for when none was read with confidence. */
export const GENERAL_ANSWERS: Partial<Record<AskKind, string[]>> = {
  normal: [
    "what you describe is something a great many people go through, and the fact that it bothers you says more about how much you care than about anything being wrong with you.",
    "reactions like yours are far more common than people admit, and what matters most is how much it gets in the way of the life you want.",
  ],
  why: [
    "there is rarely one cause: what has happened to you, what is going on now, how tired or stretched you are and old habits of thinking usually all play a part.",
    "patterns like this usually make sense once you look at what they protect you from or what they helped with in the past, even if they cost you now.",
  ],
  how: [
    "change usually comes from small, specific steps tried consistently rather than one big decision, so it helps to start with the part that feels most within reach.",
    "it often helps to start by noticing exactly when it happens and what comes just before, because that shows where a small change would make the most difference.",
  ],
  should: [
    "a decision like this is yours to make, and it can help to write down what matters most to you, what you fear on each side, and what you would tell a friend in your place.",
    "there is no single right answer here, but it helps to separate what you can change from what you can't, and to notice which choice fits the person you want to be.",
  ],
  what: ["it's a fair question, and the short answer is that the same word can mean quite different things for different people, so it helps to look at what it means in your situation."],
  other: [
    "the most useful thing is often to stay close and calm, say what you have noticed without blame, and ask what would help rather than guessing.",
    "supporting someone works best when you look after yourself too, stay honest about what you can and can't do, and encourage professional help when it's needed.",
  ],
  therapy: ["it's a good thing to ask, and any good therapist will be glad to talk it through with you openly at the start."],
};

/** A bodily symptom goes to a doctor first (lower-case symptom words, as the person wrote them). */
export const MEDICAL_FIRST = [
  (what: string) => `Because part of what you describe is physical — the ${what} — it's worth having a doctor look at it as well, since a few medical causes can feel like this and are worth ruling out.`,
  (what: string) => `I'd also take the ${what} to a doctor: physical symptoms deserve a proper check in their own right, and knowing what they are (or are not) often eases the worry too.`,
  (what: string) => `Please mention the ${what} to your doctor too — it may well turn out to be stress or anxiety, but a body symptom should be checked before anyone assumes that.`,
];

/** Honest general answers to "should I be concerned?" when nothing in the base answers it (lower-case start). */
export const CONCERN_ANSWERS = [
  "one incident on its own rarely tells you much; what matters more is whether it's part of a pattern, whether it's getting worse, and whether it's getting in the way of everyday life — and if it is, or your gut keeps telling you something is off, it's reasonable to talk it over with a doctor or counsellor who can look at the whole picture.",
  "it helps to look at how often it happens, whether it's changing, and how it affects day-to-day life, because a pattern says far more than a single moment; if you stay unsure, checking in with a professional is a sensible step rather than an overreaction.",
];

/** Questions for someone asking how to help another person. */
export const CARER_QUESTIONS = [
  (who: string) => `How long has ${who} been like this, and has anything like it happened before?`,
  (who: string) => `How is ${who} managing day to day at the moment?`,
  (who: string) => `What does ${who} say about it when it comes up?`,
  (who: string) => `And how are you holding up with all of this, looking after ${who}?`,
];

/** Open questions for when no topic was read. */
export const GENERAL_QUESTIONS = [
  "What would you most like to be different a month from now?",
  "What feels most pressing to you right now?",
  "Who knows what you're going through at the moment?",
  "What have you tried so far, and what happened?",
  "When did you first notice this?",
];

