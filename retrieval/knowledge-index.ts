/**
 * The knowledge base in a Chroma collection, built once and reused until the knowledge or the
 * embedding changes: a content hash in the collection's metadata decides. Every Chroma call has
 * bounded retries with backoff and a timeout, and failures name the server: retrieval either
 * answers or throws, it never returns a silent empty list.
 */
import { createHash } from "node:crypto";
import {
  ChromaClient,
  ChromaConnectionError,
  ChromaNotFoundError,
  ChromaRateLimitError,
  ChromaServerError,
  type Collection,
  type Metadata,
  type Where,
} from "chromadb";
import type { NamedEmbedding } from "./embeddings.js";
import { registerLocalEmbedding } from "./local-embeddings.js";
import type { KnowledgeDocument } from "./knowledge-documents.js";

/** One retrieved knowledge document. */
export interface RetrievedDocument {
  /** Document id (the condition id for condition documents). */
  id: string;
  conditionId: string;
  /** "disorder" or "problem-of-living". */
  kind: string;
  /** Diagnostic family, e.g. "depressive". */
  family: string;
  /** Cosine similarity clamped to [0, 1]; higher is closer. Comparable within one query. */
  score: number;
  text: string;
  /** Everything stored with the document (conditionId, kind, family, icd10cm, icd11...). */
  metadata: Record<string, string | number | boolean | null>;
}

/** Restricts a query; each field takes one value or any of several. */
export interface RetrievalFilter {
  family?: string | string[];
  kind?: string | string[];
  conditionId?: string | string[];
}

/** Options of KnowledgeIndex.open. */
export interface OpenIndexOptions {
  /** Chroma base URL, e.g. "http://127.0.0.1:8000". */
  url: string;
  /** Collection name. */
  collection: string;
  /** Embedding function; always passed to Chroma so it never falls back to its downloading default. */
  embedding: NamedEmbedding;
  /** Attempts per Chroma call (default 4: one try and three retries, backoff 150/300/600 ms). */
  attempts?: number;
  /** Per-attempt timeout in ms (default 15 000). */
  timeoutMs?: number;
}

// Only failures that may pass are retried; a bad request fails at once.
const transient = (error: unknown) =>
  error instanceof ChromaConnectionError ||
  error instanceof ChromaServerError ||
  error instanceof ChromaRateLimitError ||
  (error instanceof Error && /timed out|fetch failed|ECONNREFUSED|ECONNRESET|socket hang up/i.test(error.message));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stable serialisation (sorted keys), so the hash depends on content, not on key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const oneOrMany = (key: string, v: string | string[]): Where => (Array.isArray(v) ? { [key]: { $in: v } } : { [key]: v });

function toWhere(filter?: RetrievalFilter): Where | undefined {
  if (!filter) return undefined;
  const clauses = (["family", "kind", "conditionId"] as const).filter((k) => filter[k] !== undefined).map((k) => oneOrMany(k, filter[k]!));
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

/** A Chroma collection holding the knowledge documents. */
export class KnowledgeIndex {
  private constructor(
    private readonly client: ChromaClient,
    private collection: Collection | undefined,
    private readonly options: Required<OpenIndexOptions>,
  ) {}

  /** Chroma base URL. */
  get url(): string {
    return this.options.url;
  }

  /**
   * Connects to Chroma (heartbeat, with retries) and opens the collection if it exists; it is
   * created by ensureDocuments.
   * @throws "Chroma at URL is unreachable..." after the retries.
   */
  static async open(options: OpenIndexOptions): Promise<KnowledgeIndex> {
    const full: Required<OpenIndexOptions> = { attempts: 4, timeoutMs: 15_000, ...options };
    registerLocalEmbedding();
    let u: URL;
    try {
      u = new URL(full.url);
    } catch {
      throw new Error(`invalid Chroma URL "${full.url}"`);
    }
    const client = new ChromaClient({ host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)), ssl: u.protocol === "https:" });
    const index = new KnowledgeIndex(client, undefined, full);
    await index.call("answer its heartbeat", () => client.heartbeat());
    index.collection = await index.call("open the collection", async () => {
      try {
        return await client.getCollection({ name: full.collection, embeddingFunction: full.embedding });
      } catch (error) {
        if (error instanceof ChromaNotFoundError) return undefined;
        throw error;
      }
    });
    return index;
  }

  /** sha256 over the embedding id and the documents (ids, texts, metadata). */
  static contentHash(docs: KnowledgeDocument[], embeddingId: string): string {
    return createHash("sha256").update(embeddingId).update("\n").update(stableJson(docs)).digest("hex").slice(0, 32);
  }

  /**
   * Makes the collection hold exactly these documents, embedded with this embedding. Rebuilds
   * only when the content hash stored in the collection's metadata differs (or a previous build
   * did not finish): the hash is written last, so an interrupted build is redone next time.
   */
  async ensureDocuments(docs: KnowledgeDocument[]): Promise<{ rebuilt: boolean; count: number }> {
    if (docs.length === 0) throw new Error("no knowledge documents to index");
    const ids = new Set(docs.map((d) => d.id));
    if (ids.size !== docs.length) throw new Error("knowledge documents have duplicate ids");
    const hash = KnowledgeIndex.contentHash(docs, this.options.embedding.id);
    const current = this.collection;
    if (current?.metadata?.contentHash === hash) {
      const count = await this.call("count documents", () => current.count());
      if (count === docs.length) return { rebuilt: false, count };
    }
    await this.rebuild(docs, hash);
    return { rebuilt: true, count: docs.length };
  }

  private async rebuild(docs: KnowledgeDocument[], hash: string): Promise<void> {
    const { client, options } = this;
    // Embed first: if the embedding fails (e.g. an OpenAI key problem), the old index stays usable.
    const embeddings = await options.embedding.generate(docs.map((d) => d.text));
    if (embeddings.length !== docs.length || embeddings.some((e) => !e?.length)) throw new Error(`embedding "${options.embedding.id}" returned ${embeddings.length} vectors for ${docs.length} documents`);
    // Delete and recreate rather than upsert: the embedding (and its dimension) may have changed.
    await this.call("delete the old collection", () => client.deleteCollection({ name: options.collection }).catch((e) => (e instanceof ChromaNotFoundError ? undefined : Promise.reject(e))));
    const collection = await this.call("create the collection", () =>
      client.createCollection({
        name: options.collection,
        embeddingFunction: options.embedding,
        configuration: { hnsw: { space: "cosine" } },
        metadata: { contentHash: "building" },
      }),
    );
    this.collection = collection;
    const batch = 256;
    for (let i = 0; i < docs.length; i += batch) {
      const part = docs.slice(i, i + batch);
      await this.call("add documents", () =>
        collection.upsert({
          ids: part.map((d) => d.id),
          documents: part.map((d) => d.text),
          embeddings: embeddings.slice(i, i + batch),
          metadatas: part.map((d): Metadata => ({ ...d.metadata })),
        }),
      );
    }
    const metadata = { contentHash: hash, embedding: options.embedding.id, documents: docs.length, builtAt: new Date().toISOString() };
    await this.call("record the content hash", () => collection.modify({ metadata }));
    collection.metadata = metadata;
  }

  /**
   * The k documents nearest to the text, best first, optionally restricted by metadata.
   * @throws when the index was never built, when it is empty, or when Chroma cannot answer.
   */
  async query(text: string, k: number, filter?: RetrievalFilter): Promise<RetrievedDocument[]> {
    const collection = this.collection;
    if (!collection) throw new Error(`knowledge index "${this.options.collection}" at ${this.url} is not built: call ensureDocuments first`);
    if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
    const embedding = this.options.embedding;
    const [vector] = await (embedding.generateForQueries ?? embedding.generate).call(embedding, [text]);
    const where = toWhere(filter);
    const res = await this.call("query", () =>
      collection.query({ queryEmbeddings: [vector], nResults: k, where, include: ["distances", "metadatas", "documents"] as never }),
    );
    const ids = res.ids[0] ?? [];
    if (ids.length === 0 && !where) throw new Error(`knowledge index "${this.options.collection}" at ${this.url} returned nothing: is it empty?`);
    const space = collection.configuration?.hnsw?.space ?? "l2";
    return ids.map((id, i) => {
      const metadata = (res.metadatas[0]?.[i] ?? {}) as RetrievedDocument["metadata"];
      const distance = res.distances?.[0]?.[i] ?? Number.POSITIVE_INFINITY;
      // Unit vectors: cosine and ip distances are 1 − cos, squared l2 is 2 − 2·cos.
      const cos = space === "l2" ? 1 - distance / 2 : 1 - distance;
      return {
        id,
        conditionId: String(metadata.conditionId ?? id),
        kind: String(metadata.kind ?? ""),
        family: String(metadata.family ?? ""),
        score: Number.isFinite(cos) ? Math.max(0, Math.min(1, cos)) : 0,
        text: res.documents[0]?.[i] ?? "",
        metadata,
      };
    });
  }

  /** Runs a Chroma call with a timeout and bounded retries on transient failures. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const { attempts, timeoutMs, url } = this.options;
    let last: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          fn(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } catch (error) {
        last = error;
        if (!transient(error)) break;
        if (attempt < attempts) await sleep(150 * 2 ** (attempt - 1));
      } finally {
        clearTimeout(timer);
      }
    }
    const message = last instanceof Error ? last.message : String(last);
    const tries = transient(last) ? ` after ${attempts} attempts` : "";
    const hint = last instanceof ChromaConnectionError ? " (is the server running? start one or unset the Chroma URL to let psyllm start its own)" : "";
    throw new Error(`Chroma at ${url} failed to ${what}${tries}: ${message}${hint}`, { cause: last });
  }
}
