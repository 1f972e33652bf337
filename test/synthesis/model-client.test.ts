/** The model client simulator against a local OpenAI-compatible server: plans, answers the counselor, and falls back on invented content. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../fixtures/fake-openai-server.js";
import { answerProblem, modelClient } from "../../synthesis/model-client.js";
import type { Post } from "../../synthesis/types.js";

const post: Post = {
  id: "p1",
  source: "t",
  title: "Can't switch off after work",
  body: "I've been a nurse for 6 years and since the night shifts started I lie awake until 4. My partner [NAME_1] says I'm snappy. I used to run three times a week and I've stopped. How do I get my sleep back?",
};

let server: FakeOpenAI;
let answer = "Honestly about 6 years in, and it's the night shifts. I lie awake until 4 most nights and I've stopped running.";
beforeAll(async () => {
  server = await startFakeOpenAI((req) => {
    if (req.schemaName === "client_plan")
      return { json: { rounds: [{ theme: "sleep", clientTurn: "Since the night shifts started I lie awake until 4." }, { theme: "life", clientTurn: "I used to run three times a week and I've stopped. How do I get my sleep back?" }] } };
    if (req.schemaName === "client_answer") return { json: { clientTurn: answer } };
    return { status: 500 };
  });
});
afterAll(async () => server.close());

describe("model client simulator", () => {
  const client = () => modelClient({ model: "openai:served", modelBaseUrl: server.url, modelMaxRetries: 0 });

  it("plans rounds, then answers the counselor's question with the post's facts before going on", async () => {
    const c = client();
    const plan = await c.plan(post);
    expect(plan.turns).toHaveLength(2);
    const turn = await c.answer!(post, plan, 1, "That sounds exhausting. How long have you been working nights?");
    expect(turn).toBe(answer);
    const req = server.requests.find((r) => r.schemaName === "client_answer")!;
    expect(req.prompt).toContain("How long have you been working nights?");
  });

  it("falls back to the planned turn when the answer invents a fact", async () => {
    const c = client();
    const plan = await c.plan(post);
    answer = "I've been doing nights for 11 months and I take 50 mg of something to sleep.";
    expect(await c.answer!(post, plan, 1, "How long have you been on nights?")).toBe(plan.turns[1]);
    expect(answerProblem(answer, plan.turns[1], post)).toMatch(/number the post never gave/);
    expect(answerProblem("Call me on 07700 900123 about it please", plan.turns[1], post)).toMatch(/PII/);
  });
});

describe("synthesis with a model end to end", () => {
  it("plans with the model, has the client answer the counselor in round 2, and writes the dialogue without PII", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { runSynthesis } = await import("../../synthesis/pipeline.js");
    const { scripted, DEPRESSED } = await import("../llm/scripts.js");
    const { emptyRetriever } = await import("../fixtures/fake-retriever.js");
    const counsel = scripted();
    const fake = await startFakeOpenAI((req, i) => {
      if (req.schemaName === "client_plan")
        return { json: { rounds: [{ theme: "mood", clientTurn: "For about a month I just feel empty and nothing is fun anymore, not even football." }, { theme: "sleep", clientTurn: "I wake up at 4am every day and I'm exhausted all the time." }] } };
      if (req.schemaName === "client_answer") return { json: { clientTurn: "About a month, I think. And I wake up at 4am every day and I'm exhausted all the time." } };
      return counsel(req, i);
    });
    try {
      const dir = mkdtempSync(join(tmpdir(), "psyllm-synth-model-"));
      const input = join(dir, "posts.jsonl");
      writeFileSync(input, JSON.stringify({ id: "t3_model1", author: "sad_footy_fan", title: "Empty", selftext: `${DEPRESSED} Jake Morrison from my team keeps asking what's wrong.` }) + "\n");
      const summary = await runSynthesis({ input, outDir: join(dir, "out"), concurrency: 1, configuration: { model: "openai:served", modelBaseUrl: fake.url, modelMaxRetries: 0, retriever: emptyRetriever() } });
      expect(summary.failed).toEqual([]);
      const record = JSON.parse(readFileSync(join(dir, "out", "records.jsonl"), "utf8").trim());
      const clients = record.dialogue.turns.filter((t: { role: string }) => t.role === "client").map((t: { content: string }) => t.content);
      expect(clients).toEqual(["For about a month I just feel empty and nothing is fun anymore, not even football.", "About a month, I think. And I wake up at 4am every day and I'm exhausted all the time."]);
      // The simulator saw the counselor's first reply when it wrote round 2.
      const answerReq = fake.requests.find((r) => r.schemaName === "client_answer")!;
      expect(answerReq.prompt).toContain(record.dialogue.turns[1].content.slice(0, 40));
      // The post went to the model scrubbed.
      const plan = fake.requests.find((r) => r.schemaName === "client_plan")!;
      expect(plan.prompt).not.toMatch(/Jake|Morrison|sad_footy_fan|t3_model1/);
      expect(plan.prompt).toMatch(/\[NAME_1\]/);
    } finally {
      await fake.close();
    }
  }, 120_000);
});
