/** Loading benchmark cases from every supported shape, with bad lines reported. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCases } from "../../evals/datasets.js";

describe("loadCases", () => {
  it("loads team and shared case lines, CounselChat questions with topics, and reports problems", () => {
    const dir = mkdtempSync(join(tmpdir(), "psyllm-ds-"));
    writeFileSync(join(dir, "a.jsonl"), [JSON.stringify({ id: "x1", dx: ["F32"], messages: ["one", "two"] }), JSON.stringify({ id: "x2", messages: [] }), "nope"].join("\n"));
    writeFileSync(join(dir, "b.jsonl"), [JSON.stringify({ id: "cc1", topics: ["depression"], title: "T", text: "I feel low" }), JSON.stringify({ id: "cc2", topics: ["relationships"], title: "", text: "We fight" }), JSON.stringify({ id: "x1", messages: ["dup"] })].join("\n"));
    const { cases, problems } = loadCases(dir);
    expect(cases.map((c) => c.id)).toEqual(["x1", "cc1", "cc2"]);
    expect(cases[0]).toMatchObject({ kind: "multi", dx: ["F32"] });
    expect(cases[1]).toMatchObject({ families: ["depressive", "bipolar"], messages: ["T\nI feel low"] });
    expect(cases[2].dx).toEqual([]);
    expect(problems).toEqual(["a.jsonl:2: no messages", "a.jsonl:3: invalid JSON", "b.jsonl: duplicate id x1 dropped"]);
    expect(() => loadCases(join(dir, "missing.jsonl"))).toThrow(/cannot read dataset/);
  });
});
