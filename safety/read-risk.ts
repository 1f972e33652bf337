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
 *   decide     idioms marked as not literal, crises told as over (resolved-past.ts), a past attempt
 *              with the thoughts back; then escalate, or ask the C-SSRS screening questions
 *              directly (`askedDirectly`) when the signs are uncertain: the net's middle band, means
 *              beside a soft wish, distress in a language we do not read
 *   reply      crisis-reply.ts (escalated) or direct-question.ts (asked)
 *
 * Over a conversation, each message is also read together with the recent window of the
 * person's earlier messages; that joint reading counts only for what it adds, and the session's
 * risk never goes down (merge-risk.ts).
 */
import { MEANS, readComponents } from "./components/cssrs-components.js";
import { readOtherLanguages } from "./components/multilingual.js";
import { alternateReadings } from "./deobfuscate.js";
import { directQuestion } from "./direct-question.js";
import { answerToDirectQuestion } from "./components/direct-answer.js";
import { riskNet, scoreMessage, type RiskNet } from "./learned/risk-net.js";
import { mergeRisk } from "./merge-risk.js";
import { OTHER_DANGER_NOW, aboutAnother, withoutResolvedPast } from "./resolved-past.js";
import { detectLanguage } from "./language.js";
import { normalizeText } from "./normalize-text.js";
import { LAUGHTER, REMOTE_PAST, SERIOUS, saysNotLiteral, isGeneralQuestion, mentionsRecovery, quotesALyric, timeOf } from "./risk-context.js";
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
  return [...classes];
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

/** Low mood and its symptoms in plain words (depression's language, which is not a wish to die). */
const LOW_MOOD =
  /\b(?:empty|hopeless|pointless|numb|sad|down|low|depressed|miserable|exhausted|tired|drained|worthless|lonely|no energy|no motivation|(?:nothing|not) (?:is )?(?:fun|enjoyable)|(?:cannot|can not|do not|barely) (?:sleep|eat|get out of bed|focus|concentrate)|sleep (?:badly|too much|all day)|(?:barely|have not|not) (?:eaten|eating|slept|sleeping)|no appetite|crying|cry (?:a lot|every day|all the time))\b/;

/** Low mood denied or gone ("not even sad anymore", "no longer depressed"). */
const NOT_LOW_ANYMORE = /\b(?:not|no longer|not even|never) (?:\w+ )?(?:sad|down|low|depressed|miserable|upset)(?: any ?more| now)?\b/g;

const DENIAL = /\b(?:i am not|i am not really|not) suicidal\b|\bno dark thoughts\b|\b(?:keine|kein) (?:dunklen |suizidalen )?(?:gedanken|suizidgedanken)\b|\bnicht suizidal\b|\bno (?:tengo )?(?:pensamientos|ideas) (?:suicidas|oscur\w*)\b|\bpas (?:d'idees noires|suicidaire)\b|\bnao (?:tenho )?pensamentos (?:suicidas|ruins|sombrios)\b|\bnao sou suicida\b|\bnon (?:ho )?pensieri (?:brutti|suicidi|suicidari|oscuri)\b|\bnessun pensiero (?:brutto|suicida)\b|\bno (?:thoughts|plans?) (?:of|about) (?:dying|suicide|killing|ending|hurting|harming)|\b(?:i do not|i never) (?:want|have thoughts) (?:to die|of dying|to hurt myself)\b/;

/**
 * Component classes that read the words innocently (an accident, an idiom, fear of dying in panic, a
 * means in ordinary use) or as low mood and rumination ("tired of everything", "thinking about it a
 * lot"): the net, which weighs words, may not overrule them by itself — it asks — unless the
 * components also read something more (a means, a wish to die, a preparation, a farewell: "make it
 * look like an accident").
 */
const INNOCENT = ["accident", "hyperbole", "fear_of_dying", "means_benign", "dwell"];
const NOT_INNOCENT = [
  "prep", "farewell", "aborted", "overdose_taken", "end_wish", "decision", "death_word", "hope_harm", "wish_soft", "voice",
  "means_firearm", "means_medicine", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_blade", "means_poison", "means_water",
  "ml.prep", "ml.farewell", "ml.aborted", "ml.die", "ml.wish", "ml.means", "ml.self_harm", "ml.harm_others", "ml.abuse",
  "exit_self", "depart", "night_visit", "grooming", "self_punish", "one_way",
  // Knowing or working out which ways of dying are quick or painless is never an innocent reading.
  "method_knowledge", "method_rumination",
];

/** An injury, a means or a body in danger: what an accident word can explain. */
const INJURY = ["sh_word", "self_harm", "bleeding", "body_risk", "body_alarm", "death_event", "overdose_taken", "medical_emergency", "means_benign", ...MEANS];

/** An injury told in plain words ("split my lip", "it bled", "sprained my wrist"). */
const INJURY_WORDS = /\b(?:cut|cuts|bled|bleed\w*|blood\w*|burn\w*|bruis\w*|split|broke|broken|sprain\w*|scratch\w*|graze\w*|stitch\w*|injur\w*|wound\w*|scar\w*|swell\w*|swollen|hurt (?:my|myself))\b/;

/** A pet put to sleep by a vet. */
const PET_PUT_DOWN =
  /\b(?:put|putting|had to put|have to put|having to put) (?:my|our|the|her|his|their) (?:\w+ )?(?:dog|cat|puppy|kitten|pet|rabbit|horse|pony|hamster|guinea pig) (?:down|to sleep)\b|\b(?:dog|cat|puppy|kitten|pet|rabbit|horse|pony) (?:was|got|had to be|is being|will be) put (?:down|to sleep)\b/;

/** Means of any kind, in any language (someone else's means are within the writer's reach too). */
const MEANS_CLASSES: readonly string[] = [...MEANS, "ml.means"];

/** Classes that speak of the person's own death or injury. */
const SELF_DIRECTED = ["end_wish", "act_si", "death_word", "self_harm", "overdose_taken", "wish_soft", "hope_harm"];

/** A soft wish that is weariness ("so tired of everything", "it all feels pointless"), not a wish not to exist or to be gone. */
const WEARY = /\b(?:tired of|sick of|fed up|pointless|over (?:it|everything)|done with)\b/;
const NOT_BEING = /\b(?:exist\w*|alive|be here|around|born|burden|better off|without me|easier for|gone|disappear\w*|wake up)\b/;
/** A cover story told to someone ("told my wife I nicked myself shaving", "said it was the cat"): concealment, not an accident. */
const COVER_STORY = /\b(?:told|tell|telling|said|say|saying) (?:\w+ ){0,2}(?:that )?(?:i|it was|they are|it is|these are|those are)\b/;

/** Laughter in the sentence that weighs most, or in a message that is that sentence with a laugh after it ("i want to die lol"). */
function laughsAt(sentence: string, message: string): boolean {
  if (LAUGHTER.test(normalizeText(sentence).text)) return true;
  const rest = normalizeText(message.replace(sentence, " ")).text;
  // What is left is only laughter and punctuation ("lol", "haha jk", "😂"), not another sentence.
  return LAUGHTER.test(rest) && rest.replace(LAUGHTER_ALL, " ").replace(/[\p{P}\p{S}\s]/gu, "").length === 0;
}

/** Every laughter marker, for stripping them from a text. */
const LAUGHTER_ALL = new RegExp(LAUGHTER.source, "gu");

/** A how-to or which-is-best question ("what is the best knot to…", "how do you tie…"). */
const HOW_TO = /^\W*(?:what is the (?:best|easiest|right|strongest|safest) (?:\w+ )?(?:to|for)|how (?:do|does|can|would|should) (?:you|one|people)|which (?:\w+ ){0,2}(?:is|are) (?:best|better|strongest|safest))\b/;

/** Why the net's score alone cannot decide: what it cannot weigh (see netContextDoubt). */
type NetDoubt = "innocent words" | "a joke" | "a denial" | "a lyric" | "the past" | "a general question" | "someone else";

/** Doubts read from one sentence (the rest are read from the whole message). */
const SENTENCE_DOUBTS: ReadonlySet<NetDoubt> = new Set(["a joke", "a general question", "the past", "someone else"]);

/** Deeds told by the person (self-harm done, an overdose taken, an attempt stopped, a rehearsal): a laugh minimises them, it does not make them a joke. */
const DEEDS = ["self_harm", "overdose_taken", "aborted", "aborted_alone", "rehearsal", "bleeding", "ml.self_harm", "ml.aborted"];

/**
 * What the net cannot weigh, so its high score only makes the reply ask: what the components read
 * innocently, a joke, a plain denial ("I'm not suicidal"), a quoted lyric or title, a remote past
 * with recovery now, a general question, or a top sentence told as the past or about someone else.
 * `message` is as written, `said` its normalised text. Undefined when there is no doubt.
 */
function netContextDoubt(sentence: string, message: string, said: string, earlier: string, classes: ReadonlySet<string>): NetDoubt | undefined {
  const weary = classes.has("end_wish_soft") && WEARY.test(said) && !NOT_BEING.test(said);
  const cover = COVER_STORY.test(said);
  // An accident word explains an injury or a means named beside it; with none ("I'd never do it at work"), it explains nothing.
  const explains = (c: string) => classes.has(c) && (c !== "accident" || INJURY.some((i) => classes.has(i)) || INJURY_WORDS.test(said));
  const innocent = (INNOCENT.some(explains) || weary) && !(classes.has("accident") && cover);
  if (innocent && !NOT_INNOCENT.some((c) => classes.has(c))) return "innocent words";
  // A means with its ordinary use named ("how high are the cliffs… a walk with my dad, he's got
  // vertigo", "a knot… it's for a hammock") and nothing of a wish, a plan or a farewell beside it.
  // The ordinary use must be told in the sentence the net weighs most ("Marine vet" two sentences
  // before a Glock moved to the nightstand explains nothing).
  // (In the five languages, "ml.benign": a cliff climbed on Saturday, a train late on the way to work.)
  const benign = ["means_benign", "ml.benign"].filter((c) => classes.has(c));
  if (benign.length && NOT_INNOCENT.filter((c) => classes.has(c)).every((c) => MEANS_CLASSES.includes(c)) && readText(sentence, {}).classes.some((c) => benign.includes(c))) return "innocent words";
  // An unwanted image of harming someone (harm OCD: "awful images of stabbing him… it disgusts me"),
  // with nothing of the person's own death: the components read it as distress, the net may only ask.
  if (classes.has("ego_dystonic") && classes.has("hto_verb") && !SELF_DIRECTED.some((c) => classes.has(c))) return "innocent words";
  const m = earlier ? normalizeText(`${earlier}\n${message}`).text : said;
  // A pet's death at the vet ("we had to put my dog down… I held him the whole time"): grief for them.
  if (PET_PUT_DOWN.test(m) && !SELF_DIRECTED.some((c) => classes.has(c))) return "innocent words";
  // Laughter beside a cover story ("told my mum they're cat scratches lol") minimises; it is no joke.
  // Laughter is a joke marker for the words it is said with: the net's weightiest sentence, or a
  // message of one sentence; "gave my ps5 to my cousin, he was so happy lol" laughs at the cousin.
  if (laughsAt(sentence, message) && !cover && !DEEDS.some((c) => classes.has(c))) return "a joke";
  // The person says plainly it is not that ("I'm not suicidal or anything"): the net's words weigh less than theirs.
  if (DENIAL.test(said)) return "a denial";
  // A quoted lyric or title ("it's from a folk band"): words sung, not said.
  if (quotesALyric(message, said)) return "a lyric";
  // Someone else in danger now ("she just texted me goodbye") is the emergency, whatever their past.
  if (OTHER_DANGER_NOW.test(m)) return undefined;
  if (REMOTE_PAST.test(m) && mentionsRecovery(m)) return "the past";
  const s = normalizeText(sentence).text;
  // A general question ("how high is the Royal Gorge bridge?") is not a disclosure.
  // English pronouns decide only English: "qué hago??" is the writer's own question.
  // (A sentence too short to tell, "qué hago??", takes the message's language.)
  const english = detectLanguage(sentence) === "en" && detectLanguage(message) === "en";
  if (isGeneralQuestion(s) || (english && s.trim().endsWith("?") && !/\b(?:i|me|my|myself|mine)\b/.test(s))) return "a general question";
  // A how-to question about a thing ("what's the best knot to hang something off a branch"), with no
  // first person and nothing of the person's own death read: asked about, not escalated on words alone.
  if (HOW_TO.test(s) && !/\b(?:i|me|my|myself|mine)\b/.test(s) && !SELF_DIRECTED.some((c) => classes.has(c))) return "a general question";
  // Told as the past ("I used to...", "ten years ago"), or about someone else ("my uncle attempted when he...").
  if (timeOf(s, m) === "past") return "the past";
  // About someone else: a third person is the sentence's subject ("my uncle attempted when he...",
  // "my husband told me he'd been having thoughts…"); "waiting for him to come out" has the writer
  // as its unspoken subject. English pronouns decide only English: in Spanish "no se lo he dicho" is
  // "I have not told anyone", and a threat ("ela vai ver só") or a friend's farewell names the other
  // person either way, so in another language this doubt, which can only lower, is not raised.
  // Someone else's means ("my dad keeps his ruger in the closet") are still within the writer's reach.
  if (!english) return undefined;
  if ((!/\b(?:i|me|my|myself|mine)\b/.test(s) && /\b(?:he|she|they)\b/.test(s)) || (aboutAnother(s) && !MEANS_CLASSES.some((c) => classes.has(c)))) return "someone else";
  return undefined;
}

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
    const { score, window, pieces } = scoreMessage(text, net, [...classes]);
    risk = { ...risk, netScore: +score.toFixed(3) };
    // The net reads words, not who or when (see netContextDoubt).
    let contextual = netContextDoubt(window, text, said, ctx.earlier ?? "", classes);
    // A doubt about one sentence (a laugh, a question, the past, someone else) does not take back
    // what another sentence says by itself: "He says it has to be tonight" is about the voice, and
    // "I've got the hammer by the door", which the net reads as risk too, is the writer's.
    // The other sentence must reach, by itself, the point at which the net acts on this message.
    if (contextual && SENTENCE_DOUBTS.has(contextual)) {
      const point = cues.size > 0 ? net.thresholds.escalate : (net.thresholds.alone ?? Infinity);
      const undoubted = pieces.some((p) => p.text !== window && p.score >= point && !netContextDoubt(p.text, text, said, ctx.earlier ?? "", classes));
      if (undoubted) contextual = undefined;
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
    if (!risk.escalate && serious) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall.serious", flag: "suicidal_ideation", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && !contextual && ((score >= net.thresholds.escalate && cues.size > 0) || score >= alone)) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall", flag: "suicidal_ideation", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && !(tooShort && cues.size === 0) && (score >= net.thresholds.escalate || (score >= net.thresholds.ask && cues.size > 0))) {
      ask.push(`the learned net's ${contextual ? `score on words it cannot weigh (${contextual})` : score >= net.thresholds.escalate ? "score with no risk concept named" : "uncertain band"} (${score.toFixed(2)})`);
      if (contextual === "someone else") aboutOther = true;
    }
  }
  risk = withoutIdiom(risk, said, classes);
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
