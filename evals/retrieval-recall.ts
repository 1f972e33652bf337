/**
 * Retrieval quality: recall@k of the right condition from the Chroma index, on labelled
 * vignettes (gold ICD-10-CM prefixes) and on CounselChat questions (topic → family).
 *   npx tsx evals/retrieval-recall.ts [--k 5] [--json OUT]
 * The query is the person's words alone (no lexicon help), so this measures the index itself.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CONCEPTS, CONDITIONS, conditionById } from "../knowledge/index.js";
import { buildKnowledgeDocuments } from "../retrieval/knowledge-documents.js";
import { closeRetrievers, getRetriever } from "../retrieval/retriever.js";
import { TOPIC_FAMILIES } from "./topic-families.js";

const { values } = parseArgs({
  options: {
    k: { type: "string", default: "5" },
    cases: { type: "string", default: "../shared/cases/dev-dx.jsonl" },
    counselchat: { type: "string", default: "../shared/data/counselchat-train.jsonl" },
    json: { type: "string" },
  },
});
const k = Number(values.k);
const readJsonl = (p: string) => readFileSync(p, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const retriever = await getRetriever({ chromaUrl: process.env.CHROMA_URL, dataDir: ".psyllm/chroma", documents: () => buildKnowledgeDocuments([...CONDITIONS], [...CONCEPTS]) });

let n = 0, hit = 0;
for (const c of readJsonl(values.cases!)) {
  if (!Array.isArray(c.dx) || !c.dx.length) continue;
  n++;
  const docs = await retriever.search(c.messages.join("\n"), k);
  if (docs.some((d) => c.dx.some((p: string) => (conditionById(d.conditionId)?.codes.icd10cm ?? "").startsWith(p)))) hit++;
}
console.log(`vignettes: recall@${k} ${(hit / n).toFixed(3)} (${hit}/${n})`);

const byTopic: Record<string, { n: number; hit: number }> = {};
for (const q of readJsonl(values.counselchat!)) {
  const topics = (q.topics as string[]).filter((t) => TOPIC_FAMILIES[t]);
  if (!topics.length) continue;
  const docs = await retriever.search(`${q.title}. ${q.text}`.slice(0, 4000), k);
  const families = docs.map((d) => conditionById(d.conditionId)?.family);
  for (const t of topics) {
    byTopic[t] ??= { n: 0, hit: 0 };
    byTopic[t].n++;
    if (families.some((f) => f && TOPIC_FAMILIES[t].includes(f))) byTopic[t].hit++;
  }
}
const tn = Object.values(byTopic).reduce((a, t) => a + t.n, 0);
const th = Object.values(byTopic).reduce((a, t) => a + t.hit, 0);
console.log(`CounselChat disorder-topic questions: family recall@${k} ${(th / tn).toFixed(3)} (${th}/${tn})`);
for (const [t, v] of Object.entries(byTopic).sort((a, b) => b[1].n - a[1].n)) console.log(`  ${t.padEnd(18)} ${(v.hit / v.n).toFixed(3)} of ${v.n}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ k, vignettes: { n, recall: hit / n }, counselchat: { byTopic, recall: th / tn } }, null, 2));
await closeRetrievers();
