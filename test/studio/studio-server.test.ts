import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../retrieval/chroma-server.js";
import { startStudioServer, type StudioServer } from "../../cli/studio-server.js";
import { startFakeOpenAI, type FakeOpenAI } from "../fixtures/fake-openai-server.js";
import { playAnswer, THINK_MARK } from "../fixtures/model-players.js";

describe("LangGraph API server (Studio) with the counseling graph", () => {
  let server: StudioServer;
  let client: Client;
  beforeAll(async () => {
    server = await startStudioServer({ port: await freePort() });
    client = new Client({ apiUrl: server.url });
  }, 120_000);
  afterAll(async () => server?.stop());

  it("runs two turns of one thread and keeps what the first turn found", async () => {
    const thread = await client.threads.create();
    const input = (content: string) => ({ input: { messages: [{ role: "user", content }] } });
    await client.runs.wait(thread.thread_id, "counseling", input("For about a month I've felt low and empty, and nothing is fun anymore."));
    const first = (await client.threads.getState(thread.thread_id)).values as Record<string, any>;
    await client.runs.wait(thread.thread_id, "counseling", input("I also wake at 4am every day and I feel worthless and exhausted."));
    const state = (await client.threads.getState(thread.thread_id)).values as Record<string, any>;
    expect(state.messages.map((m: { type: string }) => m.type)).toEqual(["human", "ai", "human", "ai"]);
    expect(state.turn).toBe(2);
    expect(state.findings.filter((f: { turn: number }) => f.turn === 0).length).toBe(first.findings.length);
    expect(state.findings.length).toBeGreaterThan(first.findings.length);
    expect(state.response).toBe(state.messages[3].content);
    expect(["none", "low", "moderate", "high", "imminent"]).toContain(state.risk.level);
    expect(state.differential[0].icd10cm).toMatch(/^F3[23]/);
  }, 60_000);

  it("escalates a crisis message on its own thread with resources in the reply", async () => {
    const thread = await client.threads.create();
    await client.runs.wait(thread.thread_id, "counseling", { input: { messages: [{ role: "user", content: "I have pills saved up and I'm going to take them all tonight." }] } });
    const state = (await client.threads.getState(thread.thread_id)).values as Record<string, any>;
    expect(state.risk.escalate).toBe(true);
    expect(state.crisis).toBe(true);
    expect(state.response).toMatch(/988/);
  }, 60_000);

  it("shows Studio the right form: messages in, what apps read out, every setting with its default", async () => {
    const [assistant] = await client.assistants.search({ graphId: "counseling" });
    const schemas = (await client.assistants.getSchemas(assistant!.assistant_id)) as Record<string, any>;
    expect(Object.keys(schemas.input_schema.properties)).toEqual(["messages"]);
    const out = Object.keys(schemas.output_schema.properties);
    expect(out).toEqual(expect.arrayContaining(["response", "risk", "differential", "messages"]));
    expect(out).not.toContain("findings");
    const context = (schemas.context_schema ?? schemas.config_schema).properties;
    expect(context.locale.default).toBe("en-US");
    expect(context.model.default).toBe("offline");
    expect(context.retrievalK.default).toBe(5);
    expect(context.locale.description).toMatch(/crisis resources/);
  });

  it("honours LangGraph 1.x context (en-GB crisis lines) and ignores state a client tries to write", async () => {
    const thread = await client.threads.create();
    await client.runs.wait(thread.thread_id, "counseling", {
      input: { messages: [{ role: "user", content: "I have pills saved up and I'm going to take them all tonight." }], findings: [{ concept: "hallucinations", quote: "x", turn: 0 }], turn: 41 },
      context: { locale: "en-GB" },
    } as any);
    const state = (await client.threads.getState(thread.thread_id)).values as Record<string, any>;
    expect(state.response).toMatch(/116 123|Samaritans/);
    expect(state.response).not.toMatch(/\b988\b/);
    expect(state.turn).toBe(1);
    expect(state.findings.some((f: { concept: string }) => f.concept === "hallucinations")).toBe(false);
  }, 60_000);

  describe("with a reasoning model behind it", () => {
    let model: FakeOpenAI;
    beforeAll(async () => {
      model = await startFakeOpenAI((req) => playAnswer("reasoning-no-parser", req));
    });
    afterAll(async () => model?.close());

    it("keeps structured calls and thinking off the messages stream; the streamed reply and the saved one share an id", async () => {
      const thread = await client.threads.create();
      const events: Array<{ event: string; data: any }> = [];
      for await (const chunk of client.runs.stream(thread.thread_id, "counseling", {
        input: { messages: [{ role: "user", content: "Since my divorce I can't sleep and I dread every morning at work." }] },
        context: { model: "openai:player", modelBaseUrl: model.url, modelTimeoutMs: 20_000, turnDeadlineMs: 30_000 },
        streamMode: ["messages", "custom", "updates"],
      } as any)) events.push(chunk as { event: string; data: any });
      expect(model.requests.some((r) => r.kind !== "text")).toBe(true); // the structured reading ran
      const state = (await client.threads.getState(thread.thread_id)).values as Record<string, any>;
      const saved = state.messages.at(-1);
      expect(saved.type).toBe("ai");
      const tokens = events.filter((e) => e.event === "custom" && typeof e.data?.token === "string");
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) expect(t.data.id).toBe(saved.id);
      const streamedMessages = events.filter((e) => e.event.startsWith("messages")).flatMap((e) => (Array.isArray(e.data) ? e.data : [e.data]));
      for (const m of streamedMessages) {
        const text = JSON.stringify(m?.content ?? m?.[0]?.content ?? "");
        expect(text).not.toContain(THINK_MARK);
        expect(text).not.toMatch(/findings|differential|```json/);
        const id = m?.id ?? m?.[0]?.id;
        if ((m?.type ?? m?.[0]?.type) === "ai" && id) expect(id).toBe(saved.id);
      }
    }, 90_000);
  });
});
