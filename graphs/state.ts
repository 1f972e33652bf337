/**
 * The counseling graph's state. Every field is documented because apps, Studio and the
 * synthesis pipeline read it directly.
 *
 * Findings and risk accumulate across turns through reducers: a later turn adds to what
 * earlier turns found, and risk can only go up (see reduceRisk).
 */
import { Annotation, messagesStateReducer } from "@langchain/langgraph";
import type { BaseMessage } from "@langchain/core/messages";
import { z } from "zod";
import type {
  DifferentialEntry,
  RetrievedKnowledge,
  EpisodeTiming,
  ModalityPlan,
  ProblemOfLiving,
  SymptomFinding,
} from "../engine/types.js";
import type { ScreenerEstimate } from "../engine/screeners.js";
import type { AssessmentSubject } from "../engine/identified-person.js";
import type { Candidate } from "../engine/candidates.js";
import type { ModelOpinion } from "../grounding/check-reasoning.js";
import { NO_RISK, type RiskAssessment } from "../safety/types.js";
import { mergeRisk } from "../safety/merge-risk.js";

/** Which back end produced each part of the turn (offline engine or a model). */
export type BackendRecord = Record<string, "offline" | "model" | "model+corrected" | "model+guarded" | "offline-fallback" | "closed" | "open" | "half-open">;

/** What the output guard did to the final reply. */
export interface SafetyReview {
  /** Violation ids found in the draft reply (e.g. "dosage_information", "missing_resources"). */
  violations: string[];
  /** True when the reply was rewritten or replaced. */
  rewritten: boolean;
  /** What the guard did: nothing, removed sentences, added resources, or replaced the reply. */
  action?: "none" | "sentences_removed" | "resources_added" | "replaced";
  /** How many sentences it removed. */
  removed?: number;
}

/** The model's grounded reading of a turn, carried so the next turn's reply can be planned from it. */
export interface CarriedReading {
  /** The turn (1-based) it read. */
  turn: number;
  /** Conditions it listed that passed grounding, with the weight of their grounded evidence. */
  opinions: ModelOpinion[];
  /** The next question it proposed, checked (plain, no diagnostic words). */
  followUp?: string;
}

/** A stressor the person describes (divorce, job loss, trauma, bereavement). */
export interface Stressor {
  /** Concept id of the stressor. */
  concept: string;
  /** The person's words. */
  quote: string;
  /** Days ago, when stated. */
  agoDays?: number;
}

/** A modality as a model proposed it (ids and technique not yet checked). */
export interface ModalityProposal {
  primary: string;
  alternatives: string[];
  technique: string;
  rationale: string;
}

/** Model calls and tokens, for cost tracking per turn. */
export interface UsageCount {
  /** HTTP requests made to the model, retries and repair attempts included. */
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

/** A turn's usage: totals and per node. */
export interface TurnUsage extends UsageCount {
  /** The turn (1-based) these counts belong to: an update for a new turn starts afresh. */
  turn: number;
  byNode: Record<string, UsageCount>;
}

export function emptyUsage(turn = 0): TurnUsage {
  return { turn, calls: 0, promptTokens: 0, completionTokens: 0, byNode: {} };
}

/** Adds a node's usage to the turn's; usage for a later turn replaces the earlier turn's. */
export function reduceUsage(current: TurnUsage, update: TurnUsage): TurnUsage {
  const base = update.turn !== current.turn ? emptyUsage(update.turn) : current;
  const byNode = { ...base.byNode };
  for (const [node, u] of Object.entries(update.byNode)) {
    const prev = byNode[node] ?? { calls: 0, promptTokens: 0, completionTokens: 0 };
    byNode[node] = { calls: prev.calls + u.calls, promptTokens: prev.promptTokens + u.promptTokens, completionTokens: prev.completionTokens + u.completionTokens };
  }
  return {
    turn: update.turn,
    calls: base.calls + update.calls,
    promptTokens: base.promptTokens + update.promptTokens,
    completionTokens: base.completionTokens + update.completionTokens,
    byNode,
  };
}

/** One thing a grounding check changed in a model answer, or a fall-back to the offline engine. */
export interface Correction {
  /** The turn (1-based) it happened in. */
  turn: number;
  /** Node whose model answer was checked. */
  node: string;
  /** What kind: unknown_code, unknown_criterion, unknown_concept, quote_not_found, status_recomputed, risk_below_rules, modality_not_indicated, diagnostic_label, fallback... */
  kind: string;
  /** Human-readable detail for clinicians and audits. */
  detail: string;
}

/** Corrections of the latest turn only: an update for a new turn drops the earlier turn's. */
export function reduceCorrections(current: Correction[], update: Correction[]): Correction[] {
  if (!update.length) return current;
  const turn = Math.max(...update.map((c) => c.turn));
  return [...current.filter((c) => c.turn === turn), ...update];
}

/** Merges findings from a new turn into the accumulated list, without duplicating the same quote. */
export function reduceFindings(current: SymptomFinding[], update: SymptomFinding[]): SymptomFinding[] {
  const key = (f: SymptomFinding) => `${f.concept}|${f.turn}|${f.quote}`;
  const seen = new Set(current.map(key));
  return [...current, ...update.filter((f) => !seen.has(key(f)))];
}

/** Risk only rises within a session; lowering needs an explicit re-assessment (safety/merge-risk.ts). */
export function reduceRisk(current: RiskAssessment, update: RiskAssessment): RiskAssessment {
  return mergeRisk(current, update);
}

export const CounselingState = Annotation.Root({
  /** The conversation: user turns and counselor replies, in order. */
  messages: Annotation<BaseMessage[]>({ reducer: messagesStateReducer, default: () => [] }),
  /** Number of user turns handled so far in this thread (the current one included). */
  turn: Annotation<number>({ reducer: (_a, b) => b, default: () => 0 }),
  /** Symptom concepts found so far, with the person's quoted words and ConText modifiers; accumulates across turns. */
  findings: Annotation<SymptomFinding[]>({ reducer: reduceFindings, default: () => [] }),
  /** Onset and duration of the presenting problem, recomputed from all turns. */
  timing: Annotation<EpisodeTiming>({ reducer: (_a, b) => b, default: () => ({ lifelong: false, evidence: [] }) }),
  /** Stressors mentioned so far (life events, losses, trauma). */
  stressors: Annotation<Stressor[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Risk screening result: C-SSRS-style level, flags and quotes; never lowered by a later turn or a model. */
  risk: Annotation<RiskAssessment>({ reducer: reduceRisk, default: () => NO_RISK }),
  /** This turn's screening alone (before merging with earlier turns), for the trace. */
  turnRisk: Annotation<RiskAssessment>({ reducer: (_a, b) => b, default: () => NO_RISK }),
  /** True when this turn is handled by the crisis protocol (set at intake, read by the routers). */
  crisis: Annotation<boolean>({ reducer: (_a, b) => b, default: () => false }),
  /** Knowledge-base passages retrieved from Chroma for this turn. */
  retrieved: Annotation<RetrievedKnowledge[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Whom the assessment is about: the writer, or a person they describe (a parent writing about a son). */
  subject: Annotation<AssessmentSubject>({ reducer: (_a, b) => b, default: () => ({ kind: "self" }) }),
  /** Ranked differential with statuses, criteria verdicts and evidence (provisional: for clinicians, not the person). */
  differential: Annotation<DifferentialEntry[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Problems of living (Z codes) that explain the difficulties without a disorder. */
  problems: Annotation<ProblemOfLiving[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** PHQ-9 and GAD-7 item estimates from the conversation. */
  screeners: Annotation<ScreenerEstimate[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Therapy modality chosen for this turn, with rationale and technique; null before the first turn or in crisis. */
  modality: Annotation<ModalityPlan | null>({ reducer: (_a, b) => b, default: () => null }),
  /** What the follow-up question would settle (criterion, duration or stressor), for the trace. */
  followUpAbout: Annotation<string | null>({ reducer: (_a, b) => b, default: () => null }),
  /** The single most useful question to ask next, or null. */
  followUp: Annotation<string | null>({ reducer: (_a, b) => b, default: () => null }),
  /** The reply to the person for this turn (after the safety check). */
  response: Annotation<string>({ reducer: (_a, b) => b, default: () => "" }),
  /** What the output guard found and did. */
  safety: Annotation<SafetyReview>({ reducer: (_a, b) => b, default: () => ({ violations: [], rewritten: false }) }),
  /** When this turn began (epoch ms): every model call of the turn ends by this plus `turnDeadlineMs`. */
  turnStartedAt: Annotation<number>({ reducer: (_a, b) => b, default: () => 0 }),
  /** Conditions shown to the model this turn (retrieval's and the engine's), with where each came from. */
  candidates: Annotation<Candidate[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** The latest grounded model reading, carried to plan the next turn's reply; null offline. */
  reading: Annotation<CarriedReading | null>({ reducer: (_a, b) => b, default: () => null }),
  /** Which back end produced each part of this turn. */
  backend: Annotation<BackendRecord>({ reducer: (a, b) => ({ ...a, ...b }), default: () => ({}) }),
  /** Kept for saved threads; always null now (a model's modality is grounded where its reading is merged, consult-model.apply.ts). */
  modalityProposal: Annotation<ModalityProposal | null>({ reducer: (_a, b) => b, default: () => null }),
  /** Model calls and tokens of this turn, per node (intake starts each turn afresh). */
  usage: Annotation<TurnUsage>({ reducer: reduceUsage, default: () => emptyUsage() }),
  /** What the grounding checks changed or rejected in model answers this turn (intake starts afresh). */
  corrections: Annotation<Correction[]>({ reducer: reduceCorrections, default: () => [] }),
});

/**
 * What a client sends each turn: the person's message(s). Everything else in the state is the
 * graph's own (a client cannot write `turn`, `risk` or `findings`). A zod schema, so LangGraph
 * Studio and the API server show exactly this form; the `messages` channel (with its reducer)
 * is the state's.
 */
export const CounselingInput = z.object({
  messages: z
    .array(z.any())
    .describe('The person\'s new message, e.g. [{"role": "user", "content": "..."}] (only the last human message is read as this turn).'),
});

/**
 * What a run returns: the reply, the conversation and the provisional assessment apps read (the
 * CONTRACT's fields and the turn's bookkeeping). The engine's working state (findings, timing,
 * stressors, retrieved passages, candidates, the carried model reading) stays in the thread's
 * state, for clinicians' tools and Studio's state view. Channels and reducers are the state's.
 */
export const CounselingOutput = z.object({
  messages: z.array(z.any()).describe("The conversation: the person's turns and the counselor's replies."),
  turn: z.number().describe("User turns handled so far in this thread."),
  response: z.string().describe("This turn's reply to the person (after the safety check)."),
  risk: z.any().describe("Risk over the session (C-SSRS level, escalate, flags, evidence); never lowered."),
  turnRisk: z.any().describe("This turn's risk screening alone."),
  crisis: z.boolean().describe("True when this turn was handled by the crisis protocol."),
  subject: z.any().describe("Whom the assessment is about: the writer, or a person they describe."),
  differential: z.array(z.any()).describe("Provisional differential (ICD-10-CM / ICD-11 codes, criteria with evidence): for clinicians, never shown to the person."),
  problems: z.array(z.any()).describe("Problems of living (Z codes) that are not disorders."),
  screeners: z.array(z.any()).describe("PHQ-9 / GAD-7 item estimates from the conversation."),
  modality: z.any().describe("The modality chosen for this turn, with rationale and technique; null in crisis."),
  followUp: z.string().nullable().describe("The single most useful question to ask next, or null."),
  safety: z.any().describe("What the output guard found and did to the reply."),
  backend: z.any().describe("Which back end produced each part of the turn."),
  usage: z.any().describe("Model calls and tokens of this turn."),
  corrections: z.array(z.any()).describe("What the grounding checks changed in model answers this turn."),
});

export type CounselingStateType = typeof CounselingState.State;
/** What a run of the graph returns (CounselingOutput). */
export type CounselingOutputType = Pick<CounselingStateType, keyof z.infer<typeof CounselingOutput>>;
export type CounselingUpdate = typeof CounselingState.Update;
