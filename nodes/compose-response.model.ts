/**
 * respond's model path: the reply model writes from the graph's plan; checks reject labels
 * and runaway length (the offline reply stands in) and add missing crisis resources.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { Configuration } from "../graphs/configuration.js";
import type { CounselingStateType, Correction, TurnUsage } from "../graphs/state.js";
import { isPresent } from "../engine/presence.js";
import { conceptById } from "../knowledge/index.js";
import { MODALITIES } from "../knowledge/modalities.js";
import type { ModalityId } from "../knowledge/types.js";
import { checkReply } from "../grounding/check-reply.js";
import { streamText } from "../llm/stream-text.js";
import { knowledgeFor } from "../engine/reply/other-paths.js";
import { latestUserText, userTexts } from "./messages.js";
import { correctionsFor, usageUpdate } from "./model-trace.js";
import { replyMessages, type ReplyPlan } from "./compose-response.prompt.js";

export interface WrittenReply {
  /** The model's reply after the checks, or undefined when the offline reply must stand in. */
  reply?: string;
  backend: "model" | "model+corrected" | "offline-fallback";
  usage: TurnUsage;
  corrections: Correction[];
}

/** The question to answer first and the psychoeducation notes that fit it (the offline planner's retrieval). */
function groundingFor(latest: string, state: CounselingStateType): Pick<ReplyPlan, "asks" | "knowledge"> {
  const k = knowledgeFor(latest, userTexts(state.messages).slice(0, -1).join("\n"));
  return { ...(k.question ? { asks: k.question } : {}), ...(k.sentences.length ? { knowledge: k.sentences } : {}) };
}

function historyOf(state: CounselingStateType): ReplyPlan["history"] {
  // Everything before the latest message (the latest is given separately).
  return state.messages.slice(0, -1).map((m) => [m.getType() === "human" ? "person" : "counselor", String(m.content)] as ["person" | "counselor", string]);
}

export async function writeWithModel(state: CounselingStateType, cfg: Configuration, config: RunnableConfig, resources?: string): Promise<WrittenReply> {
  const turn = Math.max(0, state.turn - 1);
  const latest = latestUserText(state.messages);
  const carerFor = state.subject.kind === "other" ? state.subject.who : undefined;
  const reflect = state.findings
    .filter((f) => f.turn === turn && (carerFor ? f.about === carerFor && !f.negated : isPresent(f, true)))
    .map((f) => conceptById(f.concept)?.plain)
    .filter((p, i, a): p is string => !!p && a.indexOf(p) === i)
    .slice(0, 4);
  const plan = state.modality;
  const info = plan ? MODALITIES[plan.primary as ModalityId] : undefined;
  const messages = replyMessages({
    history: historyOf(state),
    latest,
    reflect,
    technique: plan?.technique ?? "reflective listening",
    offer: info?.plainOffer ?? "We can take this one step at a time.",
    question: state.followUp,
    ...(resources ? { resources } : {}),
    ...(carerFor ? { carerFor } : {}),
    ...groundingFor(latest, state),
  });
  const result = await streamText("reply", messages, cfg, config);
  const usage = usageUpdate("respond", state.turn, result.usage);
  if (!result.text) {
    return { backend: "offline-fallback", usage, corrections: correctionsFor("respond", state.turn, [{ kind: "fallback", detail: `reply used the offline engine: ${result.error}` }]) };
  }
  const checked = checkReply(result.text, { userText: latest, locale: cfg.locale, ...(resources ? { resources } : {}) });
  const corrections = correctionsFor("respond", state.turn, checked.notes);
  if (!checked.reply) return { backend: "offline-fallback", usage, corrections };
  return { reply: checked.reply, backend: checked.notes.length ? "model+corrected" : "model", usage, corrections };
}
