/**
 * The evaluation report as one self-contained HTML page: per-dimension scores (CPsyCoun and
 * extended), objective metrics, the family confusion matrix, risk misses and a per-case table.
 */
import type { Calibration } from "./judge-calibration.js";
import { escapeHtml as esc, svgBars } from "../synthesis/svg-bars.js";
import type { EvalReport } from "./run-eval.js";

const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

function confusionTable(cells: Record<string, Record<string, number>>): string {
  const gold = Object.keys(cells).sort();
  const pred = [...new Set(Object.values(cells).flatMap((r) => Object.keys(r)))].sort();
  const max = Math.max(1, ...Object.values(cells).flatMap((r) => Object.values(r)));
  const cell = (g: string, p: string) => {
    const v = cells[g]?.[p] ?? 0;
    const shade = Math.round(255 - (v / max) * 150);
    return `<td style="background:rgb(${shade},${shade},255)" class="${g === p ? "diag" : ""}">${v || ""}</td>`;
  };
  return `<table class="confusion" id="confusion"><tr><th>gold \\ predicted</th>${pred.map((p) => `<th>${esc(p)}</th>`).join("")}</tr>${gold.map((g) => `<tr><th>${esc(g)}</th>${pred.map((p) => cell(g, p)).join("")}</tr>`).join("")}</table>`;
}

export function reportHtml(r: EvalReport): string {
  const m = r.metrics;
  const dims = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => [k, v] as [string, number]);
  // Metrics the dataset cannot measure (no such gold labels) are left out, not drawn as 0%.
  const objective = ([
    ["diagnosis top-1", m.diagnosis.top1],
    ["diagnosis top-3", m.diagnosis.top3],
    ["family top-3 (topics)", m.familyTop3.rate],
    ["problems of living not pathologised", m.problemsOfLivingNotPathologised.rate],
    ["escalation recall", m.escalation.recall],
    ["escalation specificity", m.escalation.specificity],
    ["risk level accuracy", m.riskLevelAccuracy.rate],
    ["modality agreement", m.modalityAgreement.rate],
    ["evidence grounding", m.evidenceGrounding.rate],
  ] as Array<[string, number | null]>).filter((x): x is [string, number] => x[1] !== null);
  const agreement = Object.entries(r.judgeAgreement)
    .filter(([k]) => k !== "n")
    .map(([k, a]) => `<tr><td>${k}</td><td>${(a as { exact: number }).exact}</td><td>${(a as { withinOne: number }).withinOne}</td><td>${(a as { kappa: number }).kappa}</td></tr>`)
    .join("");
  const misses = [...m.misses.escalation.map((x) => `escalation — ${x}`), ...m.misses.riskLevel.map((x) => `risk level — ${x}`)];
  const rows = r.cases
    .map((c) => {
      const last = c.turns[c.turns.length - 1];
      const s = last?.scores;
      return `<tr><td>${esc(c.id)}</td><td>${esc((c.gold.dx ?? c.gold.families ?? []).join("/") || (c.gold.dx ? "none" : ""))}</td><td>${esc(c.predicted.differential.slice(0, 3).map((d) => `${d.icd10cm}${d.status === "provisional" ? "*" : ""}`).join(", "))}</td><td>${esc(c.predicted.riskLevel)}${c.predicted.escalate ? " ⚑" : ""}</td><td>${esc(c.predicted.modality ?? "")}</td><td>${s ? `${s.comprehensiveness}/${s.professionalism}/${s.authenticity}/${s.safetyExtended}` : ""}</td><td class="reply">${esc(last?.reply.slice(0, 220) ?? "")}</td></tr>`;
    })
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>psyllm evaluation</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}.reply{max-width:420px;color:#444}.grid{display:flex;flex-wrap:wrap;gap:1rem}.scroll{overflow-x:auto}.confusion th{font-size:11px}</style></head><body>
<h1>psyllm evaluation</h1>
<p>${esc(r.meta.dataset)} — ${r.meta.cases} cases, ${r.meta.turns} turns (CPsyCoun turn-based protocol); model <b>${esc(r.meta.model)}</b>, judge <b>${esc(r.meta.judge)}</b>; ${esc(r.meta.date)}.</p>
<div class="grid">
${svgBars("CPsyCoun dimensions (0–2, 0–3, 0–3, 0–1)", dims(r.dimensions.cpsycoun), { format: (v) => v.toFixed(2) })}
${svgBars("Extended (safety adds crisis handling and harm)", dims(r.dimensions.extended), { color: "#54A24B", format: (v) => v.toFixed(2) })}
</div>
${svgBars("Objective metrics", objective, { color: "#F58518", format: (v) => `${(v * 100).toFixed(0)}%` })}
<p id="figures">Latency per turn p50 ${m.latencyMs.p50} ms, p95 ${m.latencyMs.p95} ms; model calls per turn ${m.perTurn.modelCalls}, tokens per turn ${m.perTurn.tokens}. Diagnosis n=${m.diagnosis.n} (top-1 ${pct(m.diagnosis.top1)}, top-3 ${pct(m.diagnosis.top3)}); escalation ${m.escalation.positives} positive / ${m.escalation.negatives} negative cases.</p>
<h2>Judge agreement with hand scores (n=${r.judgeAgreement.n})</h2>
<table id="agreement"><tr><th>dimension</th><th>exact</th><th>within 1</th><th>weighted κ</th></tr>${agreement}</table>
${calibrationHtml(r.judgeCalibration)}
<h2>Diagnostic family: gold against predicted top impression</h2>
<div class="scroll">${confusionTable(r.confusion)}</div>
<h2>Risk misses (${misses.length})</h2>
${misses.length ? `<ul id="risk-misses">${misses.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>` : `<p id="risk-misses">none</p>`}
<h2>Diagnosis misses (${m.misses.diagnosis.length}) and pathologised ordinary troubles (${m.misses.pathologised.length})</h2>
<ul>${[...m.misses.diagnosis, ...m.misses.pathologised.map((x) => `pathologised — ${x}`)].map((x) => `<li>${esc(x)}</li>`).join("")}</ul>
<h2>Cases</h2>
<table id="cases"><tr><th>id</th><th>gold</th><th>top 3 (* provisional)</th><th>risk</th><th>modality</th><th>last turn C/P/A/S</th><th>last reply</th></tr>${rows}</table>
</body></html>`;
}

/** The judge's calibration on real therapists' answers and its agreement with blind ratings. */
function calibrationHtml(c: Calibration | null | undefined): string {
  if (!c) return `<h2>Judge calibration</h2><p>Not measured: CounselChat (../shared/data) is not present.</p>`;
  const blind = c.blindAgreement;
  const rows = blind
    ? ["comprehensiveness", "professionalism", "authenticity", "safety", "total"].map((k) => `<tr><td>${k}</td><td>${blind[k].exact}</td><td>${blind[k].withinOne}</td><td>${blind[k].kappa}</td></tr>`).join("")
    : "";
  return `<h2>Judge calibration (CounselChat, ${c.questions} real questions)</h2>
<p id="calibration">Licensed therapists' answers score above a stock reply on ${pct(c.therapistBeatsStock)} of questions and above another question's good answer on ${pct(c.therapistBeatsMismatched)} (mean totals: therapist ${c.meanTotal.therapist}, stock ${c.meanTotal.stock}, mismatched ${c.meanTotal.mismatched}).</p>
${blind ? `<h3>Agreement with blind ratings (n=${blind.n}; ${blind.stale} ratings of replies since changed left out)</h3><table id="blind-agreement"><tr><th>dimension</th><th>exact</th><th>within 1</th><th>weighted κ</th></tr>${rows}</table>` : ""}`;
}
