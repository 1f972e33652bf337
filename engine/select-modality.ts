/**
 * Modality rules: the guideline's first-line treatment for the leading impression, preferring
 * one that also serves a close second impression (transdiagnostic fit), skipping what the
 * person says did not help, and falling back to problem-solving or supportive work when no
 * disorder is supported.
 */
import { MODALITIES } from "../knowledge/modalities.js";
import { conditionById } from "../knowledge/index.js";
import type { ModalityId, ModalityRecommendation } from "../knowledge/types.js";
import type { DifferentialEntry, ModalityPlan, ProblemOfLiving } from "./types.js";

export interface ModalityInput {
  /** The ranked differential (offline or model-made, already grounded). */
  differential: DifferentialEntry[];
  /** Problems of living found. */
  problems: ProblemOfLiving[];
  /** All the person's words so far (for stated preferences). */
  userText: string;
  /** Turn number, to vary the technique across turns. */
  turn: number;
  /** Signs of a high (elevated mood, little need for sleep, racing thoughts) described as happening now. */
  elevatedNow?: boolean;
}

/** Concepts that mark a current manic or hypomanic phase. */
export const ELEVATED_CONCEPTS = new Set(["elevated_mood", "decreased_need_for_sleep", "grandiosity", "racing_thoughts", "pressured_speech"]);

/** Modalities the person says they tried without benefit ("CBT didn't help"). */
export function triedWithoutBenefit(text: string): Set<ModalityId> {
  const out = new Set<ModalityId>();
  const lower = text.toLowerCase();
  for (const [id, info] of Object.entries(MODALITIES)) {
    if (!info) continue;
    const names = [id.toLowerCase(), info.name.toLowerCase()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const re = new RegExp(`(${names.join("|")})[^.!?]{0,40}(did ?n[o']?t (help|work)|was useless|never helped|made (it|things) worse)|tried (${names.join("|")})[^.!?]{0,30}(no|nothing|didn)`, "i");
    if (re.test(lower)) out.add(id as ModalityId);
  }
  return out;
}

const fitCueRegexes = new Map<ModalityId, RegExp[]>();

/** The person's words that match a modality's fit cues (one per distinct cue); each cue compiled once. */
export function fitCuesIn(id: ModalityId, text: string): string[] {
  if (!fitCueRegexes.has(id)) fitCueRegexes.set(id, (MODALITIES[id]?.fitCues ?? []).map((cue) => new RegExp(cue, "i")));
  return fitCueRegexes.get(id)!.flatMap((re) => re.exec(text)?.[0].trim() ?? []);
}

function pickTechnique(id: ModalityId, turn: number): string {
  const t = MODALITIES[id]?.techniques ?? [];
  return t.length ? t[turn % t.length] : "reflective listening";
}

function plan(primary: ModalityRecommendation, alternatives: ModalityId[], why: string, turn: number): ModalityPlan {
  const info = MODALITIES[primary.modality];
  return {
    primary: primary.modality,
    alternatives: alternatives.filter((a) => a !== primary.modality).slice(0, 3),
    rationale: `${info?.name ?? primary.modality} (${primary.line}-line, ${primary.source}): ${why}`,
    technique: pickTechnique(primary.modality, turn),
    school: info?.school ?? "integrative",
  };
}

export function selectModality(input: ModalityInput): ModalityPlan {
  const avoid = triedWithoutBenefit(input.userText);
  const usable = (recs: ModalityRecommendation[]) => recs.filter((r) => !avoid.has(r.modality));
  const disorders = input.differential
    .filter((d) => d.status !== "rule-out")
    .map((d) => ({ entry: d, condition: conditionById(d.conditionId) }))
    .filter((d) => d.condition);
  const top = disorders[0];
  if (top && top.entry.likelihood >= 0.3) {
    const recs = usable(top.condition!.modalities);
    const second = disorders[1];
    let primary = recs.find((r) => r.line === "first") ?? recs[0];
    let why = `leading working impression is ${top.entry.name.toLowerCase()} (${top.entry.status}, for the clinician)`;
    if (second && second.entry.likelihood >= top.entry.likelihood * 0.8) {
      const shared = recs.find((r) => r.line === "first" && second.condition!.modalities.some((m) => m.modality === r.modality));
      if (shared) {
        primary = shared;
        why += `; it also fits the close alternative, ${second.entry.name.toLowerCase()}`;
      }
    }
    // NICE CG185 offers psychological therapy for bipolar depression, not during a high: then
    // steady sleep and routine and a prompt medical review come first.
    const rhythm = recs.find((r) => r.modality === "IPSRT");
    if (top.condition!.family === "bipolar" && input.elevatedNow && rhythm) {
      primary = rhythm;
      why += "; the person describes a high now, so steadying sleep and daily rhythm comes before cognitive work";
    }
    // Fit with the person's own words: an approach the guideline lists for this impression, whose
    // focus they describe in two or more ways, leads over the default (the default stays an alternative).
    const fit = recs
      .map((r) => ({ r, cues: fitCuesIn(r.modality, input.userText) }))
      .filter((x) => x.cues.length >= 2 && x.r.modality !== primary?.modality)
      .sort((a, b) => b.cues.length - a.cues.length)[0];
    if (fit && primary) {
      why += `; ${MODALITIES[fit.r.modality]?.name ?? fit.r.modality} (${fit.r.line}-line, ${fit.r.source}) leads over ${MODALITIES[primary.modality]?.name ?? primary.modality} because the person describes its focus ("${fit.cues.slice(0, 2).join('", "')}")`;
      primary = fit.r;
    }
    if (avoid.size) why += `; skipped ${[...avoid].join(", ")}, which the person says did not help`;
    if (primary) return plan(primary, recs.map((r) => r.modality), why, input.turn);
  }
  const problem = input.problems.map((p) => conditionById(p.conditionId)).find(Boolean);
  if (problem) {
    const recs = usable(problem.modalities);
    if (recs[0]) return plan(recs[0], recs.map((r) => r.modality), `no disorder is supported; ${problem.name.toLowerCase()} is an ordinary difficulty of living`, input.turn);
  }
  return plan(
    { modality: "PCT", line: "first", source: "person-centred practice (BACP/APA common factors)" },
    ["SUPPORT", "PST"],
    "not enough is known yet; build the alliance and understand the concern before choosing a structured approach",
    input.turn,
  );
}
