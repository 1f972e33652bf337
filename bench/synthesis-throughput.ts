/**
 * Synthesis throughput at several concurrencies with a fixed-latency model (in its own
 * process): counselor turns per minute, and how close each level comes to linear scaling
 * from concurrency 1. Turns, not posts, are the unit, since posts differ in length.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runSynthesis } from "../synthesis/pipeline.js";
import { fakeModelConfiguration, spawnFixedLatencyModel } from "./fake-model.js";
import { round } from "../evals/stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface ThroughputPoint {
  concurrency: number;
  posts: number;
  turns: number;
  seconds: number;
  turnsPerMinute: number;
  /** Throughput relative to concurrency × the concurrency-1 throughput. */
  scaling: number;
}

/** Real, distinct help-seeking texts from the shared CounselChat data, as posts. */
function writePosts(path: string, n: number): void {
  const rows = readFileSync("../shared/data/counselchat-train.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const texts = rows.filter((r) => typeof r.text === "string" && r.text.split(/\s+/).length > 30).slice(0, n);
  writeFileSync(path, texts.map((r, i) => JSON.stringify({ id: `b${i}`, subreddit: "bench", title: r.title, selftext: r.text })).join("\n") + "\n");
}

export async function synthesisThroughput(dir: string, levels = [1, 4, 16], latencyMs = 1000): Promise<{ latencyMs: number; points: ThroughputPoint[] }> {
  warmUpEngine();
  const model = await spawnFixedLatencyModel(latencyMs);
  const points: ThroughputPoint[] = [];
  try {
    for (const concurrency of levels) {
      const posts = concurrency * (concurrency === 1 ? 4 : 2);
      const input = join(dir, `throughput-${concurrency}.jsonl`);
      writePosts(input, posts);
      const outDir = join(dir, `throughput-${concurrency}`);
      const t0 = performance.now();
      await runSynthesis({ input, outDir, concurrency, configuration: { ...fakeModelConfiguration(model.url), chromaDataDir: join(dir, "chroma") } });
      const seconds = (performance.now() - t0) / 1000;
      const records = readFileSync(join(outDir, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
      const turns = records.reduce((n, r) => n + (r.dialogue?.turns.filter((t: { role: string }) => t.role === "counselor").length ?? 0), 0);
      const tpm = (turns / seconds) * 60;
      const base = points[0]?.turnsPerMinute ?? tpm;
      points.push({ concurrency, posts: records.length, turns, seconds: round(seconds), turnsPerMinute: round(tpm), scaling: round(tpm / (base * concurrency), 2) });
    }
  } finally {
    await model.stop();
  }
  return { latencyMs, points };
}
