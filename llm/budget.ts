/**
 * Time a model call may take: the per-request timeout, cut short by the turn's deadline, so no
 * turn outlasts `turnDeadlineMs` however the endpoint behaves.
 */
import { modelFor, type ModelSettings, type ModelTask } from "../graphs/models.js";

export interface CallBudget {
  /** Per-request timeout in ms. */
  modelTimeoutMs: number;
  /** Epoch ms by which the turn must be answered; calls and retries stop before it. */
  deadlineAt?: number;
}

/** Milliseconds a request may still take (≤ 0: none left). */
export function remainingMs(budget: CallBudget, now = Date.now()): number {
  if (!budget.deadlineAt) return budget.modelTimeoutMs;
  return Math.min(budget.modelTimeoutMs, budget.deadlineAt - now);
}

/** Settings for a call of the turn that began at `turnStartedAt`: its deadline is the turn's. */
export function forTurn<T extends { turnDeadlineMs: number }>(settings: T, turnStartedAt: number): T & { deadlineAt: number } {
  return { ...settings, deadlineAt: turnStartedAt + settings.turnDeadlineMs };
}

/** The circuit a call belongs to: one per endpoint and model. */
export function circuitKey(task: ModelTask, settings: ModelSettings): string {
  return `${settings.modelBaseUrl ?? "https://api.openai.com/v1"}|${modelFor(task, settings)}`;
}
