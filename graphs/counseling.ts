/**
 * The counseling graph:
 *   intake → retrieve → reasonDifferential → selectModality → respond ─┬→ safetyCheck
 *                                                           → consult ─┘
 *   intake → crisisRespond → reasonDifferential → safetyCheck   (crisis path)
 *
 * respond and consult run alongside: the reply (streamed, planned from the engine's reading and
 * the previous turn's model reading) does not wait on this turn's model reading, which is merged
 * before safetyCheck, the join, saves the turn. Offline, consult does nothing.
 *
 * `builder` is exported uncompiled so apps and tests compile it with their own checkpointer.
 * (The differential node is named reasonDifferential because LangGraph forbids a node sharing
 * a name with a state key, and `differential` is the state key the CONTRACT uses.)
 */
import { HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { END, START, StateGraph } from "@langchain/langgraph";
import { ConfigurationSchema } from "./configuration.js";
import { routeAfterDifferential, routeAfterIntake } from "./routers.js";
import { CounselingInput, CounselingOutput, CounselingState, type CounselingStateType } from "./state.js";
import { safetyCheck } from "../nodes/check-safety.js";
import { respond } from "../nodes/compose-response.js";
import { intake } from "../nodes/read-intake.js";
import { reasonDifferential } from "../nodes/reason-differential.js";
import { consult } from "../nodes/consult-model.js";
import { crisisRespond } from "../nodes/respond-crisis.js";
import { retrieve } from "../nodes/retrieve-knowledge.js";
import { selectModality } from "../nodes/select-modality.js";

export const builder = new StateGraph({ state: CounselingState, input: CounselingInput, output: CounselingOutput, context: ConfigurationSchema })
  .addNode("intake", intake)
  .addNode("retrieve", retrieve)
  .addNode("crisisRespond", crisisRespond)
  .addNode("reasonDifferential", reasonDifferential)
  .addNode("selectModality", selectModality)
  .addNode("respond", respond)
  .addNode("consult", consult)
  .addNode("safetyCheck", safetyCheck)
  .addEdge(START, "intake")
  .addConditionalEdges("intake", routeAfterIntake, ["crisisRespond", "retrieve"])
  .addEdge("retrieve", "reasonDifferential")
  .addEdge("crisisRespond", "reasonDifferential")
  .addConditionalEdges("reasonDifferential", routeAfterDifferential, ["selectModality", "safetyCheck"])
  .addEdge("selectModality", "respond")
  .addEdge("selectModality", "consult")
  .addEdge(["respond", "consult"], "safetyCheck")
  .addEdge("safetyCheck", END);

/** A compiled counseling graph with a checkpointer, as turnState needs it. */
export interface CheckpointedGraph {
  invoke(input: { messages: BaseMessage[] }, config: RunnableConfig): Promise<unknown>;
  getState(config: RunnableConfig): Promise<{ values: unknown }>;
}

/**
 * Runs one turn and returns the thread's whole state (findings, timing, candidates...): a run
 * itself returns only CounselingOutput. For tests, evaluations and clinicians' tools; the graph
 * must have a checkpointer and `config` a thread_id.
 */
export async function turnState(app: CheckpointedGraph, text: string, config: RunnableConfig): Promise<CounselingStateType> {
  await app.invoke({ messages: [new HumanMessage(text)] }, config);
  return (await app.getState(config)).values as CounselingStateType;
}

/** The name of the graph's root run in traces (LangSmith, Studio). */
export const GRAPH_NAME = "psyllm counseling";

/** The compiled graph without a checkpointer (LangGraph Studio and the API server add their own). */
export const graph = builder.compile({ name: GRAPH_NAME });
