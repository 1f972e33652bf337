/**
 * 100 sessions at once on one counselor: each thread's state must be exactly what it would be
 * had the thread run alone, holding only its own words, findings and risk. No cross-talk.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCounselor, type CounselorOptions } from "../../graphs/counselor.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

const DEPRESSION = ["I've felt empty for weeks", "nothing is fun anymore", "I feel worthless", "I sleep badly", "I can't concentrate on anything", "I feel hopeless about the future", "I've lost my appetite"];
const ANXIETY = ["I worry constantly about everything", "I can't control the worry", "my muscles are tense all day", "I feel restless", "I get irritable over small things", "I can't stop worrying about my health"];
const CRISIS = ["I want to kill myself", "I've been thinking about ending my life", "I keep thinking I'd be better off dead"];

type Kind = "depression" | "anxiety" | "crisis";
interface Script {
  thread: string;
  kind: Kind;
  messages: [string, string];
}

/** Thread i's two messages: a kind by i, and a combination of phrases no other thread has in that order. */
function script(i: number): Script {
  const kind: Kind = i % 10 === 3 ? "crisis" : i % 2 === 0 ? "depression" : "anxiety";
  const pool = kind === "anxiety" ? ANXIETY : DEPRESSION;
  const pick = (k: number) => pool[(i * 3 + k * (1 + (i % 5))) % pool.length];
  const first = `${pick(0)}, and ${pick(1)}. My neighbour in flat ${i} said I look different.`;
  const second = kind === "crisis" ? `${CRISIS[i % CRISIS.length]}. ${pick(2)}.` : `${pick(2)}. It has been going on for about ${3 + (i % 8)} weeks.`;
  return { thread: `user-${i}`, kind, messages: [first, second] };
}

const SCRIPTS = Array.from({ length: 100 }, (_, i) => script(i));
const configuration = { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" };

/** The parts of a thread's state that cross-talk would corrupt. */
const essence = (s: CounselingStateType | null) =>
  s && {
    turn: s.turn,
    messages: s.messages.map((m) => m.content),
    findings: s.findings,
    risk: s.risk,
    differential: s.differential.map((d) => [d.conditionId, d.status, d.likelihood]),
    response: s.response,
  };

/** Runs every script alone, one after another: what each thread should end up as. */
async function baseline() {
  const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration });
  const out = new Map<string, ReturnType<typeof essence>>();
  for (const s of SCRIPTS) {
    for (const m of s.messages) await counselor.send(s.thread, m);
    out.set(s.thread, essence(await counselor.state(s.thread)));
  }
  await counselor.close();
  return out;
}

/** Runs all 100 scripts at once on one counselor and checks each thread against its solo run. */
async function checkConcurrent(options: CounselorOptions, expected: Map<string, ReturnType<typeof essence>>, prefix: string) {
  const counselor = await createCounselor({ ...options, configuration });
  try {
    const t0 = performance.now();
    await Promise.all(
      SCRIPTS.map(async (s) => {
        for (const m of s.messages) await counselor.send(prefix + s.thread, m);
      }),
    );
    const ms = performance.now() - t0;
    console.log(`${prefix}100 concurrent sessions × 2 turns: ${Math.round(ms)} ms`);
    for (const s of SCRIPTS) {
      const state = await counselor.state(prefix + s.thread);
      const own = s.messages.join("\n");
      expect(essence(state), s.thread).toEqual(expected.get(s.thread));
      for (const f of state!.findings) expect(own, `${s.thread}: ${f.quote}`).toContain(f.quote);
      expect(state!.risk.escalate, s.thread).toBe(s.kind === "crisis");
      const concepts = new Set(state!.findings.map((f) => f.concept));
      if (s.kind === "depression") expect([...concepts].some((c) => c.startsWith("worry")), s.thread).toBe(false);
      if (s.kind === "anxiety") expect(concepts.has("anhedonia") || concepts.has("worthlessness"), s.thread).toBe(false);
    }
  } finally {
    await counselor.close();
  }
}

describe("100 concurrent sessions", () => {
  const dir = mkdtempSync(join(tmpdir(), "psyllm-concurrent-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let expected: Map<string, ReturnType<typeof essence>>;
  beforeAll(async () => {
    expected = await baseline();
  }, 120_000);

  it("the scripts are distinct and the solo runs find what each kind should", () => {
    expect(new Set(SCRIPTS.map((s) => s.messages.join("|"))).size).toBe(100);
    const kinds = (k: Kind) => SCRIPTS.filter((s) => s.kind === k);
    expect(kinds("crisis").length).toBe(10);
    for (const s of kinds("anxiety")) expect(expected.get(s.thread)!.differential[0]?.[0], s.thread).toBe("gad");
    for (const s of kinds("crisis")) expect(expected.get(s.thread)!.risk.escalate, s.thread).toBe(true);
    for (const s of kinds("depression")) expect(expected.get(s.thread)!.risk.escalate, s.thread).toBe(false);
  });

  it("on SQLite, each thread ends exactly as it would have alone", async () => {
    await checkConcurrent({ sqlitePath: join(dir, "sessions.sqlite") }, expected, "");
  }, 120_000);

  it.runIf(process.env.PSYLLM_TEST_DATABASE_URL)("on Postgres (one pool shared by 100 sessions), each thread ends exactly as it would have alone", async () => {
    await checkConcurrent({ databaseUrl: process.env.PSYLLM_TEST_DATABASE_URL }, expected, `pg-${Date.now()}-`);
  }, 120_000);
});
