/**
 * `--model` on the CLI: assess runs through a local OpenAI-compatible server, and a model
 * name without an endpoint is a clear usage error, not a silent offline run.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../fixtures/fake-openai-server.js";
import { DEPRESSED, scripted } from "./scripts.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "psyllm-model-cli-"));
const env = { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma"), OPENAI_BASE_URL: "", OPENAI_API_KEY: "" };
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { env, timeout: 90_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI(scripted());
});
afterAll(async () => server.close());

describe("--model", () => {
  it("runs assess through an OpenAI-compatible server and records the back end per part", async () => {
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    writeFileSync(input, JSON.stringify({ id: "m1", messages: [DEPRESSED] }) + "\n");
    const r = await cli(["assess", "--input", input, "--output", output, "--model", "openai:served-model", "--base-url", server.url]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(readFileSync(output, "utf8").trim());
    expect(out.backend).toMatchObject({ intake: "offline", differential: "model", respond: "model" });
    expect(out.usage.calls).toBe(2);
    expect(out.guard).toMatchObject({ action: "none", violations: [], removed: 0 });
    expect(server.requests.every((q) => q.model === "served-model")).toBe(true);
  }, 120_000);

  it("refuses a model with no endpoint or key, naming what to set", async () => {
    const r = await cli(["assess", "--input", join(dir, "in.jsonl"), "--output", join(dir, "x.jsonl"), "--model", "openai:gpt-4o-mini"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/OPENAI_API_KEY|OPENAI_BASE_URL/);
  }, 60_000);
});
