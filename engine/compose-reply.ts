/**
 * Clinician-style reply, offline: reflect the person's own words, validate, offer one small
 * step from the chosen modality, and ask one useful question. Plain, warm language; no
 * diagnostic labels unless the person asks for one, and then only as a provisional overlap.
 */
import { MODALITIES } from "../knowledge/modalities.js";
import type { RiskAssessment } from "../safety/types.js";
import { conditionById } from "../knowledge/index.js";
import { isPresent } from "./presence.js";
import { ELEVATED_CONCEPTS } from "./select-modality.js";
import type { KnowledgeModel } from "./knowledge-model.js";
import { DIAGNOSTIC_WORDS } from "./question-bank.js";
import { planReply } from "./reply/plan-reply.js";
import { ABUSE_READING, type ClinicalReading } from "./reply/psychoeducation.js";
import { warrantsUrgentReferral } from "./urgent-referral.js";
import { isStressorConcept } from "./timing.js";
import type { DifferentialEntry, EpisodeTiming, ModalityPlan, ProblemOfLiving, SymptomFinding } from "./types.js";

export interface ReplyInput {
  /** The person's latest message. */
  userText: string;
  /** Findings from the latest message. */
  turnFindings: SymptomFinding[];
  timing: EpisodeTiming;
  differential: DifferentialEntry[];
  problems: ProblemOfLiving[];
  plan: ModalityPlan;
  followUp: string | null;
  risk: RiskAssessment;
  /** 0-based user turn index. */
  turn: number;
  model: KnowledgeModel;
  /** Short line of crisis resources to lead with when risk is escalated but the turn is not a crisis turn. */
  resourcesLine?: string;
  /** The counsellor's earlier replies in this thread (no sentence is said twice). */
  previousReplies?: string[];
  /** Questions already asked in this thread. */
  asked?: string[];
  /** The person's earlier messages in this thread, joined. */
  earlierText?: string;
  /** What the engine's follow-up would settle (criterion id or "condition: ..."), to judge whether it fits. */
  followUpAbout?: string | null;
  /** Say only what the person's own words carry (configuration `replyStyle: "grounded"`). */
  grounded?: boolean;
}

/** Concepts that say something is fine: never reflected back as a burden. */
const REASSURING = /otherwise_ok|coping|insight|reality_testing|normal_grief/;

export const ASKS_FOR_LABEL = /\b(do i have (?:depression|anxiety|ocd|adhd|ptsd|bipolar|autism|bpd|an? (?:\w+ )?disorder|a mental|an eating)|is (this|it) (depression|anxiety|ocd|adhd|ptsd|bipolar)|what( i|')?s wrong with me|(diagnose|diagnosis for) me|my diagnosis|am i (depressed|bipolar|ocd)|what do i have)\b/i;
const QUESTION_ABOUT_TREATMENT = /\?|^(what|how|does|is|can|should)\b/i;

/** A short evidence answer when the person asks about a therapy by name (e.g. "CBT for insomnia"). */
export function answerAboutModality(text: string): string | undefined {
  if (!QUESTION_ABOUT_TREATMENT.test(text.trim())) return undefined;
  for (const [id, info] of Object.entries(MODALITIES)) {
    if (!info) continue;
    // Ids are read only as written ("ACT", not the verb "act"; "SUPPORT" and "GRIEF", not "I don't
    // support her" or "my grief"); full names in any case.
    const byId = new RegExp(`\\b${id.replace(/[-]/g, "[- ]?")}\\b`);
    const byName = new RegExp(`\\b${info.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
    if (!byId.test(text) && !byName.test(text)) continue;
    // The evidence names the guideline, never the conditions it covers: the person has not
    // asked for a label, and the reply must not hand them one.
    const sources = [...new Set(info.evidence.match(/\bNICE [A-Z]{1,3}\d+ \(\d{4}\)/g) ?? [])].slice(0, 2);
    const backing = sources.length ? `It's one of the approaches with the strongest evidence, recommended in guidance such as ${sources.join(" and ")}.` : "It's one of the well-researched approaches.";
    const name = DIAGNOSTIC_WORDS.test(info.name) ? id : `${info.name} (${id})`;
    return `Good question. ${name} — ${backing} In plain terms: ${info.plainOffer}`;
  }
  return undefined;
}

/** Real distress (a working impression, or a strongly supported possibility) rather than an ordinary trouble. */
export function weighty(differential: DifferentialEntry[]): boolean {
  return differential.some((d) => d.status === "provisional" || (d.status === "possible" && d.likelihood >= 0.5));
}

export function composeReply(input: ReplyInput): string {
  const parts: string[] = [];
  if (input.resourcesLine) parts.push(input.resourcesLine);
  const present = input.turnFindings.filter((f) => isPresent(f) && !isStressorConcept(f.concept) && !REASSURING.test(f.concept));
  const modalityAnswer = present.length === 0 ? answerAboutModality(input.userText) : undefined;
  if (modalityAnswer) {
    parts.push(modalityAnswer);
    if (input.followUp) parts.push(input.followUp);
    return parts.join(" ");
  }
  const top = input.differential.find((d) => d.status !== "rule-out");
  const mustSay: string[] = [];
  if (ASKS_FOR_LABEL.test(input.userText)) {
    const overlap = top && top.likelihood >= 0.4 ? ` Some of what you describe overlaps with what clinicians call ${top.name.replace(/,.*$/, "").toLowerCase()}, but that is only a possibility to explore, not a conclusion.` : "";
    mustSay.push(`I can't give you a diagnosis — only a professional who assesses you properly can do that.${overlap}`);
  }
  if (top && top.likelihood >= 0.3 && warrantsUrgentReferral(top)) {
    mustSay.push("Because of some of what you describe, it would really be worth seeing a doctor or mental health professional soon — ideally in the next few days — so you can get the right support.");
  }
  // A high is not a burden to the person living it: it is met as news, not as weight.
  const elevated = present.some((f) => ELEVATED_CONCEPTS.has(f.concept));
  const planned = planReply({
    userText: input.userText,
    previousReplies: input.previousReplies ?? [],
    asked: input.asked ?? [],
    earlierText: input.earlierText ?? "",
    turn: input.turn,
    heavy: weighty(input.differential) && !elevated,
    ...(top && top.likelihood >= 0.3 && conditionById(top.conditionId) ? { family: conditionById(top.conditionId)!.family } : {}),
    clinical: [...clinicalReading(input.differential), ...(input.risk.flags.includes("abuse") ? [ABUSE_READING] : [])],
    othersDifficulty: othersDifficulty(input.turnFindings),
    ...(input.followUp ? { engineQuestion: { question: input.followUp, fits: followUpFits(input) } } : {}),
    mustSay,
    ...(input.grounded ? { grounded: true } : {}),
  });
  parts.push(planned.text);
  return parts.join(" ");
}

/** Concepts whose topic speaks to the person who has the difficulty. */
const TOPIC_OF_CONCEPT: Array<[RegExp, string]> = [
  [/^uses_|alcohol|cannabis|opioid|cocaine|stimulant|sedative|craving|withdrawal|intoxicat/, "substance-use"],
  [/anger|irritab|aggress|rage/, "anger"],
];

/**
 * Topics of a difficulty the engine read only in someone else ("my dad drinks every night and gets
 * loud", "my girlfriend gets angry and smashes my things") and not in the writer.
 */
export function othersDifficulty(findings: SymptomFinding[]): string[] {
  const mine = new Set<string>();
  const theirs = new Set<string>();
  for (const f of findings) {
    if (f.negated || f.hypothetical) continue;
    const topic = TOPIC_OF_CONCEPT.find(([re]) => re.test(f.concept))?.[1];
    if (topic) (f.otherExperiencer ? theirs : mine).add(topic);
  }
  return [...theirs].filter((t) => !mine.has(t));
}

/** The families whose criteria the engine found in the person's words, each with its best support. */
export function clinicalReading(differential: DifferentialEntry[]): ClinicalReading[] {
  const best = new Map<string, number>();
  for (const d of differential) {
    if (d.status === "rule-out" || !d.criteria?.some((c) => c.met === true)) continue;
    const family = conditionById(d.conditionId)?.family;
    if (family && family !== "problem-of-living") best.set(family, Math.max(best.get(family) ?? 0, d.likelihood));
  }
  return [...best].map(([family, support]) => ({ family, support }));
}

/**
 * The engine's diagnostic question fits only when the evidence points there: a leading
 * impression with real support, and a question about that impression's own criteria.
 */
function followUpFits(input: ReplyInput): boolean {
  const top = input.differential.find((d) => d.status !== "rule-out");
  if (!top || top.likelihood < 0.45) return false;
  const met = top.criteria?.filter((c) => c.met).length ?? 0;
  if (met < 2) return false;
  const about = input.followUpAbout ?? "";
  return about === "" || about.startsWith(top.conditionId) || about.includes("duration") || top.criteria?.some((c) => about.startsWith(c.id)) === true;
}
