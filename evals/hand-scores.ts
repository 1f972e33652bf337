/**
 * The offline judge against the team's hand scores (evals/hand-scores.jsonl: engine replies
 * and deliberately poor ones, scored by hand on CPsyCoun's scales before the judge was run).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agreement, type Agreement } from "./agreement.js";
import { DIMENSIONS, SCALE_MAX, type JudgeInput } from "./judge.js";
import { offlineScores } from "./judge-offline.js";

export interface HandScored extends JudgeInput {
  id: string;
  hand: Record<(typeof DIMENSIONS)[number], number>;
  why: string;
}

export const HAND_SCORES_PATH = fileURLToPath(new URL("./hand-scores.jsonl", import.meta.url));

export function loadHandScores(path = HAND_SCORES_PATH): HandScored[] {
  return readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

export function measureJudgeAgreement(items = loadHandScores()): Record<(typeof DIMENSIONS)[number], Agreement> & { n: number } {
  const judged = items.map((i) => offlineScores(i));
  const out = { n: items.length } as Record<(typeof DIMENSIONS)[number], Agreement> & { n: number };
  for (const d of DIMENSIONS) out[d] = agreement(judged.map((j) => j[d]), items.map((i) => i.hand[d]), SCALE_MAX[d]);
  return out;
}
