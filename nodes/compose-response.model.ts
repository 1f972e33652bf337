/**
 * respond's model path: the reply model writes from the graph's plan; checks reject labels
 * and runaway length (the offline reply stands in) and add missing crisis resources.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { replyMessageId } from "../graphs/reply-id.js";
import type { Configuration } from "../graphs/configuration.js";
import type { CounselingStateType, Correction, TurnUsage } from "../graphs/state.js";
import { isPresent } from "../engine/presence.js";
import { conceptById } from "../knowledge/index.js";
import { MODALITIES } from "../knowledge/modalities.js";
import type { ModalityId } from "../knowledge/types.js";
import { checkReply } from "../grounding/check-reply.js";
import { streamText } from "../llm/stream-text.js";
import { knowledgeFor } from "../engine/reply/other-paths.js";
import { dialogueOf, latestUserText, userTexts } from "./messages.js";
import { forTurn } from "../llm/budget.js";
import { correctionsFor, fallbackKind, usageUpdate } from "./model-trace.js";
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
  return dialogueOf(state.messages).slice(0, -1);
}

/**
 * Hands visible reply tokens to LangGraph's custom stream (apps and Studio show them as they
 * come), each with the id the saved reply message will carry (graphs/reply-id.ts).
 */
export function tokenWriter(config: RunnableConfig, turn: number): ((token: string) => void) | undefined {
  const writer = (config as { writer?: (chunk: unknown) => void }).writer;
  const id = replyMessageId(config, turn);
  return writer ? (token: string) => writer({ token, id }) : undefined;
}

/** The plan the reply model writes from: what to reflect, one technique, one question, resources, the question to answer and notes. */
export function planFor(state: CounselingStateType, resources?: string): ReplyPlan {
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
  return {
    history: historyOf(state),
    latest,
    reflect,
    technique: plan?.technique ?? "reflective listening",
    offer: info?.plainOffer ?? "We can take this one step at a time.",
    question: state.followUp,
    ...(resources ? { resources } : {}),
    ...(carerFor ? { carerFor } : {}),
    ...groundingFor(latest, state),
  };
}

export async function writeWithModel(state: CounselingStateType, cfg: Configuration, config: RunnableConfig, resources?: string): Promise<WrittenReply> {
  const latest = latestUserText(state.messages);
  const messages = replyMessages(planFor(state, resources));
  const result = await streamText("reply", messages, forTurn(cfg, state.turnStartedAt), config, tokenWriter(config, state.turn));
  const usage = usageUpdate("respond", state.turn, result.usage);
  if (!result.text) {
    return { backend: "offline-fallback", usage, corrections: correctionsFor("respond", state.turn, [{ kind: fallbackKind(result), detail: `reply used the offline engine: ${result.error}` }]) };
  }
  const checked = checkReply(result.text, { userText: latest, locale: cfg.locale, ...(resources ? { resources } : {}) });
  const corrections = correctionsFor("respond", state.turn, checked.notes);
  if (!checked.reply) return { backend: "offline-fallback", usage, corrections };
  return { reply: checked.reply, backend: checked.notes.length ? "model+corrected" : "model", usage, corrections };
}
