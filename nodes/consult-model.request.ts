/**
 * The reading request for this turn: the dialogue window (both sides), the candidates chosen
 * by reasonDifferential (retrieval's and the engine's) as knowledge-base passages, their
 * concepts, and a schema whose enums are exactly those ids.
 */
import type { z } from "zod";
import type { CounselingStateType } from "../graphs/state.js";
import { candidateConcepts } from "../engine/candidates.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { jsonSchemaOf } from "../llm/structured-call.js";
import type { Condition } from "../knowledge/types.js";
import { READING_LIMITS, READING_SCHEMA_NAME, readingMessages, readingSchema } from "./consult-model.prompt.js";
import { dialogueOf } from "./messages.js";

export function timingText(state: Pick<CounselingStateType, "timing">): string {
  const t = state.timing;
  const parts: string[] = [];
  if (t.durationDays !== undefined) parts.push(`lasting about ${t.durationDays} days`);
  if (t.stressorAgoDays !== undefined) parts.push(`stressor about ${t.stressorAgoDays} days ago`);
  if (t.lifelong) parts.push("lifelong");
  return parts.join("; ");
}

/**
 * Characters the reading request may take (system, last message and schema), so an ordinary
 * turn with its reply call stays within 16k; fewer candidates are offered when a long message
 * needs the room.
 */
export const READING_BUDGET = 11_500;

export function readingRequest(state: CounselingStateType) {
  let best: ReturnType<typeof build> | undefined;
  for (const [conditions, concepts] of [[READING_LIMITS.conditions, READING_LIMITS.concepts], [3, 18], [2, 12], [1, 8]] as const) {
    best = build(state, conditions, concepts);
    if (requestChars(best) <= READING_BUDGET) break;
  }
  return best!;
}

/** What a request costs in characters: every message and the schema as sent. */
export function requestChars(r: { messages: Array<{ content: unknown }>; wireSchema: z.ZodType }): number {
  // The chosen schema's conversion is cached, so the call does not convert it again.
  return r.messages.reduce((a, m) => a + String(m.content).length, 0) + JSON.stringify(jsonSchemaOf(r.wireSchema)).length;
}

function build(state: CounselingStateType, maxConditions: number, maxConcepts: number) {
  const model = knowledgeModel();
  const chosen = state.candidates
    .slice(0, maxConditions)
    .map((c) => ({ condition: model.conditions.find((x) => x.id === c.conditionId), from: c.from.join("+") }))
    .filter((c): c is { condition: Condition; from: string } => !!c.condition);
  const conditions = chosen.map((c) => c.condition);
  const recent = state.findings.filter((f) => f.turn >= state.turn - 3);
  const concepts = candidateConcepts(conditions, recent, model, maxConcepts);
  const codes = conditions.flatMap((c) => [c.codes.icd10cm, ...(c.specifiers ?? []).map((s) => s.icd10cm)]).filter((v, i, a) => a.indexOf(v) === i);
  const criteria = conditions.flatMap((c) => c.criteria.flatMap((g) => g.items.map((i) => i.id)));
  return {
    name: READING_SCHEMA_NAME,
    schema: readingSchema({ concepts: concepts.map((c) => c.id), codes, criteria }, false),
    wireSchema: readingSchema({ concepts: concepts.map((c) => c.id), codes, criteria }),
    messages: readingMessages({ dialogue: dialogueOf(state.messages), candidates: chosen, concepts, findings: recent, timing: timingText(state) }),
  };
}
