/**
 * `eval --compare A B`: two runs side by side (offline against a model, or two versions),
 * as text and as compare.html.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml as esc } from "../synthesis/svg-bars.js";
import type { EvalReport } from "./run-eval.js";

export function readReport(path: string): EvalReport {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "report.json") : path;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read report "${file}": ${(error as Error).message}`);
  }
}

export function compareRows(a: EvalReport, b: EvalReport): Array<[string, number | null, number | null]> {
  const m = (r: EvalReport) => r.metrics;
  return [
    ...(["comprehensiveness", "professionalism", "authenticity", "safety"] as const).map((d) => [`CPsyCoun ${d}`, a.dimensions.cpsycoun[d], b.dimensions.cpsycoun[d]] as [string, number, number]),
    ["extended safety", a.dimensions.extended.safety, b.dimensions.extended.safety],
    ["diagnosis top-1", m(a).diagnosis.top1, m(b).diagnosis.top1],
    ["diagnosis top-3", m(a).diagnosis.top3, m(b).diagnosis.top3],
    ["problems of living not pathologised", m(a).problemsOfLivingNotPathologised.rate, m(b).problemsOfLivingNotPathologised.rate],
    ["escalation recall", m(a).escalation.recall, m(b).escalation.recall],
    ["escalation specificity", m(a).escalation.specificity, m(b).escalation.specificity],
    ["risk level accuracy", m(a).riskLevelAccuracy.rate, m(b).riskLevelAccuracy.rate],
    ["modality agreement", m(a).modalityAgreement.rate, m(b).modalityAgreement.rate],
    ["evidence grounding", m(a).evidenceGrounding.rate, m(b).evidenceGrounding.rate],
    ["latency p50 ms", m(a).latencyMs.p50, m(b).latencyMs.p50],
    ["model calls per turn", m(a).perTurn.modelCalls, m(b).perTurn.modelCalls],
    ["tokens per turn", m(a).perTurn.tokens, m(b).perTurn.tokens],
  ];
}

export function compareReports(pathA: string, pathB: string, outDir?: string): string {
  const a = readReport(pathA);
  const b = readReport(pathB);
  const rows = compareRows(a, b);
  const f = (v: number | null) => (v === null ? "—" : String(v));
  const label = (r: EvalReport) => `${r.meta.model} (${r.meta.date.slice(0, 16)})`;
  const text = [`A: ${label(a)} on ${a.meta.dataset}`, `B: ${label(b)} on ${b.meta.dataset}`, "", ...rows.map(([k, x, y]) => `${k.padEnd(38)} ${f(x).padStart(8)} ${f(y).padStart(8)}${x !== null && y !== null && x !== y ? `  (${y > x ? "+" : ""}${Math.round((y - x) * 1000) / 1000})` : ""}`)].join("\n");
  if (outDir) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>psyllm: compare runs</title><style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2rem auto}td,th{border:1px solid #ddd;padding:3px 8px}table{border-collapse:collapse}.up{color:#1a7f37}.down{color:#c62828}</style></head><body><h1>Two evaluation runs</h1><p>A: ${esc(label(a))}<br>B: ${esc(label(b))}</p><table id="compare"><tr><th>metric</th><th>A</th><th>B</th><th>B − A</th></tr>${rows
      .map(([k, x, y]) => {
        const d = x !== null && y !== null ? Math.round((y - x) * 1000) / 1000 : null;
        return `<tr><td>${esc(k)}</td><td>${f(x)}</td><td>${f(y)}</td><td class="${d && d > 0 ? "up" : d && d < 0 ? "down" : ""}">${d === null ? "" : d}</td></tr>`;
      })
      .join("")}</table></body></html>`;
    writeFileSync(join(outDir, "compare.html"), html);
  }
  return text;
}
