/**
 * Offline turn latency through the library API, with real retrieval (a Chroma server started
 * from the chromadb package) and the default SQLite checkpointer: what an app sees per turn.
 */
import { join } from "node:path";
import { createCounselor } from "../graphs/counselor.js";
import { BENCH_MESSAGES } from "./messages.js";
import { summary } from "../evals/stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface OfflineLatency {
  firstTurnMs: number;
  turns: ReturnType<typeof summary>;
  threads: number;
}

export async function offlineLatency(dir: string, turns = 200, threads = 10): Promise<OfflineLatency> {
  const counselor = await createCounselor({ sqlitePath: join(dir, "sessions.sqlite"), configuration: { chromaDataDir: join(dir, "chroma") } });
  try {
    const t0 = performance.now();
    await counselor.send("warm-up", "hello, I'm not sure where to start");
    const firstTurnMs = performance.now() - t0;
    // Steady state, as a running server is: see warm-up.ts.
    warmUpEngine();
    for (const m of BENCH_MESSAGES) await counselor.send("warm-up-2", m);
    const times: number[] = [];
    for (let i = 0; i < turns; i++) {
      const t = performance.now();
      await counselor.send(`bench-${i % threads}`, BENCH_MESSAGES[(i * 7 + Math.floor(i / threads)) % BENCH_MESSAGES.length]);
      times.push(performance.now() - t);
    }
    return { firstTurnMs: Math.round(firstTurnMs), turns: summary(times), threads };
  } finally {
    await counselor.close();
  }
}
