/**
 * The risk reader's cost per message (safety/read-risk.ts: normalise, de-obfuscate, phrase rules,
 * C-SSRS components, other languages, learned net), on the bench messages and on long posts made
 * of them, after warm-up. Target (issue #13): p50 ≤ 5 ms a message.
 */
import { readRisk } from "../safety/read-risk.js";
import { BENCH_MESSAGES } from "./messages.js";
import { summary } from "../evals/stats.js";

export function riskReader(rounds: number): { message: ReturnType<typeof summary>; longPost: ReturnType<typeof summary>; longPostWords: number } {
  const long = BENCH_MESSAGES.slice(0, 12).join(" ");
  for (let i = 0; i < 5; i++) for (const m of BENCH_MESSAGES) readRisk(m);
  const short: number[] = [];
  const longs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const m of BENCH_MESSAGES) {
      const t0 = performance.now();
      readRisk(m);
      short.push(performance.now() - t0);
    }
    const t0 = performance.now();
    readRisk(long);
    longs.push(performance.now() - t0);
  }
  return { message: summary(short), longPost: summary(longs), longPostWords: long.split(/\s+/).length };
}
