/**
 * Embedding functions by name: "local" (default, no downloads) or "openai:<model>" for any
 * OpenAI-compatible embeddings endpoint (OPENAI_BASE_URL / OPENAI_API_KEY).
 */
import type { EmbeddingFunction } from "chromadb";
import { LocalHashEmbedding } from "./local-embeddings.js";

export interface NamedEmbedding extends EmbeddingFunction {
  /** Goes into the index's content hash, so switching embeddings rebuilds the index. */
  id: string;
}

export async function createEmbeddingFunction(spec = "local"): Promise<NamedEmbedding> {
  if (spec === "local") return new LocalHashEmbedding();
  const m = /^openai:(.+)$/.exec(spec);
  if (!m) throw new Error(`unknown embeddings "${spec}": use "local" or "openai:<model>"`);
  const { OpenAIEmbeddings } = await import("@langchain/openai");
  const client = new OpenAIEmbeddings({ model: m[1], configuration: process.env.OPENAI_BASE_URL ? { baseURL: process.env.OPENAI_BASE_URL } : undefined });
  return {
    id: `openai-${m[1]}`,
    name: `openai-${m[1]}`,
    generate: (texts: string[]) => client.embedDocuments(texts),
    generateForQueries: async (texts: string[]) => Promise.all(texts.map((t) => client.embedQuery(t))),
  };
}
