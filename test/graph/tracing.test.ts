/**
 * Traces to a stand-in LangSmith endpoint: every case's runs arrive (from the library and from
 * the CLI, which exits right after its last case), the root run is named and closed, a secret in
 * the configuration is never sent, and hiding content hides inputs and outputs together.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { REDACTED, redactSecrets, secretMetadata } from "../../graphs/tracing.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { startFakeLangSmith, type FakeLangSmith } from "../fixtures/fake-langsmith.js";

const SECRET = "sk-test-SECRET-4f9a8c";
const TRACE_ENV = ["LANGSMITH_TRACING", "LANGSMITH_ENDPOINT", "LANGSMITH_API_KEY", "LANGSMITH_HIDE_INPUTS", "LANGSMITH_HIDE_OUTPUTS", "PSYLLM_HIDE_CONTENT"];

function roots(fake: FakeLangSmith) {
  return [...fake.runs().values()].filter((r) => !r.parent_run_id);
}

describe("traces: complete and safe", () => {
  let fake: FakeLangSmith;
  const saved: Record<string, string | undefined> = {};
  const dir = mkdtempSync(join(tmpdir(), "psyllm-trace-"));

  beforeAll(() => {
    for (const k of TRACE_ENV) saved[k] = process.env[k];
  });
  afterEach(async () => {
    for (const k of TRACE_ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await fake?.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function tracing(extra: Record<string, string> = {}) {
    fake = await startFakeLangSmith();
    Object.assign(process.env, { LANGSMITH_TRACING: "true", LANGSMITH_ENDPOINT: fake.url, LANGSMITH_API_KEY: "ls-test-key" }, extra);
  }

  it("redacts secret-named settings wherever they appear", () => {
    expect(secretMetadata({ modelApiKey: SECRET, locale: "en-GB", dbPassword: "x", authToken: 3, retriever: {} })).toEqual({ modelApiKey: REDACTED, dbPassword: REDACTED, authToken: REDACTED });
    expect(redactSecrets({ thread_id: "t", modelApiKey: SECRET, nested: [{ OPENAI_API_KEY: SECRET, n: 1 }] })).toEqual({ thread_id: "t", modelApiKey: REDACTED, nested: [{ OPENAI_API_KEY: REDACTED, n: 1 }] });
  });

  it("library: every case's runs arrive by close(), root named and ended, the API key never sent", async () => {
    await tracing();
    const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration: { modelApiKey: SECRET, retriever: emptyRetriever() } });
    await counselor.send("case-1", "I keep fighting with my sister about our mum's care");
    await counselor.send("case-2", "Work has been crushing me and I can't switch off at night");
    await counselor.close(); // no waiting after this: close() must have flushed
    const root = roots(fake);
    expect(root.map((r) => r.name)).toEqual(["psyllm counseling", "psyllm counseling"]);
    for (const r of root) expect(r.end_time).toBeTruthy();
    expect(fake.runs().size).toBeGreaterThan(10); // the nodes' runs too
    expect(fake.allText()).not.toContain(SECRET);
    expect(fake.allText()).toContain("crushing me"); // content is sent unless hidden
    const meta = (root[0]!.extra as { metadata?: Record<string, unknown> } | undefined)?.metadata ?? {};
    expect(meta.modelApiKey).toBe(REDACTED);
  });

  it("hideContent (or LANGSMITH_HIDE_INPUTS alone) hides inputs and outputs together", async () => {
    for (const how of ["option", "env"] as const) {
      await tracing(how === "env" ? { LANGSMITH_HIDE_INPUTS: "true" } : {});
      const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration: { retriever: emptyRetriever(), ...(how === "option" ? { hideContent: true } : {}) } });
      const turn = await counselor.send("hidden", "My neighbour Gwendolyn keeps shouting at my kids over the fence");
      await counselor.close();
      expect(roots(fake)).toHaveLength(1);
      const text = fake.allText();
      expect(text, how).not.toContain("Gwendolyn");
      expect(text, how).not.toContain(turn.response.slice(0, 40));
      await fake.close();
      delete process.env.LANGSMITH_HIDE_INPUTS;
    }
  });

  it("CLI: assess exits right after its last case and every case's root run has arrived, closed", async () => {
    await tracing();
    const input = join(dir, "cases.jsonl");
    writeFileSync(input, ["a", "b", "c"].map((id, i) => JSON.stringify({ id, messages: [`case ${id}: I have felt flat and tired for ${i + 2} weeks`] })).join("\n") + "\n");
    const env = { ...process.env, OPENAI_API_KEY: SECRET, PSYLLM_CHROMA_DIR: join(dir, "chroma") };
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "assess", "--input", input, "--output", join(dir, "out.jsonl")], { env, stdio: "ignore" });
      child.on("exit", resolve);
    });
    expect(code).toBe(0);
    const root = roots(fake);
    expect(root).toHaveLength(3);
    for (const r of root) {
      expect(r.name).toBe("psyllm counseling");
      expect(r.end_time).toBeTruthy();
    }
    expect(fake.allText()).not.toContain(SECRET);
  }, 90_000);

  /** Runs `npm run eval:langsmith` (vitest with the eval config) with the given environment. */
  function evalLangsmith(env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "vitest.eval.config.ts"], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d));
      child.stderr.on("data", (d: Buffer) => (out += d));
      child.on("exit", (code) => resolve({ code, out }));
    });
  }

  it("eval:langsmith with only the documented LANGSMITH_API_KEY creates an experiment whose runs arrive; without it, it fails saying what is missing", async () => {
    fake = await startFakeLangSmith();
    const base = { ...process.env, PSYLLM_EVAL_LIMIT: "2", LANGSMITH_TRACING: undefined, LANGCHAIN_TRACING_V2: undefined, LANGSMITH_ENDPOINT: fake.url };
    const missing = await evalLangsmith({ ...base, LANGSMITH_API_KEY: undefined, LANGCHAIN_API_KEY: undefined });
    expect(missing.code).not.toBe(0);
    expect(missing.out).toMatch(/needs LANGSMITH_API_KEY/);
    expect(fake.requests).toHaveLength(0);
    const ran = await evalLangsmith({ ...base, LANGSMITH_API_KEY: "ls-test-key" });
    expect(ran.code, ran.out.slice(-1500)).toBe(0);
    const paths = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain("POST /datasets");
    expect(paths).toContain("POST /sessions"); // the experiment
    expect(roots(fake).map((r) => r.name).sort()).toEqual(["TL01", "TL02"]); // one root run per case
    expect([...fake.runs().values()].some((r) => r.name === "psyllm counseling")).toBe(true); // the graph's runs inside
  }, 120_000);
});
