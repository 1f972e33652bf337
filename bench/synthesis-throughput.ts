/**
 * Synthesis throughput at several concurrencies with a fixed-latency model: how close the
 * pipeline comes to linear scaling when the model is the bottleneck.
 */
export interface ThroughputPoint {
  concurrency: number;
  dialogues: number;
  seconds: number;
  postsPerMinute: number;
  /** Throughput relative to concurrency × the concurrency-1 throughput. */
  scaling: number;
}

export async function synthesisThroughput(_dir: string, _levels: number[]): Promise<{ points: ThroughputPoint[] }> {
  throw new Error("synthesis pipeline not available yet");
}
