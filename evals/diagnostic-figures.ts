/**
 * Diagnostic reasoning figures (issue 3): top-1/top-3 on labelled vignettes, and on real
 * CounselChat questions the share whose top-3 falls in the topic's family, plus how often
 * problems-of-living questions (relationships, parenting, intimacy...) get no provisional
 * disorder.  npx tsx evals/diagnostic-figures.ts [--cases FILE,FILE...] [--counselchat FILE] [--json OUT]
 * (default cases: the blind batches in evals/heldout; ../shared/cases/dev-dx.jsonl on request).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MemorySaver } from "@langchain/langgraph";
import { builder, turnState } from "../graphs/counseling.js";
import type { CounselingStateType } from "../graphs/state.js";
import { conditionById } from "../knowledge/index.js";
import { closeRetrievers } from "../retrieval/retriever.js";
import { LIVING_TOPICS, TOPIC_FAMILIES } from "./topic-families.js";
import { conditionsForCode, counselchatHeldOut } from "../training/train-dx.js";

/** The blind diagnostic batches (evals/heldout), each scored once before it was worked on; see the README. */
const BLIND_SETS = ["dx-g", "dx-h", "dx-t", "dx-i", "dx-j", "qa-k", "qa-l", "dx-m", "qa-n", "dx-o", "qa-p", "dx-u", "dx-v", "dx-w", "dx-x", "dx-y", "dx-z", "dx-y2", "dx-z2", "dx-y3", "dx-z3", "dx-y4", "dx-z4"].map((b) => `evals/heldout/${b}.jsonl`).filter((f) => existsSync(f)).join(",");
const { values } = parseArgs({
  options: { cases: { type: "string", default: BLIND_SETS }, counselchat: { type: "string", default: "../shared/data/counselchat-train.jsonl" }, json: { type: "string" } },
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
/** The gold code names the condition (its default code, or a prefix of its codes), or the code given starts with it. */
const hitCode = (gold: string[], d: { conditionId: string; icd10cm: string }) => gold.some((p) => d.icd10cm.startsWith(p) || conditionsForCode(p).includes(d.conditionId));
const caseFiles = values.cases!.split(",").map((f) => f.trim()).filter(Boolean);
report.cases = [];
for (const file of caseFiles) {
  const cases = readJsonl(file);
  let n = 0, top1 = 0, top3 = 0, none = 0, noneOk = 0, fam = 0, famHit = 0;
  const misses: string[] = [];
  for (const c of cases) {
    if (!Array.isArray(c.dx)) continue;
    const s = await assess(c.messages);
    const top = s.differential.slice(0, 3);
    const codes = top.map((d) => d.icd10cm);
    // Q&A-register batches carry the site topic too: the same family figure as CounselChat's.
    const fams = typeof c.topic === "string" ? TOPIC_FAMILIES[c.topic] : undefined;
    if (fams) {
      fam++;
      if (top.some((d) => fams.includes(conditionById(d.conditionId)?.family as never))) famHit++;
    }
    if (c.dx.length) {
      n++;
      if (top[0] && hitCode(c.dx, top[0])) top1++;
      if (top.some((d) => hitCode(c.dx, d))) top3++;
      else misses.push(`${c.id}: want ${c.dx[0]} got ${codes.join(",") || "-"}`);
    } else {
      none++;
      if (!s.differential.some((d) => d.status === "provisional")) noneOk++;
      else misses.push(`${c.id}: provisional ${codes[0]} on a problem of living`);
    }
  }
  (report.cases as unknown[]).push({ file, n, top1: top1 / n, top3: top3 / n, problemsOfLiving: none, notPathologised: none ? noneOk / none : null, ...(fam ? { topicFamilyTop3: famHit / fam } : {}), misses });
  console.log(`vignettes (${file}): top-1 ${pct(top1, n)}, top-3 ${pct(top3, n)} of ${n}; problems of living not pathologised ${noneOk}/${none}${fam ? `; topic family in top-3 ${pct(famHit, fam)} of ${fam}` : ""}`);
  for (const m of misses) console.log(`  miss ${m}`);
}

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
