/**
 * psyllm's public API: the counselor for apps, the graph for LangGraph users, and the types.
 */
export { createCounselor, type Counselor, type CounselorOptions, type CounselorTurn, type StreamEvent } from "./graphs/counselor.js";
export { builder, graph } from "./graphs/counseling.js";
export { CounselingState, CounselingInput, CounselingOutput, type CounselingStateType, type CounselingOutputType } from "./graphs/state.js";
export { turnState, GRAPH_NAME } from "./graphs/counseling.js";
export { hideContentFromEnv, flushTraces, redactSecrets } from "./graphs/tracing.js";
export { ConfigurationAnnotation, ConfigurationSchema, ensureConfiguration, userDataDir, type Configuration, type EscalationHook } from "./graphs/configuration.js";
export { assessmentFromState, type AssessmentOutput, type AssessedCondition } from "./graphs/assessment.js";
export { InvalidMessageError, validateUserMessage, MAX_MESSAGE_CHARS } from "./graphs/input-validation.js";
export type { RiskAssessment, RiskLevel, RiskFlag } from "./safety/types.js";
export type { DifferentialEntry, DifferentialStatus, ModalityPlan, SymptomFinding, ProblemOfLiving } from "./engine/types.js";
export {
  startScreener,
  answerScreener,
  parseAnswer,
  SCREENER_ITEMS,
  type AdministrationState,
  type AdministrationStep,
} from "./engine/screener-administration.js";
export { estimateScreener, severityBand, type ScreenerEstimate, type ScreenerId } from "./engine/screeners.js";
export { ThreadBusyError } from "./persistence/thread-lock.js";
