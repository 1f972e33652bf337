import { afterAll, describe, expect, it } from "vitest";
import { buildKnowledgeDocuments } from "../../retrieval/knowledge-documents.js";
import { closeRetrievers, getRetriever } from "../../retrieval/retriever.js";
import { RETRIEVAL_CONCEPTS, RETRIEVAL_CONDITIONS, tempDir } from "./fixtures.js";

const heartbeat = async (url: string) => {
  try {
    return (await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) })).status;
  } catch {
    return "down";
  }
};

describe("process-wide retriever", () => {
  const tmp = tempDir("psyllm-retriever-");
  afterAll(async () => {
    await closeRetrievers();
    tmp.remove();
  });

  it("starts once for concurrent first calls, searches, and stops on close", async () => {
    let built = 0;
    const documents = () => {
      built++;
      return buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS);
    };
    const options = { dataDir: tmp.dir, collection: "retriever-test", documents };
    const t0 = performance.now();
    const [a, b, c] = await Promise.all([getRetriever(options), getRetriever(options), getRetriever({ ...options })]);
    const startMs = performance.now() - t0;
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(built).toBe(1);
    expect(a.stats).toMatchObject({ rebuilt: true, count: RETRIEVAL_CONDITIONS.length });
    expect(startMs).toBeLessThan(10_000);

    const t1 = performance.now();
    const results = await a.search("I keep having bad dreams about the crash", 2);
    expect(performance.now() - t1).toBeLessThan(1000);
    expect(results[0].conditionId).toBe("ptsd");
    expect(await a.search("worry", 5, { family: "anxiety" })).toHaveLength(1);

    await closeRetrievers();
    expect(await heartbeat(a.url)).toBe("down");

    // After close, the next call starts a fresh server on the same data: no rebuild.
    const again = await getRetriever(options);
    expect(again).not.toBe(a);
    expect(again.stats.rebuilt).toBe(false);
    expect(built).toBe(2);
    await closeRetrievers();
  });

  it("uses a given Chroma URL without starting a server, and does not cache a failed start", async () => {
    const documents = () => buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS);
    const options = { chromaUrl: "http://127.0.0.1:9", documents };
    await expect(getRetriever(options)).rejects.toThrow(/Chroma at http:\/\/127\.0\.0\.1:9 failed/);
    await expect(getRetriever(options)).rejects.toThrow(/Chroma at http:\/\/127\.0\.0\.1:9 failed/);
    await expect(getRetriever({ ...options, chromaUrl: undefined, dataDir: tmp.dir, embeddings: "word2vec" })).rejects.toThrow(/unknown embeddings/);
  });
});
