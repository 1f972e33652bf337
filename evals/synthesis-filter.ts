/**
 * The synthesis filter against a clinical supervisor's hand labels: 53 dialogues the pipeline
 * made from 60 posts a fresh author wrote (evals/synthesis/calibration-posts.jsonl), labelled
 * blind to the filter (calibration-labels.jsonl: per dialogue, each check and "keep").
 * Prints, per check, how often the filter's verdict matches the label, Cohen's kappa, and the
 * confusion counts; `--json` for machines. The card quotes these figures.
 *
 * `--write` stores the figures in synthesis/filter-agreement.json, which every dataset card quotes
 * (a test fails when the filter changes and the file was not rewritten).
 *
 * usage: tsx evals/synthesis-filter.ts [--json] [--write]  (npm run eval:synthesis-filter)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { scoreDialogue, type TurnCheck } from "../synthesis/filter-quality.js";
import type { Dialogue } from "../synthesis/types.js";

const read = (f: string) => readFileSync(new URL(`./synthesis/${f}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));

/** The label's field for each filter check (the filter's "length" is the label's "length_ok"). */
export const LABEL_OF: Partial<Record<TurnCheck | "keep", string>> = {
  answers_client: "answers_client",
  uses_facts: "uses_facts",
  no_repeat: "no_repeat",
  reasoning_agrees: "reasoning_agrees",
  evidence_is_clients: "evidence_is_clients",
  length: "length_ok",
  keep: "keep",
};

export function kappa(pairs: Array<[boolean, boolean]>): { agreement: number; kappa: number; both: number; onlyFilter: number; onlyLabel: number; neither: number } {
  const n = pairs.length;
  const both = pairs.filter(([a, b]) => a && b).length;
  const neither = pairs.filter(([a, b]) => !a && !b).length;
  const onlyFilter = pairs.filter(([a, b]) => a && !b).length;
  const onlyLabel = pairs.filter(([a, b]) => !a && b).length;
  const po = (both + neither) / n;
  const pa = (both + onlyFilter) / n;
  const pb = (both + onlyLabel) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return { agreement: Math.round(po * 100) / 100, kappa: pe >= 1 ? 1 : Math.round(((po - pe) / (1 - pe)) * 100) / 100, both, onlyFilter, onlyLabel, neither };
}

/**
 * Session 23's labels: 133 dialogues (60 from the pipeline as it stood, labelled by two fresh
 * supervisors, 10 of them by both; and 21 fresh posts in three versions each, rated shuffled by two
 * more), each counselor turn labelled for answering the client and for fitting their life, and the
 * dialogue for keep. The filter's keep and its per-turn answers_client are scored against them.
 */
function secondAgreement() {
  const labels = new Map(read("calibration-2-labels.jsonl").map((l: { item: string }) => [l.item, l as { item: string; keep: boolean; turns: Array<{ answers: boolean }> }]));
  const keep: Array<[boolean, boolean]> = [];
  const answers: Array<[boolean, boolean]> = [];
  for (const d of read("calibration-2-dialogues.jsonl") as Array<{ item: string; turns: Dialogue["turns"] }>) {
    const label = labels.get(d.item)!;
    const dialogue: Dialogue = { postId: d.item, themes: [], turns: d.turns, assessment: { conditions: [], problems: [], modality: null, riskLevel: "none", escalate: false } };
    const meta = d.turns.filter((t) => t.role === "counselor").map(() => ({ violations: [], escalate: false, offline: true }));
    const { reasons, turns } = scoreDialogue(dialogue, meta);
    keep.push([reasons.length === 0, label.keep]);
    turns.forEach((t, i) => label.turns[i] && answers.push([t.answers_client, label.turns[i].answers]));
  }
  return { dialogues: keep.length, turns: answers.length, checks: { keep: kappa(keep), answers_client_per_turn: kappa(answers) } };
}

export function filterAgreement() {
  const labels = new Map(read("calibration-labels.jsonl").map((l: Record<string, unknown>) => [l.item as string, l]));
  const rows = read("calibration-dialogues.jsonl").map((d: { item: string; turns: Dialogue["turns"] }) => {
    const dialogue: Dialogue = { postId: d.item, themes: [], turns: d.turns, assessment: { conditions: [], problems: [], modality: null, riskLevel: "none", escalate: false } };
    const meta = d.turns.filter((t) => t.role === "counselor").map(() => ({ violations: [], escalate: false, offline: true }));
    const { reasons } = scoreDialogue(dialogue, meta);
    const failed = new Set(reasons.map((r) => r.split(":")[0]));
    return { item: d.item, failed, label: labels.get(d.item)! };
  });
  const out: Record<string, ReturnType<typeof kappa>> = {};
  for (const [check, field] of Object.entries(LABEL_OF)) {
    const pairs = rows.map((r): [boolean, boolean] => [check === "keep" ? r.failed.size === 0 : !r.failed.has(check), Boolean(r.label[field])]);
    out[check] = kappa(pairs);
  }
  return { dialogues: rows.length, checks: out, session23: secondAgreement() };
}

if (process.argv[1] && /synthesis-filter\.ts$/.test(process.argv[1])) {
  const r = filterAgreement();
  if (process.argv.includes("--write")) {
    const file = new URL("../synthesis/filter-agreement.json", import.meta.url);
    writeFileSync(file, JSON.stringify({ labelledBy: "a fresh helper acting as clinical supervisor, blind to the filter", ...r }, null, 2) + "\n");
    console.error(`written ${file.pathname}`);
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify(r));
  else {
    console.log(`synthesis filter vs a supervisor's labels (${r.dialogues} dialogues)`);
    console.log("check                 agree  kappa  both  filter-only  label-only  neither");
    const row = ([k, v]: [string, ReturnType<typeof kappa>]) => console.log(`${k.padEnd(21)} ${v.agreement.toFixed(2).padStart(5)}  ${v.kappa.toFixed(2).padStart(5)}  ${String(v.both).padStart(4)}  ${String(v.onlyFilter).padStart(11)}  ${String(v.onlyLabel).padStart(10)}  ${String(v.neither).padStart(7)}`);
    Object.entries(r.checks).forEach(row);
    console.log(`\nsession 23: ${r.session23.dialogues} dialogues (${r.session23.turns} counselor turns) labelled by four more supervisors`);
    Object.entries(r.session23.checks).forEach(row);
  }
}
