/**
 * The reply planner, offline: answer what the person asked, in their own facts, with one or two
 * concrete suggestions and one question that fits — composed from what this person said, not
 * from symptom labels.
 *
 *   read the request → read the topics → reflect their clauses → answer from the
 *   psychoeducation base → suggest (with the reason) → refer when it is needed → one fitting
 *   question → fit the length
 *
 * Every move has many phrasings, chosen by the person's words and never one this thread has
 * already seen. No diagnosis is named to the person unless they ask what something is.
 */
import { DIAGNOSTIC_WORDS } from "../question-bank.js";
import { DURATION_QUESTION } from "../question-bank.js";
import { psychoeducation, readTopics, topicById, topicOfFamily, type PsychoEdTopic } from "./psychoeducation.js";
import {
  ANSWER_LEADS,
  FIRST_OPENERS,
  LATER_OPENERS,
  REFLECT_FIRST,
  REFLECT_MORE,
  SECOND_STEP_LEADS,
  STEP_LEADS,
  Said,
  VALIDATE_HEAVY,
  pickRelevant,
  stems,
  ASK_SINCE,
  ASK_WHEN,
  uncap,
  VALIDATE_LIGHT,
  cap,
  hash,
  pick,
} from "./phrasing.js";
import { readRequest, type AskKind, type Request } from "./read-request.js";
import { clausesOf, firstRole, timeWords } from "./reflect.js";

export interface PlanInput {
  /** The person's latest message. */
  userText: string;
  /** The counsellor's earlier replies in this thread, oldest first (nothing is said twice). */
  previousReplies: string[];
  /** Questions already asked in this thread. */
  asked: string[];
  /** The person's earlier messages in this thread, joined (the topic carries over). */
  earlierText?: string;
  /** 0-based user turn. */
  turn: number;
  /** Whether the person is distressed (a working impression or strong possibility), not only troubled. */
  heavy: boolean;
  /** Family of the engine's leading impression, when it is reasonably supported. */
  family?: string;
  /** The engine's best diagnostic question, and whether the evidence makes it fit this person. */
  engineQuestion?: { question: string; fits: boolean };
  /** Writing about someone else (a carer): who, as "your son". */
  carerFor?: string;
  /** Sentences the caller must include after the answer (a label request's answer, an urgent referral, carer guidance). */
  mustSay?: string[];
}

export interface PlannedReply {
  text: string;
  request: Request;
  topic?: string;
  /** The question the reply ends on. */
  question?: string;
}

const POOL_BY_KIND: Record<AskKind, keyof Pick<PsychoEdTopic, "normal" | "why" | "how" | "should" | "what" | "other">> = {
  normal: "normal",
  why: "why",
  how: "how",
  should: "should",
  what: "what",
  other: "other",
  therapy: "how",
  none: "how",
};

/** A KB sentence may name a condition only when the person asked what it is or named it first. */
function allowed(sentence: string, kind: AskKind, text: string): boolean {
  const label = sentence.match(DIAGNOSTIC_WORDS)?.[0];
  if (!label) return true;
  return kind === "what" || new RegExp(`\\b${label.slice(0, 6)}`, "i").test(text);
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A step's "do" read as an imperative that can follow "It may help to". */
const IMPERATIVE = /^(?!if\b|when\b|each\b|once\b|before\b|after\b|next\b|instead\b|for\b|at\b|on\b|in\b|with\b|during\b|the\b|a\b|an\b|your\b|this\b|some\b|one\b)[a-z]+/i;

export function planReply(input: PlanInput): PlannedReply {
  const text = input.userText.trim();
  const said = new Said(input.previousReplies);
  const seed = text;
  const about = stems(text);
  const request = readRequest(text);
  const carer = input.carerFor !== undefined;
  const kind: AskKind = carer && (request.kind === "how" || request.kind === "none") ? "other" : request.kind;
  const ranked = readTopics(text, request.question, input.family, input.earlierText ?? "");
  let topic = ranked[0] ? topicById(ranked[0].id) : undefined;
  if (kind === "therapy") topic = topicById("therapy") ?? topic;
  if (!topic && input.heavy) topic = topicById("depression");
  const second = ranked.find((r) => r.id !== topic?.id && r.score >= 0.5 * (ranked[0]?.score ?? 0) && r.id !== "therapy");
  const role = firstRole(text) ?? (carer ? input.carerFor : undefined);
  // KB text speaks of "your partner", "your child": said with the person's own word for them.
  const own = (s: string) => withRole(s, role);
  const parts: string[] = [];
  /** Sentences that may go when the reply runs long, first to go first. */
  const optional: Array<{ s: string; rank: number }> = [];
  const say = (s: string | undefined, rank?: number) => {
    if (!s) return false;
    parts.push(s);
    said.add(s);
    if (rank !== undefined) optional.push({ s, rank });
    return true;
  };

  // Opening: a later short answer is read against the question just asked; a loss is named.
  const short = words(text) <= 6;
  if (input.turn > 0) {
    if (short) say(shortAnswer(text, input.asked[input.asked.length - 1]));
    else if (hash(seed + "later") % 3 === 0) say(pick(LATER_OPENERS, seed + "later", said, (s) => s));
  } else if (topic?.id === "grief" && role && /\b(died|passed|lost|death|funeral|gone)\b/i.test(text)) {
    say(pick([`I'm so sorry about ${role}.`, `I'm really sorry you lost ${role}.`, `I'm so sorry — losing ${role} is a huge thing.`], seed, said, (s) => s));
  } else if (hash(seed + "open") % 6 === 0) say(pick(FIRST_OPENERS, seed + "open", said, (s) => s));

  // A carer's worry is named first: they are the one in the conversation.
  if (carer && input.turn === 0) say(pick(CARER_OPENERS, seed + "carer", said, (f) => f(input.carerFor!)));

  // Reflection from their own clauses (two from different sentences when there are).
  const clauses = clausesOf(text).filter((c) => !said.has(c.said));
  const validate = input.heavy ? VALIDATE_HEAVY : VALIDATE_LIGHT;
  const first = clauses[0];
  const more = clauses.find((c) => c !== first && c.index !== first?.index);
  const v = pick(validate, seed + "v", said, (x) => x) ?? validate[0];
  if (first && more) {
    say(pick(REFLECT_FIRST, seed + "r1", said, (f) => f(first.said)));
    say(pick(REFLECT_MORE, seed + "r2", said, (f) => f(more.said, v)));
  } else if (first) say(pick(REFLECT_FIRST, seed + "r1", said, (f) => f(`${first.said}, ${v}`)));

  // The answer: led by their question in their words, the sentences that fit their words best.
  const poolName = POOL_BY_KIND[kind];
  if (topic) {
    const pool = topic[poolName].filter((s) => allowed(s, kind, text));
    const lead = (s: string) => (request.restated ? pick(ANSWER_LEADS, seed + "al", said, (f) => f(request.restated!, own(s))) ?? own(s) : own(s));
    say(pickRelevant(pool, about, seed + "a1", said, (s) => s, lead));
    say(pickRelevant(pool, about, seed + "a2", said, (s) => s, own), 3);
    // "Why" and "is this normal" go on to what helps.
    if ((kind === "why" || kind === "normal") && words(parts.join(" ")) < 90) say(pickRelevant(topic.how.filter((s) => allowed(s, kind, text)), about, seed + "a3", said, (s) => s, own), 1);
  }
  for (const s of input.mustSay ?? []) say(s);

  // One or two suggestions, each with its reason, in one sentence.
  const stepTopic = topic ?? (second ? topicById(second.id) : undefined);
  const goal = request.restated && /^how (?:you can|to) /.test(request.restated) ? request.restated.replace(/^how (?:you can|to) /, "") : undefined;
  if (stepTopic && kind !== "what") {
    const steps = stepTopic.steps.filter((st) => allowed(st.do + st.why, kind, text));
    const leads = (st: { do: string }) => [
      ...(goal && IMPERATIVE.test(st.do) ? [(d: string, w: string) => `If you want to ${goal}, one thing to try is to ${uncap(d.replace(/\.$/, ""))} — ${uncap(w)}`] : []),
      ...STEP_LEADS.filter((_f, i) => i !== 3 || IMPERATIVE.test(st.do)),
    ];
    say(pickRelevant(steps, about, seed + "s1", said, (st) => st.do + " " + st.why, (st) => pick(leads(st), seed + "sl", said, (f) => own(f(st.do, st.why))) ?? own(st.do)));
    const other = second ? topicById(second.id) : undefined;
    if (words(parts.join(" ")) < 150) {
      const pool = other && kind !== "therapy" ? other.steps : steps;
      say(pickRelevant(pool.filter((st) => allowed(st.do + st.why, kind, text)), about, seed + "s2", said, (st) => st.do + " " + st.why, (st) => pick(SECOND_STEP_LEADS.filter((_f, i) => i !== 1 || IMPERATIVE.test(st.do)), seed + "sl2", said, (f) => own(f(st.do, st.why))) ?? own(st.do)), 2);
    }
  }

  // Professional help when the distress is real or the topic calls for it.
  if (topic && (input.heavy || /self-harm|eating|substance|trauma|domestic-abuse/.test(topic.id))) say(pickRelevant(topic.seekHelp, about, seed + "h", said, (s) => s, own), 4);

  // One question that fits: the engine's when its evidence points there, else the topic's.
  const asked = new Set(input.asked.map((q) => q.trim()));
  const hasTime = timeWords(text) !== undefined;
  // A diagnostic question fits only when the impression it serves is what the person wrote about.
  const sameGround = !topic || topicOfFamily(input.family) === topic.id || (input.family === "anxiety" && topic.id === "stress");
  const fitsEngine = input.engineQuestion?.fits && (sameGround || carer) && !asked.has(input.engineQuestion.question) && !(hasTime && input.engineQuestion.question === DURATION_QUESTION);
  let question = fitsEngine ? input.engineQuestion!.question : undefined;
  // Otherwise a question about their own words: what has happened since, or what happens when.
  if (!question) question = askAbout(clauses.slice(0, 3).reverse(), seed, said);
  if (!question && topic) question = pickRelevant(topic.followUps.filter((q) => !asked.has(q.trim()) && !(hasTime && /how long|when did/i.test(q))), about, seed + "q", said, (s) => s, own);
  if (!question && input.engineQuestion && !asked.has(input.engineQuestion.question)) question = input.engineQuestion.question;
  if (!question) question = pick(GENERAL_QUESTIONS.filter((q) => !asked.has(q)), seed + "gq", said, (s) => s);

  // Fit the length: at most about 220 words.
  for (const o of optional.sort((a, b) => a.rank - b.rank)) {
    if (words(parts.join(" ")) <= 220) break;
    parts.splice(parts.indexOf(o.s), 1);
  }
  if (question && !said.has(question)) parts.push(question);
  return { text: parts.join(" "), request, ...(topic ? { topic: topic.id } : {}), ...(question ? { question } : {}) };
}

/** The person's own word for someone, put where the knowledge base says "your partner" or "your child". */
const ROLE_CLASSES: Array<{ roles: RegExp; generic: RegExp }> = [
  { roles: /^your (husband|wife|boyfriend|girlfriend|fianc[eé]e?|partner)$/, generic: /\byour partner\b/g },
  { roles: /^your (son|daughter|child|kid|teen\w*)$/, generic: /\byour (child|teenager|teen)\b/g },
  { roles: /^your (mum|mom|mother|dad|father)$/, generic: /\byour parent\b/g },
];
export function withRole(sentence: string, role: string | undefined): string {
  if (!role) return sentence;
  for (const c of ROLE_CLASSES) if (c.roles.test(role)) return sentence.replace(c.generic, role);
  return sentence;
}

const PAST_START = /^you (?!(?:are|were|have|had been|'re|'ve)\b)(?:\w+ed|found|told|left|lost|got|went|saw|said|broke|took|made|came|met|caught|began|became|fell|heard|knew|thought|gave|ran|wrote|sent|quit|split|stopped|started|moved|finished)\b/i;
const HABIT_START = /^you (?:can't|cannot|don't|keep|often|always|never|still|check|wake|cry|feel|get|start|end up|find|worry|think|avoid|spend|lie|sit|drink|eat|hide|snap|shout|argue|fight|overthink|panic|freeze)\b/i;

/** A question about one of the person's own clauses, when its tense makes one read naturally. */
function askAbout(clauses: Array<{ said: string }>, seed: string, said: Said): string | undefined {
  for (const c of clauses) {
    const clause = c.said.replace(/[,;]\s*$/, "");
    if (clause.split(/\s+/).length > 16 || /\b(when|because|if|but|so|since|and then)\b/i.test(clause)) continue;
    if (PAST_START.test(clause)) return pick(ASK_SINCE, seed + "qs", said, (f) => f(clause));
    if (HABIT_START.test(clause)) return pick(ASK_WHEN, seed + "qw", said, (f) => f(clause));
  }
  return undefined;
}

/** Opening a carer's first message: their worry for the person, by the person's role. */
const CARER_OPENERS = [
  (who: string) => `It sounds like you're really worried about ${who}, and that's a hard place to be.`,
  (who: string) => `I can hear how worried you are about ${who}.`,
  (who: string) => `Watching this happen to ${who} must be frightening, and it's good that you're looking for ways to help.`,
  (who: string) => `You're clearly worried about ${who}, and it makes sense to want to act.`,
];

/** Open questions for when no topic was read. */
const GENERAL_QUESTIONS = [
  "What would you most like to be different a month from now?",
  "What feels most pressing to you right now?",
  "Who knows what you're going through at the moment?",
  "What have you tried so far, and what happened?",
  "When did you first notice this?",
];

/** A short answer read against the question it answers. */
function shortAnswer(text: string, lastQuestion: string | undefined): string | undefined {
  const answer = text.replace(/[.!]+$/, "").trim();
  if (!lastQuestion) return `Thanks — ${answer.toLowerCase().replace(/^i\b/, "you")}, then.`;
  if (/^(no|nope|not really|nah|never|none)\b/i.test(answer)) return "Okay, thank you for answering that — it helps to know.";
  if (/^(yes|yeah|yep|a bit|sometimes|kind of|sort of)\b/i.test(answer)) return "Thank you for being honest about that.";
  if (/how long|when did/i.test(lastQuestion)) return `So it's been ${answer.toLowerCase().replace(/^(for|since)\s+/, (m) => m)} — that helps me understand the shape of it.`;
  return `Thank you — ${answer.toLowerCase()} helps me picture it.`;
}

/** Every topic id in the base (for tests and the report). */
export function topicIds(): string[] {
  return psychoeducation().topics.map((t) => t.id);
}

/** Words that make a question one the crisis reply must not answer with knowledge-base text. */
const METHOD_QUESTION = /\b(die|dying|kill|suicid\w*|overdos\w*|lethal|fatal|pills?|tablets?|dose|gun|rope|hang|jump|bridge|cut|bleed|poison|painless|how many|how much)\b/i;

/**
 * After the safety part of a crisis reply, the person's own question still gets a short,
 * honest answer from the knowledge base — never a question about ways or amounts of harm.
 */
export function answerAfterSafety(userText: string, previousReplies: string[]): string | undefined {
  const request = readRequest(userText);
  if (request.kind === "none" || !request.question || !request.restated || METHOD_QUESTION.test(request.question)) return undefined;
  const ranked = readTopics(userText, request.question);
  const topic = request.kind === "therapy" ? topicById("therapy") : ranked[0] ? topicById(ranked[0].id) : undefined;
  if (!topic) return undefined;
  const said = new Said(previousReplies);
  const pool = topic[POOL_BY_KIND[request.kind]].filter((s) => allowed(s, request.kind, userText));
  return pickRelevant(pool, stems(userText), userText + "crisis", said, (s) => s, (s) => pick(ANSWER_LEADS, userText + "al", said, (f) => f(request.restated!, withRole(s, firstRole(userText)))) ?? s);
}
