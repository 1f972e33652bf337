/**
 * consult: the model's clinical reading of an ordinary turn — one structured call
 * (`clinical_reading`), run alongside `respond` so the person's first words do not wait on it,
 * and merged before the turn is saved (safetyCheck joins both). Offline and with a one-call
 * counselor model (whose reply carries its reading) it does nothing; crisis turns never reach it.
 * Any fault, an open circuit or the turn's deadline leaves the engine's reading in place and
 * says so.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import { usesModel } from "../graphs/models.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { callStructured } from "../llm/structured-call.js";
import type { RiskAssessment } from "../safety/types.js";
import { applyReading } from "./consult-model.apply.js";
import { readingRequest } from "./consult-model.request.js";
import { forTurn } from "../llm/budget.js";
import { latestUserText } from "./messages.js";
import { correctionsFor, fallbackKind, usageUpdate } from "./model-trace.js";

export async function consult(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  if (!usesModel("reasoning", cfg) || cfg.modelMode === "counselor") return {};
  const request = readingRequest(state);
  const call = await callStructured({
    task: "reasoning",
    name: request.name,
    schema: request.schema,
    wireSchema: request.wireSchema,
    messages: request.messages,
    settings: forTurn(cfg, state.turnStartedAt),
    config,
  });
  const usage = usageUpdate("consult", state.turn, call.usage);
  if (!call.value) {
    return {
      usage,
      corrections: correctionsFor("consult", state.turn, [{ kind: fallbackKind(call), detail: `the engine's reading stands: ${call.error}` }]),
      backend: { differential: "offline-fallback", circuit: call.circuit },
    };
  }
  const applied = applyReading(state, call.value, cfg, "consult");
  if (call.repaired) applied.corrections.push({ turn: state.turn, node: "consult", kind: "repaired", detail: "first answer failed validation; the repair attempt was used" });
  if (call.foundIn === "extracted") applied.corrections.push({ turn: state.turn, node: "consult", kind: "json_extracted", detail: "the JSON came after reasoning or prose, or in a fence; it was read from there" });
  if (applied.raisedRisk && cfg.onEscalation && cfg.mode === "live") {
    try {
      await cfg.onEscalation({ threadId: config.configurable?.thread_id as string | undefined, risk: applied.update.risk as RiskAssessment, message: latestUserText(state.messages) });
    } catch (error) {
      console.error(`psyllm: onEscalation hook failed: ${(error as Error).message}`);
    }
  }
  const corrected = applied.corrections.some((c) => c.kind !== "json_extracted");
  return {
    ...applied.update,
    usage,
    ...(applied.corrections.length ? { corrections: applied.corrections } : {}),
    backend: { differential: corrected ? "model+corrected" : "model", risk: applied.raisedRisk ? "model" : "offline", modality: applied.modalityBackend, circuit: call.circuit },
  };
}
