/**
 * One evaluation run, CPsyCoun's turn-based protocol: a case's m user turns go to one thread
 * in order, and every turn's reply is judged with the real history before it; objective
 * metrics use the state after the last turn. Writes report.json, report.html and traces.jsonl.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createCounselor } from "../graphs/counselor.js";
import { ensureConfiguration } from "../graphs/configuration.js";
import { isPresent } from "../engine/presence.js";
import { CONDITIONS, conceptById, conditionById } from "../knowledge/index.js";
import { MODALITIES } from "../knowledge/modalities.js";
import type { ModalityId } from "../knowledge/types.js";
import { loadCases, type BenchmarkCase } from "./datasets.js";
import { DIMENSIONS, type DimensionScores, type Judge } from "./judge.js";
import { offlineJudge } from "./judge-offline.js";
import { BLIND_RATINGS, COUNSELCHAT, calibrate, loadCounselChat, type BlindRating, type Calibration } from "./judge-calibration.js";
import { computeMetrics, type CaseOutcome } from "./metrics.js";
import { reportHtml } from "./report-html.js";
import { measureJudgeAgreement } from "./hand-scores.js";
import { LocalTraceHandler } from "./traces.js";

export interface EvalOptions {
  dataset: string;
  reportDir: string;
  configuration?: Record<string, unknown>;
  judge?: Judge;
  limit?: number;
  /** Leave conversation text out of the local traces. */
  hideTraceContent?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface TurnRecord {
  caseId: string;
  turn: number;
  userText: string;
  reply: string;
  latencyMs: number;
  calls: number;
  tokens: number;
  scores: DimensionScores;
}

const lower = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

export async function runEval(options: EvalOptions) {
  const { cases, problems } = loadCases(options.dataset, options.limit);
  if (!cases.length) throw new Error(`no usable cases in ${options.dataset}${problems.length ? ` (${problems.slice(0, 3).join("; ")})` : ""}`);
  mkdirSync(options.reportDir, { recursive: true });
  const cfg = ensureConfiguration({ configurable: options.configuration ?? {} });
  const judge = options.judge ?? offlineJudge;
  // One switch hides the conversation everywhere: the local traces and LangSmith's.
  const hideContent = options.hideTraceContent === true || cfg.hideContent;
  const traces = new LocalTraceHandler(join(options.reportDir, "traces.jsonl"), hideContent);
  const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration: { ...options.configuration, mode: "synthesis", hideContent }, callbacks: [traces] });
  const outcomes: CaseOutcome[] = [];
  const turns: TurnRecord[] = [];
  try {
    let done = 0;
    for (const c of cases) {
      const thread = `eval-${c.id}`;
      const history: Array<{ role: "person" | "counselor"; text: string }> = [];
      const caseTurns: CaseOutcome["turns"] = [];
      let last;
      for (const [i, text] of c.messages.entries()) {
        traces.context = { caseId: c.id, turn: i + 1 };
        const t0 = performance.now();
        last = await counselor.send(thread, text);
        const latencyMs = performance.now() - t0;
        const state = (await counselor.state(thread))!;
        const described = state.findings.filter((f) => f.turn === i && isPresent(f, true)).map((f) => conceptById(f.concept)?.plain ?? "").filter(Boolean);
        const scores = await judge.score({
          history: [...history],
          userText: text,
          reply: last.response,
          escalate: state.risk.escalate,
          technique: state.modality?.technique,
          offer: state.modality ? MODALITIES[state.modality.primary as ModalityId]?.plainOffer : undefined,
          described,
          guardViolations: state.safety.violations.filter((v) => v !== "missing_resources"),
        });
        const tokens = last.usage.promptTokens + last.usage.completionTokens;
        turns.push({ caseId: c.id, turn: i + 1, userText: text, reply: last.response, latencyMs: Math.round(latencyMs * 10) / 10, calls: last.usage.calls, tokens, scores });
        caseTurns.push({ latencyMs, calls: last.usage.calls, tokens });
        history.push({ role: "person", text }, { role: "counselor", text: last.response });
      }
      const state = (await counselor.state(thread))!;
      const said = lower(c.messages.join("\n"));
      const quotes = [...state.findings.map((f) => f.quote), ...last!.differential.flatMap((d) => d.criteria.map((k) => k.evidence ?? "").filter(Boolean)), ...last!.risk.evidence];
      outcomes.push({
        id: c.id,
        gold: { dx: c.dx, families: c.families, risk: c.risk, escalate: c.escalate, modality: c.modality },
        predicted: {
          differential: last!.differential.map((d) => ({ icd10cm: d.icd10cm, status: d.status, family: conditionById(d.conditionId)?.family })),
          riskLevel: last!.risk.level,
          escalate: last!.risk.escalate,
          modality: last!.risk.escalate && state.crisis ? "crisis-protocol" : (last!.modality?.primary ?? null),
        },
        quotes: { total: quotes.length, grounded: quotes.filter((q) => said.includes(lower(q))).length },
        turns: caseTurns,
      });
      options.onProgress?.(++done, cases.length);
    }
  } finally {
    await counselor.close();
  }
  const metrics = computeMetrics(outcomes);
  const mean = (k: keyof DimensionScores) => Math.round((turns.reduce((a, t) => a + (t.scores[k] as number), 0) / (turns.length || 1)) * 100) / 100;
  const dimensions = {
    cpsycoun: Object.fromEntries(DIMENSIONS.map((d) => [d, mean(d)])) as Record<(typeof DIMENSIONS)[number], number>,
    extended: { ...Object.fromEntries(DIMENSIONS.map((d) => [d, mean(d)])), safety: mean("safetyExtended") } as Record<(typeof DIMENSIONS)[number], number>,
  };
  const report = {
    meta: {
      date: new Date().toISOString(),
      dataset: options.dataset,
      model: cfg.model,
      judge: judge.name,
      cases: cases.length,
      turns: turns.length,
      datasetProblems: problems,
    },
    dimensions,
    judgeAgreement: measureJudgeAgreement(),
    // Is the judge worth trusting? Therapists' real answers against stock and mismatched replies,
    // and agreement with blind ratings (needs ../shared/data; null without it).
    judgeCalibration: judgeCalibration(),
    metrics,
    confusion: familyConfusion(cases, outcomes),
    cases: outcomes.map((o) => ({ ...o, turns: turns.filter((t) => t.caseId === o.id) })),
  };
  writeFileSync(join(options.reportDir, "report.json"), JSON.stringify(report, null, 2));
  writeFileSync(join(options.reportDir, "report.html"), reportHtml(report));
  return report;
}

function judgeCalibration(): Calibration | null {
  if (!existsSync(COUNSELCHAT)) return null;
  const ratings = existsSync(BLIND_RATINGS) ? readFileSync(BLIND_RATINGS, "utf8").trim().split("\n").map((l) => JSON.parse(l) as BlindRating) : [];
  return calibrate(loadCounselChat(), undefined, ratings);
}

/** Gold family (first dx prefix's condition family, or "none") against the predicted top-1 family. */
function familyConfusion(cases: BenchmarkCase[], outcomes: CaseOutcome[]) {
  const goldFamily = (c: BenchmarkCase): string | undefined => {
    if (c.families?.length) return c.families[0];
    if (!c.dx) return undefined;
    if (!c.dx.length) return "none";
    const hit = [...(conditionsByCode ??= codeIndex()).entries()].find(([code]) => code.startsWith(c.dx![0].toUpperCase()) || c.dx![0].toUpperCase().startsWith(code));
    return hit?.[1] ?? "other";
  };
  const cells: Record<string, Record<string, number>> = {};
  outcomes.forEach((o, i) => {
    const g = goldFamily(cases[i]);
    if (!g) return;
    const top = o.predicted.differential.find((d) => d.status !== "rule-out");
    const p = top && (top.status === "provisional" || g !== "none") ? (top.family ?? "other") : "none";
    cells[g] ??= {};
    cells[g][p] = (cells[g][p] ?? 0) + 1;
  });
  return cells;
}

let conditionsByCode: Map<string, string> | undefined;
/** ICD-10-CM code → diagnostic family, from the knowledge base (specifier codes included). */
function codeIndex(): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of CONDITIONS) for (const code of [c.codes.icd10cm, ...(c.specifiers ?? []).map((s) => s.icd10cm)]) if (!m.has(code.toUpperCase())) m.set(code.toUpperCase(), c.family);
  return m;
}

export type EvalReport = Awaited<ReturnType<typeof runEval>>;
