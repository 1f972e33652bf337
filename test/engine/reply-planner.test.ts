/** The reply planner: answer what was asked, in the person's own facts, with fitting steps and questions, never the same sentence twice. */
import { readFileSync } from "node:fs";
import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { factUsed, repetition } from "../../evals/reply-figures.js";
import { builder, turnState } from "../../graphs/counseling.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { DIAGNOSTIC_WORDS } from "../../engine/question-bank.js";
import { planReply, shortAnswer, withRole } from "../../engine/reply/plan-reply.js";
import { psychoeducation, readTopics } from "../../engine/reply/psychoeducation.js";
import { readRequest } from "../../engine/reply/read-request.js";
import { clausesOf, toSecondPerson } from "../../engine/reply/reflect.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

const base = { previousReplies: [], asked: [], turn: 0, heavy: false };
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("reading what the person asks", () => {
  it("tells the kinds of question apart and restates them in the second person", () => {
    expect(readRequest("My dad died in January. I cry in the supermarket. Is it normal to cry every day?")).toMatchObject({ kind: "normal", restated: "whether it's normal to cry every day" });
    expect(readRequest("Why do I always push people away?")).toMatchObject({ kind: "why", restated: "why you always push people away" });
    expect(readRequest("How can I stop checking my ex's instagram?")).toMatchObject({ kind: "how", restated: "how you can stop checking your ex's instagram" });
    expect(readRequest("Should I confront her or wait?")).toMatchObject({ kind: "should", restated: "whether you should confront her or wait" });
    expect(readRequest("What is a panic attack?").kind).toBe("what");
    expect(readRequest("How can I help my son with his anxiety?").kind).toBe("other");
    expect(readRequest("Will my therapist tell my parents what I say?").kind).toBe("therapy");
    expect(readRequest("I just feel flat all the time lately.").kind).toBe("none");
    expect(readRequest("How do people actually stop a habit like this?").kind).toBe("how");
  });

  it("turns the writer's words to the second person without inventing contractions", () => {
    expect(toSecondPerson("I was in a car accident and I felt like I was boring everyone")).toBe("you were in a car accident and you felt like you were boring everyone");
    expect(toSecondPerson("I feel ill and well, we're tired")).toBe("you feel ill and well, you're tired");
    expect(toSecondPerson("my mum thinks I'm lazy")).toBe("your mum thinks you're lazy");
  });

  it("reflects whole clauses that keep the person's time words, and never a question or a line addressed to the reader", () => {
    const clauses = clausesOf("Hi. Since the move in March I haven't been able to face the gym. Can you help me? Please reply. stopped going to football in october");
    const said = clauses.map((c) => c.said);
    expect(said).toContain("since the move in March you haven't been able to face the gym");
    expect(said).toContain("you stopped going to football in october");
    expect(said.join(" ")).not.toMatch(/help|reply/);
  });
});

describe("the psychoeducation base", () => {
  it("covers CounselChat's topics, cites its sources, and holds no medicine names, doses or numbers", () => {
    const { topics } = psychoeducation();
    const ids = topics.map((t) => t.id);
    for (const id of ["depression", "anxiety", "stress", "trauma", "grief", "anger", "self-esteem", "relationships", "marriage", "intimacy", "parenting", "family-conflict", "workplace", "school-bullying", "sleep", "substance-use", "eating-body-image", "self-harm", "sexuality-gender", "spirituality", "therapy"]) expect(ids).toContain(id);
    for (const t of topics) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      const all = [...t.normal, ...t.why, ...t.how, ...t.should, ...t.what, ...t.other, ...t.seekHelp, ...t.followUps, ...t.steps.flatMap((s) => [s.do, s.why])].join(" ");
      expect(all.match(/\b\d[\d ]{2,}\b|\bmg\b|sertraline|fluoxetine|citalopram|diazepam|xanax|paracetamol/i)?.[0], t.id).toBeUndefined();
    }
  });

  it("reads a topic from words no cue names (the learned reader beside the cues)", () => {
    expect(readTopics("I still set two cups out for tea every morning and then remember he's not here.", undefined)[0]?.id).toBe("grief");
    expect(readTopics("He checks my phone, tells me what to wear and I'm not allowed to see my sister.", undefined)[0]?.id).toBe("domestic-abuse");
  });
});

describe("the planned reply", () => {
  it("answers the question first from the base, in the person's facts, with a reasoned step and one question", () => {
    const text = "My dad died in January. Everyone at work seems to think I should be over it by now. Some days I'm fine and then I hear a song he liked in the supermarket and I'm crying in the aisle. Is that normal?";
    const r = planReply({ ...base, userText: text });
    expect(r.topic).toBe("grief");
    expect(r.text).toMatch(/sorry/i);
    expect(r.text).toMatch(/whether what you're going through is normal|whether it's normal/);
    expect(r.text).toMatch(/January|supermarket|over it by now/);
    expect(r.text).toMatch(/\b(because|since|helps?|so that)\b/);
    expect(r.text.match(/\?/g)).toHaveLength(1);
    expect(words(r.text)).toBeGreaterThanOrEqual(120);
    expect(words(r.text)).toBeLessThanOrEqual(230);
    expect(r.text.match(DIAGNOSTIC_WORDS)?.[0]).toBeUndefined();
  });

  it("asks nothing about a family of problems the person showed no sign of", () => {
    const text = "How do I get my two boys to stop fighting over the Xbox every evening? They're 9 and 11.";
    const r = planReply({ ...base, userText: text, engineQuestion: { question: "Are you afraid of animals or heights?", fits: false } });
    expect(r.question).not.toMatch(/animals|heights|sleep|appetite|mood/);
    // Read as parenting, or as no topic at all (then a general answer): never another topic's advice.
    expect([undefined, "parenting"]).toContain(r.topic);
  });

  it("never says a sentence twice in a thread of five turns", () => {
    const turns = ["I've felt flat and tired since I lost my job in May.", "I sleep late and don't see anyone.", "My wife says I'm not myself.", "I used to run every morning.", "I just don't see the point of applying anywhere."];
    const previousReplies: string[] = [];
    const asked: string[] = [];
    for (const [turn, userText] of turns.entries()) {
      const r = planReply({ ...base, userText, previousReplies: [...previousReplies], asked: [...asked], turn, heavy: true, earlierText: turns.slice(0, turn).join("\n") });
      previousReplies.push(r.text);
      if (r.question) asked.push(r.question);
    }
    const sentences = previousReplies.flatMap((r) => r.split(/(?<=[.!?])\s+/)).filter((s) => words(s) >= 3);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("answers someone asking how to help another person with guidance for them, and asks about that person", () => {
    const r = planReply({ ...base, userText: "How can I help my daughter? She's 15 and has stopped eating lunch and weighs herself every morning." });
    expect(r.request.kind).toBe("other");
    expect(r.question).toMatch(/your daughter|holding up/);
    expect(r.text).not.toMatch(/One thing you could try|A small step for this week/);
  });

  it("reads a short answer against the question just asked, and does not ask it again", () => {
    expect(shortAnswer("both gone", "Are your parents still around?")).toMatch(/^Both gone — I'm so sorry/);
    expect(shortAnswer("about a month", "How long has this been going on — a few weeks, several months, or longer?")).toMatch(/^So it's been about a month/);
    expect(shortAnswer("no not really", "Do you have anyone you can talk to?")).toMatch(/^Okay, not really/);
    const asked = ["How long has this been going on — a few weeks, several months, or longer?"];
    const r = planReply({ ...base, userText: "about a month", turn: 1, asked, previousReplies: ["Thanks. How long has this been going on — a few weeks, several months, or longer?"], heavy: true, earlierText: "I've been crying every night and I can't face work since my mum went into a care home." });
    expect(r.text).toMatch(/^So it's been about a month/);
    expect(r.question).not.toBe(asked[0]);
    expect(r.question).not.toMatch(/how long/i);
  });

  it("says the person's own word for someone where the base says 'your partner'", () => {
    expect(withRole("Tell your partner plainly what helps you feel loved.", "your husband")).toBe("Tell your husband plainly what helps you feel loved.");
    expect(withRole("Tell your partner plainly what helps you feel loved.", "your son")).toBe("Tell your partner plainly what helps you feel loved.");
  });
});

describe("the blind reply batches (written before the planner, kept as regression sets)", () => {
  // Before the planner (engine at the start of the work): A 0.727 templated, 17 identical pairs, 6% of
  // facts used; B (never tuned on) 0.70, 1, 6% (README). C (session 20, with what each reply must
  // address) was scored before the situation check: 0.033, 0, 176 words, 36% of facts, question kind 0.92;
  // D (written after it, never worked on) on the session's starting engine: 0.088, 0, 181, 37%, 0.84;
  // E (written last; one false alarm its rater found, "never come back" to a course, was fixed): 0.046, 0, 173, 44%, 0.86;
  // F (written last, replies never read before its blind rating): 0, 0, 177, 42%, 0.98.
  // (D's topic read was 0.60 at its first scoring — a fresh batch's figure, not tuned on, so its floor sits there.)
  it.each([["replies-a", 0.65], ["replies-b", 0.65], ["replies-c", 0.65], ["replies-d", 0.58], ["replies-e", 0.58], ["replies-f", 0.58]] as const)("%s: repetition low, the person's facts used, the question and topic read", async (name, topicFloor) => {
    const cases = readFileSync(new URL(`../../evals/heldout/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; messages: string[]; facts: string[]; asks: string; topic: string });
    const app = builder.compile({ checkpointer: new MemorySaver() });
    const replies: string[] = [];
    let facts = 0;
    let used = 0;
    let agree = 0;
    let topics = 0;
    for (const c of cases) {
      const config = { configurable: { thread_id: `${name}-${c.id}`, retriever: emptyRetriever(), now: "2026-12-04T12:00:00Z" } };
      let state!: CounselingStateType;
      for (const m of c.messages) state = await turnState(app, m, config);
      replies.push(state.response);
      for (const f of c.facts) (facts++, (used += Number(factUsed(f, state.response))));
      const kind = readRequest(c.messages[0]).kind;
      if (kind === c.asks || (c.asks === "other" && kind === "how")) agree++;
      const text = c.messages.join("\n");
      if (readTopics(text, readRequest(text).question)[0]?.id === c.topic.replace("therapy-questions", "therapy")) topics++;
    }
    const r = repetition(replies);
    expect(r.templatedShare).toBeLessThanOrEqual(0.12);
    expect(r.identicalPairs).toBe(0);
    expect(r.medianWords).toBeGreaterThanOrEqual(120);
    // (A floor on a proxy: a paraphrase in other words is missed; the reflection says back one clause, not all.)
    expect(used / facts).toBeGreaterThanOrEqual(0.24);
    expect(agree / cases.length).toBeGreaterThanOrEqual(0.85);
    expect(topics / cases.length).toBeGreaterThanOrEqual(topicFloor);
  }, 120_000);
});

describe("the model back end's grounding", () => {
  it("hands the model the person's question and the base's notes that fit it, with the rule to answer first", async () => {
    const { knowledgeFor } = await import("../../engine/reply/other-paths.js");
    const { replyMessages, REPLY_SYSTEM_PROMPT } = await import("../../nodes/compose-response.prompt.js");
    const k = knowledgeFor("My dad died in January and I still cry in the supermarket when I hear his songs. Is that normal?");
    expect(k.kind).toBe("normal");
    expect(k.sentences.length).toBeGreaterThan(0);
    const messages = replyMessages({ history: [], latest: "x", reflect: [], technique: "t", offer: "o", question: null, ...(k.question ? { asks: k.question } : {}), knowledge: k.sentences });
    const text = String(messages[1].content);
    expect(text).toContain("Is that normal?");
    expect(text).toContain(k.sentences[0]);
    expect(REPLY_SYSTEM_PROMPT).toMatch(/answer it directly/);
  });
});
