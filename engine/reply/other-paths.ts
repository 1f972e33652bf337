/**
 * What the other paths take from the planner: the crisis reply's answer to the person's own
 * question and its reflection of their situation (never the method or the wish), and the model
 * back end's grounding (their question and the base's notes that fit it).
 */
import { answerKinds, queryVector, retrieve } from "./answer-index.js";
import { ANSWER_LEADS, Said, pick } from "./phrasing.js";
import { withRole } from "./plan-reply.js";
import { ABUSE_READING, readTopics } from "./psychoeducation.js";
import { readRequest, type AskKind } from "./read-request.js";
import { clausesOf, firstRole } from "./reflect.js";
import { matchQuestion } from "./question-answers.js";
import { fitsSituation, groundedSituations } from "./situation.js";
import { CONFIDENT_ANSWER, MIN_ANSWER, allowed, choose, confidentTopics } from "./select.js";

/** Words that make a question one the crisis reply must not answer with knowledge-base text. */
const METHOD_QUESTION = /\b(die|dying|kill|suicid\w*|overdos\w*|lethal|fatal|pills?|tablets?|dose|gun|rope|hang|jump|bridge|cut|bleed|poison|painless|how many|how much)\b/i;

/**
 * After the safety part of a crisis reply, the person's own question still gets a short,
 * honest answer from the knowledge base — never a question about ways or amounts of harm.
 */
export function answerAfterSafety(userText: string, previousReplies: string[], abuse = false): string | undefined {
  const request = readRequest(userText);
  if (request.kind === "none" || !request.question || !request.restated || METHOD_QUESTION.test(request.question)) return undefined;
  // Abuse the risk reader found makes the abuse topic one the answer may come from, and rules out
  // couples' advice beside it (select.ts, RULES_OUT).
  const ranked = readTopics(userText, request.question, undefined, "", undefined, abuse ? [ABUSE_READING] : []);
  const confident = confidentTopics(ranked, request.kind);
  const situation = groundedSituations(userText);
  const said = new Said(previousReplies);
  const role = firstRole(userText);
  // A question people often ask ("will the counsellor tell my parents?") gets its direct answer.
  const faq = matchQuestion(request.question, userText, request.kind, confident);
  const direct = faq?.entry.answer.map((x) => withRole(x, role)).find((x) => fitsSituation(x, situation) && allowed(x, request.kind, userText) && !said.has(x));
  if (direct) return pick(ANSWER_LEADS, `${userText}al`, said, (f) => f(request.restated!, direct)) ?? direct;
  const answers = retrieve({ text: userText, question: request.question, kind: request.kind, topics: ranked }, answerKinds(request.kind)).filter((x) => confident.has(x.entry.topic) && allowed(x.entry.text, request.kind, userText) && fitsSituation(x.entry.text, situation));
  return choose(answers, CONFIDENT_ANSWER, `${userText}crisis`, said, (e) => pick(ANSWER_LEADS, `${userText}al`, said, (f) => f(request.restated!, withRole(e.text, role))) ?? e.text)?.text;
}

/** Means, methods and acts of harm: a crisis reply never says these back. */
const HARM_WORDS = /\b(die|dying|dead|death|kill\w*|suicid\w*|overdos\w*|pills?|tablets?|dose|gun|rope|noose|hang\w*|jump\w*|bridge|cut\w*|bleed\w*|blade|razor|knife|poison\w*|end (it|my life)|not (be )?(here|around|alive)|wake up|hurt\w*|harm\w*|shoot\w*|stab\w*|choke\w*|hit|beat\w*)\b/i;

/** One clause of the person's own for the crisis reply: their situation, never the method or the wish. */
export function crisisReflection(userText: string): string | undefined {
  return clausesOf(userText).find((c) => !HARM_WORDS.test(c.own) && c.said.split(/\s+/).length <= 18 && c.said.split(/\s+/).length >= 5)?.said;
}

/**
 * What the model back end is given to answer from: the person's question (kind and their words)
 * and the psychoeducation sentences that fit it best, from the topics read with confidence.
 */
export function knowledgeFor(userText: string, earlierText = ""): { kind: AskKind; question?: string; sentences: string[] } {
  const request = readRequest(userText);
  const ranked = readTopics(userText, request.question, undefined, earlierText);
  const confident = confidentTopics(ranked, request.kind);
  const query = { text: earlierText ? `${userText}\n${earlierText}` : userText, ...(request.question ? { question: request.question } : {}), kind: request.kind, topics: ranked };
  const vector = queryVector(query);
  const situation = groundedSituations(query.text);
  const pick = (kinds: Parameters<typeof retrieve>[1], n: number) =>
    retrieve(query, kinds, vector)
      .filter((x) => confident.has(x.entry.topic) && x.score >= MIN_ANSWER && fitsSituation(x.entry.text, situation))
      .slice(0, n)
      .map((x) => (x.entry.why ? `${x.entry.text} (${x.entry.why})` : x.entry.text));
  const faq = matchQuestion(request.question, userText, request.kind, confident);
  const direct = faq ? faq.entry.answer.filter((x) => fitsSituation(x, situation)) : [];
  return { kind: request.kind, ...(request.question ? { question: request.question } : {}), sentences: [...direct, ...pick(answerKinds(request.kind), direct.length ? 1 : 3), ...pick(["step"], 2)] };
}
