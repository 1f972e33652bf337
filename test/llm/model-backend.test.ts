/**
 * The LLM back end against a local OpenAI-compatible server: every node through the model
 * path, grounding checks on planted errors, and every fault falling back without losing the
 * turn or the safety check.
 */
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCounselor, type Counselor } from "../../graphs/counselor.js";
import { startFakeOpenAI, type FakeOpenAI, type FakeScript } from "../fixtures/fake-openai-server.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { screenRisk } from "../../safety/screen-risk.js";
import { DEPRESSED, REPLY, extraction, reasoning, scripted, sequence } from "./scripts.js";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI(scripted());
});
afterAll(async () => server.close());

async function counselorWith(script: FakeScript, extra: Record<string, unknown> = {}): Promise<Counselor> {
  server.setScript(script);
  server.requests.length = 0;
  return createCounselor({
    checkpointer: new MemorySaver(),
    configuration: {
      model: "openai:test-model",
      modelBaseUrl: server.url,
      retriever: emptyRetriever(),
      modelMaxRetries: 2,
      modelRetryBaseMs: 5,
      modelTimeoutMs: 1500,
      now: "2026-11-23T12:00:00Z",
      ...extra,
    },
  });
}

describe("model path", () => {
  it("runs intake, differential, modality and reply through the model in three calls", async () => {
    const c = await counselorWith(scripted());
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.backend).toMatchObject({ intake: "model", differential: "model", modality: "model", respond: "model" });
    expect(turn.usage.calls).toBe(3);
    expect(turn.usage.promptTokens).toBeGreaterThan(0);
    expect(turn.usage.byNode.intake.calls).toBe(1);
    expect(server.requests.map((r) => r.kind)).toEqual(["json_schema", "json_schema", "text"]);
    expect(server.requests[2].stream).toBe(true);
    expect(turn.response).toBe(REPLY);
    expect(turn.differential[0].conditionId).toBe("mdd_single");
    expect(turn.modality?.primary).toBe("BA");
    expect(turn.modality?.technique).toMatch(/schedul/i);
    expect(turn.followUp).toBe("How has your appetite been lately?");
    expect(turn.corrections).toEqual([]);
    await c.close();
  });

  it("uses tool calling for servers without json_schema", async () => {
    const c = await counselorWith(scripted(), { structuredOutput: "functionCalling" });
    const turn = await c.send("t1", DEPRESSED);
    expect(server.requests.map((r) => r.kind)).toEqual(["tools", "tools", "text"]);
    expect(turn.backend.intake).toBe("model");
    expect(turn.backend.differential).toBe("model");
    await c.close();
  });

  it("keeps a stable system prompt across turns so servers can cache it", async () => {
    const c = await counselorWith(scripted());
    await c.send("t1", DEPRESSED);
    await c.send("t1", "My appetite is gone too, I skip meals.");
    const systems = server.requests.filter((r) => r.schemaName === "intake_extraction").map((r) => (r.body.messages as Array<{ content: string }>)[0].content);
    expect(systems).toHaveLength(2);
    expect(systems[0]).toBe(systems[1]);
    const turn = await c.assessment("t1");
    expect(turn?.usage.calls).toBe(3);
    await c.close();
  });

  it("streams the reply's tokens and ends with the checked reply", async () => {
    const c = await counselorWith(scripted());
    let tokens = "";
    let done = "";
    for await (const event of c.stream("t1", DEPRESSED)) {
      if ("token" in event) tokens += event.token;
      if ("done" in event) done = event.done.response;
    }
    expect(tokens).toBe(REPLY);
    expect(done).toBe(REPLY);
    await c.close();
  });

  it("lets each task use its own model", async () => {
    const c = await counselorWith(scripted(), { model: "offline", replyModel: "openai:reply-model" });
    const turn = await c.send("t1", DEPRESSED);
    expect(server.requests.map((r) => r.model)).toEqual(["reply-model"]);
    expect(turn.backend).toMatchObject({ intake: "offline", differential: "offline", respond: "model" });
    expect(turn.usage.calls).toBe(1);
    await c.close();
  });

  it("tells the reply model when the person writes about someone else, with that person's words to reflect", async () => {
    const c = await counselorWith(scripted(), { model: "offline", replyModel: "openai:reply-model" });
    const turn = await c.send("t1", "My son is 22 and over the past year he's changed. He says the neighbours have put cameras in his room and are reading his thoughts. He talks to people who aren't there. Stopped washing, dropped out of college.");
    expect(turn.subject).toMatchObject({ kind: "other", who: "your son" });
    const prompt = (server.requests[0].body.messages as Array<{ content: string }>).map((m) => m.content).join("\n");
    expect(prompt).toMatch(/writing about someone else \(your son\)/);
    expect(prompt).toMatch(/Reflect: [^\n]*(voices|hear|watch)/i);
    await c.close();
  });
});

describe("grounding checks", () => {
  it("rejects a hallucinated code and an unknown criterion id", async () => {
    const bad = reasoning({
      differential: [
        { icd10cm: "F99.99", status: "provisional", likelihood: 0.9, criteria: [], rationale: "made up" },
        ...(reasoning().differential as object[]).map((d) => ({ ...d, criteria: [...(d as { criteria: object[] }).criteria, { id: "MDD.Z9", met: true, evidence: "I just feel empty" }] })),
      ],
    });
    const c = await counselorWith(scripted({ reasoning: () => ({ json: bad }) }));
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.differential.some((d) => d.icd10cm === "F99.99")).toBe(false);
    expect(turn.corrections.map((x) => x.kind)).toEqual(expect.arrayContaining(["unknown_code", "unknown_criterion"]));
    expect(turn.backend.differential).toBe("model+corrected");
    await c.close();
  });

  it("drops fabricated quotes from findings and criteria", async () => {
    const fabricated = extraction({
      findings: [{ concept: "suicidal_thoughts", quote: "I think about ending it", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false }],
    });
    const reason = reasoning({
      differential: [{ icd10cm: "F32.9", status: "provisional", likelihood: 0.9, criteria: [{ id: "MDD.A7", met: true, evidence: "I feel worthless and guilty" }], rationale: "" }],
    });
    const c = await counselorWith(scripted({ extraction: () => ({ json: fabricated }), reasoning: () => ({ json: reason }) }));
    const turn = await c.send("t1", DEPRESSED);
    const state = await c.state("t1");
    expect(state!.findings.some((f) => f.concept === "suicidal_thoughts")).toBe(false);
    expect(state!.findings.some((f) => f.concept === "worthlessness" || f.quote.includes("worthless"))).toBe(false);
    const mdd = turn.differential.find((d) => d.conditionId === "mdd_single");
    expect(mdd?.criteria.find((x) => x.id === "MDD.A7")?.met).not.toBe(true);
    expect(turn.corrections.filter((x) => x.kind === "quote_not_found").map((x) => x.node).sort()).toEqual(["intake", "reasonDifferential"]);
    await c.close();
  });

  it("never lets the model lower the rules' risk, and takes the crisis path", async () => {
    const lowered = extraction({ findings: [], risk: { level: "none", escalate: false, flags: [], evidence: [] } });
    const c = await counselorWith(scripted({ extraction: () => ({ json: lowered }) }));
    const turn = await c.send("t1", "Honestly I just want to die. I've been thinking about taking all my pills.");
    expect(turn.risk.escalate).toBe(true);
    expect(["moderate", "high", "imminent"]).toContain(turn.risk.level);
    expect(turn.corrections.some((x) => x.kind === "risk_below_rules")).toBe(true);
    expect(turn.response).toMatch(/988/);
    // The crisis reply is the protocol's, not the model's: no reply call was made.
    expect(server.requests.some((r) => r.kind === "text")).toBe(false);
    await c.close();
  });

  it("lets the model raise risk above what the rules found, with the person's words as evidence", async () => {
    const text = "I wrote a note for my sister just in case. The bridge near work looks peaceful lately.";
    // The rules keep growing; the model's opinion must only have to be above theirs.
    expect(screenRisk(text).level).not.toBe("imminent");
    const raised = extraction({ findings: [], risk: { level: "imminent", escalate: true, flags: ["suicidal_ideation"], evidence: ["I wrote a note for my sister just in case"] } });
    const c = await counselorWith(scripted({ extraction: () => ({ json: raised }) }));
    const turn = await c.send("t1", text);
    expect(turn.risk.level).toBe("imminent");
    expect(turn.risk.escalate).toBe(true);
    expect(turn.risk.evidence).toContain("I wrote a note for my sister just in case");
    expect(turn.backend.risk).toBe("model");
    await c.close();
  });

  it("recomputes a status the criteria do not support", async () => {
    const thin = reasoning({
      differential: [{ icd10cm: "F32.9", status: "provisional", likelihood: 0.95, criteria: [{ id: "MDD.A2", met: true, evidence: "nothing is fun" }], rationale: "" }],
    });
    const c = await counselorWith(scripted({ extraction: () => ({ json: extraction({ findings: [] }) }), reasoning: () => ({ json: thin }) }));
    const turn = await c.send("t1", "Nothing is fun lately.");
    const mdd = turn.differential.find((d) => d.conditionId === "mdd_single");
    expect(mdd?.status).not.toBe("provisional");
    expect(turn.corrections.some((x) => x.kind === "status_recomputed" || x.kind === "not_supported_by_criteria")).toBe(true);
    await c.close();
  });

  it("keeps the rules' modality when the model proposes one the knowledge base does not recommend", async () => {
    const c = await counselorWith(scripted({ reasoning: () => ({ json: reasoning({ modality: { primary: "EMDR", alternatives: [], technique: "bilateral stimulation", rationale: "" } }) }) }));
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.modality?.primary).not.toBe("EMDR");
    expect(turn.corrections.some((x) => x.kind === "modality_not_indicated")).toBe(true);
    await c.close();
  });

  it("replaces a reply that names a diagnosis unasked with the offline reply", async () => {
    const c = await counselorWith(scripted({ reply: () => ({ text: "You clearly have major depression and should see a psychiatrist." }) }));
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.response).not.toMatch(/depression/i);
    expect(turn.backend.respond).toBe("offline-fallback");
    expect(turn.corrections.some((x) => x.kind === "diagnostic_label")).toBe(true);
    await c.close();
  });
});

describe("faults fall back without losing the turn", () => {
  const cases: Array<[string, () => ReturnType<ReturnType<typeof sequence>>, { calls: number; backend: string }]> = [
    ["a timeout, every time", () => ({ delayMs: 3000, then: { json: extraction() } }), { calls: 3, backend: "offline-fallback" }],
    ["a 429 then success", sequence({ status: 429, retryAfter: 0 }, { json: extraction() }), { calls: 2, backend: "model" }],
    ["a 503 every time", () => ({ status: 503 }), { calls: 3, backend: "offline-fallback" }],
    ["a dropped connection every time", () => ({ hangUp: true }), { calls: 3, backend: "offline-fallback" }],
    ["a 400 (not retried)", () => ({ status: 400, message: "bad request" }), { calls: 1, backend: "offline-fallback" }],
    ["malformed JSON, then a valid repair", sequence({ text: "{\"findings\": [" }, { json: extraction() }), { calls: 2, backend: "model+corrected" }],
    ["schema-violating output twice", () => ({ json: { findings: "none", risk: 3 } }), { calls: 2, backend: "offline-fallback" }],
  ];
  for (const [name, reply, expected] of cases) {
    it(`intake: ${name}`, async () => {
      const c = await counselorWith(scripted({ extraction: reply }), { modelTimeoutMs: 400 });
      const turn = await c.send("t1", DEPRESSED);
      expect(turn.backend.intake).toBe(expected.backend);
      expect(turn.usage.byNode.intake.calls).toBe(expected.calls);
      expect(turn.response.length).toBeGreaterThan(20);
      // The rules still found the symptoms, and the safety check ran on the reply.
      expect(turn.differential[0]?.conditionId).toMatch(/mdd/);
      const state = await c.state("t1");
      expect(state!.messages.at(-1)?.getType()).toBe("ai");
      if (expected.backend === "offline-fallback") expect(turn.corrections.some((x) => x.kind === "fallback" && x.node === "intake")).toBe(true);
      await c.close();
    }, 20_000);
  }

  it("falls back in every node at once and still answers a crisis with resources", async () => {
    const c = await counselorWith(() => ({ status: 500 }));
    const turn = await c.send("t1", "I want to kill myself tonight, I have the pills ready.");
    expect(turn.risk.escalate).toBe(true);
    expect(turn.response).toMatch(/988|911/);
    expect(turn.backend.intake).toBe("offline-fallback");
    expect(turn.backend.differential).toBe("offline-fallback");
    await c.close();
  });

  it("falls back to the offline reply when the reply stream fails", async () => {
    const c = await counselorWith(scripted({ reply: () => ({ status: 502 }) }));
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.backend.respond).toBe("offline-fallback");
    expect(turn.response.length).toBeGreaterThan(20);
    expect(turn.usage.byNode.respond.calls).toBe(3);
    await c.close();
  });
});
