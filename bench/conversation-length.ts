/**
 * Per-turn cost as a conversation grows to 50 turns: findings accumulate and the history
 * lengthens, but a turn should cost about the same at turn 50 as at turn 2. Threads are first
 * filled to each length (untimed), then timed in shuffled rounds, so that the machine's load
 * falls on every length alike.
 */
import { join } from "node:path";
import { createCounselor } from "../graphs/counselor.js";
import { BENCH_MESSAGES } from "./messages.js";
import { round } from "../evals/stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface LengthPoint {
  turn: number;
  p50Ms: number;
}

const LENGTHS = [1, 10, 20, 30, 40, 50];

export async function conversationLength(dir: string, maxTurns = 50, rounds = 12, threadsPerLength = 3): Promise<{ points: LengthPoint[]; growth: number; growthFromFirst: number }> {
  warmUpEngine();
  const counselor = await createCounselor({ sqlitePath: join(dir, "length.sqlite"), configuration: { chromaDataDir: join(dir, "chroma") } });
  const say = (id: string, i: number) => counselor.send(id, BENCH_MESSAGES[i % BENCH_MESSAGES.length]);
  try {
    const lengths = LENGTHS.filter((n) => n <= maxTurns);
    const threads: Array<{ id: string; length: number }> = [];
    for (const length of lengths) {
      for (let k = 0; k < threadsPerLength; k++) {
        const id = `len-${length}-${k}`;
        for (let i = 0; i < length - 1; i++) await say(id, i + k);
        threads.push({ id, length });
      }
    }
    const samples = new Map<number, number[]>(lengths.map((n) => [n, []]));
    for (let r = 0; r < rounds; r++) {
      const order = [...threads].sort(() => Math.random() - 0.5);
      for (const t of order) {
        const start = performance.now();
        await say(t.id, t.length + r);
        samples.get(t.length)!.push(performance.now() - start);
      }
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const points = lengths.map((n) => ({ turn: n, p50Ms: round(med(samples.get(n)!)) }));
    // Growth from turn 10 (a thread with state to load) to turn 50; the very first turn of a
    // thread has nothing to load, so it is reported apart.
    const base = points.find((p) => p.turn === 10) ?? points[0];
    const last = points[points.length - 1];
    return { points, growth: round(last.p50Ms / base.p50Ms, 2), growthFromFirst: round(last.p50Ms / points[0].p50Ms, 2) };
  } finally {
    await counselor.close();
  }
}
