/**
 * `assess` at scale: cases per second and peak memory (RSS) of the batch command for N short
 * cases, each run in a fresh process (`bench/assess-child.ts`), so memory that grows with the
 * number of cases shows as a peak that grows with N. Cases are one- to three-turn messages built
 * from a pool of everyday sentences (no crisis, so every case takes the ordinary path).
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const POOL = [
  "I've felt low for a few weeks and nothing is fun",
  "work has been crushing me and I can't switch off at night",
  "I keep arguing with my partner about money",
  "my mum is ill and I'm scared",
  "I worry about everything, all the time",
  "I can't sleep before exams",
  "I feel lonely since I moved here",
  "my boss shouts at me in meetings",
  "I drink more than I'd like on weekends",
  "I keep checking the door is locked",
];

export interface AssessScalePoint {
  cases: number;
  workers: number;
  seconds: number;
  casesPerSecond: number;
  peakRssMb: number;
}

async function writeCases(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const turns = 1 + (i % 3);
    const messages = Array.from({ length: turns }, (_, t) => POOL[(i * 7 + t * 3) % POOL.length]);
    if (!out.write(`${JSON.stringify({ id: `c${i}`, messages })}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

export async function assessScale(dir: string, sizes: number[], workers = 1): Promise<AssessScalePoint[]> {
  const points: AssessScalePoint[] = [];
  for (const n of sizes) {
    const input = join(dir, `assess-${n}.jsonl`);
    await writeCases(input, n);
    const child = fileURLToPath(new URL("./assess-child.ts", import.meta.url));
    const result = await new Promise<{ seconds: number; peakRssMb: number }>((resolve, reject) => {
      const p = spawn(process.execPath, ["--import", "tsx", child, input, join(dir, `assess-${n}.out.jsonl`), String(workers)], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma") } });
      let out = "";
      p.stdout.on("data", (d: Buffer) => (out += d));
      p.on("exit", (code) => (code === 0 || code === 1 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`assess child exited ${code}`))));
    });
    points.push({ cases: n, workers, seconds: result.seconds, casesPerSecond: Math.round(n / result.seconds), peakRssMb: result.peakRssMb });
  }
  return points;
}
