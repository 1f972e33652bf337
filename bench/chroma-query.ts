/** Chroma query latency through the retriever the graph uses (local embedding, k = 5). */
import { join } from "node:path";
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { buildKnowledgeDocuments } from "../retrieval/knowledge-documents.js";
import { closeRetrievers, getRetriever } from "../retrieval/retriever.js";
import { BENCH_MESSAGES } from "./messages.js";
import { summary } from "../evals/stats.js";

export async function chromaQuery(dir: string, queries = 300): Promise<{ startMs: number; documents: number; queryMs: ReturnType<typeof summary> }> {
  const t0 = performance.now();
  const retriever = await getRetriever({ dataDir: join(dir, "chroma"), documents: () => buildKnowledgeDocuments([...CONDITIONS], [...CONCEPTS]) });
  const startMs = Math.round(performance.now() - t0);
  const times: number[] = [];
  for (let i = 0; i < queries + 20; i++) {
    const t = performance.now();
    await retriever.search(BENCH_MESSAGES[i % BENCH_MESSAGES.length], 5);
    if (i >= 20) times.push(performance.now() - t);
  }
  await closeRetrievers();
  return { startMs, documents: retriever.stats.count, queryMs: summary(times) };
}
