/**
 * respond: the counselor's reply for an ordinary turn (the safety check still reviews it).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { composeReply } from "../engine/compose-reply.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { resourcesLine } from "../safety/resources-line.js";
import { latestUserText } from "./messages.js";

export async function respond(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const turn = Math.max(0, state.turn - 1);
  const response = composeReply({
    userText: latestUserText(state.messages),
    turnFindings: state.findings.filter((f) => f.turn === turn),
    timing: state.timing,
    differential: state.differential,
    problems: state.problems,
    plan: state.modality ?? { primary: "PCT", alternatives: [], rationale: "", technique: "reflective listening", school: "humanistic" },
    followUp: state.followUp,
    risk: state.risk,
    turn,
    model: knowledgeModel(),
    // Risk raised earlier in the session stays visible: resources lead every later reply.
    ...(state.risk.escalate ? { resourcesLine: resourcesLine(state.risk, cfg.locale) } : {}),
  });
  return { response, backend: { respond: "offline" } };
}
