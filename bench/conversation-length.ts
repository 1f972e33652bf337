/**
 * Per-turn cost as a conversation grows to 50 turns: the findings accumulate and the history
 * lengthens, but a turn should cost about the same at turn 50 as at turn 1.
 */
import { join } from "node:path";
import { createCounselor } from "../graphs/counselor.js";
import { BENCH_MESSAGES } from "./messages.js";
import { round } from "./stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface LengthPoint {
  turn: number;
  p50Ms: number;
}

export async function conversationLength(dir: string, turns = 50, threads = 6): Promise<{ points: LengthPoint[]; growth: number }> {
  warmUpEngine();
  const counselor = await createCounselor({ sqlitePath: join(dir, "length.sqlite"), configuration: { chromaDataDir: join(dir, "chroma") } });
  try {
    await counselor.send("warm", BENCH_MESSAGES[0]);
    const byTurn: number[][] = Array.from({ length: turns }, () => []);
    for (let turn = 0; turn < turns; turn++) {
      for (let t = 0; t < threads; t++) {
        const start = performance.now();
        await counselor.send(`len-${t}`, BENCH_MESSAGES[(turn + t) % BENCH_MESSAGES.length]);
        byTurn[turn].push(performance.now() - start);
      }
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const points = [1, 5, 10, 20, 30, 40, 50].filter((n) => n <= turns).map((n) => ({ turn: n, p50Ms: round(med(byTurn[n - 1])) }));
    // Growth: late turns (41-50) against early turns (2-11), medians of all samples.
    const early = med(byTurn.slice(1, 11).flat());
    const late = med(byTurn.slice(-10).flat());
    return { points, growth: round(late / early, 2) };
  } finally {
    await counselor.close();
  }
}
