/**
 * intake's model path: one structured call, grounded against the knowledge base and the
 * person's words; risk is the maximum of the rules and the model. Any fault leaves the rules'
 * reading in place and says so.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { Configuration } from "../graphs/configuration.js";
import type { BackendRecord, Correction, TurnUsage } from "../graphs/state.js";
import { groundExtraction, type GroundingNote } from "../grounding/check-extraction.js";
import { CONCEPTS } from "../knowledge/index.js";
import { callStructured } from "../llm/structured-call.js";
import { maxRisk } from "../safety/merge-risk.js";
import { riskRank, type RiskAssessment } from "../safety/types.js";
import type { SymptomFinding } from "../engine/types.js";
import { correctionsFor, usageUpdate } from "./model-trace.js";
import { EXTRACTION_SCHEMA_NAME, ExtractionSchema, extractionMessages, extractionSystemPrompt } from "./read-intake.prompt.js";

let systemPrompt: string | undefined;
let knownConcepts: Set<string> | undefined;

export interface ModelReading {
  findings: SymptomFinding[];
  risk: RiskAssessment;
  usage: TurnUsage;
  corrections: Correction[];
  backend: BackendRecord;
}

/** `turn` is 1-based (the turn being handled), `text` the person's latest message. */
export async function readWithModel(text: string, turn: number, rulesRisk: RiskAssessment, cfg: Configuration, config: RunnableConfig): Promise<ModelReading> {
  systemPrompt ??= extractionSystemPrompt(CONCEPTS);
  knownConcepts ??= new Set(CONCEPTS.map((c) => c.id));
  const result = await callStructured({
    task: "extraction",
    name: EXTRACTION_SCHEMA_NAME,
    schema: ExtractionSchema,
    messages: extractionMessages(systemPrompt, text),
    settings: cfg,
    config,
  });
  const usage = usageUpdate("intake", turn, result.usage);
  if (!result.value) {
    return {
      findings: [],
      risk: rulesRisk,
      usage,
      corrections: correctionsFor("intake", turn, [{ kind: "fallback", detail: `intake used the offline engine: ${result.error}` }]),
      backend: { intake: "offline-fallback", risk: "offline" },
    };
  }
  const { findings, notes } = groundExtraction(result.value, { text, turn: turn - 1, knownConcepts });
  const opinion = result.value.risk;
  const risk = maxRisk(rulesRisk, opinion, text);
  const riskNotes: GroundingNote[] = [];
  if (riskRank(opinion.level) < riskRank(rulesRisk.level) || (rulesRisk.escalate && !opinion.escalate)) {
    riskNotes.push({ kind: "risk_below_rules", detail: `model said ${opinion.level}${opinion.escalate ? " (escalate)" : ""}; the rules found ${rulesRisk.level}${rulesRisk.escalate ? " (escalate)" : ""}, which stands` });
  }
  const dropped = opinion.evidence.filter((e) => !text.includes(e));
  if (dropped.length) riskNotes.push({ kind: "quote_not_found", detail: `risk evidence not in the person's words dropped: ${dropped.map((d) => `"${d.slice(0, 60)}"`).join(", ")}` });
  if (result.repaired) notes.push({ kind: "repaired", detail: "first answer failed validation; the repair attempt was used" });
  const raised = riskRank(risk.level) > riskRank(rulesRisk.level) || (risk.escalate && !rulesRisk.escalate);
  const corrected = notes.length + riskNotes.length > 0;
  return {
    findings,
    risk,
    usage,
    corrections: correctionsFor("intake", turn, [...notes, ...riskNotes]),
    backend: { intake: corrected ? "model+corrected" : "model", risk: raised ? "model" : "offline" },
  };
}
