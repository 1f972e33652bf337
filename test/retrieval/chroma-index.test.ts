import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalChroma, type RunningChroma } from "../../retrieval/chroma-server.js";
import { buildKnowledgeDocuments } from "../../retrieval/knowledge-documents.js";
import { KnowledgeIndex } from "../../retrieval/knowledge-index.js";
import { LocalHashEmbedding, embedText } from "../../retrieval/local-embeddings.js";
import { MINI_CONCEPTS, MINI_CONDITIONS } from "../fixtures/mini-knowledge.js";

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe("local embedding function", () => {
  it("is deterministic, unit length, and puts related texts closer than unrelated ones", () => {
    const a = embedText("I worry all the time and cannot relax");
    expect(embedText("I worry all the time and cannot relax")).toEqual(a);
    expect(cosine(a, a)).toBeCloseTo(1, 6);
    const related = embedText("constant worrying, never relaxed");
    const unrelated = embedText("the train to the airport leaves at noon");
    expect(cosine(a, related)).toBeGreaterThan(cosine(a, unrelated) + 0.1);
  });

  it("tolerates misspellings through character n-grams", () => {
    const right = embedText("nightmares and flashbacks");
    expect(cosine(right, embedText("nightmeres and flashbaks"))).toBeGreaterThan(cosine(right, embedText("budget and spreadsheet")) + 0.1);
  });
});

describe("knowledge index on a real Chroma server", () => {
  const dir = mkdtempSync(join(tmpdir(), "psyllm-chroma-"));
  const docs = buildKnowledgeDocuments(MINI_CONDITIONS, MINI_CONCEPTS);
  const embedding = new LocalHashEmbedding();
  let server: RunningChroma | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("starts, indexes once, and finds the right condition for a paraphrase", async () => {
    server = await startLocalChroma({ dataDir: dir });
    const index = await KnowledgeIndex.open({ url: server.url, collection: "test-kb", embedding });
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: true, count: docs.length });
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: false, count: docs.length });
    const [top] = await index.query("I have flashbacks and nightmares since I was assaulted", 3);
    expect(["ptsd", "asd"]).toContain(top.conditionId);
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
  });

  it("keeps its data across a restart and rebuilds only when the knowledge changes", async () => {
    await server!.stop();
    server = await startLocalChroma({ dataDir: dir });
    const index = await KnowledgeIndex.open({ url: server.url, collection: "test-kb", embedding });
    expect(await index.ensureDocuments(docs)).toEqual({ rebuilt: false, count: docs.length });
    const changed = docs.map((d, i) => (i === 0 ? { ...d, text: `${d.text}\nrevised` } : d));
    expect((await index.ensureDocuments(changed)).rebuilt).toBe(true);
    const results = await index.query("my boss piles on work", 1);
    expect(results[0].conditionId).toBe("work");
  });

  it("fails with a clear error naming the server when Chroma is unreachable", async () => {
    await expect(KnowledgeIndex.open({ url: "http://127.0.0.1:9", collection: "x", embedding })).rejects.toThrow(/Chroma at http:\/\/127\.0\.0\.1:9 failed/);
  });
});
