/**
 * retrieve: the knowledge-base passages nearest to what the person describes, from Chroma.
 * The query is the dialogue so far — the person's recent messages, latest first, with the
 * plain names of what was found, so idioms the embedding would miss still pull the right
 * condition and a short answer ("about three weeks") still retrieves what the story is about.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { isPresent } from "../engine/presence.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { buildKnowledgeDocuments } from "../retrieval/knowledge-documents.js";
import { getRetriever } from "../retrieval/retriever.js";
import { latestUserText, userTexts } from "./messages.js";

/** How many of the person's earlier messages join the latest in the retrieval query. */
const QUERY_WINDOW = 3;

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
  const earlier = userTexts(state.messages).slice(0, -1).slice(-QUERY_WINDOW).reverse();
  const query = [latestUserText(state.messages), ...labels, ...earlier].join(" ").slice(0, 4000);
  const docs = await retriever.search(query, cfg.retrievalK);
  return {
    retrieved: docs.map((d) => ({ conditionId: d.conditionId, score: Math.round(d.score * 1000) / 1000, name: model.conditions.find((c) => c.id === d.conditionId)?.name ?? d.conditionId })),
    backend: { retrieve: "offline" },
  };
}
