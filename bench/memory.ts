/**
 * Memory per session: the heap a live session holds in an in-memory checkpointer, and the
 * bytes a session takes on disk in the default SQLite one (a server keeps nothing in memory
 * per session with it). Run with --expose-gc for stable heap figures.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createCounselor } from "../graphs/counselor.js";
import { emptyRetriever } from "../test/fixtures/fake-retriever.js";
import { BENCH_MESSAGES } from "./messages.js";
import { round } from "../evals/stats.js";

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export async function memoryPerSession(dir: string, sessions = 100, turns = 5): Promise<{ heapKbPerSession: number; sqliteKbPerSession: number; gcExposed: boolean }> {
  const memory = await createCounselor({ checkpointer: new MemorySaver(), configuration: { retriever: emptyRetriever() } });
  await memory.send("warm", BENCH_MESSAGES[0]);
  const before = heapAfterGc();
  for (let s = 0; s < sessions; s++) for (let t = 0; t < turns; t++) await memory.send(`m-${s}`, BENCH_MESSAGES[(s + t) % BENCH_MESSAGES.length]);
  const heapKbPerSession = round((heapAfterGc() - before) / sessions / 1024);
  await memory.close();

  const path = join(dir, "memory.sqlite");
  const disk = await createCounselor({ sqlitePath: path, configuration: { retriever: emptyRetriever() } });
  for (let s = 0; s < sessions; s++) for (let t = 0; t < turns; t++) await disk.send(`d-${s}`, BENCH_MESSAGES[(s + t) % BENCH_MESSAGES.length]);
  await disk.close();
  const bytes = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  return { heapKbPerSession, sqliteKbPerSession: round(bytes / sessions / 1024), gcExposed: !!gc };
}
