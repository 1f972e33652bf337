import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startLocalChroma, type RunningChroma } from "../../retrieval/chroma-server.js";
import { buildKnowledgeDocuments } from "../../retrieval/knowledge-documents.js";
import { KnowledgeIndex } from "../../retrieval/knowledge-index.js";
import { ChromaClient } from "chromadb";
import { LocalHashEmbedding } from "../../retrieval/local-embeddings.js";
import { RETRIEVAL_CONCEPTS, RETRIEVAL_CONDITIONS, tempDir } from "./fixtures.js";

describe("knowledge index on a real Chroma server", () => {
  const tmp = tempDir("psyllm-chroma-index-");
  const docs = buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS);
  const embedding = new LocalHashEmbedding();
  let port: number;
  let server: RunningChroma | undefined;
  const open = () => KnowledgeIndex.open({ url: server!.url, collection: "test-kb", embedding });

  beforeAll(async () => {
    port = await freePort();
    server = await startLocalChroma({ dataDir: tmp.dir, port });
  });
  afterAll(async () => {
    await server?.stop();
    tmp.remove();
  });

  it("builds once, then reuses the index", async () => {
    const index = await open();
    await expect(index.query("anything", 1)).rejects.toThrow(/not built: call ensureDocuments/);
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: true, count: docs.length });
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: false, count: docs.length });
    expect(await (await open()).ensureDocuments(docs)).toEqual({ rebuilt: false, count: docs.length });
    // Chroma stored our function's name and config, not the default model's.
    const raw = await new ChromaClient({ host: "127.0.0.1", port }).getCollection({ name: "test-kb" });
    expect(raw.embeddingFunction?.name).toBe("psyllm-local-hash");
    expect(raw.configuration.hnsw?.space).toBe("cosine");
    expect(raw.metadata).toMatchObject({ contentHash: expect.stringMatching(/^[0-9a-f]{32}$/), embedding: embedding.id, documents: docs.length });
  });

  it("finds the right condition for paraphrased queries, with scores in [0, 1], best first", async () => {
    const index = await open();
    const cases: Array<[string, string]> = [
      ["Ever since I was attacked I keep reliving it and I get bad dreams", "ptsd"],
      ["I'm worrying constantly about everything and I just can't switch off, always on edge", "gad"],
      ["I feel down all the time, nothing is fun any more and I'm drained", "mdd"],
      ["I lie awake for hours every night", "insomnia"],
      ["my boss keeps piling on deadlines", "work"],
    ];
    for (const [query, expected] of cases) {
      const results = await index.query(query, 3);
      expect(results[0].conditionId, query).toBe(expected);
      for (const r of results) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
      expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    }
    const [top] = await index.query("flashbacks", 1);
    expect(top).toMatchObject({ id: "ptsd", conditionId: "ptsd", kind: "disorder", family: "trauma-stressor", metadata: { icd10cm: "F43.10" } });
    expect(top.text).toContain("Post-traumatic stress disorder");
    expect(top.score).toBeGreaterThan(0.1);
  });

  it("filters by metadata", async () => {
    const index = await open();
    const results = await index.query("flashbacks and nightmares", 5, { family: ["depressive", "anxiety"] });
    expect(results.map((r) => r.conditionId).sort()).toEqual(["gad", "mdd"]);
    expect(await index.query("stress", 5, { kind: "problem-of-living" })).toHaveLength(1);
  });

  it("keeps its data across a server restart, and rebuilds only when the knowledge changes", async () => {
    await server!.stop();
    server = await startLocalChroma({ dataDir: tmp.dir, port });
    const index = await open();
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: false, count: docs.length });
    expect((await index.query("bad dreams", 1))[0].conditionId).toBe("ptsd");

    const changed = docs.map((d) => (d.id === "work" ? { ...d, text: `${d.text}\nburnout from overtime` } : d));
    expect(await index.ensureDocuments(changed)).toEqual({ rebuilt: true, count: docs.length });
    expect((await index.query("burnout from overtime", 1))[0].conditionId).toBe("work");
    expect((await index.ensureDocuments(changed)).rebuilt).toBe(false);

    const fewer = changed.filter((d) => d.id !== "insomnia");
    expect(await index.ensureDocuments(fewer)).toEqual({ rebuilt: true, count: fewer.length });
    expect((await index.query("lie awake", 5)).map((r) => r.id)).not.toContain("insomnia");

    // Another embedding is another vector space: rebuild.
    const small = await KnowledgeIndex.open({ url: server!.url, collection: "test-kb", embedding: new LocalHashEmbedding({ dimensions: 256 }) });
    expect((await small.ensureDocuments(fewer)).rebuilt).toBe(true);
  });

  it("rejects bad input instead of indexing it", async () => {
    const index = await open();
    await expect(index.ensureDocuments([])).rejects.toThrow(/no knowledge documents/);
    await expect(index.ensureDocuments([docs[0], docs[0]])).rejects.toThrow(/duplicate ids/);
  });

  it("fails with a clear error naming the server when Chroma is unreachable, after bounded retries", async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const t0 = performance.now();
    await expect(KnowledgeIndex.open({ url: dead, collection: "x", embedding, attempts: 3 })).rejects.toThrow(
      new RegExp(`Chroma at ${dead.replace(/[.:/]/g, "\\$&")} failed to answer its heartbeat after 3 attempts: .*is the server running`),
    );
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeGreaterThan(400); // it did back off (150 + 300 ms)
    expect(elapsed).toBeLessThan(5000);
  });

  it("a query fails loudly, not emptily, when the server goes away", async () => {
    const index = await open();
    await server!.stop();
    await expect(index.query("bad dreams", 1)).rejects.toThrow(/Chroma at .* failed to query/);
    server = await startLocalChroma({ dataDir: tmp.dir, port });
  });
});
