/**
 * The risk reader: the safety layer's pipeline for every message, before anything else runs.
 *
 *   normalise  normalize-text.ts (case, accents, contractions, chat spellings) and
 *              deobfuscate.ts (leetspeak, separators, stretched letters, emoji, algospeak, base64)
 *   components phrase rules      risk-rules*.ts via screen-risk.ts (one rule per way of saying a thing)
 *              C-SSRS components components/cssrs-components.ts (vocabularies in vocab/, combined by C-SSRS logic)
 *              other languages  components/multilingual.ts (es, fr, pt, de, it; distress anywhere else)
 *              learned net      learned/risk-net.ts (hashed n-grams + the components' concept
 *                               classes; can only raise: beside a concept, or alone at a strict point)
 *   combine    merge-risk.ts: the highest level any component supports, never lower
 *   decide     the net's doubts (net-doubts.ts), idioms marked as not literal, an unwanted thought
 *              feared with the wish to die denied (unwanted-thought.ts), crises told as over
 *              (resolved-past.ts), a past attempt
 *              with the thoughts back; then escalate, or ask the C-SSRS screening questions
 *              directly (`askedDirectly`) when the signs are uncertain: the net's middle band, means
 *              beside a soft wish, distress in a language we do not read
 *   reply      crisis-reply.ts (escalated) or direct-question.ts (asked)
 *
 * Over a conversation, each message is also read together with the recent window of the
 * person's earlier messages; that joint reading counts only for what it adds, and the session's
 * risk never goes down (merge-risk.ts).
 */
import { readComponents } from "./components/cssrs-components.js";
import { readOtherLanguages } from "./components/multilingual.js";
import { alternateReadings } from "./deobfuscate.js";
import { directQuestion } from "./direct-question.js";
import { answerToDirectQuestion } from "./components/direct-answer.js";
import { riskNet, scoreMessage, type RiskNet } from "./learned/risk-net.js";
import { mergeRisk } from "./merge-risk.js";
import { asUnwantedThought } from "./unwanted-thought.js";
import { DANGER_FLAGS, DANGER_NOW, SENTENCE_DOUBTS, netContextDoubt } from "./net-doubts.js";
import { withoutResolvedPast } from "./resolved-past.js";
import { normalizeText } from "./normalize-text.js";
import { SERIOUS, saysNotLiteral } from "./risk-context.js";
import { assessmentOf, screenRisk, withdrawnAssessment, type ScreenContext } from "./screen-risk.js";
import { NO_RISK, riskRank, type DirectQuestion, type RiskAssessment } from "./types.js";

/** What the reader may know besides the message. */
export interface ReadContext extends ScreenContext {
  /** The learned net to use; `false` reads with the rule components only (for ablations and tests). */
  net?: RiskNet | false;
  /** The person's earlier messages in the window, joined (context for the net's doubts: a past told earlier). */
  earlier?: string;
  /** The C-SSRS question the reply asked on the turn before, when this message answers it. */
  answering?: DirectQuestion;
}

/** Phrase rules and C-SSRS components over one text. */
function readText(text: string, ctx: ReadContext): { risk: RiskAssessment; ask: string[]; cues: string[]; classes: string[] } {
  const rules = screenRisk(text, ctx);
  const n = normalizeText(text);
  const comp = readComponents(n, ctx.priorIdeation ?? false);
  const other = readOtherLanguages(n, ctx.priorIdeation ?? false);
  let risk = mergeRisk(rules, assessmentOf(comp.findings, comp.escalate));
  risk = mergeRisk(risk, assessmentOf(other.findings, other.escalate));
  return { risk, ask: [...comp.ask, ...other.ask], cues: [...comp.cues, ...other.cues], classes: [...comp.classes, ...other.classes] };
}

/**
 * The concept classes the components read in a message and its de-obfuscated readings: the
 * learned net's concept features (the trainer reads examples through this, as readRisk does).
 */
export function riskConcepts(text: string, ctx: ReadContext = {}): string[] {
  const classes = new Set(readText(text, ctx).classes);
  for (const reading of alternateReadings(text)) for (const c of readText(reading.text, ctx).classes) classes.add(c);
  return netConcepts(classes);
}

/**
 * Classes the components read only to combine them (a count of tablets, a recent time, a cover
 * story and its denial): their combinations are findings, so the net does not weigh them alone
 * ("two paracetamol about four hours ago" is a dose, not an overdose).
 */
const COMPONENT_ONLY: ReadonlySet<string> = new Set(["dose_count", "recent_past", "cover_told", "cover_denied"]);

/** The concept classes the learned net weighs, of those the components read. */
function netConcepts(classes: Iterable<string>): string[] {
  return [...classes].filter((c) => !COMPONENT_ONLY.has(c));
}

/**
 * Explicit markers that the words are not meant literally ("I want to die (dramatically, I'm fine)",
 * "not literally", "jk"). They withdraw only a bare wish read from idiom-prone words, or a threat in
 * words alone with nothing behind it ("I will strangle her with the fairy lights. Not literally");
 * they never cancel a method, a plan, preparation, an attempt, self-harm or a threat with a weapon,
 * a time or watching.
 */
const BARE_WISH = /^(?:si\.passive\.want-die|si\.active\.kill-self|net\.recall(?!\.serious)|cssrs\.passive-wish)(?:\.|$)/;

/** A threat in words alone ("I will strangle her"), which "not literally" takes back when nothing else backs it. */
const BARE_THREAT = /^hto\.intent(?:\.|$)/;
/** What backs a threat: a weapon, watching them, a time, possessiveness. */
const THREAT_BACKING = ["weapon", "surveil", "plan_time", "possessive", "means_firearm", "means_blade", "ml.harm_others"];

/**
 * Anger said to have passed ("ok I'm calmer now", "rant over", "just venting"): it takes back a threat
 * in words alone, never a wish to die (venting about one's own life is still a disclosure).
 */
const VENTED = /\b(?:i am (?:a (?:bit|lot) )?(?:calmer|calm) now|(?:i have |i am )?calmed down(?: now)?|rant over|vent over|(?:just|only|i am just|i was just|i am only|i was only|needed to|had to) vent(?:ing)?)\b/;

function withoutIdiom(risk: RiskAssessment, said: string, classes: ReadonlySet<string>): RiskAssessment {
  const notLiteral = saysNotLiteral(said);
  if (!risk.escalate || !(notLiteral || VENTED.test(said))) return risk;
  const bare = (f: RiskAssessment["findings"][number]) =>
    (notLiteral && f.level === "low" && (f.flag === "suicidal_ideation" || f.flag === "prompt_injection") && BARE_WISH.test(f.rule)) ||
    (f.flag === "harm_to_others" && BARE_THREAT.test(f.rule) && !THREAT_BACKING.some((c) => classes.has(c)));
  if (!risk.findings.every(bare)) return risk;
  return withdrawnAssessment(risk);
}

/** The thoughts of a past attempt or self-harm said to be back now ("the thoughts are coming back"). */
const RETURNING =
  /\b(?:(?:the|those|these|same|old|that) (?:thoughts?|feelings?|urges?)(?: are| is| have been| has been| keep| kept| have| has)? (?:coming back|come back|came back|back|returning|returned|creeping back|crept back|starting again|started again)|(?:thinking|thought) about (?:it|doing it) again|feel(?:ing)? (?:like that|that way) again|starting to feel (?:like that|that way)|it is happening again|(?:it is|it has come|it came|they are|they have come|they came) back|(?:the )?(?:exact )?same feeling(?: again)?)\b/;

/**
 * A past attempt or self-harm (a `past_risk` finding) with the thoughts back now is ideation now
 * with a history of behaviour: C-SSRS escalates it, however long ago the attempt was.
 */
function withReturningThoughts(risk: RiskAssessment, said: string): RiskAssessment {
  if (risk.escalate || !risk.findings.some((f) => f.flag === "past_risk")) return risk;
  const m = said.match(RETURNING);
  if (!m) return risk;
  return mergeRisk(risk, assessmentOf([{ rule: "cssrs.past-attempt.thoughts-back", flag: "suicidal_ideation", level: "moderate", evidence: m[0] }], true));
}

/** Fewest words in a message on which the net may escalate, or ask, with no rule concept named. */
const MIN_WORDS_ALONE = 4;

/**
 * Low mood and its symptoms in plain words (depression's language, which is not a wish to die).
 * "Down" and "low" only as a feeling ("been so down"), not "keep my head down" or "low battery".
 */
const LOW_MOOD =
  /\b(?:empty|hopeless|pointless|numb|sad|(?:feel|feeling|felt|been|so|really|very|pretty|quite|bit|little|getting|get) (?:down|low)|depressed|miserable|exhausted|tired|drained|worthless|lonely|no energy|no motivation|(?:nothing|not) (?:is )?(?:fun|enjoyable)|(?:cannot|can not|do not|barely) (?:sleep|eat|get out of bed|focus|concentrate)|sleep (?:badly|too much|all day)|(?:barely|have not|not) (?:eaten|eating|slept|sleeping)|no appetite|crying|cry (?:a lot|every day|all the time))\b/;

/** Low mood denied or gone ("not even sad anymore", "no longer depressed"). */
const NOT_LOW_ANYMORE = /\b(?:not|no longer|not even|never) (?:\w+ )?(?:sad|down|low|depressed|miserable|upset)(?: any ?more| now)?\b/g;

/** What the components read in one sentence by itself (the net's doubts ask it of the sentence that weighs most). */
const classesOf = (sentence: string): string[] => readText(sentence, {}).classes;

/** Reads one message: every component on the message and on its de-obfuscated readings, then the net. */
export function readRisk(text: string, ctx: ReadContext = {}): RiskAssessment {
  if (!text || !text.trim()) return { ...NO_RISK, flags: [], evidence: [], findings: [] };
  const first = readText(text, ctx);
  let risk = first.risk;
  const ask = [...first.ask];
  const cues = new Set(first.cues);
  const classes = new Set(first.classes);
  for (const reading of alternateReadings(text)) {
    const alt = readText(reading.text, ctx);
    // Evidence must stay the person's own words: map each quote back to what they wrote.
    const findings = alt.risk.findings.map((f) => ({ ...f, rule: `${f.rule}.${reading.kind}`, evidence: reading.toOriginal(f.evidence) || f.evidence }));
    if (findings.length) risk = mergeRisk(risk, { ...assessmentOf(findings, alt.risk.escalate) });
    ask.push(...alt.ask);
    for (const c of alt.cues) cues.add(c);
    for (const c of alt.classes) classes.add(c);
  }

  const said = normalizeText(text).text;
  const net = ctx.net === undefined ? riskNet() : ctx.net;
  let aboutOther = false;
  if (net) {
    const { score, window, pieces } = scoreMessage(text, net, netConcepts(classes));
    risk = { ...risk, netScore: +score.toFixed(3) };
    // The net reads words, not who or when (see netContextDoubt).
    let contextual = netContextDoubt(window, text, said, ctx.earlier ?? "", classes, classesOf);
    // A doubt about one sentence (a laugh, a question, the past, someone else) does not take back
    // what another sentence says by itself: "He says it has to be tonight" is about the voice, and
    // "I've got the hammer by the door", which the net reads as risk too, is the writer's.
    // The other sentence must reach, by itself, the point at which the net acts on this message.
    if (contextual && SENTENCE_DOUBTS.has(contextual)) {
      const point = cues.size > 0 ? net.thresholds.escalate : (net.thresholds.alone ?? Infinity);
      const undoubted = pieces.some((p) => p.text !== window && p.score >= point && !netContextDoubt(p.text, text, said, ctx.earlier ?? "", classes, classesOf));
      if (undoubted) contextual = undefined;
      // Another sentence the net reads as danger about someone else ("sorry is this only if it's about
      // yourself?" / "my best friend posted 'love you all' at 2am…"): that person is what the message
      // is about, and the question of their danger now is the one to weigh (otherInDanger below).
      else if (contextual !== "someone else" && pieces.some((p) => p.text !== window && p.score >= net.thresholds.escalate && netContextDoubt(p.text, text, said, ctx.earlier ?? "", classes, classesOf) === "someone else")) contextual = "someone else";
    }
    // The net escalates where some component saw a risk concept it could not combine into a
    // finding (a wish, a means, a farewell...); with no concept named, only at its stricter `alone`
    // point (chosen for high specificity on data it never saw). Low mood in plain symptom words
    // ("empty and hopeless, nothing is fun") with no concept is only asked about: it is where the
    // net's training labels (r/depression beside r/SuicideWatch) confuse it most.
    // Nor does it escalate alone, or ask, on a message too short to carry evidence ("hey!", "ok thanks").
    const tooShort = (said.match(/[\p{L}\p{N}']+/gu) ?? []).length < MIN_WORDS_ALONE;
    // Low mood said as gone ("I'm not even sad anymore", calm after a decision) is no low mood.
    const lowMood = LOW_MOOD.test(said.replace(NOT_LOW_ANYMORE, " "));
    const alone = net.thresholds.alone !== undefined && !(cues.size === 0 && lowMood) && !tooShort ? net.thresholds.alone : Infinity;
    // Said to be meant ("not even a joke tbh", "no es broma"): the net's uncertain band beside a risk
    // concept, or its escalation point alone, is a disclosure the person has already told us to take
    // at its word; a joke marker elsewhere in the message does not take it back.
    const serious = SERIOUS.test(said) && (!contextual || contextual === "a joke") && ((score >= net.thresholds.ask && cues.size > 0) || score >= net.thresholds.escalate);
    // Words about someone else that the net reads as danger, beside a body in trouble, an overdose, a
    // goodbye or abuse the components read ("my friend took something and
    // she's not waking up", "he's picking bugs off the wall… refuses hospital"): that person's
    // emergency, which escalates for them (third_party_risk), not a doubt that only asks.
    const otherInDanger =
      contextual === "someone else" && !tooShort && score >= net.thresholds.escalate && (DANGER_NOW.some((c) => classes.has(c)) || risk.findings.some((f) => DANGER_FLAGS.has(f.flag)));
    if (!risk.escalate && otherInDanger) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall.third-party", flag: "third_party_risk", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && serious) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall.serious", flag: "suicidal_ideation", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && !contextual && ((score >= net.thresholds.escalate && cues.size > 0) || score >= alone)) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall", flag: "suicidal_ideation", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && !(tooShort && cues.size === 0) && (score >= net.thresholds.escalate || (score >= net.thresholds.ask && cues.size > 0))) {
      ask.push(`the learned net's ${contextual ? `score on words it cannot weigh (${contextual})` : score >= net.thresholds.escalate ? "score with no risk concept named" : "uncertain band"} (${score.toFixed(2)})`);
      if (contextual === "someone else") aboutOther = true;
    }
  }
  risk = withoutIdiom(risk, said, classes);
  const unwanted = asUnwantedThought(risk, said, classes);
  if (unwanted.asked) {
    risk = unwanted.risk;
    ask.push(unwanted.asked);
  }
  risk = withReturningThoughts(risk, said);
  risk = withoutResolvedPast(risk, said);
  // When the only doubt is the net's on words about another person, the question is about them.
  const about = aboutOther && ask.length === 1 ? "someone else" : "self";
  if (!risk.escalate && ask.length) risk = { ...risk, askedDirectly: directQuestion(text, [...new Set(ask)], risk.netScore, about) };
  return risk;
}

/**
 * Reads the latest message of a conversation: on its own, and together with the recent window of
 * the person's earlier messages (oldest first). The joint reading counts only when it finds more
 * than the message alone and more than the session already holds (`session`), so nothing said
 * earlier is counted twice and a later casual message never lowers anything.
 */
export function readWithWindow(text: string, earlier: string[], session: RiskAssessment | undefined, ctx: ReadContext = {}): RiskAssessment {
  const window = earlier.filter((m) => m && m.trim());
  let own = readRisk(text, { ...ctx, earlier: window.join("\n") });
  // A yes to the direct question is a disclosure, whatever else the message says.
  const yes = ctx.answering && answerToDirectQuestion(text, ctx.answering);
  if (yes) {
    own = mergeRisk(own, yes);
    delete own.askedDirectly;
  }
  if (!window.length) return own;
  // The net reads the window too: risk told across turns ("giving my records away" … "the note's in
  // the bible") is one text to it, as a post is.
  const joint = readRisk([...window, text].join("\n"), ctx);
  const before = session ?? NO_RISK;
  const adds =
    riskRank(joint.level) > Math.max(riskRank(own.level), riskRank(before.level)) || (joint.escalate && !own.escalate && !before.escalate);
  // Doubts read only across turns ("hypothetically…" / "how long before anyone noticed" / "asking
  // for me") still get the direct question when the message alone raised none.
  if (!adds) return !own.escalate && !own.askedDirectly && joint.askedDirectly && !before.escalate ? { ...own, askedDirectly: joint.askedDirectly } : own;
  const merged = mergeRisk(own, { ...joint, findings: joint.findings.map((f) => ({ ...f, rule: `${f.rule}.window` })) });
  if (merged.escalate) delete merged.askedDirectly;
  return merged;
}

/** How many earlier messages of the person the joint reading looks back over. */
export const RISK_WINDOW = 6;

/** Reads a whole conversation's user messages in order, as the graph does turn by turn. */
export function readConversation(messages: string[], ctx: ReadContext = {}): RiskAssessment {
  let session: RiskAssessment | undefined;
  messages.forEach((text, i) => {
    const priorIdeation = !!session && session.escalate && session.flags.includes("suicidal_ideation");
    const turn = readWithWindow(text, messages.slice(Math.max(0, i - RISK_WINDOW), i), session, { ...ctx, priorIdeation });
    session = mergeRisk(session, turn);
  });
  return session ?? { ...NO_RISK, flags: [], evidence: [], findings: [] };
}
