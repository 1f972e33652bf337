/**
 * The knowledge base in a Chroma collection, built once and reused until the knowledge (or the
 * embedding) changes: a content hash in the collection's metadata decides.
 */
import { createHash } from "node:crypto";
import { ChromaClient, type Collection } from "chromadb";
import type { NamedEmbedding } from "./embeddings.js";
import type { KnowledgeDocument } from "./knowledge-documents.js";

export interface RetrievedDocument {
  id: string;
  conditionId: string;
  kind: string;
  family: string;
  /** Cosine similarity in [0, 1]. */
  score: number;
  text: string;
}

const RETRIES = 3;

/** Runs a Chroma call with bounded retries and backoff; the final error names the server. */
async function withRetry<T>(url: string, what: string, fn: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      return await fn();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
  throw new Error(`Chroma at ${url} failed to ${what} after ${RETRIES} attempts: ${(last as Error)?.message ?? last}`);
}

export class KnowledgeIndex {
  private constructor(
    private readonly client: ChromaClient,
    private collection: Collection,
    private readonly name: string,
    private readonly embedding: NamedEmbedding,
    readonly url: string,
  ) {}

  static async open(options: { url: string; collection: string; embedding: NamedEmbedding }): Promise<KnowledgeIndex> {
    const u = new URL(options.url);
    const client = new ChromaClient({ host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)), ssl: u.protocol === "https:" });
    const collection = await withRetry(options.url, "open the collection", () =>
      client.getOrCreateCollection({ name: options.collection, embeddingFunction: options.embedding }),
    );
    return new KnowledgeIndex(client, collection, options.collection, options.embedding, options.url);
  }

  static contentHash(docs: KnowledgeDocument[], embeddingId: string): string {
    return createHash("sha256").update(embeddingId).update(JSON.stringify(docs)).digest("hex").slice(0, 32);
  }

  /** Rebuilds the collection only when the documents or the embedding changed. */
  async ensureDocuments(docs: KnowledgeDocument[]): Promise<{ rebuilt: boolean; count: number }> {
    const hash = KnowledgeIndex.contentHash(docs, this.embedding.id);
    const count = await withRetry(this.url, "count documents", () => this.collection.count());
    if (this.collection.metadata?.contentHash === hash && count === docs.length) return { rebuilt: false, count };
    await withRetry(this.url, "rebuild the index", async () => {
      await this.client.deleteCollection({ name: this.name }).catch(() => undefined);
      this.collection = await this.client.createCollection({ name: this.name, embeddingFunction: this.embedding, metadata: { contentHash: hash } });
      const embeddings = await this.embedding.generate(docs.map((d) => d.text));
      await this.collection.add({ ids: docs.map((d) => d.id), documents: docs.map((d) => d.text), embeddings, metadatas: docs.map((d) => d.metadata) });
    });
    return { rebuilt: true, count: docs.length };
  }

  async query(text: string, k: number): Promise<RetrievedDocument[]> {
    const [vector] = await (this.embedding.generateForQueries ?? this.embedding.generate).call(this.embedding, [text]);
    const res = await withRetry(this.url, "query", () =>
      this.collection.query({ queryEmbeddings: [vector], nResults: k, include: ["distances", "metadatas", "documents"] as never }),
    );
    const ids = res.ids[0] ?? [];
    return ids.map((id, i) => {
      const meta = (res.metadatas[0]?.[i] ?? {}) as Record<string, string>;
      const distance = res.distances?.[0]?.[i] ?? 2;
      // Unit vectors under squared L2: distance = 2 − 2·cos.
      return { id, conditionId: meta.conditionId ?? id, kind: meta.kind ?? "", family: meta.family ?? "", score: Math.max(0, Math.min(1, 1 - distance / 2)), text: res.documents[0]?.[i] ?? "" };
    });
  }
}
