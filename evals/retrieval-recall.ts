/**
 * Retrieval quality: recall@k of the right condition from the Chroma index.
 *   - vignettes (dev-dx.jsonl): a hit when a top-k condition's ICD-10-CM code starts with one of
 *     the gold prefixes in `dx`; cases with an empty `dx` (problems of living) are skipped;
 *   - CounselChat (counselchat-train.jsonl): questions whose topics name a disorder family (the
 *     map in evals/topic-families.ts, shared with the diagnostic figures); a hit when a top-k
 *     condition belongs to one of the topic's families. Topics are weak labels, so this is a floor.
 * The query is the person's words alone (no lexicon help), so this measures the index itself.
 *   npx tsx evals/retrieval-recall.ts [--k 5] [--cases FILE] [--counselchat FILE] [--json OUT]
 * Uses CHROMA_URL when set, else starts a local server on .psyllm/chroma.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { buildKnowledgeDocuments } from "../retrieval/knowledge-documents.js";
import { closeRetrievers, getRetriever } from "../retrieval/retriever.js";
import { TOPIC_FAMILIES } from "./topic-families.js";

const { values } = parseArgs({
  options: {
    k: { type: "string", default: "5" },
    cases: { type: "string", default: "../shared/cases/dev-dx.jsonl" },
    counselchat: { type: "string", default: "../shared/data/counselchat-train.jsonl" },
    json: { type: "string", default: ".psyllm/evals/retrieval-recall.json" },
    embeddings: { type: "string", default: "local" },
  },
});
const k = Number(values.k);
const readJsonl = (p: string) => readFileSync(p, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : "-");

const t0 = performance.now();
const retriever = await getRetriever({
  chromaUrl: process.env.CHROMA_URL,
  dataDir: ".psyllm/chroma",
  embeddings: values.embeddings,
  documents: () => buildKnowledgeDocuments(CONDITIONS, CONCEPTS),
});
const startupMs = Math.round(performance.now() - t0);
const latencies: number[] = [];
async function search(text: string) {
  const t = performance.now();
  const docs = await retriever.search(text, k);
  latencies.push(performance.now() - t);
  return docs;
}

// Vignettes.
let n = 0, hit = 0, hit1 = 0;
const misses: Array<{ id: string; dx: string[]; top: string[] }> = [];
for (const c of readJsonl(values.cases!)) {
  if (!Array.isArray(c.dx) || !c.dx.length) continue;
  n++;
  const docs = await search(c.messages.join("\n"));
  const ok = (d: (typeof docs)[number]) => c.dx.some((p: string) => String(d.metadata.icd10cm ?? "").startsWith(p));
  if (docs.some(ok)) hit++;
  else misses.push({ id: c.id, dx: c.dx, top: docs.map((d) => d.conditionId) });
  if (docs[0] && ok(docs[0])) hit1++;
}

// CounselChat disorder-topic questions.
const byTopic: Record<string, { n: number; hit: number }> = {};
let questions = 0;
for (const q of readJsonl(values.counselchat!)) {
  const topics = (q.topics as string[]).filter((t) => TOPIC_FAMILIES[t]);
  if (!topics.length) continue;
  questions++;
  const families = (await search(`${q.title}. ${q.text}`.slice(0, 4000))).map((d) => d.family);
  for (const t of topics) {
    byTopic[t] ??= { n: 0, hit: 0 };
    byTopic[t].n++;
    if (families.some((f) => (TOPIC_FAMILIES[t] as string[]).includes(f))) byTopic[t].hit++;
  }
}
const tn = Object.values(byTopic).reduce((a, t) => a + t.n, 0);
const th = Object.values(byTopic).reduce((a, t) => a + t.hit, 0);
await closeRetrievers();

latencies.sort((a, b) => a - b);
const quantile = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 100) / 100;
const rows: Array<[string, string, string]> = [
  [`dev-dx vignettes (ICD-10-CM prefix)`, String(n), pct(hit, n)],
  [`CounselChat disorder topics (family)`, String(tn), pct(th, tn)],
  ...Object.entries(byTopic)
    .sort((a, b) => b[1].n - a[1].n)
    .map(([t, v]): [string, string, string] => [`  ${t} → ${TOPIC_FAMILIES[t].join("/")}`, String(v.n), pct(v.hit, v.n)]),
];
console.log(`${"set".padEnd(52)} ${"n".padStart(4)}  recall@${k}`);
for (const [name, count, r] of rows) console.log(`${name.padEnd(52)} ${count.padStart(4)}  ${r}`);
console.log(`vignettes recall@1 ${pct(hit1, n)}; misses: ${misses.map((m) => `${m.id} (${m.dx.join("/")} → ${m.top.join(",")})`).join("; ") || "none"}`);
console.log(`start-up ${startupMs} ms (server ${retriever.stats.serverStartMs} ms, index ${retriever.stats.indexMs} ms, rebuilt: ${retriever.stats.rebuilt}); query p50 ${quantile(0.5)} ms, p95 ${quantile(0.95)} ms over ${latencies.length}`);

const report = {
  k,
  embeddings: values.embeddings,
  documents: retriever.stats.count,
  vignettes: { n, recall: n ? hit / n : null, recallAt1: n ? hit1 / n : null, misses },
  counselchat: { questions, topicInstances: tn, recall: tn ? th / tn : null, byTopic },
  timing: { startupMs, ...retriever.stats, queryP50Ms: quantile(0.5), queryP95Ms: quantile(0.95), queries: latencies.length },
};
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(values.json!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${values.json}`);
