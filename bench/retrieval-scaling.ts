/**
 * Chroma query latency, and how it grows with the knowledge base: the real documents (one per
 * condition), then padded to larger collections with reworded copies that keep their
 * condition id, so a full turn can run against each size.
 */
import { join } from "node:path";
import { createCounselor } from "../graphs/counselor.js";
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { startLocalChroma } from "../retrieval/chroma-server.js";
import { createEmbeddingFunction } from "../retrieval/embeddings.js";
import { buildKnowledgeDocuments, type KnowledgeDocument } from "../retrieval/knowledge-documents.js";
import { KnowledgeIndex } from "../retrieval/knowledge-index.js";
import type { Retriever } from "../retrieval/retriever.js";
import { BENCH_MESSAGES } from "./messages.js";
import { summary } from "../evals/stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface RetrievalPoint {
  documents: number;
  queryMs: ReturnType<typeof summary>;
  turnMs: ReturnType<typeof summary>;
}

/** `n` documents: the real ones, then copies with their sentences rotated. */
function padded(base: KnowledgeDocument[], n: number): KnowledgeDocument[] {
  const out = [...base];
  for (let i = 0; out.length < n; i++) {
    const d = base[i % base.length];
    const sentences = d.text.split(/(?<=\.)\s+/);
    const shift = 1 + Math.floor(i / base.length);
    const text = [...sentences.slice(shift % sentences.length), ...sentences.slice(0, shift % sentences.length)].join(" ");
    out.push({ ...d, id: `${d.id}#copy${i}`, text });
  }
  return out.slice(0, Math.max(n, base.length));
}

export async function retrievalScaling(dir: string, sizes = [100, 300, 1000], queries = 100): Promise<RetrievalPoint[]> {
  const server = await startLocalChroma({ dataDir: join(dir, "chroma-scaling") });
  try {
    const embedding = await createEmbeddingFunction("local");
    const base = buildKnowledgeDocuments([...CONDITIONS], [...CONCEPTS]);
    const points: RetrievalPoint[] = [];
    warmUpEngine();
    for (const size of [base.length, ...sizes.filter((s) => s > base.length)]) {
      const index = await KnowledgeIndex.open({ url: server.url, collection: `bench-${size}`, embedding });
      await index.ensureDocuments(padded(base, size));
      const retriever: Retriever = { url: server.url, stats: { serverStartMs: 0, indexMs: 0, rebuilt: true, count: size }, search: (t, k, f) => index.query(t, k, f) };
      const q: number[] = [];
      for (let i = 0; i < queries; i++) {
        const t = performance.now();
        await retriever.search(BENCH_MESSAGES[i % BENCH_MESSAGES.length], 5);
        q.push(performance.now() - t);
      }
      const counselor = await createCounselor({ sqlitePath: join(dir, `scaling-${size}.sqlite`), configuration: { retriever } });
      const turns: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t = performance.now();
        await counselor.send(`s-${i % 6}`, BENCH_MESSAGES[i % BENCH_MESSAGES.length]);
        turns.push(performance.now() - t);
      }
      await counselor.close();
      points.push({ documents: size, queryMs: summary(q), turnMs: summary(turns.slice(10)) });
    }
    return points;
  } finally {
    await server.stop();
  }
}
