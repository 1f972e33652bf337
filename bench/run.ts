/**
 * `npm run bench`: the performance figures of issue #8, printed and written as JSON so runs
 * can be compared (`npm run bench -- --out FILE`, `--quick` for a short run, `--only a,b`,
 * `--assess-sizes 10000,100000` for the batch command at scale).
 * A benchmark, not a test: it reports against the targets and never fails the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { assessScale } from "./assess-scale.js";
import { chromaQuery } from "./chroma-query.js";
import { conversationLength } from "./conversation-length.js";
import { firstToken } from "./first-token.js";
import { memoryPerSession } from "./memory.js";
import { modelOverhead } from "./model-overhead.js";
import { offlineLatency } from "./offline-latency.js";
import { retrievalScaling } from "./retrieval-scaling.js";
import { riskReader } from "./risk-reader.js";
import { synthesisThroughput } from "./synthesis-throughput.js";

const { values } = parseArgs({ options: { out: { type: "string" }, quick: { type: "boolean" }, only: { type: "string" }, "assess-sizes": { type: "string" } } });
const quick = values.quick === true;
const only = values.only?.split(",").map((s) => s.trim());
const dir = mkdtempSync(join(tmpdir(), "psyllm-bench-"));
const results: Record<string, unknown> = {};
const checks: Array<{ target: string; value: string; met: boolean }> = [];

async function section<T>(name: string, run: () => Promise<T>, report: (r: T) => void): Promise<void> {
  if (only && !only.includes(name)) return;
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  try {
    const r = await run();
    results[name] = r;
    report(r);
  } catch (error) {
    results[name] = { error: (error as Error).message };
    console.log(`${name}: FAILED — ${(error as Error).message}`);
  }
  process.stderr.write(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const check = (target: string, value: string, met: boolean) => checks.push({ target, value, met });

await section("offlineLatency", () => offlineLatency(dir, quick ? 60 : 300), (r) => {
  console.log(`offline turn (real Chroma + SQLite): p50 ${r.turns.p50} ms, p95 ${r.turns.p95} ms over ${r.turns.n} turns; cold first turn ${r.firstTurnMs} ms`);
  check("offline turn p50 ≤ 30 ms with retrieval", `${r.turns.p50} ms`, r.turns.p50 <= 30);
});
await section("riskReader", async () => riskReader(quick ? 5 : 20), (r) => {
  console.log(`risk reader: p50 ${r.message.p50} ms, p95 ${r.message.p95} ms a message (${r.message.n}); a ${r.longPostWords}-word post p50 ${r.longPost.p50} ms`);
  check("risk reading p50 ≤ 5 ms a message", `${r.message.p50} ms`, r.message.p50 <= 5);
});
await section("chromaQuery", () => chromaQuery(dir, quick ? 100 : 300), (r) => {
  console.log(`Chroma query (${r.documents} docs, k=5): p50 ${r.queryMs.p50} ms, p95 ${r.queryMs.p95} ms; server start + index ${r.startMs} ms`);
});
for (const latency of quick ? [1000] : [300, 1000]) {
  await section(`modelOverhead${latency}`, () => modelOverhead(dir, latency, quick ? 10 : 20), (r) => {
    console.log(`graph overhead, model at ${latency} ms/call: turn p50 ${r.turnMs.p50} ms for ${r.callsPerTurn} calls → overhead ${r.overheadMs} ms (${(r.overheadShare * 100).toFixed(1)}% of model time)`);
    if (latency === 1000) check("overhead ≤ 5% of model time (1 s calls)", `${(r.overheadShare * 100).toFixed(1)}%`, r.overheadShare <= 0.05);
  });
}
await section("firstToken", () => firstToken(1000, quick ? 4 : 12), (r) => {
  console.log(`first reply token, model at ${r.latencyMs} ms/call: p50 ${r.firstTokenMs.p50} ms (${r.ratio}× one call), max ${r.firstTokenMs.max} ms over ${r.turns} turns; request characters per ordinary turn: mean ${r.requestChars.mean}, max ${r.requestChars.max}`);
  check("first reply token ≤ 1.1 × one call's latency", `${r.ratio}×`, r.ratio !== null && r.ratio <= 1.1);
  check("≤ 16k request characters per ordinary turn", `max ${r.requestChars.max}`, r.requestChars.over16k === 0);
});
await section("synthesisThroughput", () => synthesisThroughput(dir, quick ? [1, 4] : [1, 4, 16]), (r) => {
  for (const p of r.points) console.log(`synthesis at concurrency ${p.concurrency} (model ${r.latencyMs} ms/call): ${p.turnsPerMinute} counselor turns/min (${p.posts} posts, ${p.turns} turns in ${p.seconds} s), ${p.scaling}× of linear`);
  const at16 = r.points.find((p) => p.concurrency === 16);
  if (at16) check("synthesis ≥ 0.8× linear scaling at 16", `${at16.scaling}×`, at16.scaling >= 0.8);
});
await section("memory", () => memoryPerSession(dir, quick ? 40 : 100), (r) => {
  console.log(`memory per session (5 turns): ${r.heapKbPerSession} KB heap in memory${r.gcExposed ? "" : " (no --expose-gc: rough)"}, ${r.sqliteKbPerSession} KB on disk in SQLite`);
});
await section("retrievalScaling", () => retrievalScaling(dir, quick ? [300] : [100, 300, 1000], quick ? 40 : 100), (r) => {
  for (const p of r) console.log(`knowledge base ${p.documents} docs: query p50 ${p.queryMs.p50} ms, turn p50 ${p.turnMs.p50} ms`);
});
await section("conversationLength", () => conversationLength(dir, 50, quick ? 6 : 12), (r) => {
  console.log(`turn cost by conversation length: ${r.points.map((p) => `turn ${p.turn} ${p.p50Ms} ms`).join(", ")}; turn 50 / turn 10: ${r.growth}× (/ turn 1: ${r.growthFromFirst}×)`);
  check("flat per-turn cost as conversations grow (turn 50 / turn 10 ≤ 1.25)", `${r.growth}×`, r.growth <= 1.25);
});

// `assess` at scale, each size in a fresh process: cases per second and peak RSS (flat in N).
// 100,000 cases take about 1 h 45 min on 2 cores: `--assess-sizes 10000,100000` asks for them.
const assessSizes = values["assess-sizes"]?.split(",").map(Number) ?? (quick ? [1000] : [10_000]);
await section("assessScale", () => assessScale(dir, assessSizes), (r) => {
  for (const p of r) console.log(`assess ${p.cases} cases: ${p.casesPerSecond} cases/s, peak RSS ${p.peakRssMb} MB (${p.seconds} s)`);
  const largest = r[r.length - 1];
  if (largest) check(`assess memory flat: ${largest.cases} cases under 450 MB RSS`, `${largest.peakRssMb} MB`, largest.peakRssMb < 450);
});

console.log("\ntargets:");
for (const c of checks) console.log(`  ${c.met ? "met " : "MISS"}  ${c.target}: ${c.value}`);
const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), quick, results, checks };
const out = values.out ?? ".psyllm/bench/latest.json";
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`\nwritten: ${out}`);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
