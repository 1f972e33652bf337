/**
 * The dataset card: what went in, what came out and why things were left out, as JSON,
 * Markdown and an HTML page with charts.
 */
import { readFileSync } from "node:fs";
import { repetitionShare } from "./filter-quality.js";
import { escapeHtml, svgBars } from "./svg-bars.js";
import type { PostNote, PostRecord, Skip } from "./types.js";

export interface CardInput {
  input: string;
  simulator: string;
  model: string;
  skips: Skip[];
  notes: PostNote[];
  records: PostRecord[];
  seconds: number;
}

/** Bins for word counts: "0–24", "25–49"… */
function lengthBins(counts: number[], edges = [25, 50, 100, 150, 200, 300]): Record<string, number> {
  const out: Record<string, number> = {};
  const labels = edges.map((e, i) => `${i ? edges[i - 1] : 0}–${e - 1}`).concat(`${edges[edges.length - 1]}+`);
  for (const l of labels) out[l] = 0;
  for (const c of counts) {
    const bin = edges.findIndex((e) => c < e);
    out[labels[bin === -1 ? edges.length : bin]]++;
  }
  return out;
}
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const tally = (items: string[]) => [...items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);

/** The filter's agreement with a supervisor's hand labels (synthesis/filter-agreement.json, from `npm run eval:synthesis-filter -- --write`). */
interface Agreement {
  dialogues: number;
  labelledBy: string;
  checks: Record<string, { agreement: number; kappa: number }>;
}
let agreement: Agreement | undefined;
function filterAgreement(): Agreement {
  agreement ??= JSON.parse(readFileSync(new URL("./filter-agreement.json", import.meta.url), "utf8")) as Agreement;
  return agreement;
}

export function buildCard(c: CardInput) {
  const kept = c.records.filter((r) => r.status === "kept");
  const dialogues = kept.map((r) => r.dialogue!).filter(Boolean);
  const pii: Record<string, number> = {};
  for (const r of c.records) for (const [k, v] of Object.entries(r.pii)) pii[k] = (pii[k] ?? 0) + v;
  return {
    generated: new Date().toISOString(),
    input: c.input,
    clientSimulator: c.simulator,
    model: c.model,
    counts: {
      linesOrFilesSkipped: c.skips.length,
      usablePosts: c.records.length,
      kept: kept.length,
      rejected: c.records.filter((r) => r.status === "rejected").length,
      crisis: c.records.filter((r) => r.status === "crisis").length,
      counselorTurns: dialogues.reduce((n, d) => n + d.turns.filter((t) => t.role === "counselor").length, 0),
    },
    skipped: Object.fromEntries(tally(c.skips.map((s) => s.reason))),
    skippedDetail: c.skips.map((s) => s.detail),
    notes: c.notes.map((n) => n.detail),
    rejectionReasons: Object.fromEntries(tally(c.records.filter((r) => r.status === "rejected").flatMap((r) => r.reasons.map((x) => x.split(/[: ]/)[0])))),
    crisisReasons: c.records.filter((r) => r.status === "crisis").map((r) => `${r.postId}: ${r.reasons.join("; ")}`),
    conditions: Object.fromEntries(tally(dialogues.flatMap((d) => d.assessment.conditions.slice(0, 1).map((x) => `${x.icd10cm} ${x.name}`)).concat(dialogues.filter((d) => !d.assessment.conditions.length).map(() => "no disorder (problems of living or too little said)")))),
    modalities: Object.fromEntries(tally(dialogues.map((d) => d.assessment.modality ?? "none"))),
    riskLevels: Object.fromEntries(tally(c.records.map((r) => r.dialogue?.assessment.riskLevel ?? "unknown"))),
    /** Ordinary dialogues kept, crisis dialogues set apart, and dialogues dropped because reasoning and risk disagreed. */
    riskMix: {
      "ordinary, kept": kept.length,
      "crisis set (crisis protocol)": c.records.filter((r) => r.status === "crisis").length,
      "dropped: reasoning and risk disagree": c.records.filter((r) => r.reasons.some((x) => x.startsWith("risk_disagrees"))).length,
      "whole post escalated by the risk reader": c.records.filter((r) => r.postRisk?.escalate).length,
    },
    rounds: Object.fromEntries(tally(dialogues.map((d) => `${d.turns.filter((t) => t.role === "client").length} round(s)`)).sort()),
    clientTurnWords: lengthBins(dialogues.flatMap((d) => d.turns.filter((t) => t.role === "client").map((t) => words(t.content)))),
    counselorTurnWords: lengthBins(dialogues.flatMap((d) => d.turns.filter((t) => t.role === "counselor").map((t) => words(t.content)))),
    /** Share of kept counselor sentences found in 3 or more kept dialogues. */
    repetition: repetitionShare(dialogues.map((d) => d.turns.flatMap((t) => (t.role === "counselor" ? [t.content] : [])))),
    /** Share of counselor turns (every usable post's dialogue) that pass each quality check. */
    checkPassRates: passRates(c.records),
    /** How often each check's verdict matched a supervisor's hand labels (and Cohen's kappa), on the calibration set. */
    filterAgreement: filterAgreement(),
    piiReplaced: pii,
    seconds: Math.round(c.seconds * 10) / 10,
  };
}

function passRates(records: PostRecord[]): Record<string, number> {
  const turns = records.flatMap((r) => r.checks ?? []);
  const out: Record<string, number> = {};
  for (const t of turns) for (const [k, v] of Object.entries(t)) out[k] = (out[k] ?? 0) + (v ? 1 : 0);
  for (const k of Object.keys(out)) out[k] = Math.round((out[k] / turns.length) * 100) / 100;
  return out;
}

export type DatasetCard = ReturnType<typeof buildCard>;

export function cardMarkdown(card: DatasetCard): string {
  const table = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `| ${k} | ${v} |`).join("\n") || "| (none) | 0 |";
  return [
    "# psyllm synthetic counseling dialogues",
    "",
    `Built ${card.generated} from \`${card.input}\` with the psyllm counseling graph (client simulator: ${card.clientSimulator}; model: ${card.model}). Every counselor turn carries a reasoning trace (symptoms with quotes → criteria → differential with ICD-10-CM/ICD-11 codes → modality and technique → risk) and a reply without diagnostic labels. Impressions are provisional and machine-made; review before clinical use. PII is replaced by typed placeholders.`,
    "",
    `Kept ${card.counts.kept} of ${card.counts.usablePosts} usable posts (${card.counts.counselorTurns} counselor turns); ${card.counts.rejected} rejected by the quality filter; ${card.counts.crisis} crisis posts set apart; ${card.counts.linesOrFilesSkipped} lines skipped at ingestion.`,
    "",
    "## Skipped at ingestion\n| reason | count |\n|---|---|\n" + table(card.skipped),
    "## Rejected by the filter\n| check | count |\n|---|---|\n" + table(card.rejectionReasons),
    "## Leading impressions (kept)\n| impression | dialogues |\n|---|---|\n" + table(card.conditions),
    "## Modalities (kept)\n| modality | dialogues |\n|---|---|\n" + table(card.modalities),
    "## Risk levels (all usable posts)\n| level | posts |\n|---|---|\n" + table(card.riskLevels),
    "## Risk mix\n| | posts |\n|---|---|\n" + table(card.riskMix),
    `## Quality checks\nRepetition: ${(card.repetition * 100).toFixed(1)}% of kept counselor sentences stand in 3 or more kept dialogues.\n\n| check | counselor turns passing |\n|---|---|\n` + table(card.checkPassRates),
    `## How far to trust the filter\nOn ${card.filterAgreement.dialogues} dialogues hand-labelled by ${card.filterAgreement.labelledBy}:\n\n| check | agreement | kappa |\n|---|---|---|\n` +
      Object.entries(card.filterAgreement.checks).map(([k, v]) => `| ${k} | ${v.agreement} | ${v.kappa} |`).join("\n"),
    "## Rounds (kept)\n| rounds | dialogues |\n|---|---|\n" + table(card.rounds),
    "## Client turn length, words (kept)\n| words | turns |\n|---|---|\n" + table(card.clientTurnWords),
    "## Counselor turn length, words (kept)\n| words | turns |\n|---|---|\n" + table(card.counselorTurnWords),
    "## PII replaced\n| type | count |\n|---|---|\n" + table(card.piiReplaced),
    "## Crisis posts (never ordinary counseling samples)\n" + (card.crisisReasons.map((r) => `- ${r}`).join("\n") || "none"),
    "## Notes (posts kept with a change or a caveat)\n" + (card.notes.map((n) => `- ${n}`).join("\n") || "none"),
    "",
  ].join("\n\n");
}

export function cardHtml(card: DatasetCard): string {
  const bars = (title: string, o: Record<string, number>, color?: string) => svgBars(title, Object.entries(o), { color });
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : "<p>none</p>");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>psyllm dataset card</title>
<style>body{font-family:system-ui,sans-serif;max-width:920px;margin:2rem auto;padding:0 1rem;color:#222}figure{margin:1rem 0}.counts td{padding:.2rem .8rem}</style></head><body>
<h1>psyllm synthetic counseling dialogues</h1>
<p>From <code>${escapeHtml(card.input)}</code>, ${escapeHtml(card.generated)}; client simulator ${escapeHtml(card.clientSimulator)}, model ${escapeHtml(card.model)}. Impressions are provisional and machine-made. PII replaced by typed placeholders.</p>
<table class="counts" id="counts"><tr><td>usable posts</td><td>${card.counts.usablePosts}</td></tr><tr><td>kept</td><td>${card.counts.kept}</td></tr><tr><td>rejected</td><td>${card.counts.rejected}</td></tr><tr><td>crisis (set apart)</td><td>${card.counts.crisis}</td></tr><tr><td>skipped at ingestion</td><td>${card.counts.linesOrFilesSkipped}</td></tr><tr><td>counselor turns</td><td>${card.counts.counselorTurns}</td></tr></table>
${bars("Skipped at ingestion", card.skipped, "#E45756")}
${bars("Rejected by the quality filter", card.rejectionReasons, "#F58518")}
${bars("Leading impressions (kept)", card.conditions)}
${bars("Modalities (kept)", card.modalities, "#54A24B")}
${bars("Risk levels", card.riskLevels, "#B279A2")}
${bars("PII replaced", card.piiReplaced, "#9D755D")}
${bars("Risk mix", card.riskMix, "#B279A2")}
${bars("Quality checks: share of counselor turns passing", card.checkPassRates, "#4C78A8")}
<p>Repetition: ${(card.repetition * 100).toFixed(1)}% of kept counselor sentences stand in 3 or more kept dialogues.</p>
${bars("Filter agreement with a supervisor's labels", Object.fromEntries(Object.entries(card.filterAgreement.checks).map(([k, v]) => [k, v.agreement])), "#9467bd")}
${bars("Rounds (kept dialogues)", card.rounds, "#72B7B2")}
${bars("Client turn length in words (kept)", card.clientTurnWords, "#EECA3B")}
${bars("Counselor turn length in words (kept)", card.counselorTurnWords, "#FF9DA6")}
<h2>Skipped lines</h2>${list(card.skippedDetail)}
<h2>Notes</h2>${list(card.notes)}
<h2>Crisis posts</h2>${list(card.crisisReasons)}
</body></html>`;
}
