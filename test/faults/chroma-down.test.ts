/**
 * Chroma failures: down at start, killed between turns. Retrieval must answer or fail loudly,
 * naming the server; it must never hand the graph a silent empty list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCounselor, type Counselor } from "../../graphs/counselor.js";
import { freePort, startLocalChroma, type RunningChroma } from "../../retrieval/chroma-server.js";
import { closeRetrievers } from "../../retrieval/retriever.js";
import { tempDir } from "../retrieval/fixtures.js";

const LOW_MOOD = "For the past month I've felt empty and hopeless, nothing is fun anymore and I sleep badly.";
const MORE = "I also can't concentrate at work and I feel worthless most days.";
const now = "2026-11-23T12:00:00Z";

const isDown = async (url: string) => {
  try {
    await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(500) });
    return false;
  } catch {
    return true;
  }
};
async function waitDown(url: string): Promise<void> {
  for (let i = 0; i < 50 && !(await isDown(url)); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await isDown(url)).toBe(true);
}

/** Children of this process running `chroma run --path DIR` (the server psyllm started itself). */
function chromaChildren(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === process.pid && args.includes("run") && args[args.indexOf("--path") + 1] === dataDir) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

describe("Chroma failures", () => {
  const tmp = tempDir("psyllm-faults-chroma-");
  const servers: RunningChroma[] = [];
  const counselors: Counselor[] = [];
  let savedUrl: string | undefined;
  beforeAll(() => {
    // These tests choose the server themselves.
    savedUrl = process.env.CHROMA_URL;
    delete process.env.CHROMA_URL;
  });
  afterAll(async () => {
    for (const c of counselors) await c.close();
    for (const s of servers) await s.stop();
    await closeRetrievers();
    tmp.remove();
    if (savedUrl !== undefined) process.env.CHROMA_URL = savedUrl;
  });
  const open = async (configuration: Record<string, unknown>) => {
    const c = await createCounselor({ checkpointer: new MemorySaver(), configuration: { now, ...configuration } });
    counselors.push(c);
    return c;
  };

  it("down at start: the turn fails after retries with an error naming the server, and no reply is made", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const counselor = await open({ chromaUrl: url });
    const t0 = performance.now();
    const error = (await counselor.send("down-at-start", LOW_MOOD).catch((e: Error) => e)) as Error;
    const elapsed = performance.now() - t0;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`Chroma at ${url} failed to answer its heartbeat after 4 attempts`);
    expect(error.message).toMatch(/is the server running\?/);
    // Three back-offs (150 + 300 + 600 ms) happened: it retried before giving up, and gave up in bounded time.
    expect(elapsed).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(15_000);
    const state = await counselor.state("down-at-start");
    expect(state?.response ?? "").toBe("");
    expect(state?.retrieved ?? []).toEqual([]);
  });

  it("an external Chroma killed between turns: the next turn fails clearly; once it is back, the thread goes on", async () => {
    const dataDir = `${tmp.dir}/external`;
    const server = await startLocalChroma({ dataDir });
    servers.push(server);
    const counselor = await open({ chromaUrl: server.url, collection: "faults-external" });
    const first = await counselor.send("killed", LOW_MOOD);
    const afterFirst = (await counselor.state("killed"))!;
    expect(afterFirst.retrieved.length).toBeGreaterThan(0);

    process.kill(server.pid, "SIGKILL");
    await waitDown(server.url);
    await expect(counselor.send("killed", MORE)).rejects.toThrow(new RegExp(`Chroma at ${server.url.replace(/\./g, "\\.")} failed to query after 4 attempts`));
    const afterFail = (await counselor.state("killed"))!;
    // The failed turn produced no reply and lost nothing from turn 1; the person's words and
    // their risk screening (which runs before retrieval) are kept.
    expect(afterFail.response).toBe(first.response);
    expect(afterFail.messages.map((m) => m.content)).toEqual([...afterFirst.messages.map((m) => m.content), MORE]);
    expect(afterFail.findings.map((f) => f.quote)).toContain("worthless");
    expect(afterFail.findings.slice(0, afterFirst.findings.length)).toEqual(afterFirst.findings);

    // Same address, same data: the retriever's per-call retries reconnect without restarting psyllm.
    const again = await startLocalChroma({ dataDir, port: Number(new URL(server.url).port) });
    servers.push(again);
    const third = await counselor.send("killed", MORE);
    const afterThird = (await counselor.state("killed"))!;
    expect(afterThird.retrieved.length).toBeGreaterThan(0);
    expect(third.response).not.toBe(first.response);
    expect(afterThird.findings.map((f) => f.quote)).toEqual(expect.arrayContaining([...afterFirst.findings.map((f) => f.quote), "worthless"]));
  }, 60_000);

  it("the Chroma psyllm started itself dies: that turn fails clearly, the next one starts a new server", async () => {
    const dataDir = `${tmp.dir}/own`;
    const counselor = await open({ chromaDataDir: dataDir, collection: "faults-own" });
    await counselor.send("own", LOW_MOOD);
    const [pid] = chromaChildren(dataDir);
    expect(pid).toBeGreaterThan(0);

    process.kill(pid, "SIGKILL");
    await expect(counselor.send("own", MORE)).rejects.toThrow(/Chroma at http:\/\/127\.0\.0\.1:\d+ failed to query after 4 attempts/);
    const recovered = await counselor.send("own", MORE);
    expect(recovered.response).toBeTruthy();
    expect((await counselor.state("own"))!.retrieved.length).toBeGreaterThan(0);
    const [newPid] = chromaChildren(dataDir);
    expect(newPid).toBeGreaterThan(0);
    expect(newPid).not.toBe(pid);
  }, 60_000);
});
