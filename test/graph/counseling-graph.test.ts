import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { builder, turnState } from "../../graphs/counseling.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

function session(extra: Record<string, unknown> = {}) {
  const app = builder.compile({ checkpointer: new MemorySaver() });
  const threadId = `t-${Math.random().toString(36).slice(2)}`;
  const config = { configurable: { thread_id: threadId, retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z", ...extra } };
  const send = async (text: string) => await turnState(app, text, config);
  return { app, config, send };
}

describe("the counseling graph over several turns", () => {
  it("meets a high as a high: no burden language, and steady rhythm before thought records", async () => {
    const s = session();
    const state = await s.send("For ten days I've barely slept but I'm full of energy, I've started four businesses, I talk so fast my friends can't keep up and I spent my rent money on clothes. I feel destined for greatness.");
    expect(state.differential[0]?.icd10cm).toMatch(/^F31/);
    expect(state.modality?.primary).toBe("IPSRT");
    expect(state.response).not.toMatch(/weighing on you|a lot to carry|how hard this has been/);
    expect(state.response).toMatch(/doctor|mental health professional/);
  });

  it("answers a practical question with no symptoms by restating what the person asks", async () => {
    const s = session();
    const state = await s.send("My sister and I fell out over who looks after mum at Christmas. How do I bring it up without another row?");
    // The question is answered (how to raise it without a row), not met with a symptom question.
    expect(state.response).toMatch(/\b(rows?|arguments?|conversation)\b/);
    expect(state.response).toMatch(/\b(try|it may help|something practical|a small step)\b/i);
    expect(state.response).not.toMatch(/\b(sleep|appetite|mood|energy)\b/i);
    expect(state.differential.filter((d) => d.status === "provisional")).toEqual([]);
  });

  it("never opens a later turn as if the conversation were new, and never says a sentence twice in a thread", async () => {
    const s = session();
    const replies: string[] = [];
    for (const text of ["For a month I've felt empty and I can't sleep.", "I used to love painting and now I can't look at my brushes.", "I feel guilty all the time.", "My energy is gone."]) {
      const state = await s.send(text);
      if (replies.length) expect(state.response).not.toMatch(/reached out|telling me this\./);
      replies.push(state.response);
    }
    const sentences = replies.flatMap((r) => r.split(/(?<=[.!?])\s+/).filter((x) => x.split(/\s+/).length >= 3));
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it("accumulates findings across turns and sharpens the differential", async () => {
    const s = session();
    const first = await s.send("I've been feeling really down and empty for about a month.");
    expect(first.turn).toBe(1);
    const second = await s.send("Nothing is fun anymore, I can't sleep, I'm exhausted all day and I feel guilty about everything.");
    expect(second.turn).toBe(2);
    expect(second.findings.filter((f) => f.turn === 0).length).toBeGreaterThan(0);
    expect(second.findings.filter((f) => f.turn === 1).length).toBeGreaterThan(0);
    expect(second.differential[0].icd10cm).toMatch(/^F3[23]/);
    expect(second.differential[0].likelihood).toBeGreaterThan(first.differential[0]?.likelihood ?? 0);
    expect(second.messages.map((m) => m.getType())).toEqual(["human", "ai", "human", "ai"]);
    expect(second.messages[3].content).toBe(second.response);
  });

  it("keeps a window of messages in long conversations without losing earlier findings or risk", async () => {
    const s = session({ historyMessages: 8 });
    await s.send("About two months ago I started feeling empty and nothing is fun anymore.");
    await s.send("Sometimes I wish I could just not wake up.");
    let state!: CounselingStateType;
    for (let i = 0; i < 8; i++) state = await s.send(i % 2 ? "Work was busy today." : "I watched a film with my sister.");
    expect(state.turn).toBe(10);
    expect(state.messages).toHaveLength(8);
    expect(state.messages[0].getType()).toBe("human");
    // Turn numbers stay absolute, and what the first turns said still counts.
    expect(state.findings.some((f) => f.turn === 0 && f.concept === "anhedonia")).toBe(true);
    expect(state.findings.some((f) => f.turn === 9)).toBe(false);
    expect(state.risk.escalate).toBe(true);
    expect(state.differential[0]?.icd10cm).toMatch(/^F3[23]/);
  });

  it("replies warmly without diagnostic labels and asks one question", async () => {
    const s = session();
    const state = await s.send("For weeks I've felt hopeless, I can't enjoy anything and I can barely get out of bed.");
    expect(state.response.length).toBeGreaterThan(40);
    expect(state.response).not.toMatch(/\b(depression|depressive|disorder|F3\d|diagnos[ie]s)\b/i);
    expect((state.response.match(/\?/g) ?? []).length).toBe(1);
    expect(state.followUp).toBeTruthy();
    expect(state.response).toContain(state.followUp!);
  });

  it("does not ask the same follow-up twice", async () => {
    const s = session();
    const a = await s.send("I feel low most days.");
    const b = await s.send("I'm not sure what else to say.");
    expect(b.followUp).not.toBe(a.followUp);
  });

  it("routes a crisis turn straight to the crisis reply, which still passes the safety check", async () => {
    const s = session();
    const state = await s.send("I have a bottle of pills saved up and I'm going to take them all tonight.");
    expect(state.crisis).toBe(true);
    expect(state.risk.escalate).toBe(true);
    expect(["high", "imminent"]).toContain(state.risk.level);
    expect(state.response).toMatch(/988/);
    expect(state.modality).toBeNull();
    expect(state.retrieved).toEqual([]);
  });

  it("keeps risk raised on a later casual turn, and keeps resources in the reply", async () => {
    const s = session();
    await s.send("Honestly I wish I could go to sleep and not wake up.");
    const later = await s.send("Anyway, work was fine today, just a bit boring.");
    expect(later.risk.escalate).toBe(true);
    expect(later.risk.level).not.toBe("none");
    expect(later.response).toMatch(/988/);
  });

  it("calls the escalation hook once per crisis turn in live mode, and never in synthesis mode", async () => {
    const calls: string[] = [];
    const live = session({ onEscalation: (e: { message: string }) => void calls.push(e.message) });
    await live.send("I want to kill myself.");
    expect(calls).toHaveLength(1);
    const synth = session({ mode: "synthesis", onEscalation: (e: { message: string }) => void calls.push(e.message) });
    await synth.send("I want to kill myself.");
    expect(calls).toHaveLength(1);
  });

  it("treats ordinary troubles as problems of living, never a provisional disorder", async () => {
    const s = session();
    const state = await s.send("My boss keeps piling on work and I'm stressed about the deadline this week. Any tips?");
    expect(state.differential.some((d) => d.status === "provisional")).toBe(false);
    expect(state.risk.escalate).toBe(false);
    // An ordinary difficulty: light validation, their own facts, tips, and no symptom interview.
    expect(state.response).not.toMatch(/a lot to carry/);
    expect(state.response).toMatch(/deadline|boss/);
    expect(state.response).toMatch(/\b(try|it may help|something practical|a small step)\b/i);
    expect(state.followUp).toBeTruthy();
    expect(state.followUp).not.toMatch(/\b(sleep|appetite|mood|energy|on edge|keyed up)\b/i);
  });

  it("rejects a non-user last message with a clear error and keeps the thread intact", async () => {
    const s = session();
    await s.send("I've been anxious lately.");
    await expect(s.app.invoke({ messages: [] }, s.config)).rejects.toThrow(/last message/);
    const state = (await s.app.getState(s.config)).values as CounselingStateType;
    expect(state.turn).toBe(1);
  });
});
