/**
 * Two processes writing to one thread at the same time, 50 turns each: the thread must end with
 * all 100 turns and every message, and a crisis told in one process must stay in the thread's
 * risk whatever the other process writes. On SQLite always; on Postgres when a test database is
 * configured (CI).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

const TURNS = 50;
const dir = mkdtempSync(join(tmpdir(), "psyllm-one-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writer(store: string, thread: string, label: string, crisisAt?: number): Promise<{ sent: number; busy: number; failed: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", "test/fixtures/thread-writer.ts", store, thread, label, String(TURNS), ...(crisisAt === undefined ? [] : [String(crisisAt)])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (err += d));
    child.on("error", reject);
    child.on("exit", () => {
      try {
        resolve({ ...JSON.parse(out.trim().split("\n").pop() ?? "{}"), stderr: err });
      } catch {
        reject(new Error(`writer ${label} printed no result: ${out}\n${err}`));
      }
    });
  });
}

async function check(store: string, thread: string) {
  const [a, b] = await Promise.all([writer(store, thread, "A", 7), writer(store, thread, "B")]);
  expect(a.failed + b.failed, `${a.stderr}\n${b.stderr}`).toBe(0);
  const counselor = await createCounselor({ ...(store.startsWith("postgres") ? { databaseUrl: store } : { sqlitePath: store }), configuration: { retriever: emptyRetriever() } });
  const state = await counselor.state(thread);
  await counselor.close();
  const human = state!.messages.filter((m) => m._getType() === "human").map((m) => String(m.content));
  expect({ turn: state!.turn, human: human.length }).toEqual({ turn: 2 * TURNS, human: 2 * TURNS });
  for (const label of ["A", "B"]) for (let i = 0; i < TURNS; i++) expect(human.some((h) => h.startsWith(`${label} turn ${i}:`)), `${label} turn ${i}`).toBe(true);
  // The crisis A told at its turn 7 survives everything B wrote.
  expect(state!.risk.escalate).toBe(true);
  expect(["high", "imminent"]).toContain(state!.risk.level);
  return { busyRetries: a.busy + b.busy };
}

describe("one writer per thread", () => {
  it("SQLite: two processes × 50 turns on one thread lose no turn and never lower the risk", async () => {
    const r = await check(join(dir, "sessions.sqlite"), "shared-thread");
    console.log(`SQLite: ${r.busyRetries} busy refusals retried`);
  }, 180_000);

  const pg = process.env.PSYLLM_TEST_DATABASE_URL;
  it.skipIf(!pg && !process.env.CI)("Postgres: the same", async () => {
    if (!pg) throw new Error("CI needs PSYLLM_TEST_DATABASE_URL for the Postgres one-writer test");
    const r = await check(pg, `shared-thread-${Date.now()}`);
    console.log(`Postgres: ${r.busyRetries} busy refusals retried`);
  }, 180_000);
});
