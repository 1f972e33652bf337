/**
 * Bad input through the command line: bytes that are not UTF-8, a 1 MB line, binary garbage,
 * empty text. `assess` answers every line (an error line for a bad case) and goes on; `chat`
 * reports the bad message and keeps the session usable.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "psyllm-faults-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOW_MOOD = "For the past month I've felt empty and hopeless, nothing is fun anymore and I sleep badly.";
const WORRY = "I worry constantly about everything, I can't control the worry, my muscles are tense and I feel restless.";

/** Runs the CLI with raw bytes on stdin. */
function cli(args: string[], stdin: Buffer | string = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], {
      env: { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma"), CHROMA_URL: "", DATABASE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined); // the CLI may exit before reading everything
    child.stdin.end(stdin);
  });
}

/** Random bytes with no line breaks, so they stay one line. */
const garbageLine = (n: number) => Buffer.from([...randomBytes(n)].filter((b) => b !== 0x0a && b !== 0x0d));
const line = (obj: unknown) => Buffer.from(JSON.stringify(obj));
const NL = Buffer.from("\n");

describe("bad input through the CLI", () => {
  it("assess: bad bytes, a 1 MB message, garbage and empty text each get an error line; the other cases are answered", async () => {
    const input = join(dir, "bad.jsonl");
    const output = join(dir, "bad.out.jsonl");
    const invalidUtf8 = Buffer.concat([Buffer.from('{"id":"bad-utf8","messages":["I feel '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(' low"]}')]);
    // One Latin-1 byte in an otherwise good message: decoded as U+FFFD and answered (bounded, not refused).
    const straySingleByte = Buffer.concat([Buffer.from('{"id":"stray-byte","messages":["I feel d'), Buffer.from([0xe9]), Buffer.from(`prime. ${LOW_MOOD}"]}`)]);
    writeFileSync(
      input,
      Buffer.concat(
        [
          line({ id: "good-1", messages: [LOW_MOOD] }),
          invalidUtf8,
          straySingleByte,
          line({ id: "huge", messages: ["I feel sad and tired. ".repeat(48_000)] }),
          garbageLine(3000),
          line({ id: "empty", messages: [WORRY, ""] }),
          line({ id: "good-2", messages: [WORRY] }),
        ].flatMap((b) => [b, NL]),
      ),
    );
    const r = await cli(["assess", "--input", input, "--output", output]);
    expect(r.code).toBe(1);
    const out = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["good-1", "bad-utf8", "stray-byte", "huge", null, "empty", "good-2"]);
    expect(out[1].error).toMatch(/line 2: messages\[0\]: message looks like binary data/);
    expect(out[2]).toMatchObject({ risk: { escalate: false }, response: expect.any(String) });
    expect(out[2].differential[0].icd10cm).toMatch(/^F3[23]/);
    expect(out[3].error).toMatch(/line 4: messages\[0\]: message is \d+ characters; the limit is 20000/);
    expect(out[4].error).toMatch(/line 5: invalid JSON/);
    expect(out[5].error).toMatch(/line 6: messages\[1\]: message is empty/);
    // The good cases around the bad ones are answered as if the bad ones were not there.
    expect(out[0].differential[0].icd10cm).toMatch(/^F3[23]/);
    expect(out[6].differential[0].icd10cm).toBe("F41.1");
    expect(out[6].differential.map((d: { icd10cm: string }) => d.icd10cm)).not.toContain("F32.9");
    expect(r.stderr).toMatch(/3 answered, 4 failed/);
  }, 90_000);

  it("chat: bad lines are reported on stderr, the session goes on, and a restart sees only the good turns", async () => {
    const db = join(dir, "chat.sqlite");
    const stdin = Buffer.concat([
      Buffer.from(`${LOW_MOOD}\n`),
      Buffer.from(`${"I feel sad and tired. ".repeat(48_000)}\n`),
      garbageLine(2000),
      NL,
      Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 0xc3, 0x28, 0x0a]),
      Buffer.from("I also can't concentrate at work and I feel worthless most days.\n/quit\n"),
    ]);
    const r = await cli(["chat", "--db", db, "--thread", "bad-chat"], stdin);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/psyllm: message is \d+ characters; the limit is 20000/);
    expect(r.stderr.match(/psyllm: message looks like binary data/g)).toHaveLength(2);
    // A reply after the last good line: the session survived the bad ones.
    const lastYou = r.stdout.lastIndexOf("you> I also can't concentrate");
    expect(lastYou).toBeGreaterThan(0);
    expect(r.stdout.slice(lastYou)).toMatch(/counselor> \S/);
    const resumed = await cli(["chat", "--db", db, "--thread", "bad-chat"], "/quit\n");
    expect(resumed.stdout).toMatch(/Resuming thread bad-chat \(2 turns so far\)/);
  }, 90_000);
});
