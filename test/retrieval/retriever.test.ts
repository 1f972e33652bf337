import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
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

  it("shares the Chroma another psyllm process runs on the same data directory, and carries on when that process ends", async () => {
    const dataDir = join(tmp.dir, "shared-dir");
    const script = join(tmp.dir, "owner.mts");
    writeFileSync(script, `import { startLocalChroma } from ${JSON.stringify(resolve("retrieval/chroma-server.ts"))};
const s = await startLocalChroma({ dataDir: ${JSON.stringify(dataDir)} });
console.log(JSON.stringify({ pid: s.pid, url: s.url }));
setInterval(() => {}, 1000);
`);
    const owner = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    const theirs = await new Promise<{ pid: number; url: string }>((ok) => owner.stdout.once("data", (d: Buffer) => ok(JSON.parse(d.toString()))));
    const options = { dataDir, collection: "retriever-shared", documents: () => buildKnowledgeDocuments(RETRIEVAL_CONDITIONS, RETRIEVAL_CONCEPTS) };
    const retriever = await getRetriever(options);
    expect(retriever.url).toBe(theirs.url); // one server on the directory, not two
    expect((await retriever.search("I keep having bad dreams about the crash", 2))[0]!.conditionId).toBe("ptsd");
    owner.kill("SIGKILL"); // the owner ends; its server ends with it
    await new Promise((r) => setTimeout(r, 1000));
    expect(await heartbeat(theirs.url)).toBe("down");
    // The next search finds the server gone, starts the directory's own, and answers.
    expect((await retriever.search("I keep having bad dreams about the crash", 2))[0]!.conditionId).toBe("ptsd");
  }, 60_000);
});
