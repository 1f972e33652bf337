/**
 * State updates that record a model call: its usage under the node's name, and what the
 * grounding checks changed, stamped with the turn.
 */
import type { Correction, TurnUsage, UsageCount } from "../graphs/state.js";
import type { GroundingNote } from "../grounding/check-extraction.js";

export function usageUpdate(node: string, turn: number, usage: UsageCount): TurnUsage {
  return { turn, ...usage, byNode: { [node]: usage } };
}

/** Why a model call gave nothing: skipped by an open circuit (no request made), or failed. */
export function fallbackKind(result: { circuit: string; usage: UsageCount }): "circuit_open" | "fallback" {
  return result.circuit === "open" && !result.usage.calls ? "circuit_open" : "fallback";
}

export function correctionsFor(node: string, turn: number, notes: GroundingNote[]): Correction[] {
  return notes.map((n) => ({ turn, node, ...n }));
}
