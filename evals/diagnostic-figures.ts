/**
 * Diagnostic reasoning figures (issue 3): top-1/top-3 on labelled vignettes, and on real
 * CounselChat questions the share whose top-3 falls in the topic's family, plus how often
 * problems-of-living questions (relationships, parenting, intimacy...) get no provisional
 * disorder.  npx tsx evals/diagnostic-figures.ts [--cases FILE] [--counselchat FILE] [--json OUT]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MemorySaver } from "@langchain/langgraph";
import { builder, turnState } from "../graphs/counseling.js";
import type { CounselingStateType } from "../graphs/state.js";
import { conditionById } from "../knowledge/index.js";
import { closeRetrievers } from "../retrieval/retriever.js";
import { LIVING_TOPICS, TOPIC_FAMILIES } from "./topic-families.js";
import { counselchatHeldOut } from "../training/train-dx.js";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "../shared/cases/dev-dx.jsonl" }, counselchat: { type: "string", default: "../shared/data/counselchat-train.jsonl" }, json: { type: "string" } },
});
const readJsonl = (p: string) => readFileSync(p, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

const app = builder.compile({ checkpointer: new MemorySaver() });
let thread = 0;
async function assess(messages: string[]): Promise<CounselingStateType> {
  const config = { configurable: { thread_id: `fig-${thread++}` } };
  let state: CounselingStateType | undefined;
  for (const m of messages) state = await turnState(app, m, config);
  return state!;
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");

const report: Record<string, unknown> = {};
const cases = readJsonl(values.cases!);
let n = 0, top1 = 0, top3 = 0, none = 0, noneOk = 0;
const misses: string[] = [];
for (const c of cases) {
  if (!Array.isArray(c.dx)) continue;
  const s = await assess(c.messages);
  const codes = s.differential.map((d) => d.icd10cm);
  if (c.dx.length) {
    n++;
    const hit = (code: string) => c.dx.some((p: string) => code.startsWith(p));
    if (codes[0] && hit(codes[0])) top1++;
    if (codes.slice(0, 3).some(hit)) top3++;
    else misses.push(`${c.id}: want ${c.dx[0]} got ${codes.slice(0, 3).join(",") || "-"}`);
  } else {
    none++;
    if (!s.differential.some((d) => d.status === "provisional")) noneOk++;
    else misses.push(`${c.id}: provisional ${codes[0]} on a problem of living`);
  }
}
report.cases = { file: values.cases, n, top1: top1 / n, top3: top3 / n, problemsOfLiving: none, notPathologised: none ? noneOk / none : null, misses };
console.log(`vignettes (${values.cases}): top-1 ${pct(top1, n)}, top-3 ${pct(top3, n)} of ${n}; problems of living not pathologised ${noneOk}/${none}`);
for (const m of misses) console.log(`  miss ${m}`);

const questions = readJsonl(values.counselchat!);
const byTopic: Record<string, { n: number; inFamily: number }> = {};
// The fifth the learned diagnostic reader never trained on (training/train-dx.ts).
const fifth = { n: 0, inFamily: 0 };
let living = 0, livingOk = 0;
const started = Date.now();
for (const [i, q] of questions.entries()) {
  const text = `${q.title ?? ""}. ${q.text ?? ""}`.slice(0, 4000);
  const s = await assess([text]);
  const families = s.differential.slice(0, 3).map((d) => conditionById(d.conditionId)?.family);
  const heldOut = counselchatHeldOut(q);
  for (const t of q.topics as string[]) {
    const fams = TOPIC_FAMILIES[t];
    if (!fams) continue;
    byTopic[t] ??= { n: 0, inFamily: 0 };
    byTopic[t].n++;
    const hit = families.some((f) => f && fams.includes(f));
    if (hit) byTopic[t].inFamily++;
    if (heldOut) {
      fifth.n++;
      if (hit) fifth.inFamily++;
    }
  }
  if ((q.topics as string[]).some((t) => LIVING_TOPICS.includes(t)) && !(q.topics as string[]).some((t) => TOPIC_FAMILIES[t])) {
    living++;
    if (!s.differential.some((d) => d.status === "provisional")) livingOk++;
  }
  if (i % 100 === 99) process.stderr.write(`counselchat: ${i + 1}/${questions.length} (${((i + 1) / ((Date.now() - started) / 1000)).toFixed(1)}/s)\n`);
}
const totalN = Object.values(byTopic).reduce((a, t) => a + t.n, 0);
const totalIn = Object.values(byTopic).reduce((a, t) => a + t.inFamily, 0);
report.counselchat = { file: values.counselchat, byTopic, disorderTopics: { n: totalN, top3InFamily: totalIn / totalN }, heldOutFifth: { n: fifth.n, top3InFamily: fifth.n ? fifth.inFamily / fifth.n : null }, livingTopics: { n: living, notPathologised: livingOk / living } };
console.log(`\nCounselChat (${questions.length} questions): disorder-topic questions whose top-3 is in the topic's family: ${pct(totalIn, totalN)} of ${totalN}`);
console.log(`  of which the fifth held out by train:dx --counselchat: ${pct(fifth.inFamily, fifth.n)} of ${fifth.n}`);
for (const [t, v] of Object.entries(byTopic).sort((a, b) => b[1].n - a[1].n)) console.log(`  ${t.padEnd(18)} ${pct(v.inFamily, v.n).padStart(6)} of ${v.n}`);
console.log(`problems-of-living questions with no provisional disorder: ${pct(livingOk, living)} of ${living}`);
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
await closeRetrievers();
