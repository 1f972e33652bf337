import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmbeddingFunction } from "../../retrieval/embeddings.js";
import { buildKnowledgeDocuments, patternPhrase } from "../../retrieval/knowledge-documents.js";
import { LocalHashEmbedding, embedText, normalise, stem } from "../../retrieval/local-embeddings.js";
import { RETRIEVAL_CONCEPTS, RETRIEVAL_CONDITIONS } from "./fixtures.js";

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const sim = (a: string, b: string) => cosine(embedText(a), embedText(b));

describe("local embedding function", () => {
  it("is deterministic and unit length", () => {
    const a = embedText("I worry all the time and cannot relax");
    expect(embedText("I worry all the time and cannot relax")).toEqual(a);
    expect(a).toHaveLength(2048);
    expect(cosine(a, a)).toBeCloseTo(1, 6);
    // Pinned values: a change to the features must bump FEATURE_VERSION (and this test).
    expect(new LocalHashEmbedding().id).toBe("local-hash-v5-2048");
  });

  it("gives an empty text a zero vector instead of NaN", () => {
    expect(embedText("the and of").every((v) => v === 0)).toBe(true);
  });

  it("puts related texts closer than unrelated ones", () => {
    const query = "I worry all the time and cannot relax";
    expect(sim(query, "constant worrying, never relaxed")).toBeGreaterThan(sim(query, "the train to the airport leaves at noon") + 0.2);
    expect(sim("I feel so depressed and empty", "depression: low mood, emptiness")).toBeGreaterThan(sim("I feel so depressed and empty", "my boss piles on deadlines") + 0.2);
  });

  it("tolerates misspellings through character n-grams", () => {
    // Misspelled words share no word feature, only n-grams (20% of the norm): similarity is
    // small but must still be there, and must still rank the right document first.
    expect(sim("nightmares and flashbacks", "nightmeres and flashbaks")).toBeGreaterThan(0.05);
    expect(sim("nightmares and flashbacks", "budget and spreadsheet")).toBeLessThan(0.02);
    const docs = buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS);
    const best = (q: string) => docs.map((d) => [sim(q, d.text), d.id] as const).sort((a, b) => b[0] - a[0])[0][1];
    expect(best("nightmeres and flashbaks")).toBe("ptsd");
    expect(best("constnt worying, cant relaks")).toBe("gad");
    expect(best("exausted and depresed")).toBe("mdd");
  });

  it("stems word families together and keeps negations in pairs", () => {
    expect(new Set(["worried", "worrying", "worries"].map(stem))).toEqual(new Set(["worry"]));
    expect(new Set(["depression", "depressed", "depressive"].map(stem)).size).toBe(1);
    expect(stem("anxious")).toBe(stem("anxiety"));
    expect(stem("slept")).toBe(stem("sleeping"));
    expect(normalise("I can't sleep, I'm done")).toEqual(["i", "can", "not", "sleep", "i", "am", "done"]);
    // "no energy" shares its pair with "no energy at all" but not with "energy drink".
    expect(sim("no energy", "I have no energy at all")).toBeGreaterThan(sim("no energy", "an energy drink"));
  });

  it("speaks Chroma's embedding-function interface (so Chroma never loads its default)", async () => {
    const ef = new LocalHashEmbedding({ dimensions: 256 });
    expect(ef.name).toBe("psyllm-local-hash");
    expect(ef.defaultSpace()).toBe("cosine");
    expect(ef.getConfig()).toMatchObject({ dimensions: 256 });
    const rebuilt = LocalHashEmbedding.buildFromConfig(ef.getConfig());
    expect(await rebuilt.generate(["low mood"])).toEqual(await ef.generate(["low mood"]));
    expect(() => ef.validateConfigUpdate({ dimensions: 512 })).toThrow(/dimensions/);
  });
});

describe("createEmbeddingFunction", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("defaults to the local function and rejects unknown specs", async () => {
    expect((await createEmbeddingFunction()).id).toMatch(/^local-hash-/);
    expect((await createEmbeddingFunction("local")).id).toMatch(/^local-hash-/);
    await expect(createEmbeddingFunction("bert")).rejects.toThrow(/unknown embeddings "bert"/);
  });

  it("builds an OpenAI function whose id names model and endpoint, and needs a key for the public API", async () => {
    vi.stubEnv("OPENAI_API_KEY", "");
    vi.stubEnv("OPENAI_BASE_URL", "");
    await expect(createEmbeddingFunction("openai:text-embedding-3-small")).rejects.toThrow(/OPENAI_API_KEY/);
    vi.stubEnv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
    const ef = await createEmbeddingFunction("openai:text-embedding-3-small");
    expect(ef.id).toBe("openai:text-embedding-3-small@http://127.0.0.1:9/v1");
    expect(typeof ef.generate).toBe("function");
  });
});

describe("knowledge documents", () => {
  it("turns lexicon patterns into readable phrases", () => {
    expect(patternPhrase("can not enjoy ~ anything")).toEqual({ phrase: "can not enjoy anything", alternatives: [] });
    expect(patternPhrase("feel* down|low")).toEqual({ phrase: "feel down", alternatives: ["low"] });
    expect(patternPhrase("wake up at 3|4 _ #?")).toEqual({ phrase: "wake up at 3", alternatives: ["4"] });
  });

  it("builds one sorted, stable document per condition with everyday phrasings and metadata", () => {
    const docs = buildKnowledgeDocuments([...RETRIEVAL_CONDITIONS].reverse(), RETRIEVAL_CONCEPTS);
    expect(docs.map((d) => d.id)).toEqual(["gad", "insomnia", "mdd", "ptsd", "work"]);
    expect(buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS)).toEqual(docs);
    const ptsd = docs.find((d) => d.id === "ptsd")!;
    expect(ptsd.metadata).toEqual({ conditionId: "ptsd", kind: "disorder", family: "trauma-stressor", icd10cm: "F43.10", icd11: "XX" });
    expect(ptsd.text).toContain("Post-traumatic stress disorder");
    expect(ptsd.text).toContain("bad dreams");
    expect(ptsd.text).toContain("car crash"); // the stressor's phrasings too
  });
});
