/**
 * Grounding for a model's modality proposal: the modality must exist, be recommended by the
 * knowledge base for the leading impressions or problems of living (or be the offline rules'
 * own choice), not be one the person says did not help, and use a technique of that modality.
 * A proposal that fails keeps the rules' plan.
 */
import type { ModalityPlan } from "../engine/types.js";
import { triedWithoutBenefit } from "../engine/select-modality.js";
import { conditionById } from "../knowledge/index.js";
import { MODALITIES } from "../knowledge/modalities.js";
import type { ModalityId, ModalityRecommendation } from "../knowledge/types.js";
import type { ModalityProposal } from "../graphs/state.js";
import type { GroundingNote } from "./check-extraction.js";

export interface ModalityContext {
  /** Condition ids of the leading impressions and problems of living, most likely first. */
  conditionIds: string[];
  /** The offline rules' plan for the same turn. */
  rulesPlan: ModalityPlan;
  userText: string;
}

/** Content-word stems, so "activity scheduling" finds "schedule one small pleasant activity". */
const stems = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 5)));

/** The knowledge base's technique the proposal names: most of its content words in common. */
function matchTechnique(proposed: string, techniques: string[]): string | undefined {
  const want = stems(proposed);
  if (!want.size) return undefined;
  let best: { t: string; share: number } | undefined;
  for (const t of techniques) {
    const have = stems(t);
    const share = [...want].filter((w) => have.has(w)).length / want.size;
    if (share >= 0.5 && (!best || share > best.share)) best = { t, share };
  }
  return best?.t;
}

export function groundModality(proposal: ModalityProposal, ctx: ModalityContext): { plan: ModalityPlan; notes: GroundingNote[] } {
  const notes: GroundingNote[] = [];
  const id = Object.keys(MODALITIES).find((k) => k.toLowerCase() === proposal.primary.trim().toLowerCase()) as ModalityId | undefined;
  if (!id) {
    notes.push({ kind: "unknown_modality", detail: `modality "${proposal.primary}" is not in the knowledge base; the rules' plan stands` });
    return { plan: ctx.rulesPlan, notes };
  }
  const recommendations: ModalityRecommendation[] = ctx.conditionIds.flatMap((c) => conditionById(c)?.modalities ?? []);
  const rec = recommendations.find((r) => r.modality === id);
  if (!rec && id !== ctx.rulesPlan.primary) {
    notes.push({ kind: "modality_not_indicated", detail: `${id} is not recommended for the leading impressions in the knowledge base; the rules' plan (${ctx.rulesPlan.primary}) stands` });
    return { plan: ctx.rulesPlan, notes };
  }
  if (triedWithoutBenefit(ctx.userText).has(id)) {
    notes.push({ kind: "modality_tried_without_benefit", detail: `the person says ${id} did not help; the rules' plan stands` });
    return { plan: ctx.rulesPlan, notes };
  }
  const info = MODALITIES[id];
  let technique = matchTechnique(proposal.technique, info.techniques);
  if (!technique) {
    technique = id === ctx.rulesPlan.primary ? ctx.rulesPlan.technique : info.techniques[0];
    notes.push({ kind: "technique_not_in_kb", detail: `technique "${proposal.technique.slice(0, 60)}" is not one of ${id}'s; using "${technique}"` });
  }
  const alternatives = proposal.alternatives
    .map((a) => Object.keys(MODALITIES).find((k) => k.toLowerCase() === a.trim().toLowerCase()))
    .filter((a): a is string => !!a && a !== id)
    .slice(0, 3);
  const source = rec ? ` (${rec.line}-line, ${rec.source})` : "";
  return {
    plan: { primary: id, alternatives, rationale: `${info.name}${source}: ${proposal.rationale.trim()}`, technique, school: info.school },
    notes,
  };
}
