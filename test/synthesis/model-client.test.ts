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
