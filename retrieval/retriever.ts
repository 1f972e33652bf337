/**
 * The process-wide retrieval service the graph's retrieve node uses: started lazily on first use
 * (Chroma server if needed, index check or build), shared by every turn and thread, closed on
 * demand. One service per options key; concurrent first calls share one start-up.
 */
import { resolve } from "node:path";
import { isAlive } from "./chroma-pidfile.js";
import { startLocalChroma, type RunningChroma } from "./chroma-server.js";
import { createEmbeddingFunction, DEFAULT_EMBEDDINGS } from "./embeddings.js";
import type { KnowledgeDocument } from "./knowledge-documents.js";
import { KnowledgeIndex, type RetrievalFilter, type RetrievedDocument } from "./knowledge-index.js";

/** Start-up figures, for logs and reports. */
export interface RetrieverStats {
  /** Time to start the local Chroma server (0 when an external URL was given). */
  serverStartMs: number;
  /** Time to connect, check the content hash and (re)build the index if needed. */
  indexMs: number;
  /** Whether the index was rebuilt at start-up. */
  rebuilt: boolean;
  /** Documents in the index. */
  count: number;
}

/** Searches the knowledge index. */
export interface Retriever {
  /** The k documents nearest to the text, best first. Throws a clear error when Chroma cannot answer. */
  search(text: string, k: number, filter?: RetrievalFilter): Promise<RetrievedDocument[]>;
  /** URL of the Chroma server in use. */
  url: string;
  /** How start-up went. */
  stats: RetrieverStats;
}

/** Options of getRetriever. */
export interface RetrieverOptions {
  /** A running Chroma server; when unset, one is started from the chromadb package. */
  chromaUrl?: string;
  /** Data directory of the self-started server; default ".psyllm/chroma" under the current directory. */
  dataDir?: string;
  /** "local" (default) or "openai:<model>". */
  embeddings?: string;
  /** Collection name; default "psyllm-knowledge". */
  collection?: string;
  /** The documents to index; called once per service (not part of the key). */
  documents: () => KnowledgeDocument[];
}

/** Default data directory, relative to the current directory. */
export const DEFAULT_CHROMA_DIR = ".psyllm/chroma";
/** Default collection name. */
export const DEFAULT_COLLECTION = "psyllm-knowledge";

interface Service {
  retriever: Retriever;
  server?: RunningChroma;
}

const services = new Map<string, Promise<Service>>();

async function open(options: RetrieverOptions, dataDir: string, evict: () => void): Promise<Service> {
  const t0 = performance.now();
  const server = options.chromaUrl ? undefined : await startLocalChroma({ dataDir });
  const t1 = performance.now();
  const url = options.chromaUrl ?? server!.url;
  try {
    const embedding = await createEmbeddingFunction(options.embeddings ?? DEFAULT_EMBEDDINGS);
    const index = await KnowledgeIndex.open({ url, collection: options.collection ?? DEFAULT_COLLECTION, embedding });
    const { rebuilt, count } = await index.ensureDocuments(options.documents());
    const stats = { serverStartMs: Math.round(t1 - t0), indexMs: Math.round(performance.now() - t1), rebuilt, count };
    const search: Retriever["search"] = async (text, k, filter) => {
      try {
        return await index.query(text, k, filter);
      } catch (error) {
        // A server shared with another psyllm process on the same data directory goes when that
        // process ends: not an outage. Once it has gone, start (or find) the directory's server again
        // and ask once more.
        // Its owner having ended is enough: the server may take a few seconds to follow it.
        if (server?.shared) {
          const gone = () => !isAlive(server.pid) || (server.owner !== undefined && !isAlive(server.owner));
          for (let i = 0; i < 20 && !gone(); i++) await new Promise((r) => setTimeout(r, 50));
          if (gone()) {
            evict();
            return (await getRetriever(options)).search(text, k, filter);
          }
        }
        // Our own server died (crash, OOM kill): forget it, so the next call starts a fresh one on
        // the same data. This call still fails with the clear error. An external URL is left alone.
        if (server && !isAlive(server.pid)) evict();
        throw error;
      }
    };
    return { server, retriever: { url, stats, search } };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}

/**
 * The shared retriever for these options. The first call starts it; later and concurrent calls
 * get the same one. A failed start is not cached, so the next call tries again; nor is a
 * self-started server that has died (the search that finds it dead throws, the next call restarts it).
 */
export function getRetriever(options: RetrieverOptions): Promise<Retriever> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_CHROMA_DIR);
  const key = JSON.stringify([options.chromaUrl ?? null, options.chromaUrl ? null : dataDir, options.embeddings ?? DEFAULT_EMBEDDINGS, options.collection ?? DEFAULT_COLLECTION]);
  let service = services.get(key);
  if (!service) {
    const opening: Promise<Service> = open(options, dataDir, () => {
      if (services.get(key) === opening) services.delete(key);
    });
    service = opening;
    services.set(key, service);
    service.catch(() => {
      if (services.get(key) === service) services.delete(key);
    });
  }
  return service.then((s) => s.retriever);
}

/** Forgets every retriever and stops the Chroma servers this process started (data stays on disk). */
export async function closeRetrievers(): Promise<void> {
  const all = [...services.values()];
  services.clear();
  await Promise.all(all.map((p) => p.then((s) => s.server?.stop(), () => undefined)));
}
