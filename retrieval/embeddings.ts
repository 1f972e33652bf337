/**
 * Embedding functions by spec: "local" (default: feature hashing, no downloads, no network) or
 * "openai:<model>" for any OpenAI-compatible embeddings endpoint (OPENAI_BASE_URL, OPENAI_API_KEY).
 */
import { LocalHashEmbedding } from "./local-embeddings.js";

/** A vector space Chroma can index in. */
export type EmbeddingSpace = "cosine" | "l2" | "ip";

/**
 * An embedding function Chroma accepts (the shape of chromadb's EmbeddingFunction, declared here
 * so psyllm's public types do not pull in chromadb's declarations), with an id for the index's
 * content hash.
 */
export interface NamedEmbedding {
  /** Names the vector space (function, model, endpoint); switching it rebuilds the index. */
  readonly id: string;
  /** Chroma's name for the function (registered embedding functions only). */
  name?: string;
  /** Embeds documents. */
  generate(texts: string[]): Promise<number[][]>;
  /** Embeds queries, when they differ from documents. */
  generateForQueries?(texts: string[]): Promise<number[][]>;
  /** The space the collection is created in. */
  defaultSpace?(): EmbeddingSpace;
  /** Spaces the function supports. */
  supportedSpaces?(): EmbeddingSpace[];
  /** Configuration Chroma stores with the collection. */
  getConfig?(): Record<string, unknown>;
}

/** The default spec: the local hashing embedding. */
export const DEFAULT_EMBEDDINGS = "local";

/**
 * Builds the embedding function for a spec. Async because the OpenAI client is only loaded when
 * asked for, which keeps start-up fast for the default.
 * @throws on an unknown spec, or "openai:" without OPENAI_API_KEY against the public endpoint.
 */
export async function createEmbeddingFunction(spec: string = DEFAULT_EMBEDDINGS): Promise<NamedEmbedding> {
  if (spec === "local") return new LocalHashEmbedding();
  const m = /^openai:(.+)$/.exec(spec.trim());
  if (!m) throw new Error(`unknown embeddings "${spec}": use "local" or "openai:<model>", e.g. "openai:text-embedding-3-small"`);
  return openAIEmbedding(m[1]);
}

async function openAIEmbedding(model: string): Promise<NamedEmbedding> {
  const baseURL = process.env.OPENAI_BASE_URL || undefined;
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey && !baseURL) throw new Error(`embeddings "openai:${model}" need OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server)`);
  const { OpenAIEmbeddings } = await import("@langchain/openai");
  // Local OpenAI-compatible servers often need no key, but the client insists on one.
  const client = new OpenAIEmbeddings({ model, apiKey: apiKey ?? "unused", configuration: baseURL ? { baseURL } : undefined });
  return {
    id: `openai:${model}@${baseURL ?? "api.openai.com"}`,
    // No getConfig: Chroma then records the function as "legacy" and never tries to rebuild it
    // (we pass it on every call anyway, and the config would otherwise carry the endpoint).
    name: "psyllm-openai",
    generate: (texts: string[]) => client.embedDocuments(texts),
    generateForQueries: (texts: string[]) => Promise.all(texts.map((t) => client.embedQuery(t))),
    defaultSpace: (): EmbeddingSpace => "cosine",
    supportedSpaces: (): EmbeddingSpace[] => ["cosine", "l2", "ip"],
  };
}
