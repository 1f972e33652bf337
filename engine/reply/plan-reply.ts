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
import { DURATION_QUESTION } from "../question-bank.js";
import { alreadyTold } from "./already-told.js";
import { answerKinds, queryVector, retrieve, type Entry } from "./answer-index.js";
import {
  ANSWER_LEADS,
  ASK_SINCE,
  ASK_WHEN,
  CARER_OPENERS,
  CARER_QUESTIONS,
  CONCERN_ANSWERS,
  FIRST_OPENERS,
  GENERAL_ANSWERS,
  GENERAL_QUESTIONS,
  LATER_OPENERS,
  MEDICAL_FIRST,
  REFLECT_FIRST,
  REFLECT_MORE,
  SECOND_STEP_LEADS,
  STEP_LEADS,
  Said,
  VALIDATE_HEAVY,
  VALIDATE_LIGHT,
  cap,
  hash,
  pick,
  stems,
  uncap,
} from "./phrasing.js";
import { readTopics, topicById, topicOfFamily, type ClinicalReading } from "./psychoeducation.js";
import { matchAnyQuestion } from "./question-answers.js";
import { readRequest, type AskKind, type Request } from "./read-request.js";
import { fitsSituation, groundedSituations } from "./situation.js";
import { clausesOf, firstRole, lostRole, timeWords, toSecondPerson, type Clause } from "./reflect.js";
import { frameFor, questionInTheirTerms } from "./frames.js";
import { CLINICAL, CONFIDENT_ANSWER, GROUNDED_SIM, MIN_ANSWER, MIN_ANSWER_FIT, MIN_LONE_STEP, MIN_OWN_SIM, MIN_SECOND_TOPIC, MIN_SIM, MIN_STEP, MIN_STEP_FIT, MIN_TOPIC_SCORE, allowed, choose, confidentTopics, words } from "./select.js";

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
  /** Topics of a difficulty the engine read only as someone else's ("my dad drinks every night"): the writer lives with it. */
  othersDifficulty?: string[];
  /** Disorder families the engine's reading found criteria of, with their support: evidence for the topic. */
  clinical?: ClinicalReading[];
  /** The engine's best diagnostic question, and whether the evidence makes it fit this person. */
  engineQuestion?: { question: string; fits: boolean };
  /** Writing about someone else (a carer): who, as "your son". */
  carerFor?: string;
  /** Sentences the caller must include after the answer (a label request's answer, an urgent referral, carer guidance). */
  mustSay?: string[];
  /**
   * Say only what the person's own words carry: an answer only when their question is one the
   * base answers as a whole, or a sentence of the base that fits it closely and shares their words;
   * at most one step, sharing their words; no general facts about the topic. For training data
   * (`synthesize`), where one sentence written for somebody else's life spoils the example.
   */
  grounded?: boolean;
}

export interface PlannedReply {
  text: string;
  request: Request;
  topic?: string;
  /** The question the reply ends on. */
  question?: string;
}


/** A sentence whose subject is someone else: children, teenagers, a partner, "your child". */
const OTHERS_FIRST = /^(?:(?:young|little|many|some|most|older|younger|small) )?(?:children|children's|kids|kids'|teenagers|teenagers'|teens|toddlers|babies|siblings|adolescents|(?:a|your) (?:child|child's|teen|teen's|teenager|teenager's|son|daughter|toddler|baby|partner|partner's|spouse|husband|wife|boyfriend|girlfriend))\b/i;

/** A step's "do" read as an imperative that can follow "It may help to" (not a time word before a comma: "Tonight, write ..."). */
const IMPERATIVE = /^(?!if\b|when\b|each\b|once\b|before\b|after\b|next\b|instead\b|for\b|at\b|on\b|in\b|with\b|during\b|the\b|a\b|an\b|your\b|this\b|some\b|one\b)[a-z]+\b(?!,)/i;

/** A message that only greets ("hello", "hi there, how are you?"): nothing said yet to reflect or answer. */
const GREETING_ONLY = /^(?:hi|hello|hey|hiya|heya|howdy|yo|hey there|hi there|hello there|good (?:morning|afternoon|evening)|morning|evening)(?:[\s,!.]+(?:there|again|everyone|you))?[\s,!.]*(?:(?:how are you|how are you doing|how's it going|how are things)[\s?!.]*)?$/i;
const GREETING_REPLIES = [
  "Hello — I'm glad you reached out. Tell me a little about what's going on for you.",
  "Hi, and welcome. Take your time: what would you like to talk about today?",
  "Hi there. What's brought you here today?",
];

export function planReply(input: PlanInput): PlannedReply {
  const text = input.userText.trim();
  const said = new Said(input.previousReplies);
  const seed = text;
  const request = readRequest(text);
  // A greeting gets a greeting and an open invitation, not a clinical question about "this".
  if (GREETING_ONLY.test(text)) {
    const reply = pick(GREETING_REPLIES, seed, said, (s) => s) ?? "What would you like to talk about?";
    return { text: reply, request, question: reply };
  }
  const carer = input.carerFor !== undefined;
  // A later turn that answers rather than asks is about what the conversation is about: read it whole.
  const answering = input.turn > 0 && request.kind === "none" && input.earlierText;
  const clinicalRead = input.clinical ?? [];
  const read = answering ? readTopics(`${text}\n${input.earlierText}`, undefined, input.family, "", undefined, clinicalRead) : readTopics(text, request.question, input.family, input.earlierText ?? "", undefined, clinicalRead);
  // A carer writing about a parent, a partner or a friend is not asking about parenting, whatever
  // their own children are mentioned for.
  const aboutAChild = input.carerFor === undefined || /\b(son|daughter|child|kid|teen\w*|boy|girl|baby|toddler|grand(son|daughter|child))\b/i.test(input.carerFor);
  // A young person writing about their own life is not a parent: parenting's advice speaks to the
  // adults around them ("I'm a teenager and I keep sneaking out" is not a question about discipline).
  const youngWriter = YOUNG_WRITER.test(text) && !OWN_CHILD.test(text);
  const ranked = aboutAChild && !youngWriter ? read : read.filter((r) => r.id !== "parenting");
  // A topic read with too little confidence answers with the wrong knowledge: better none.
  let topic = ranked[0] && ranked[0].score >= MIN_TOPIC_SCORE ? topicById(ranked[0].id) : undefined;
  // Topics about other people already speak to the asker ("how do I get my boys to stop fighting" is parenting's "how").
  // But a child's or partner's own difficulty (their eating, their drinking) is a question about helping them.
  const clinical = ranked.some((r) => r.score >= MIN_SECOND_TOPIC && CLINICAL.test(r.id));
  const relational = topic && /^(parenting|family-conflict|relationships|marriage|intimacy|infidelity|breakup|workplace|school-bullying|domestic-abuse)$/.test(topic.id) && !clinical;
  // An answer to our question about someone they are helping is still about helping them.
  const helpingOther = answering && readRequest(input.earlierText!).kind === "other";
  // Someone else's drinking or anger that the writer lives with (the engine read it as theirs, none of
  // it the writer's): the topic's advice for the people around it, not a plan to cut down.
  const livesWithIt = !carer && topic !== undefined && (input.othersDifficulty ?? []).includes(topic.id) && /^(how|should|none|why|normal)$/.test(request.kind);
  const kind: AskKind = (carer || helpingOther || livesWithIt) && (request.kind === "how" || request.kind === "none" || livesWithIt) ? "other" : request.kind === "other" && relational && !carer ? "how" : request.kind;
  if (kind === "therapy") topic = topicById("therapy") ?? topic;
  if (!topic && input.heavy) topic = topicById("depression");
  const role = firstRole(text) ?? (carer ? input.carerFor : undefined);
  const lost = lostRole(text);
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

  // Their own clauses, read once: the opening and the reflection both depend on them.
  const ownClauses = clausesOf(text);
  // Opening: a later short answer is read against the question just asked; a loss is named.
  const short = words(text) <= 6;
  if (input.turn > 0) {
    if (short) say(shortAnswer(text, input.asked[input.asked.length - 1]));
    else if (hash(seed + "later") % 3 === 0) say(pick(LATER_OPENERS, seed + "later-line", said, (s) => s));
  } else if (topic?.id === "grief" && lost) {
    say(pick([`I'm so sorry about ${lost}.`, `I'm really sorry you lost ${lost}.`, `I'm so sorry — losing ${lost} is a huge thing.`], seed, said, (s) => s));
  } else if (!ownClauses.length && hash(seed + "open") % 3 === 0) {
    // A stock thank-you only where there is nothing of theirs to say back: beside their own facts it
    // is the sentence blind raters read as a template.
    say(pick(FIRST_OPENERS, seed + "opener", said, (s) => s));
  }

  // A carer's worry is named first: they are the one in the conversation.
  if (carer && input.turn === 0) say(pick(CARER_OPENERS, seed + "carer", said, (f) => f(input.carerFor!)));

  // Reflection: their situation in their own clauses — one in a short message, the two or three
  // that carry most of it in a longer one (the people, the event, what they can't do), in the order
  // they told it, with the feeling last and met as a feeling.
  const clauses = ownClauses.filter((c) => !said.has(c.said) && c.said.split(/\s+/).length <= 18);
  const picture = situationClauses(clauses, words(text));
  const feeling = [...picture].reverse().find((c) => FEELING_WORDS.test(c.own));
  const closing = picture.length > 1 ? (feeling ?? picture[picture.length - 1]) : picture[0];
  const before = picture.filter((c) => c !== closing);
  // The validation goes with the clause it follows: feelings are met as feelings, facts as facts.
  const validate = closing && FEELING_WORDS.test(closing.own) ? VALIDATE_HEAVY : VALIDATE_LIGHT;
  const v = pick(validate, seed + "v", said, (x) => x) ?? validate[0];
  if (closing && before.length) {
    say(pick(REFLECT_FIRST, seed + "r1", said, (f) => f(listOf(before.map((c) => c.said)))));
    say(pick(REFLECT_MORE, seed + "r2", said, (f) => f(closing.said, v)));
  } else if (closing) say(pick(REFLECT_FIRST, seed + "r1", said, (f) => f(`${closing.said}, ${v}`)));

  // The answer: led by their question in their words, with the base's sentences that fit the
  // question best, from whichever topic they sit in (the topics read are a prior, not a filter).
  const query = { text: input.earlierText ? `${text}\n${input.earlierText}` : text, ...(request.question ? { question: request.question } : {}), kind, topics: ranked };
  const vector = queryVector(query);
  // Only the topics read with confidence may answer: shared words across topics mislead ("touch", "mood").
  const confident = confidentTopics(ranked, kind);
  if (topic) confident.add(topic.id);
  // A topic read with less confidence may still lend sentences that share words with what they wrote (see `near`).
  else if (ranked[0] && ranked[0].score >= MIN_SECOND_TOPIC) confident.add(ranked[0].id);
  // A sentence written for a situation the person never named is somebody else's advice.
  const situation = groundedSituations(query.text);
  const usable = (e: Entry) => confident.has(e.topic) && fitsSituation(e.text, situation) && (!e.why || fitsSituation(e.why, situation)) && allowed(e.text + (e.why ?? ""), kind, text) && (kind === "other" || e.kind !== "other") && !(e.topic === "therapy" && kind !== "therapy" && e.kind !== "seekHelp");
  // A sentence from another topic than the one the question is about must share words with what
  // they wrote: a confident second topic's sentences otherwise bring another life's advice.
  const near = (x: { entry: Entry; sim: number }) => x.sim >= (x.entry.topic === topic?.id ? MIN_OWN_SIM : MIN_SIM);
  // A question about the asker's own doing ("why do I snap at my kids?") is not answered with
  // sentences about someone else's ("teenagers' brains are rewiring ...").
  const aboutSelf = kind !== "other" && !carer && request.question !== undefined && /\b(?:i|i'm|i've|me|my|myself)\b/i.test(request.question);
  // Grounded (training data): a sentence of the base is said only when it shares this person's words.
  const grounded = input.grounded === true;
  const theirs = (x: { sim: number }) => !grounded || x.sim >= GROUNDED_SIM;
  // And it must meet their situation, not only their words (fit.ts): "want", "year" or "marriage" alone
  // is another life's advice. A state of their own (grief, low mood, a breakup) is the exception: its
  // general advice fits whoever is in it, where a relationship's advice presumes its particular trouble.
  // When their question has an answer by its shape (frames.ts), that answer and its step stand unless
  // a sentence meets their situation itself: a state's general sentences do not outrank it.
  const frame = grounded ? undefined : frameFor(request.question, text, seed, said, role);
  const meets = (x: { entry: Entry; fit: number }, min: number) => x.fit >= min || (!frame && ownState(x.entry.topic) && confident.has(x.entry.topic));
  const answers = retrieve(query, answerKinds(kind), vector).filter((x) => usable(x.entry) && near(x) && theirs(x) && meets(x, MIN_ANSWER_FIT) && !(aboutSelf && OTHERS_FIRST.test(x.entry.text)));
  const usedKb = new Set<Entry>();
  // Their question is restated only before an answer that fits it well; a loose fit is offered plainly.
  const confidentAnswer = (answers[0]?.score ?? 0) >= CONFIDENT_ANSWER;
  const lead = (s: string) => (request.restated && confidentAnswer ? pick(ANSWER_LEADS, seed + "al", said, (f) => f(request.restated!, own(s))) ?? own(s) : own(s));
  // A question people often ask is answered as a whole (question-answers.ts); otherwise from the sentence base.
  const readFor = new Set([...confident, ...ranked.filter((r) => r.score >= MIN_SECOND_TOPIC).map((r) => r.id)]);
  const faq = matchAnyQuestion(request, text, kind, readFor);
  // The answer is led by the question it answers, in their words.
  const restated = faq?.question ? readRequest(faq.question).restated : request.restated;
  const fitsHere = (x: string) => fitsSituation(x, situation) && allowed(x, kind, text) && !said.has(x);
  const faqAnswer = faq ? faq.entry.answer.map(own).filter(fitsHere) : [];
  // "Am I wrong to feel…" is answered about the feeling, before anything the base says of the situation.
  const a1 = faqAnswer.length || frame?.id === "am-i-wrong" ? undefined : choose(answers, MIN_ANSWER, seed + "a1", said, (e) => lead(e.text), usedKb);
  if (faqAnswer.length) {
    say(restated ? (pick(ANSWER_LEADS, seed + "al", said, (f) => f(restated, faqAnswer[0])) ?? faqAnswer[0]) : faqAnswer[0]);
    faqAnswer.slice(1).forEach((x, i) => say(x, [6, 3, 2, 2][i]));
  } else if (a1) {
    say(a1.text);
    if (!grounded) say(choose(answers, Math.max(MIN_ANSWER, a1.score * 0.7), seed + "a2", said, (e) => own(e.text), usedKb)?.text, 3);
    if (kind === "other" && !grounded) say(choose(answers, Math.max(MIN_ANSWER, a1.score * 0.7), seed + "a3", said, (e) => own(e.text), usedKb)?.text, 2);
  } else if (frame) {
    say(frame.answer);
  } else if (request.restated && (kind === "should" || (kind === "normal" && OWN_EXPERIENCE.test(request.restated))) && !grounded) {
    // Nothing in the base answers it well: an honest general answer rather than a wrong one — for
    // "is this normal" and "should I" only; blind raters read the general "why" and "how" answers
    // ("there is rarely one cause") as filler that answers nothing.
    const general = /\bconcerned\b/.test(request.restated) ? CONCERN_ANSWERS : (GENERAL_ANSWERS[kind] ?? GENERAL_ANSWERS.how!);
    say(pick(general, seed + "ga", said, (s) => pick(ANSWER_LEADS, seed + "al", said, (f) => f(request.restated!, s)) ?? s));
  }
  for (const s of input.mustSay ?? []) say(s);

  // One or two suggestions, each with its reason, in one sentence.
  // (Steps are things to do for oneself: a question about helping someone else got its guidance above.)
  const goal = request.restated && /^how (?:you can|to) /.test(request.restated) ? request.restated.replace(/^how (?:you can|to) /, "") : undefined;
  if ((kind !== "what" && kind !== "other") || faq?.entry.step) {
    // Steps come from what the question is about: a confident second topic ("my son" in a
    // widower's grief) lends its answers at most, not a parenting exercise.
    const candidates = retrieve(query, ["step"], vector).filter((x) => usable(x.entry) && theirs(x) && (!frame || x.fit >= MIN_STEP_FIT));
    const allSteps = candidates.filter(near);
    const ownSteps = topic ? allSteps.filter((x) => x.entry.topic === topic!.id) : allSteps;
    let steps = ownSteps.some((x) => x.score >= MIN_STEP) ? ownSteps : allSteps.filter((x) => x.sim >= 2 * MIN_SIM);
    // Beside an answer by the question's shape, a step of the base must meet their situation (fit.ts);
    // otherwise the frame's own step is said. When nothing of the topic shares their words: one of its
    // steps all the same rather than no suggestion at all — but only one (a second is where another
    // life's advice creeps in), and none beside a frame.
    const lone = !grounded && !frame && topic !== undefined && !steps.some((x) => x.score >= MIN_STEP);
    if (lone) steps = candidates.filter((x) => x.entry.topic === topic!.id);
    const goalStems = goal ? stems(goal) : new Set<string>();
    const leads = (e: Entry) => [
      ...(goal && IMPERATIVE.test(e.text) && [...stems(e.text)].some((w) => goalStems.has(w)) ? [(d: string, w: string) => `If you want to ${goal}, one thing to try is to ${uncap(d.replace(/\.$/, ""))} — ${uncap(w)}`] : []),
      ...STEP_LEADS.filter((_f, i) => i !== 3 || IMPERATIVE.test(e.text)),
    ];
    const faqStep = faq?.entry.step && fitsHere(faq.entry.step.do) && fitsSituation(faq.entry.step.why, situation) ? faq.entry.step : undefined;
    const s1 = faqStep
      ? { text: pick(STEP_LEADS.filter((_f, i) => i !== 3 || IMPERATIVE.test(faqStep.do)), seed + "sl", said, (f) => own(f(faqStep.do, faqStep.why))) ?? own(faqStep.do), score: 1 }
      : choose(steps, lone ? MIN_LONE_STEP : MIN_STEP, seed + "s1", said, (e) => pick(leads(e), seed + "sl", said, (f) => own(f(e.text, e.why!))) ?? own(e.text), usedKb);
    if (s1) {
      say(s1.text);
      if (words(parts.join(" ")) < 150 && !grounded && !lone) say(choose(steps, Math.max(MIN_STEP, s1.score * 0.7), seed + "s2", said, (e) => pick(SECOND_STEP_LEADS.filter((_f, i) => i !== 1 || IMPERATIVE.test(e.text)), seed + "sl2", said, (f) => own(f(e.text, e.why!))) ?? own(e.text), usedKb)?.text, 2);
    } else if (frame?.step) say(frame.step, 2);
  }

  // A bodily symptom is a doctor's to check first (an episode of swallowing and unreality, a racing
  // heart): that referral comes before the topic's own.
  const body = kind !== "other" && !grounded ? bodilySymptom(text) : undefined;
  const medical = body ? pick(MEDICAL_FIRST, seed + "md", said, (f) => f(body)) : undefined;
  // Otherwise professional help when the distress is real or the topic calls for it — and, on any
  // topic, the route to help written for what they describe (their words in it), as a clinician
  // would say where to take this next.
  const calls = input.heavy || (topic !== undefined && HELP_TOPICS.test(topic.id));
  if (medical) say(medical, 5);
  else if (kind !== "other" && (calls || (topic && !grounded))) {
    const fit = (x: { sim: number }) => (grounded ? input.heavy && x.sim >= MIN_SIM : calls || x.sim >= MIN_SIM);
    say(choose(retrieve(query, ["seekHelp"], vector).filter((x) => usable(x.entry) && fit(x)), MIN_ANSWER, seed + "h", said, (e) => own(e.text), usedKb)?.text, 4);
  }

  // One question that fits: the engine's when its evidence points there, else one about their words.
  const asked = new Set(input.asked.map((q) => q.trim()));
  const hasTime = timeWords(text) !== undefined;
  // A diagnostic question fits only when the impression it serves is what the person wrote about.
  const sameGround = !topic || topicOfFamily(input.family) === topic.id || (input.family === "anxiety" && topic.id === "stress");
  // Nothing they have already told us is asked again ("how long married?" after "22 years").
  const told = (q: string) => alreadyTold(q, `${text}\n${input.earlierText ?? ""}`);
  const fitsEngine = input.engineQuestion?.fits && (sameGround || carer) && !asked.has(input.engineQuestion.question) && !(hasTime && input.engineQuestion.question === DURATION_QUESTION) && !told(input.engineQuestion.question);
  let question = fitsEngine ? input.engineQuestion!.question : undefined;
  // Asking how to help someone else: the question is about them, and about the person asking.
  const them = role ?? input.carerFor;
  if (!question && kind === "other" && them) question = pick(CARER_QUESTIONS.filter((f) => !asked.has(f(them))), seed + "cq", said, (f) => f(them));
  const faqQuestion = faq?.entry.followUp && fitsSituation(faq.entry.followUp, situation) ? faq.entry.followUp : undefined;
  if (!question && faqQuestion && !asked.has(faqQuestion) && !told(faqQuestion) && !said.has(faqQuestion)) question = faqQuestion;
  if (!question) question = askAbout(clauses.slice(0, 3).reverse(), seed, said);
  if (!question) {
    // Like the steps, from the topic the question is about (a widower who mentions his son is not asked about his children's behaviour).
    const followUps = retrieve(query, ["followUp"], vector).filter((x) => usable(x.entry) && theirs(x) && (input.heavy || !SYMPTOM_PROBE.test(x.entry.text)) && (!topic || x.entry.topic === topic.id || x.sim >= 2 * MIN_SIM) && !asked.has(x.entry.text) && !(hasTime && /how long|when did/i.test(x.entry.text)) && !told(x.entry.text));
    question = choose(followUps, MIN_ANSWER, seed + "q", said, (e) => own(e.text))?.text;
  }
  // In their own terms before a general question: the goal they asked about, or the person they named.
  if (!question) question = questionInTheirTerms(goal, role, seed, said, asked);
  if (!question) question = pick(GENERAL_QUESTIONS.filter((q) => !asked.has(q)), seed + "gq", said, (s) => s);

  // Fit the length: at most about 220 words.
  for (const o of optional.sort((a, b) => a.rank - b.rank)) {
    if (words(parts.join(" ")) <= 220) break;
    parts.splice(parts.indexOf(o.s), 1);
  }
  if (question && !said.has(question)) parts.push(question);
  return { text: parts.join(" "), request, ...(topic ? { topic: topic.id } : {}), ...(question ? { question } : {}) };
}

/**
 * "Is it normal" about the writer's own feelings or experience, which the general answer ("a great
 * many people go through it") fits — not about an act ("is it okay if I take my friend's pills
 * away?") or someone else's conduct, which it would wave through.
 */
const OWN_EXPERIENCE = /^(?:whether (?:it's|it is) (?:normal|common|okay|weird|unusual) (?:to (?:still )?(?:not )?(?:feel|be|have|cry|think|want|miss|love|hate|get|need|worry|dream|fantasi[sz]e|wonder|struggle|care|sleep|forget|remember|notice|hear|see)\b|for (?:you|someone) to (?:feel|be|have|cry|think|want|miss)\b|that you\b)|whether what you're going through is normal|whether you're (?:the only one|overreacting|alone in this)|whether other people\b)/;

/** A question that screens for symptoms: for someone distressed, not for an ordinary trouble (no symptom interview for a problem of living). */
const SYMPTOM_PROBE = /\b(?:sleep\w*|appetite|mood|energy|on edge|keyed up)\b/i;

/** The writer says they are a child or a teenager. */
const YOUNG_WRITER = /\b(?:i(?:'m| am) (?:a |an )?(?:teen|teenager|kid|minor|child|(?:1[0-7]|[5-9])(?: ?(?:years? old|yo|y\/o))?\b)|i(?:'m| am) (?:in )?(?:middle school|high school|year (?:7|8|9|10|11)|(?:[6-9]|1[0-2])th grade)|(?:1[0-7]) ?(?:yo|y\/o|years old)\b)/i;
/** A child of the writer's own. */
const OWN_CHILD = /\b(?:my|our) (?:son|daughter|kids?|children|child|baby|toddler|little one|boys|girls|teen|teenager)\b/i;

/**
 * Topics of the person's own state or habit, or of information about help, whose general advice fits
 * whoever asks (low mood, grief, a breakup, procrastination, what therapy is like) — not a
 * relationship's, whose advice presumes its particular trouble.
 */
function ownState(id: string): boolean {
  return CLINICAL.test(id) || /^(psychosis|dissociation|breakup|loneliness|habits|therapy)$/.test(id);
}

/** Topics whose difficulty a professional should hear about whenever it comes up. */
const HELP_TOPICS = /^(self-harm|eating-body-image|substance-use|trauma|domestic-abuse|psychosis|dissociation|intrusive-thoughts|depression)$/;

/**
 * A bodily symptom named as the person's own, in their words ("the swallowing", "blackouts",
 * "chest pain"); undefined when none, or when it is said as absent.
 */
const BODILY = /\b(seizures?|convulsions?|faint(?:ed|ing|s)?|passed out|pass(?:ing)? out|blackouts?|blacked out|chest pains?|palpitations|numbness|tingling|migraines?|swallowing|twitch(?:es|ing)|tremors?|shaking episodes?|blurred vision|losing my vision|dizz(?:y|iness) spells?|vertigo|nosebleeds|vomiting blood|weight loss i can'?t explain)\b/i;
export function bodilySymptom(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const m = BODILY.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index).toLowerCase();
    if (/\b(no|not|never|without|don'?t have|doesn'?t|didn'?t)\b[^,.;]*$/.test(before)) continue;
    return m[1].toLowerCase();
  }
  return undefined;
}

/** A clause short enough to stand in a list of the person's facts. */
const LISTABLE_WORDS = 15;

/**
 * The clauses that carry the person's situation, in the order they told it: one for a short
 * message, two from about 45 words, three from about 100 — each from its own sentence and sharing
 * little with the others.
 */
export function situationClauses(clauses: readonly Clause[], length: number): Clause[] {
  const want = length > 100 ? 3 : length > 45 ? 2 : 1;
  const chosen: Clause[] = [];
  for (const c of clauses) {
    if (chosen.length >= want) break;
    if (chosen.length && c.said.split(/\s+/).length > LISTABLE_WORDS) continue;
    if (chosen.some((x) => x.index === c.index || overlap(x.said, c.said))) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/** Whether two clauses say much the same (half the content words of the shorter). */
function overlap(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= Math.max(2, Math.min(x.size, y.size) / 2);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  // An item with its own "and" is kept apart by a comma: "you are 16, and about 3 years ago you were ...".
  const sep = items.length > 2 || items.some((x) => /\band\b/.test(x)) ? ", and " : " and ";
  return `${items.slice(0, -1).join(", ")}${sep}${items[items.length - 1]}`;
}

/** A clause that carries a feeling, so its validation can meet it. */
const FEELING_WORDS = /\b(feel\w*|felt|scared|afraid|angry|sad|lonely|alone|anxious|worried|hurt\w*|guilty|ashamed|tired|exhausted|numb|empty|stuck|lost|overwhelmed|hate|cry\w*|can'?t|cannot|hopeless|worthless|depressed|miserable|stressed|panic\w*|terrified|heartbroken|devastated|jealous|insecure|unwanted|unloved|rejected|betrayed|desperate)\b/i;

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

/** A past event that changed things ("you found messages on her phone", "you lost your job"). */
const PAST_START = /^you (?:found|lost|left|moved|broke up|split up|quit|got (?:fired|divorced|dumped|laid off|sacked|diagnosed|pregnant)|were (?:fired|attacked|assaulted|laid off|dumped|cheated on)|had (?:a miscarriage|an accident|surgery)|caught|discovered|walked out|dropped out)\b/i;
/** Something that keeps happening ("you can't sleep", "you check his phone"). */
const HABIT_START = /^you (?:can't|cannot|keep|always|check|wake|cry|end up|worry|avoid|lie awake|snap|shout|argue|fight|overthink|panic|freeze|scroll|binge|drink)\b/i;

/** A question about one of the person's own clauses, when its tense makes one read naturally. */
function askAbout(clauses: Array<{ said: string }>, seed: string, said: Said): string | undefined {
  for (const c of clauses) {
    const clause = c.said.replace(/[,;]\s*$/, "");
    if (clause.split(/\s+/).length > 12 || /\b(when|because|if|but|so|since|and then|as though|like)\b/i.test(clause)) continue;
    if (PAST_START.test(clause)) return pick(ASK_SINCE, seed + "qs", said, (f) => f(clause));
    if (HABIT_START.test(clause)) return pick(ASK_WHEN, seed + "qw", said, (f) => f(clause));
  }
  return undefined;
}

/**
 * Words a reply must never hand back to the person as an echo: death, violence and self-harm words and
 * their chat spellings ("kms this traffic lol" is not repeated as "So kms this traffic lol").
 */
const NO_ECHO = /\b(?:kms|kys|kill\w*|die|dying|dead|death|suicid\w*|unaliv\w*|murder\w*|stab\w*|shoot\w*|hang\w*|overdos\w*|od|cut\w*|hurt\w*|harm\w*|slit|jump\w*|pills?|gun|knife|rope|lol|lmao|lmfao)\b/i;

/** A short answer read against the question it answers ("both gone" after "are your parents around?"). */
export function shortAnswer(text: string, lastQuestion: string | undefined): string | undefined {
  const answer = text.replace(/[.!?]+$/, "").trim();
  if (NO_ECHO.test(answer) && !/\b(?:gone|died|dead|passed(?: away)?|lost (?:him|her|them|both))\b/i.test(answer)) return undefined;
  const said = toSecondPerson(answer.charAt(0).toLowerCase() + answer.slice(1));
  const negative = /^(no|nope|nah|not really|never|none|nobody|no one|not at all|not much)\b/i.test(answer);
  const affirmative = /^(yes|yeah|yep|yup|a bit|sometimes|kind of|sort of|i think so|probably|definitely)\b/i.test(answer);
  const loss = /\b(gone|died|dead|passed( away)?|lost (him|her|them|both))\b/i.test(answer);
  if (loss) return `${cap(said)} — I'm so sorry. That's a lot of loss to carry.`;
  if (!lastQuestion) return negative || affirmative ? undefined : `So ${said}.`;
  if (/^(how long|when did|since when)\b/i.test(lastQuestion)) return negative ? "Okay — so it's hard to pin down when it started." : `So it's been ${said.replace(/^(about|around|roughly|maybe)\s+/i, "about ")} — that helps me understand the shape of it.`;
  if (/^who\b/i.test(lastQuestion)) return negative ? "No one at the moment — that sounds lonely, and it matters." : `${cap(said)} — I'm glad there's someone.`;
  if (negative) return /^(do|did|does|are|is|have|has|can|could|would|were|was|will)\b/i.test(lastQuestion) ? "Okay, not really — thank you for answering that honestly." : "Okay — thank you for answering that.";
  if (affirmative) return "Thank you for being honest about that.";
  return `So ${said} — thank you, that helps me picture it.`;
}

