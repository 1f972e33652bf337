/**
 * Risk that only shows across two messages is found, and a risk already raised by the earlier
 * message is not counted again.
 */
import { HumanMessage } from "@langchain/core/messages";
import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { builder } from "../../graphs/counseling.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { screenRisk } from "../../safety/screen-risk.js";
import { screenWithPrevious } from "../../safety/screen-with-previous.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

describe("screening a message with the one before it", () => {
  it("escalates fainting after days without food, which neither message does alone", () => {
    const before = "I've barely eaten anything in five days.";
    const now = "I fainted at work this morning and my heart is racing.";
    expect(screenRisk(before).escalate || screenRisk(now).escalate).toBe(false);
    const r = screenWithPrevious(now, before);
    expect(r.escalate).toBe(true);
    expect(r.flags).toContain("medical_emergency");
  });

  it("adds nothing when the earlier message alone explains the risk, and leaves a calm message calm", () => {
    const r = screenWithPrevious("Anyway, what should I cook for dinner?", "I've been thinking about ending it.");
    expect(r.escalate).toBe(false);
    expect(screenWithPrevious("Work was busy today.", "My week was fine, thanks.").level).toBe("none");
  });
});

describe("in a session", () => {
  it("the second turn of a two-part disclosure takes the crisis path", async () => {
    const app = builder.compile({ checkpointer: new MemorySaver() });
    const config = { configurable: { thread_id: "swp", retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } };
    const first = (await app.invoke({ messages: [new HumanMessage("I've barely eaten anything in five days.")] }, config)) as CounselingStateType;
    expect(first.risk.escalate).toBe(false);
    const second = (await app.invoke({ messages: [new HumanMessage("I fainted at work this morning and my heart is racing.")] }, config)) as CounselingStateType;
    expect(second.risk.escalate).toBe(true);
    expect(second.crisis).toBe(true);
    expect(second.response).toMatch(/911|emergency/i);
  });
});
