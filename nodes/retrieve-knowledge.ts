/**
 * retrieve: the knowledge-base passages nearest to what the person describes, from Chroma.
 * The query joins their words with the plain names of what was found, so idioms the
 * embedding would miss still pull the right condition.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { isPresent } from "../engine/presence.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { buildKnowledgeDocuments } from "../retrieval/knowledge-documents.js";
import { getRetriever } from "../retrieval/retriever.js";
import { latestUserText } from "./messages.js";

export async function retrieve(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const retriever =
    cfg.retriever ??
    (await getRetriever({
      chromaUrl: cfg.chromaUrl,
      dataDir: cfg.chromaDataDir,
      embeddings: cfg.embeddings,
      collection: cfg.collection,
      documents: () => buildKnowledgeDocuments([...CONDITIONS], [...CONCEPTS]),
    }));
  const model = knowledgeModel();
  const labels = [...new Set(state.findings.filter((f) => isPresent(f)).map((f) => model.concepts.get(f.concept)?.label ?? ""))];
  const query = [latestUserText(state.messages), ...labels].join(" ").slice(0, 4000);
  const docs = await retriever.search(query, cfg.retrievalK);
  return {
    retrieved: docs.map((d) => ({ conditionId: d.conditionId, score: Math.round(d.score * 1000) / 1000, name: model.conditions.find((c) => c.id === d.conditionId)?.name ?? d.conditionId })),
    backend: { retrieve: "offline" },
  };
}
