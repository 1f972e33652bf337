/**
 * The LLM back end against a local OpenAI-compatible server: the structured reading beside the
 * streamed reply, grounding checks on planted errors, every fault falling back without losing
 * the turn or the safety check, the circuit breaker and the turn's deadline.
 */
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetCircuits } from "../../llm/circuit.js";
import { createCounselor, type Counselor } from "../../graphs/counselor.js";
import { startFakeOpenAI, type FakeOpenAI, type FakeScript } from "../fixtures/fake-openai-server.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { readRisk } from "../../safety/read-risk.js";
import { screenRisk } from "../../safety/screen-risk.js";
import { DEPRESSED, REPLY, reading, reasoning, scripted, sequence } from "./scripts.js";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI(scripted());
  // A process's first turn compiles the lexicon and builds the reply's indexes synchronously; beside
  // a 1.5 s model timeout that measures the cold start (the structured call times out and is retried),
  // not the calls a turn makes. One offline turn first brings the engine to steady state.
  const warm = await createCounselor({ checkpointer: new MemorySaver(), configuration: { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } });
  await warm.send("warm-up", DEPRESSED);
  await warm.close();
}, 60_000);
afterAll(async () => server.close());
beforeEach(() => resetCircuits());

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
      // Tests of one fault each must not trip the breaker for the next test; its own test sets it.
      circuitThreshold: 100,
      now: "2026-11-23T12:00:00Z",
      ...extra,
    },
  });
}

describe("model path", () => {
  it("reads the turn in one structured call beside the streamed reply: two calls", async () => {
    const c = await counselorWith(scripted());
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.backend).toMatchObject({ intake: "offline", differential: "model", modality: "model", respond: "model" });
    expect(turn.usage.calls).toBe(2);
    expect(turn.usage.promptTokens).toBeGreaterThan(0);
    expect(turn.usage.byNode.consult.calls).toBe(1);
    expect(server.requests.map((r) => r.kind).sort()).toEqual(["json_schema", "text"]);
    expect(server.requests.every((r) => r.stream)).toBe(true);
    expect(turn.response).toBe(REPLY);
    expect(turn.differential[0].conditionId).toBe("mdd_single");
    // The model's modality is the assessment's; the reply was written alongside from the engine's plan.
    expect(turn.modality?.primary).toBe("BA");
    expect(turn.modality?.technique).toMatch(/schedul/i);
    expect(turn.corrections).toEqual([]);
    await c.close();
  });

  it("sends the schema's ids as enums of this turn's candidates, and the dialogue's both sides", async () => {
    const c = await counselorWith(scripted());
    await c.send("t1", DEPRESSED);
    await c.send("t1", "Pretty bad, honestly. Both have pretty much gone.");
    const req = server.requests.filter((r) => r.schemaName === "clinical_reading").pop()!;
    const schema = JSON.stringify((req.body.response_format as { json_schema: { schema: unknown } }).json_schema.schema);
    expect(schema).toMatch(/"enum":\["[a-z_]+"/);
    expect(schema).toContain("MDD.A1");
    const prompt = (req.body.messages as Array<{ content: string }>)[1].content;
    expect(prompt).toMatch(/^counselor: .*\?$/m);
    expect(prompt).toMatch(/^person: For about a month/m);
    expect(prompt).toMatch(/Major depressive disorder[^\n]*\[disorder; (engine|retrieval)/);
    expect(prompt).toMatch(/approaches: [^\n]*techniques: /);
    await c.close();
  });

  it("uses tool calling for servers without json_schema", async () => {
    const c = await counselorWith(scripted(), { structuredOutput: "functionCalling" });
    const turn = await c.send("t1", DEPRESSED);
    expect(server.requests.map((r) => r.kind).sort()).toEqual(["text", "tools"]);
    expect(turn.backend.differential).toBe("model");
    await c.close();
  });

  it("keeps a stable system prompt across turns so servers can cache it", async () => {
    const c = await counselorWith(scripted());
    await c.send("t1", DEPRESSED);
    await c.send("t1", "My appetite is gone too, I skip meals.");
    const systems = server.requests.filter((r) => r.schemaName === "clinical_reading").map((r) => (r.body.messages as Array<{ content: string }>)[0].content);
    expect(systems).toHaveLength(2);
    expect(systems[0]).toBe(systems[1]);
    const turn = await c.assessment("t1");
    expect(turn?.usage.calls).toBe(2);
    await c.close();
  });

  it("streams the reply's tokens before this turn's reading is merged, and ends with the checked reply", async () => {
    const c = await counselorWith(scripted({ reading: () => ({ delayMs: 400, then: { json: reading() } }) }));
    let tokens = "";
    let done = "";
    const order: string[] = [];
    for await (const event of c.stream("t1", DEPRESSED)) {
      if ("token" in event) {
        if (!tokens) order.push("first token");
        tokens += event.token;
      }
      if ("node" in event) order.push(event.node);
      if ("done" in event) done = event.done.response;
    }
    expect(tokens).toBe(REPLY);
    expect(done).toBe(REPLY);
    expect(order.indexOf("first token")).toBeLessThan(order.indexOf("consult"));
    expect(order.indexOf("consult")).toBeLessThan(order.indexOf("safetyCheck"));
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

  it("reads a short answer against the question just asked, even when only the reply is a model's", async () => {
    const c = await counselorWith(scripted({ reply: () => ({ text: "That sounds heavy. How has your energy been through the day?" }) }), { model: "offline", replyModel: "openai:reply-model" });
    await c.send("t1", DEPRESSED);
    await c.send("t1", "Pretty bad, honestly.");
    const state = await c.state("t1");
    expect(state!.findings.filter((f) => f.turn === 1).map((f) => [f.concept, f.quote, f.negated])).toContainEqual(["fatigue", "Pretty bad, honestly.", false]);
    await c.close();
  });

  it("plans the next turn's reply from this turn's grounded reading (its question)", async () => {
    // Models wrap their question in warmth; the question is what is kept.
    const c = await counselorWith(scripted({ reading: () => ({ json: reading({ followUp: "Thank you for telling me all this. How have the mornings been for you?" }) }) }));
    await c.send("t1", DEPRESSED);
    const state = await c.state("t1");
    expect(state!.reading?.followUp).toBe("How have the mornings been for you?");
    await c.send("t1", "I don't know, it's all a bit of a blur.");
    const replyPrompt = server.requests.filter((r) => r.kind === "text").pop()!;
    expect(JSON.stringify(replyPrompt.body.messages)).toContain("How have the mornings been for you?");
    await c.close();
  });
});

describe("grounding checks", () => {
  it("drops a hallucinated code and an unknown criterion id, keeping the rest of the answer", async () => {
    const bad = reading({
      differential: [
        { icd10cm: "F99.99", status: "provisional", likelihood: 0.9, criteria: [], rationale: "made up" },
        ...(reasoning().differential as object[]).map((d) => ({ ...d, criteria: [...(d as { criteria: object[] }).criteria, { id: "MDD.Z9", met: true, evidence: "I just feel empty" }] })),
      ],
    });
    const c = await counselorWith(scripted({ reading: () => ({ json: bad }) }));
    const turn = await c.send("t1", DEPRESSED);
    expect(turn.differential.some((d) => d.icd10cm === "F99.99")).toBe(false);
    expect(turn.corrections.map((x) => x.kind)).toEqual(expect.arrayContaining(["unknown_code", "unknown_criterion"]));
    expect(turn.backend.differential).toBe("model+corrected");
    expect(turn.differential[0].conditionId).toBe("mdd_single");
    await c.close();
  });

  it("drops fabricated quotes from findings and criteria", async () => {
    const fabricated = reading({
      findings: [{ concept: "suicidal_thoughts", quote: "I think about ending it", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false }],
      differential: [{ icd10cm: "F32.9", status: "provisional", likelihood: 0.9, criteria: [{ id: "MDD.A7", met: true, evidence: "I feel worthless and guilty" }], rationale: "" }],
    });
    const c = await counselorWith(scripted({ reading: () => ({ json: fabricated }) }));
    const turn = await c.send("t1", DEPRESSED);
    const state = await c.state("t1");
    expect(state!.findings.some((f) => f.concept === "suicidal_thoughts")).toBe(false);
    expect(state!.findings.some((f) => f.concept === "worthlessness" || f.quote.includes("worthless"))).toBe(false);
    const mdd = turn.differential.find((d) => d.conditionId === "mdd_single");
    expect(mdd?.criteria.find((x) => x.id === "MDD.A7")?.met).not.toBe(true);
    expect(turn.corrections.filter((x) => x.kind === "quote_not_found").length).toBe(2);
    await c.close();
  });

  it("counts a model's likelihood only as far as its evidence is the person's words", async () => {
    const invented = reading({
      differential: [{ icd10cm: "F32.9", status: "provisional", likelihood: 1, criteria: [{ id: "MDD.A7", met: true, evidence: "I hate myself" }, { id: "MDD.A3", met: true, evidence: "lost loads of weight" }], rationale: "" }],
    });
    const offline = await counselorWith(scripted(), { model: "offline" });
    const base = (await offline.send("t1", DEPRESSED)).differential.find((d) => d.conditionId === "mdd_single")!.likelihood;
    await offline.close();
    const c = await counselorWith(scripted({ reading: () => ({ json: invented }) }));
    const turn = await c.send("t1", DEPRESSED);
    // Nothing it said was grounded: the engine's likelihood stands, not the model's 1.0.
    expect(turn.differential.find((d) => d.conditionId === "mdd_single")!.likelihood).toBe(base);
    const grounded = await counselorWith(scripted({ reading: () => ({ json: reading({ differential: [{ ...(reasoning().differential as object[])[0], likelihood: 1 }] }) }) }));
    const moved = (await grounded.send("t2", DEPRESSED)).differential.find((d) => d.conditionId === "mdd_single")!.likelihood;
    expect(moved).toBeGreaterThan(base);
    await c.close();
    await grounded.close();
  });

  it("lets the model rule a condition out on the person's own words", async () => {
    const text = "My girlfriend left me last week and I've cried every day since, can't sleep and can't focus at work. I know it's probably just normal sadness after a breakup.";
    const offline = await counselorWith(scripted(), { model: "offline" });
    const before = (await offline.send("t1", text)).differential.find((d) => d.conditionId === "adjustment");
    await offline.close();
    expect(before).toBeDefined();
    const ruleOut = reading({ findings: [], differential: [{ icd10cm: before!.icd10cm, status: "rule-out", likelihood: 0.1, criteria: [], ruleOutEvidence: "probably just normal sadness after a breakup", rationale: "a week after a breakup" }] });
    const c = await counselorWith(scripted({ reading: () => ({ json: ruleOut }) }));
    const turn = await c.send("t1", text);
    expect(turn.differential.find((d) => d.conditionId === "adjustment")?.status).toBe("rule-out");
    expect(turn.corrections.some((x) => x.kind === "ruled_out")).toBe(true);
    const invented = reading({ findings: [], differential: [{ icd10cm: before!.icd10cm, status: "rule-out", likelihood: 0.1, criteria: [], ruleOutEvidence: "they are coping fine", rationale: "" }] });
    const c2 = await counselorWith(scripted({ reading: () => ({ json: invented }) }));
    const turn2 = await c2.send("t1", text);
    expect(turn2.differential.find((d) => d.conditionId === "adjustment")?.status).toBe(before!.status);
    await c.close();
    await c2.close();
  });

  it("never lets the model lower the rules' risk, and a crisis turn makes no model call at all", async () => {
    const lowered = reading({ findings: [], risk: { level: "none", escalate: false, flags: [], evidence: [] } });
    const c = await counselorWith(scripted({ reading: () => ({ json: lowered }) }));
    const turn = await c.send("t1", "Honestly I just want to die. I've been thinking about taking all my pills.");
    expect(turn.risk.escalate).toBe(true);
    expect(["moderate", "high", "imminent"]).toContain(turn.risk.level);
    expect(turn.response).toMatch(/988/);
    // Resources do not wait on any model: the crisis turn is the protocol's.
    expect(server.requests).toHaveLength(0);
    // A later ordinary-looking turn: the model's low opinion does not lower the session's risk.
    const next = await c.send("t1", "I don't know. Work was long today.");
    expect(next.risk.escalate).toBe(true);
    await c.close();
  });

  it("raises risk on the person's quoted words, and asks directly when the model cannot quote them", async () => {
    // A preparation the offline reader does not read as one: the model can, and quotes it.
    // (The learned net now escalates "I've sorted out who gets the cat" by itself.)
    const text = "I've written to my sister about where the spare key and the insurance papers are. Work has been a lot.";
    expect(screenRisk(text).escalate).toBe(false);
    expect(readRisk(text).escalate).toBe(false);
    const raised = reading({ findings: [], risk: { level: "high", escalate: true, flags: ["suicidal_ideation"], evidence: ["where the spare key and the insurance papers are"] } });
    const c = await counselorWith(scripted({ reading: () => ({ json: raised }) }));
    const turn = await c.send("t1", text);
    expect(["high", "imminent"]).toContain(turn.risk.level);
    expect(turn.risk.escalate).toBe(true);
    expect(turn.risk.evidence).toContain("where the spare key and the insurance papers are");
    expect(turn.backend.risk).toBe("model");
    expect(turn.response).toMatch(/988/);

    const unquoted = reading({ findings: [], risk: { level: "high", escalate: true, flags: ["suicidal_ideation"], evidence: ["I want to end my life"] } });
    const c2 = await counselorWith(scripted({ reading: () => ({ json: unquoted }) }));
    const ordinary = "My boyfriend and I broke up on Sunday and I keep replaying it.";
    expect(screenRisk(ordinary).escalate).toBe(false);
    const turn2 = await c2.send("t1", ordinary);
    expect(turn2.risk.escalate).toBe(false);
    expect(turn2.corrections.some((x) => x.kind === "risk_raise_without_words")).toBe(true);
    expect(turn2.response).toMatch(/thoughts of killing yourself/);
    expect(turn2.followUp).toMatch(/thoughts of killing yourself/);
    await c.close();
    await c2.close();
  });

  it("recomputes a status the criteria do not support", async () => {
    const thin = reading({ findings: [], differential: [{ icd10cm: "F32.9", status: "provisional", likelihood: 0.95, criteria: [{ id: "MDD.A2", met: true, evidence: "nothing is fun" }], rationale: "" }] });
    const c = await counselorWith(scripted({ reading: () => ({ json: thin }) }));
    const turn = await c.send("t1", "Nothing is fun lately.");
    const mdd = turn.differential.find((d) => d.conditionId === "mdd_single");
    expect(mdd?.status).not.toBe("provisional");
    expect(turn.corrections.some((x) => x.kind === "status_recomputed" || x.kind === "not_supported_by_criteria")).toBe(true);
    await c.close();
  });

  it("keeps the rules' modality when the model proposes one the knowledge base does not recommend", async () => {
    const c = await counselorWith(scripted({ reading: () => ({ json: reading({ modality: { primary: "EMDR", alternatives: [], technique: "bilateral stimulation", rationale: "" } }) }) }));
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
    ["a timeout, every time", () => ({ delayMs: 3000, then: { json: reading() } }), { calls: 3, backend: "offline-fallback" }],
    ["a 429 then success", sequence({ status: 429, retryAfter: 0 }, { json: reading() }), { calls: 2, backend: "model" }],
    ["a 503 every time", () => ({ status: 503 }), { calls: 3, backend: "offline-fallback" }],
    ["a dropped connection every time", () => ({ hangUp: true }), { calls: 3, backend: "offline-fallback" }],
    ["a 400 (not retried)", () => ({ status: 400, message: "bad request" }), { calls: 1, backend: "offline-fallback" }],
    ["malformed JSON, then a valid repair", sequence({ text: "{\"findings\": [" }, { json: reading() }), { calls: 2, backend: "model+corrected" }],
    ["schema-violating output twice", () => ({ json: { findings: "none", risk: 3 } }), { calls: 2, backend: "offline-fallback" }],
  ];
  for (const [name, reply, expected] of cases) {
    it(`reading: ${name}`, async () => {
      const c = await counselorWith(scripted({ reading: reply }), { modelTimeoutMs: 400 });
      const turn = await c.send("t1", DEPRESSED);
      expect(turn.backend.differential).toBe(expected.backend);
      expect(turn.usage.byNode.consult.calls).toBe(expected.calls);
      expect(turn.response.length).toBeGreaterThan(20);
      // The rules still found the symptoms, and the safety check ran on the reply.
      expect(turn.differential[0]?.conditionId).toMatch(/mdd/);
      const state = await c.state("t1");
      expect(state!.messages.at(-1)?.getType()).toBe("ai");
      if (expected.backend === "offline-fallback") expect(turn.corrections.some((x) => x.kind === "fallback" && x.node === "consult")).toBe(true);
      await c.close();
    }, 20_000);
  }

  it("falls back in every node at once and still answers a crisis with resources", async () => {
    const c = await counselorWith(() => ({ status: 500 }));
    const crisis = await c.send("t1", "I want to kill myself tonight, I have the pills ready.");
    expect(crisis.risk.escalate).toBe(true);
    expect(crisis.response).toMatch(/988|911/);
    const turn = await c.send("t2", DEPRESSED);
    expect(turn.backend.differential).toBe("offline-fallback");
    expect(turn.backend.respond).toBe("offline-fallback");
    expect(turn.response.length).toBeGreaterThan(20);
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

  it("skips the model for a cool-down after repeated failures, and records it", async () => {
    const c = await counselorWith(() => ({ status: 500 }), { circuitThreshold: 2, circuitCoolDownMs: 60_000, modelMaxRetries: 0 });
    const first = await c.send("t1", DEPRESSED);
    expect(first.usage.calls).toBe(2);
    const calls = server.requests.length;
    const later = await c.send("t2", "Nothing is fun lately and I sleep badly.");
    expect(server.requests.length).toBe(calls);
    expect(later.backend.circuit).toBe("open");
    expect(later.corrections.map((x) => x.kind)).toEqual(expect.arrayContaining(["circuit_open"]));
    expect(later.response.length).toBeGreaterThan(20);
    await c.close();
  });

  it("answers within the turn's deadline when the model hangs", async () => {
    const c = await counselorWith(() => ({ delayMs: 20_000, then: { json: reading() } }), { modelTimeoutMs: 30_000, turnDeadlineMs: 1_000 });
    const t0 = Date.now();
    const turn = await c.send("t1", DEPRESSED);
    expect(Date.now() - t0).toBeLessThan(6_000);
    expect(turn.backend.differential).toBe("offline-fallback");
    expect(turn.backend.respond).toBe("offline-fallback");
    expect(turn.response.length).toBeGreaterThan(20);
    await c.close();
  }, 20_000);
});
