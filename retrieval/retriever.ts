/**
 * The process-wide retrieval service the retrieve node uses: started lazily on first use
 * (Chroma server, index check), shared by every turn and thread, closed on demand.
 */
import { startLocalChroma, type RunningChroma } from "./chroma-server.js";
import { createEmbeddingFunction } from "./embeddings.js";
import type { KnowledgeDocument } from "./knowledge-documents.js";
import { KnowledgeIndex, type RetrievedDocument } from "./knowledge-index.js";

export interface Retriever {
  /** The k documents nearest to the text. Throws a clear error when Chroma cannot answer. */
  search(text: string, k: number): Promise<RetrievedDocument[]>;
  /** URL of the Chroma server in use. */
  url: string;
}

export interface RetrieverOptions {
  /** A running Chroma server; when unset, one is started from the chromadb package. */
  chromaUrl?: string;
  /** Data directory of the self-started server. */
  dataDir?: string;
  /** "local" or "openai:<model>". */
  embeddings?: string;
  collection?: string;
  /** The documents to index (called once per process). */
  documents: () => KnowledgeDocument[];
}

const services = new Map<string, Promise<{ retriever: Retriever; server?: RunningChroma }>>();

async function open(options: RetrieverOptions): Promise<{ retriever: Retriever; server?: RunningChroma }> {
  const server = options.chromaUrl ? undefined : await startLocalChroma({ dataDir: options.dataDir ?? ".psyllm/chroma" });
  const url = options.chromaUrl ?? server!.url;
  try {
    const embedding = await createEmbeddingFunction(options.embeddings ?? "local");
    const index = await KnowledgeIndex.open({ url, collection: options.collection ?? "psyllm-knowledge", embedding });
    await index.ensureDocuments(options.documents());
    return { server, retriever: { url, search: (text, k) => index.query(text, k) } };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}

/** The shared retriever for these options; concurrent first calls share one start-up. */
export function getRetriever(options: RetrieverOptions): Promise<Retriever> {
  const key = JSON.stringify([options.chromaUrl ?? null, options.dataDir ?? null, options.embeddings ?? "local", options.collection ?? null]);
  let service = services.get(key);
  if (!service) {
    service = open(options);
    services.set(key, service);
    // A failed start is not cached: the next turn tries again.
    service.catch(() => services.delete(key));
  }
  return service.then((s) => s.retriever);
}

/** Stops every Chroma server this process started. */
export async function closeRetrievers(): Promise<void> {
  const all = [...services.values()];
  services.clear();
  await Promise.all(all.map((p) => p.then((s) => s.server?.stop(), () => undefined)));
}
