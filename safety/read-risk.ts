/**
 * The risk reader: the safety layer's pipeline for every message, before anything else runs.
 *
 *   normalise  normalize-text.ts (case, accents, contractions, chat spellings) and
 *              deobfuscate.ts (leetspeak, separators, stretched letters, emoji, algospeak, base64)
 *   components phrase rules      risk-rules*.ts via screen-risk.ts (one rule per way of saying a thing)
 *              C-SSRS components components/cssrs-components.ts (vocabularies in vocab/, combined by C-SSRS logic)
 *              other languages  components/multilingual.ts (es, fr, pt, de, it; distress anywhere else)
 *              learned net      learned/risk-net.ts (hashed n-grams; can only raise)
 *   combine    merge-risk.ts: the highest level any component supports, never lower
 *   decide     escalate, or ask the C-SSRS screening questions directly (`askedDirectly`) when the
 *              signs are uncertain: the net's middle band, means beside a soft wish, distress in
 *              a language we do not read
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
import { riskNet, scoreMessage, type RiskNet } from "./learned/risk-net.js";
import { mergeRisk } from "./merge-risk.js";
import { normalizeText } from "./normalize-text.js";
import { LAUGHTER, NOT_LITERAL, REMOTE_PAST, isGeneralQuestion, mentionsRecovery, quotesALyric, timeOf } from "./risk-context.js";
import { assessmentOf, screenRisk, type ScreenContext } from "./screen-risk.js";
import { NO_RISK, riskRank, type RiskAssessment } from "./types.js";

/** What the reader may know besides the message. */
export interface ReadContext extends ScreenContext {
  /** The learned net to use; `false` reads with the rule components only (for ablations and tests). */
  net?: RiskNet | false;
  /** The person's earlier messages in the window, joined (context for the net's doubts: a past told earlier). */
  earlier?: string;
}

/** Phrase rules and C-SSRS components over one text. */
function readText(text: string, ctx: ReadContext): { risk: RiskAssessment; ask: string[]; cues: string[] } {
  const rules = screenRisk(text, ctx);
  const n = normalizeText(text);
  const comp = readComponents(n, ctx.priorIdeation ?? false);
  const other = readOtherLanguages(n, ctx.priorIdeation ?? false);
  let risk = mergeRisk(rules, assessmentOf(comp.findings, comp.escalate));
  risk = mergeRisk(risk, assessmentOf(other.findings, other.escalate));
  return { risk, ask: [...comp.ask, ...other.ask], cues: [...comp.cues, ...other.cues] };
}

/**
 * Explicit markers that the words are not meant literally ("I want to die (dramatically, I'm fine)",
 * "not literally", "jk"). They withdraw only a bare wish read from idiom-prone words; they never
 * cancel a method, a plan, preparation, an attempt, self-harm or danger to others.
 */
const BARE_WISH = /^(?:si\.passive\.want-die|si\.active\.kill-self|net\.recall|cssrs\.passive-wish)(?:\.|$)/;

function withoutIdiom(risk: RiskAssessment, text: string): RiskAssessment {
  if (!risk.escalate || !NOT_LITERAL.test(normalizeText(text).text)) return risk;
  if (risk.findings.some((f) => f.level !== "low" || (f.flag !== "suicidal_ideation" && f.flag !== "prompt_injection") || !BARE_WISH.test(f.rule))) return risk;
  return { ...assessmentOf([], false), ...(risk.netScore !== undefined ? { netScore: risk.netScore } : {}) };
}

const DENIAL = /\b(?:i am not|i am not really|not) suicidal\b|\bno (?:thoughts|plans?) (?:of|about) (?:dying|suicide|killing|ending|hurting|harming)|\b(?:i do not|i never) (?:want|have thoughts) (?:to die|of dying|to hurt myself)\b/;

/**
 * What the net cannot weigh, so its high score only makes the reply ask: a joke, a plain denial
 * ("I'm not suicidal"), a quoted lyric or title, a remote past with recovery now, a general question,
 * or a top sentence told as the past or about someone else.
 */
function netContextDoubt(sentence: string, message: string, earlier: string): boolean {
  const m = normalizeText(`${earlier}\n${message}`).text;
  const msg = normalizeText(message).text;
  if (LAUGHTER.test(msg)) return true;
  // The person says plainly it is not that ("I'm not suicidal or anything"): the net's words weigh less than theirs.
  if (DENIAL.test(msg)) return true;
  // A quoted lyric or title ("it's from a folk band"): words sung, not said.
  if (quotesALyric(message, msg)) return true;
  if (REMOTE_PAST.test(m) && mentionsRecovery(m)) return true;
  const s = normalizeText(sentence).text;
  // A general question ("how high is the Royal Gorge bridge?") is not a disclosure.
  if (isGeneralQuestion(s) || (s.trim().endsWith("?") && !/\b(?:i|me|my|myself|mine)\b/.test(s))) return true;
  // Told as the past ("I used to...", "ten years ago"), or about someone else ("my uncle attempted when he...").
  if (timeOf(s, m) === "past") return true;
  return !/\b(?:i|me|myself)\b/.test(s) && /\b(?:he|she|they|him|her|them|his|their)\b/.test(s);
}

/** Reads one message: every component on the message and on its de-obfuscated readings, then the net. */
export function readRisk(text: string, ctx: ReadContext = {}): RiskAssessment {
  if (!text || !text.trim()) return { ...NO_RISK, flags: [], evidence: [], findings: [] };
  const first = readText(text, ctx);
  let risk = first.risk;
  const ask = [...first.ask];
  const cues = new Set(first.cues);
  for (const reading of alternateReadings(text)) {
    const alt = readText(reading.text, ctx);
    // Evidence must stay the person's own words: map each quote back to what they wrote.
    const findings = alt.risk.findings.map((f) => ({ ...f, rule: `${f.rule}.${reading.kind}`, evidence: reading.toOriginal(f.evidence) || f.evidence }));
    if (findings.length) risk = mergeRisk(risk, { ...assessmentOf(findings, alt.risk.escalate) });
    ask.push(...alt.ask);
    for (const c of alt.cues) cues.add(c);
  }

  const net = ctx.net === undefined ? riskNet() : ctx.net;
  if (net) {
    const { score, window } = scoreMessage(text, net);
    risk = { ...risk, netScore: +score.toFixed(3) };
    // The net reads words, not who or when (see netContextDoubt).
    const contextual = netContextDoubt(window, text, ctx.earlier ?? "");
    // The net escalates only where some component saw a risk concept it could not combine into a
    // finding (a wish, a means, a farewell...): low mood alone makes it ask, never escalate.
    if (score >= net.thresholds.escalate && !risk.escalate && !contextual && cues.size > 0) {
      risk = mergeRisk(risk, assessmentOf([{ rule: "net.recall", flag: "suicidal_ideation", level: "low", evidence: window.trim() }], true));
    } else if (!risk.escalate && (score >= net.thresholds.escalate || (score >= net.thresholds.ask && cues.size > 0))) ask.push(`the learned net's ${contextual ? "score on words about someone else or the past" : score >= net.thresholds.escalate ? "score with no risk concept named" : "uncertain band"} (${score.toFixed(2)})`);
  }
  risk = withoutIdiom(risk, text);
  if (!risk.escalate && ask.length) risk = { ...risk, askedDirectly: directQuestion(text, [...new Set(ask)], risk.netScore) };
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
  const own = readRisk(text, { ...ctx, earlier: window.join("\n") });
  if (!window.length) return own;
  const joint = readRisk([...window, text].join("\n"), { ...ctx, net: false });
  const before = session ?? NO_RISK;
  const adds =
    riskRank(joint.level) > Math.max(riskRank(own.level), riskRank(before.level)) || (joint.escalate && !own.escalate && !before.escalate);
  if (!adds) return own;
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
