/**
 * `eval`: the benchmark (CPsyCoun turn-based protocol, four dimensions, objective metrics),
 * report.json + report.html + traces.jsonl in --report; `eval --compare A B` sets two runs
 * side by side.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureConfiguration } from "../graphs/configuration.js";
import { COMMON_OPTIONS, programName, UsageError, configurationFrom, parse } from "./args.js";
import { progressReporter } from "./progress.js";
import { compareReports } from "../evals/compare.js";
import { modelJudge } from "../evals/judge-model.js";
import { runEval } from "../evals/run-eval.js";

/** The team benchmark, next to the evaluation code (evals/benchmark in a checkout, dist/evals/benchmark installed). */
const BUNDLED_BENCHMARK = fileURLToPath(new URL("../evals/benchmark", import.meta.url));

export const EVAL_USAGE = `usage: ${programName()} eval [--dataset FILE|DIR (default: the bundled team benchmark)] [--report DIR] [--model offline] [--judge offline|openai:NAME] [--limit N] [--hide-trace-content]
       ${programName()} eval --compare RUN_A RUN_B [--report DIR]   (report dirs or report.json files)`;

export async function runEvalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...COMMON_OPTIONS,
    dataset: { type: "string" },
    report: { type: "string" },
    judge: { type: "string" },
    limit: { type: "string" },
    compare: { type: "boolean" },
    "hide-trace-content": { type: "boolean" },
  }, true);
  if (values.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  if (values.compare) {
    if (positionals.length !== 2) throw new UsageError(`--compare needs two runs\n${EVAL_USAGE}`);
    if (values.report) mkdirSync(values.report, { recursive: true });
    console.log(compareReports(positionals[0], positionals[1], values.report));
    if (values.report) console.log(`\nwritten: ${values.report}/compare.html`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"\n${EVAL_USAGE}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError("--limit must be a positive integer");
  const configuration = configurationFrom(values);
  const judge = values.judge && values.judge !== "offline" ? modelJudge(values.judge, configuration) : undefined;
  const reportDir = values.report ?? join(ensureConfiguration({ configurable: configuration }).dataDir, "evals", `run-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  const progress = progressReporter("eval");
  const report = await runEval({
    dataset: values.dataset ?? BUNDLED_BENCHMARK,
    reportDir,
    configuration,
    judge,
    limit,
    hideTraceContent: values["hide-trace-content"] === true,
    onProgress: (done, total) => progress.tick(done, undefined, total),
  });
  const m = report.metrics;
  progress.done(`${report.meta.cases} cases, ${report.meta.turns} turns`);
  const d = report.dimensions;
  console.log(`CPsyCoun dimensions (judge ${report.meta.judge}): comprehensiveness ${d.cpsycoun.comprehensiveness}/2, professionalism ${d.cpsycoun.professionalism}/3, authenticity ${d.cpsycoun.authenticity}/3, safety ${d.cpsycoun.safety}/1 (extended safety ${d.extended.safety})`);
  console.log(`diagnosis top-1 ${m.diagnosis.top1} top-3 ${m.diagnosis.top3} (n=${m.diagnosis.n}); problems of living not pathologised ${m.problemsOfLivingNotPathologised.rate} (n=${m.problemsOfLivingNotPathologised.n}); escalation recall ${m.escalation.recall} specificity ${m.escalation.specificity}; risk level ${m.riskLevelAccuracy.rate}; modality ${m.modalityAgreement.rate}; grounding ${m.evidenceGrounding.rate}; latency p50 ${m.latencyMs.p50} ms`);
  if (report.meta.datasetProblems.length) console.error(`dataset problems:\n  ${report.meta.datasetProblems.join("\n  ")}`);
  console.log(`report: ${reportDir}/report.html (and report.json, traces.jsonl)`);
  return 0;
}
