/**
 * The pipeline on ../shared/posts/sample-posts.jsonl: every usable unique post yields a
 * dialogue, every defect is reported, crisis posts are set apart, and no PII reaches any file.
 */
import { readFileSync, readdirSync, mkdtempSync, appendFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runSynthesis, type SynthesisSummary } from "../../synthesis/pipeline.js";
import { findPii } from "../../synthesis/scrub-pii.js";
import { Journal } from "../../synthesis/journal.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { datasetKeyer } from "../../synthesis/dataset-id.js";
import { ensureConfiguration } from "../../graphs/configuration.js";

const keyOf = datasetKeyer(ensureConfiguration({}).dataDir);

const SAMPLE = "../shared/posts/sample-posts.jsonl";
const out = mkdtempSync(join(tmpdir(), "psyllm-synth-"));
let summary: SynthesisSummary;
const read = (name: string) => readFileSync(join(out, name), "utf8");
const records = () => read("records.jsonl").trim().split("\n").map((l) => JSON.parse(l));

beforeAll(async () => {
  summary = await runSynthesis({ input: SAMPLE, outDir: out, concurrency: 4, configuration: { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } });
}, 120_000);

describe("synthesis on the sample posts", () => {
  it("reports every defect in the file", () => {
    const reasons = summary.skipped.map((s) => s.reason).sort();
    expect(reasons).toEqual(["duplicate_id", "empty", "malformed_line", "non_english", "removed"]);
    const card = JSON.parse(read("card.json"));
    expect(card.notes.join(" ")).toMatch(/line 4: author account deleted/);
    expect(card.piiReplaced).toMatchObject({ EMAIL: 1, PHONE: 1, URL: 1, USER: 1 });
  });

  it("turns every usable unique post into a dialogue with reasoning, and sets crisis posts apart", () => {
    const lines = readFileSync(SAMPLE, "utf8").trim().split("\n");
    const ids = new Set(lines.flatMap((l) => { try { return [JSON.parse(l).id as string]; } catch { return []; } }));
    const usable = [...ids].filter((id) => !["t3_p7q8r9", "t3_e4f5g6", "t3_k1l2m3"].includes(id));
    const recs = records();
    expect(recs.map((r) => r.postId).sort()).toEqual(usable.map(keyOf).sort());
    for (const r of recs) {
      const counselor = r.dialogue.turns.filter((t: { role: string }) => t.role === "counselor");
      expect(counselor.length).toBeGreaterThanOrEqual(1);
      for (const t of counselor) {
        expect(t.think).toMatch(/Symptoms this turn[\s\S]*Differential[\s\S]*Risk \(C-SSRS/);
        expect(t.content.length).toBeGreaterThan(20);
      }
    }
    const crisis = recs.filter((r) => r.status === "crisis").map((r) => r.postId).sort();
    expect(crisis).toEqual(["t3_m4n5o6", "t3_n4o5p6"].map(keyOf).sort());
    const sharegpt = JSON.parse(read("sharegpt.json"));
    expect(sharegpt.map((d: { id: string }) => d.id)).not.toContain(keyOf("t3_m4n5o6"));
    expect(read("crisis.jsonl")).toContain(keyOf("t3_m4n5o6"));
    // The crisis set is ShareGPT too, registered apart, its replies leading with resources.
    const crisisSet = JSON.parse(read("crisis_sharegpt.json"));
    expect(crisisSet.map((d: { id: string }) => d.id).sort()).toEqual(crisis);
    expect(JSON.parse(read("dataset_info.json")).psyllm_crisis).toMatchObject({ file_name: "crisis_sharegpt.json" });
  });

  it("never writes a post id: outputs carry keyed ids", () => {
    for (const name of readdirSync(out)) expect(read(name), name).not.toMatch(/t3_[a-z0-9]{6}/);
    expect(keyOf("t3_a1b2c3")).toMatch(/^d-[0-9a-f]{16}$/);
  });

  it("writes ShareGPT with <think> reasoning for LLaMA-Factory and OpenAI chat JSONL", () => {
    const sharegpt = JSON.parse(read("sharegpt.json"));
    expect(sharegpt.length).toBe(summary.kept);
    const gpt = sharegpt[0].conversations.find((c: { from: string }) => c.from === "gpt").value as string;
    expect(gpt).toMatch(/^<think>\n[\s\S]+\n<\/think>\n\n\S/);
    expect(JSON.parse(read("dataset_info.json")).psyllm_counseling).toMatchObject({ formatting: "sharegpt", file_name: "sharegpt.json" });
    const openai = read("openai.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    expect(openai[0].messages.map((m: { role: string }) => m.role).slice(0, 3)).toEqual(["system", "user", "assistant"]);
    expect(openai[0].messages[2].content).not.toMatch(/<think>/);
  });

  it("lets no e-mail, phone, URL or u/ name reach any output file", () => {
    for (const name of readdirSync(out)) expect(findPii(read(name)), name).toEqual([]);
    expect(read("records.jsonl")).not.toMatch(/nelly|helpful_hannah|555-201/);
  });

  it("renders a dataset card with charts", () => {
    const html = read("card.html");
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toMatch(/non_english/);
    expect(read("card.md")).toMatch(/Kept \d+ of 12 usable posts/);
    // The card says what the issue asked for: risk mix, per-check pass rates, repetition, rounds and lengths, and how far to trust the filter.
    const card = JSON.parse(read("card.json"));
    expect(Object.keys(card.rejectionReasons).every((k) => /^[a-z_]+$/.test(k))).toBe(true);
    expect(card.riskMix["crisis set (crisis protocol)"]).toBe(2);
    expect(Object.keys(card.checkPassRates)).toEqual(expect.arrayContaining(["answers_client", "uses_facts", "no_repeat", "evidence_is_clients"]));
    expect(card.repetition).toBeGreaterThanOrEqual(0);
    expect(Object.values(card.rounds as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(summary.kept);
    expect(card.filterAgreement.dialogues).toBeGreaterThanOrEqual(50);
    expect(html).toMatch(/Filter agreement with a supervisor/);
  });

  it("resumes without redoing or duplicating posts", async () => {
    const again = await runSynthesis({ input: SAMPLE, outDir: out, configuration: { retriever: emptyRetriever() } });
    expect(again.processedNow).toBe(0);
    expect(again.resumed).toBe(12);
    expect(records()).toHaveLength(12);
    // The card written by the resumed run still names the posts whose PII was replaced.
    expect(again.notes.filter((n) => /replaced/.test(n)).map((n) => n.split(" (")[0]).sort()).toEqual(expect.arrayContaining(["line 2", "line 4", "line 7"]));
    expect(read("card.md")).toMatch(/line 7 \(d-[0-9a-f]{16}\): replaced 1 URL, 1 USER/);
  });
});

describe("journal", () => {
  it("cuts a torn last line (a kill mid-write) and keeps the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "psyllm-journal-"));
    const path = join(dir, "records.jsonl");
    const j = new Journal(path);
    j.append({ postId: "a", status: "kept", reasons: [], scores: {}, pii: {} });
    j.close();
    appendFileSync(path, '{"postId":"b","stat');
    const again = new Journal(path);
    expect(again.records.map((r) => r.postId)).toEqual(["a"]);
    expect(again.repairedBytes).toBeGreaterThan(0);
    again.append({ postId: "b", status: "kept", reasons: [], scores: {}, pii: {} });
    again.close();
    expect(readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l).postId)).toEqual(["a", "b"]);
  });

  it("reports a damaged line in the middle (its post redone) and keeps every line after it", () => {
    const dir = mkdtempSync(join(tmpdir(), "psyllm-journal-"));
    const path = join(dir, "records.jsonl");
    const rec = (postId: string) => JSON.stringify({ postId, status: "kept", reasons: [], scores: {}, pii: {} });
    writeFileSync(path, `${rec("a")}\n{"postId":"b", garbage\n${rec("c")}\n${rec("d")}\n`);
    const j = new Journal(path);
    expect(j.records.map((r) => r.postId)).toEqual(["a", "c", "d"]); // was ["a"]: everything after the damage dropped
    expect(j.damagedLines).toEqual([2]);
    expect(j.has("b")).toBe(false); // redone
    j.close();
    expect(readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l).postId)).toEqual(["a", "c", "d"]);
  });
});
