/**
 * respond with a one-call counselor model (`modelMode: "counselor"`, PsyLLM-style): one call
 * returns the model's clinical reasoning and then the reply. The reasoning (a think block, or
 * the server's reasoning_content) never reaches the person; the assessment it ends with, as
 * JSON, goes through the same grounding as the structured reading (consult-model.apply.ts).
 * A model trained to reason in prose without the JSON still gets its reply checked and used;
 * the engine's assessment then stands, and the codes it named are recorded.
 */
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { Configuration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate, Correction } from "../graphs/state.js";
import { checkReply } from "../grounding/check-reply.js";
import { jsonCandidates } from "../llm/model-text.js";
import { streamText } from "../llm/stream-text.js";
import { applyReading } from "./consult-model.apply.js";
import { READING_SYSTEM_PROMPT } from "./consult-model.prompt.js";
import { readingRequest } from "./consult-model.request.js";
import { REPLY_SYSTEM_PROMPT, planText } from "./compose-response.prompt.js";
import { planFor, tokenWriter } from "./compose-response.model.js";
import { latestUserText } from "./messages.js";
import { forTurn } from "../llm/budget.js";
import { correctionsFor, fallbackKind, usageUpdate } from "./model-trace.js";

export const COUNSELOR_SYSTEM_PROMPT = [
  "You are a counselor model (counselor_turn). Each turn, first reason as a clinician inside <think>…</think>, then write your reply to the person.",
  "Inside <think>: the symptoms with the person's words, the criteria they meet, a differential with ICD-10-CM codes from the candidates, the approach and technique for this turn, and the C-SSRS risk. End the think block with the assessment as one JSON object in a ```json fence, with the fields below.",
  "Assessment fields:",
  READING_SYSTEM_PROMPT,
  "",
  "After </think>, write only the reply to the person, following these rules:",
  REPLY_SYSTEM_PROMPT,
].join("\n");

export interface CounselorTurn {
  reply?: string;
  update: CounselingUpdate;
  corrections: Correction[];
  backend: "model" | "model+corrected" | "offline-fallback";
}

function counselorMessages(state: CounselingStateType, reading: ReturnType<typeof readingRequest>, resources?: string): BaseMessage[] {
  return [new SystemMessage(COUNSELOR_SYSTEM_PROMPT), new HumanMessage(`${reading.messages[1].content as string}\n\n${planText(planFor(state, resources))}`)];
}

export async function counselWithModel(state: CounselingStateType, cfg: Configuration, config: RunnableConfig, resources?: string): Promise<CounselorTurn> {
  const request = readingRequest(state);
  const result = await streamText("reply", counselorMessages(state, request, resources), forTurn(cfg, state.turnStartedAt), config, tokenWriter(config, state.turn), true);
  const usage = usageUpdate("respond", state.turn, result.usage);
  if (!result.text) {
    return { update: { usage, backend: { differential: "offline-fallback", circuit: result.circuit } }, corrections: correctionsFor("respond", state.turn, [{ kind: fallbackKind(result), detail: `reply and reading used the offline engine: ${result.error}` }]), backend: "offline-fallback" };
  }
  const corrections: Correction[] = [];
  const update: CounselingUpdate = { usage, backend: { differential: "offline", circuit: result.circuit } };
  // The assessment: JSON in the reasoning (or, from a model that put it after, in the answer).
  const schema = request.schema;
  const candidates = [...jsonCandidates(result.reasoning ?? ""), ...jsonCandidates(result.text)];
  const parsed = candidates.map((c) => schema.safeParse(c)).find((p) => p.success);
  if (parsed?.success) {
    const applied = applyReading(state, parsed.data, cfg, "respond");
    Object.assign(update, applied.update);
    corrections.push(...applied.corrections);
    update.backend = { differential: applied.corrections.length ? "model+corrected" : "model", risk: applied.raisedRisk ? "model" : "offline", modality: applied.modalityBackend, circuit: result.circuit };
  } else {
    const codes = [...new Set((result.reasoning ?? "").match(/\bF\d{2}(?:\.\w{1,3})?\b/g) ?? [])];
    corrections.push({ turn: state.turn, node: "respond", kind: "no_structured_assessment", detail: `the counselor model's reasoning held no usable assessment JSON${codes.length ? ` (it named ${codes.join(", ")})` : ""}; the engine's assessment stands` });
  }
  // Whatever came outside the think block is the reply, minus any fenced block or stray JSON.
  const visible = result.text.replace(/```[\s\S]*?```/g, "").replace(/^\s*\{[\s\S]*\}\s*$/m, "").trim();
  const checked = checkReply(visible, { userText: latestUserText(state.messages), locale: cfg.locale, ...(resources ? { resources } : {}) });
  corrections.push(...correctionsFor("respond", state.turn, checked.notes));
  return { ...(checked.reply ? { reply: checked.reply } : {}), update, corrections, backend: !checked.reply ? "offline-fallback" : checked.notes.length ? "model+corrected" : "model" };
}
