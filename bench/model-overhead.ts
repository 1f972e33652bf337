/**
 * Graph overhead against a model with fixed latency: a turn's wall time minus the time spent
 * waiting for the model, as a share of that model time. An ordinary turn's two calls (the
 * reading and the reply) run side by side, so the model time on the turn's path is one call's
 * latency, not calls × latency. Retrieval uses the real Chroma server, as in production.
 */
import { join } from "node:path";
import { createCounselor } from "../graphs/counselor.js";
import { fakeModelConfiguration, spawnFixedLatencyModel } from "./fake-model.js";
import { BENCH_MESSAGES } from "./messages.js";
import { round, summary } from "../evals/stats.js";
import { warmUpEngine } from "./warm-up.js";

export interface ModelOverhead {
  /** The model's fixed latency per call. */
  latencyMs: number;
  callsPerTurn: number;
  turnMs: ReturnType<typeof summary>;
  /** Median turn time minus the model time on the turn's path (one call's latency): everything the graph and the client add. */
  overheadMs: number;
  /** overheadMs as a share of the model time on the turn's path. */
  overheadShare: number;
}

/** Model calls one after another on an ordinary turn (reading ‖ reply). */
const SEQUENTIAL_CALLS = 1;

export async function modelOverhead(dir: string, latencyMs = 300, turns = 30): Promise<ModelOverhead> {
  const model = await spawnFixedLatencyModel(latencyMs);
  const counselor = await createCounselor({
    sqlitePath: join(dir, "overhead.sqlite"),
    configuration: { ...fakeModelConfiguration(model.url), chromaDataDir: join(dir, "chroma") },
  });
  try {
    warmUpEngine();
    for (const m of BENCH_MESSAGES.slice(0, 2)) await counselor.send("warm-up", m);
    const times: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < turns; i++) {
      const t = performance.now();
      const turn = await counselor.send(`overhead-${i % 4}`, BENCH_MESSAGES[i % BENCH_MESSAGES.length]);
      times.push(performance.now() - t);
      calls.push(turn.usage.calls);
    }
    const callsPerTurn = calls.reduce((a, b) => a + b, 0) / calls.length;
    const s = summary(times);
    // Calls in sequence on an ordinary turn: the reading runs beside the reply.
    const modelMs = SEQUENTIAL_CALLS * latencyMs;
    return { latencyMs, callsPerTurn: round(callsPerTurn, 2), turnMs: s, overheadMs: round(s.p50 - modelMs), overheadShare: round((s.p50 - modelMs) / modelMs, 3) };
  } finally {
    await counselor.close();
    await model.stop();
  }
}
