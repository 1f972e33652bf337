import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseCaseLine } from "../../cli/assess.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "psyllm-cli-"));
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { env: { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma") }, timeout: 60_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("assess input lines", () => {
  it("accepts the contract's shape and explains what is wrong otherwise", () => {
    expect(parseCaseLine('{"id":"a","messages":["hi there"],"extra":1}')).toEqual({ ok: true, value: { id: "a", messages: ["hi there"] } });
    expect(parseCaseLine("{not json")).toMatchObject({ ok: false, id: null, error: expect.stringMatching(/invalid JSON/) });
    expect(parseCaseLine('{"id":7,"messages":[]}')).toMatchObject({ ok: false, id: "7", error: expect.stringMatching(/no text/) });
    expect(parseCaseLine('{"id":"b","messages":["  "]}')).toMatchObject({ ok: false, id: "b", error: expect.stringMatching(/empty/) });
    expect(parseCaseLine("[1,2]")).toMatchObject({ ok: false, error: expect.stringMatching(/not a JSON object/) });
  });
});

describe("assess command", () => {
  it("answers every line in order, reports bad lines without stopping, and exits 1 when any failed", async () => {
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    writeFileSync(
      input,
      [
        JSON.stringify({ id: "ok1", messages: ["For a month I've felt empty, nothing is fun, I sleep badly and I feel worthless."] }),
        "{this is not json",
        JSON.stringify({ id: "noText", messages: [] }),
        JSON.stringify({ id: "ok2", messages: ["I think about killing myself a lot lately.", "I don't have a plan."] }),
      ].join("\n"),
    );
    const r = await cli(["assess", "--input", input, "--output", output]);
    expect(r.code).toBe(1);
    const lines = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["ok1", null, "noText", "ok2"]);
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].error).toMatch(/no text/);
    expect(lines[0]).toMatchObject({ risk: { level: "none", escalate: false }, response: expect.any(String) });
    expect(lines[0].differential[0].icd10cm).toMatch(/^F3[23]/);
    expect(lines[3].risk.escalate).toBe(true);
    expect(lines[3].response).toMatch(/988/);
    expect(r.stderr).toMatch(/2 answered, 2 failed/);
  }, 60_000);

  it("exits 0 when every line was answered, and 2 with a clear message on bad arguments", async () => {
    const input = join(dir, "good.jsonl");
    writeFileSync(input, JSON.stringify({ id: "g", messages: ["I'm nervous about my new job next week."] }) + "\n");
    expect((await cli(["assess", "--input", input, "--output", join(dir, "good.out.jsonl")])).code).toBe(0);
    const missing = await cli(["assess", "--input", join(dir, "nope.jsonl"), "--output", join(dir, "x.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read input file/);
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const badModel = await cli(["assess", "--input", input, "--output", join(dir, "y.jsonl"), "--model", "nonsense"]);
    expect(badModel.code).not.toBe(0);
    expect(badModel.stderr).toMatch(/model "nonsense"/);
  }, 90_000);

  it("refuses an output that is its input (the input untouched) or cannot be written, with one clear line and exit 2", async () => {
    const input = join(dir, "same.jsonl");
    const content = '{"id":"a","messages":["I keep arguing with my flatmate"]}\n';
    writeFileSync(input, content);
    const same = await cli(["assess", "--input", input, "--output", input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/is the input file/);
    expect(readFileSync(input, "utf8")).toBe(content);
    const nowhere = await cli(["assess", "--input", input, "--output", join(dir, "no-such-folder", "out.jsonl")]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr.trim().split("\n")).toHaveLength(1);
    expect(nowhere.stderr).toMatch(/cannot write output file .*does not exist/);
  });

  it("answers N lines with N lines: a byte-order mark is ignored and a blank line gets an error line", async () => {
    const input = join(dir, "bom.jsonl");
    const output = join(dir, "bom.out.jsonl");
    writeFileSync(input, '\uFEFF{"id":"a","messages":["I feel low"]}\n\n{"id":"b","messages":["work is stressful"]}\n   \n');
    const r = await cli(["assess", "--input", input, "--output", output]);
    expect(r.code).toBe(1); // the blank lines count as failed
    const lines = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? null)).toEqual(["a", null, "b", null]);
    expect(lines[0].risk).toBeDefined();
    expect(lines[1].error).toMatch(/line 2: blank line/);
    expect(lines[3].error).toMatch(/line 4: blank line/);
    expect(r.stderr).toMatch(/2 answered, 2 failed/);
  });

  it("--workers 2 answers in two processes with the same lines in the same order", async () => {
    const input = join(dir, "workers.jsonl");
    const cases = [
      '{"id":"w1","messages":["I have felt low for weeks and nothing is fun"]}',
      "{broken",
      '{"id":"w3","messages":["I worry about everything", "my muscles are tense all day"]}',
      '{"id":"w4","messages":["I keep arguing with my partner about money"]}',
      '{"id":"w5","messages":["I have pills saved up and I am going to take them all tonight"]}',
      '{"id":"w6","messages":["my boss shouts at me in meetings"]}',
    ];
    writeFileSync(input, cases.join("\n") + "\n");
    const one = await cli(["assess", "--input", input, "--output", join(dir, "w-one.jsonl")]);
    const two = await cli(["assess", "--input", input, "--output", join(dir, "w-two.jsonl"), "--workers", "2"]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stderr).toMatch(/5 answered, 1 failed \(2 workers\)/);
    expect(readFileSync(join(dir, "w-two.jsonl"), "utf8")).toBe(readFileSync(join(dir, "w-one.jsonl"), "utf8"));
    const bad = await cli(["assess", "--input", input, "--output", join(dir, "w-bad.jsonl"), "--workers", "zero"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers must be a whole number/);
  }, 90_000);
});
