/**
 * Time to the person's first reply token against a model with fixed latency per call, and the
 * characters each ordinary turn sends: the whole graph streamed as an app would, on the blind
 * model-path batch. Target: first token ≤ 1.1 × one call's latency (the reply does not wait on
 * the structured reading), ≤ 16k request characters per ordinary turn.
 */
import { join } from "node:path";
import { readModelPathCases, runModelPath } from "../evals/model-path.js";
import { round } from "../evals/stats.js";

export interface FirstToken {
  latencyMs: number;
  turns: number;
  firstTokenMs: { p50: number | null; max: number | null };
  /** p50 first token / latency. */
  ratio: number | null;
  requestChars: { mean: number; max: number; over16k: number };
}

export async function firstToken(latencyMs = 1000, caseCount = 12): Promise<FirstToken> {
  const cases = readModelPathCases(join(import.meta.dirname, "../evals/heldout/model-a.jsonl"))
    .filter((c) => !c.escalate)
    .slice(0, caseCount);
  const r = await runModelPath({ style: "openai-json", cases, latencyMs, configuration: { modelTimeoutMs: latencyMs * 5 } });
  return {
    latencyMs,
    turns: r.turns,
    firstTokenMs: r.firstTokenMs,
    ratio: r.firstTokenMs.p50 === null ? null : round(r.firstTokenMs.p50 / latencyMs, 3),
    requestChars: r.requestChars,
  };
}
