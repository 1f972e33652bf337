/**
 * reasonDifferential's model path: one call for the differential, the modality proposal and
 * the next question. The answer is grounded (grounding/check-reasoning.ts), then the engine
 * recomputes statuses from the criteria with the model's grounded judgments added.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { Configuration } from "../graphs/configuration.js";
import type { BackendRecord, CounselingStateType, Correction, ModalityProposal, TurnUsage } from "../graphs/state.js";
import { reasonDifferential as reason, type DifferentialResult } from "../engine/differential.js";
import type { KnowledgeModel } from "../engine/knowledge-model.js";
import { DIAGNOSTIC_WORDS } from "../engine/question-bank.js";
import type { SymptomFinding } from "../engine/types.js";
import { blendDifferential, groundReasoning } from "../grounding/check-reasoning.js";
import type { GroundingNote } from "../grounding/check-extraction.js";
import type { Condition } from "../knowledge/types.js";
import { callStructured } from "../llm/structured-call.js";
import { userTexts } from "./messages.js";
import { correctionsFor, usageUpdate } from "./model-trace.js";
import { REASONING_SCHEMA_NAME, ReasoningSchema, reasoningMessages } from "./reason-differential.prompt.js";

const MAX_CANDIDATES = 8;

export interface ModelReasoning {
  result: DifferentialResult;
  derived: SymptomFinding[];
  modalityProposal: ModalityProposal | null;
  followUp?: string;
  usage: TurnUsage;
  corrections: Correction[];
  backend: BackendRecord;
}

function timingText(state: CounselingStateType): string {
  const t = state.timing;
  const parts: string[] = [];
  if (t.durationDays !== undefined) parts.push(`lasting about ${t.durationDays} days`);
  if (t.stressorAgoDays !== undefined) parts.push(`stressor about ${t.stressorAgoDays} days ago`);
  if (t.lifelong) parts.push("lifelong");
  return parts.join("; ");
}

/** Conditions worth showing the model: what the criteria support, then what retrieval found. */
function candidatesFor(state: CounselingStateType, offline: DifferentialResult, model: KnowledgeModel): Condition[] {
  const ids = [...offline.scored.map((s) => s.condition.id), ...state.retrieved.map((r) => r.conditionId)];
  const out: Condition[] = [];
  for (const id of ids) {
    const c = model.conditions.find((x) => x.id === id);
    if (c && !out.includes(c)) out.push(c);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

export async function reasonWithModel(
  state: CounselingStateType,
  offline: DifferentialResult,
  model: KnowledgeModel,
  cfg: Configuration,
  config: RunnableConfig,
): Promise<ModelReasoning | { fallback: Correction[]; usage: TurnUsage }> {
  const turns = userTexts(state.messages);
  const candidates = candidatesFor(state, offline, model);
  const call = await callStructured({
    task: "reasoning",
    name: REASONING_SCHEMA_NAME,
    schema: ReasoningSchema,
    messages: reasoningMessages({ userTurns: turns, candidates, findings: state.findings, timing: timingText(state) }),
    settings: cfg,
    config,
  });
  const usage = usageUpdate("reasonDifferential", state.turn, call.usage);
  if (!call.value) {
    return { fallback: correctionsFor("reasonDifferential", state.turn, [{ kind: "fallback", detail: `differential used the offline engine: ${call.error}` }]), usage };
  }
  const answer = call.value;
  // The window holds the latest turns: quote positions are shifted to absolute turn numbers.
  const grounded = groundReasoning(answer, { userTurns: turns, firstTurn: state.turn - turns.length, findings: state.findings, conditions: model.conditions, candidates });
  const result = reason([...state.findings, ...grounded.derived], state.timing, state.retrieved, model, cfg);
  const blended = blendDifferential(result.differential, grounded.opinions);
  const notes: GroundingNote[] = [...grounded.notes, ...blended.notes];
  if (call.repaired) notes.push({ kind: "repaired", detail: "first answer failed validation; the repair attempt was used" });

  let followUp: string | undefined;
  const q = answer.followUp?.trim();
  if (q && q.endsWith("?") && q.length <= 240 && !DIAGNOSTIC_WORDS.test(q)) followUp = q;
  else if (q) notes.push({ kind: "follow_up_rejected", detail: `follow-up not used (${DIAGNOSTIC_WORDS.test(q) ? "diagnostic words" : "not a single plain question"}): "${q.slice(0, 80)}"` });

  return {
    result: { ...result, differential: blended.differential },
    derived: grounded.derived,
    modalityProposal: answer.modality,
    ...(followUp ? { followUp } : {}),
    usage,
    corrections: correctionsFor("reasonDifferential", state.turn, notes),
    backend: { differential: notes.length ? "model+corrected" : "model" },
  };
}
