/**
 * respond: the counselor's reply for an ordinary turn (the safety check still reviews it).
 * Offline, the engine composes it; with a reply model, the model writes it (streamed) from the
 * plan the graph reasoned out, and the offline reply stands in when the model fails or
 * oversteps (compose-response.model.ts).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import { usesModel } from "../graphs/models.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { composeCarerReply } from "../engine/carer-reply.js";
import { composeReply } from "../engine/compose-reply.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { withDirectQuestion } from "../safety/direct-question.js";
import { resourcesLine } from "../safety/resources-line.js";
import type { RiskAssessment } from "../safety/types.js";
import { counselWithModel } from "./compose-response.counselor.js";
import { writeWithModel } from "./compose-response.model.js";
import { askedQuestions, counselorTexts, latestUserText, userTexts } from "./messages.js";

const DEFAULT_PLAN = { primary: "PCT", alternatives: [], rationale: "", technique: "reflective listening", school: "humanistic" };

/** The engine's reply: to the person about themselves, or to a carer about the person they describe. */
function offlineReply(state: CounselingStateType, turn: number, resources: string | undefined, grounded: boolean): string {
  const subject = state.subject;
  if (subject.kind === "other") {
    const reply = composeCarerReply({
      who: subject.who,
      theirFindings: state.findings.filter((f) => f.turn === turn && f.about === subject.who && !f.negated),
      differential: state.differential,
      timing: state.timing,
      followUp: state.followUp,
      turn,
      userText: latestUserText(state.messages),
      previousReplies: counselorTexts(state.messages),
      asked: askedQuestions(state.messages),
      earlierText: userTexts(state.messages).slice(0, -1).join("\n"),
      grounded,
    });
    return resources ? `${resources} ${reply}` : reply;
  }
  return composeReply({
    userText: latestUserText(state.messages),
    turnFindings: state.findings.filter((f) => f.turn === turn),
    timing: state.timing,
    differential: state.differential,
    problems: state.problems,
    previousReplies: counselorTexts(state.messages),
    asked: askedQuestions(state.messages),
    earlierText: userTexts(state.messages).slice(0, -1).join("\n"),
    followUpAbout: state.followUpAbout,
    plan: state.modality ?? DEFAULT_PLAN,
    followUp: state.followUp,
    risk: state.risk,
    turn,
    model: knowledgeModel(),
    grounded,
    ...(resources ? { resourcesLine: resources } : {}),
  });
}

/** The question a reply ends on, if any. */
function closingQuestion(reply: string): string | undefined {
  return reply.match(/[^.!?\n]*\?/g)?.pop()?.trim();
}

/**
 * When the risk reader's signs were uncertain, the reply asks the C-SSRS questions directly.
 * Otherwise the state's follow-up is the question the reply actually asks (the planner may
 * have chosen one that fits the person better than the engine's diagnostic question).
 */
function asked(state: CounselingStateType, reply: string): Pick<CounselingUpdate, "response" | "followUp" | "followUpAbout"> {
  const q = state.turnRisk.askedDirectly;
  // A carer writing about someone else is not asked about themselves on the strength of that person's words.
  if (!q || state.risk.escalate || state.subject.kind === "other") {
    const closing = closingQuestion(reply);
    if (!closing || closing === state.followUp) return { response: reply };
    return { response: reply, followUp: closing, followUpAbout: "what the person wrote about (reply planner)" };
  }
  return { response: withDirectQuestion(reply, q.question), followUp: q.question, followUpAbout: "suicide risk (C-SSRS screening questions, asked directly)" };
}

export async function respond(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const turn = Math.max(0, state.turn - 1);
  // Risk raised earlier in the session stays visible: resources lead every later reply.
  const resources = state.risk.escalate ? resourcesLine(state.risk, cfg.locale, undefined, latestUserText(state.messages), counselorTexts(state.messages)) : undefined;
  const offline = () => offlineReply(state, turn, resources, cfg.replyStyle === "grounded");
  if (!usesModel("reply", cfg)) return { ...asked(state, offline()), backend: { respond: "offline" } };
  if (cfg.modelMode === "counselor") {
    // One call: reasoning (hidden, grounded into the assessment) and the reply.
    const turn = await counselWithModel(state, cfg, config, resources);
    const reading = turn.update;
    const corrections = turn.corrections;
    const backend = { ...(reading.backend ?? {}), respond: turn.backend };
    return { ...reading, ...asked({ ...state, turnRisk: (reading.turnRisk as RiskAssessment | undefined) ?? state.turnRisk }, turn.reply ?? offline()), backend, ...(corrections.length ? { corrections } : {}) };
  }
  const written = await writeWithModel(state, cfg, config, resources);
  return {
    ...asked(state, written.reply ?? offline()),
    backend: { respond: written.backend },
    usage: written.usage,
    ...(written.corrections.length ? { corrections: written.corrections } : {}),
  };
}
