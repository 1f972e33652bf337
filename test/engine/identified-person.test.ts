/**
 * A person writing about someone else (a parent about a son, a daughter about her mother): the
 * assessment is about the person described, the reply speaks to the writer as a carer, and a
 * first-person account that merely mentions others stays the writer's own.
 */
import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { builder, turnState } from "../../graphs/counseling.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { SELF, sentenceSubject } from "../../engine/discourse-subject.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

async function assess(...messages: string[]): Promise<CounselingStateType> {
  const app = builder.compile({ checkpointer: new MemorySaver() });
  const config = { configurable: { thread_id: `ip-${Math.random().toString(36).slice(2)}`, retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } };
  let state!: CounselingStateType;
  for (const m of messages) state = await turnState(app, m, config);
  return state;
}

describe("who a sentence is about", () => {
  it("carries a named person into sentences that name nobody, and returns to the writer at 'I'", () => {
    const son = sentenceSubject("My son is 22 and over the past year he's changed.", SELF);
    expect(son).toEqual({ kind: "other", who: "your son" });
    expect(sentenceSubject("Stopped washing, dropped out of college.", son)).toEqual(son);
    expect(sentenceSubject("She says the neighbours are watching her.", son)).toEqual(son);
    expect(sentenceSubject("I don't know what to do.", son)).toEqual(SELF);
    expect(sentenceSubject("My 8 year old clings to me at the gate.", SELF)).toEqual({ kind: "other", who: "your child" });
    expect(sentenceSubject("My wife says I've gone quiet.", SELF)).toEqual(SELF);
    expect(sentenceSubject("My mum won't let anyone into her house.", SELF)).toEqual({ kind: "other", who: "your mum" });
  });
});

describe("the identified person", () => {
  it("assesses the son a parent describes, and answers the parent as a carer", async () => {
    const s = await assess(
      "My son is 22 and over the past year he's changed. He says the neighbours have put cameras in his room and are reading his thoughts. He talks to people who aren't there and laughs to himself. Stopped washing, dropped out of college.",
    );
    expect(s.subject).toMatchObject({ kind: "other", who: "your son" });
    expect(s.differential[0]?.icd10cm).toMatch(/^F2[0-9]/);
    expect(s.response).toMatch(/(worried about|worried you are about|happen to) your son/);
    expect(s.response).not.toMatch(/It sounds like (hearing|believing|feeling)/);
    expect(s.followUp).toMatch(/your son|holding up/);
  });

  it("assesses a teenager's eating as a parent tells it over two turns", async () => {
    const s = await assess(
      "My 15 year old daughter has stopped eating with us.",
      "She says she's already eaten at school but she's lost a lot of weight. She's terrified of getting fat, she skips meals and she exercises for hours in her room.",
    );
    expect(s.subject).toMatchObject({ kind: "other", who: "your daughter" });
    expect(s.differential.slice(0, 3).map((d) => d.icd10cm).join(" ")).toMatch(/F50/);
    // Read as if she had written it: "she's terrified of getting fat" meets the first-person lexicon.
    expect(s.findings.some((f) => f.concept === "fear_weight_gain" && f.about)).toBe(true);
    expect(s.response).toMatch(/your daughter/);
  });

  it("keeps a first-person account the writer's own when others are only mentioned", async () => {
    const s = await assess(
      "My wife says I've gone quiet. For two months I've felt empty and I can't be bothered with anything, not even the garden. I'm up at 4 every morning, I feel worthless and I can't concentrate.",
    );
    expect(s.subject).toEqual({ kind: "self" });
    expect(s.differential[0]?.icd10cm).toMatch(/^F3[23]/);
  });

  it("keeps a loss the writer's own even when the sentence names the person who died", async () => {
    const s = await assess("My mum died in May. Since then I cry every day, I can't sleep and nothing seems worth doing.");
    expect(s.subject).toEqual({ kind: "self" });
    expect(s.findings.some((f) => /bereavement/.test(f.concept) && !f.otherExperiencer)).toBe(true);
  });

  it("does not turn an ordinary parenting question into a disorder for the child", async () => {
    const s = await assess("My son is 14 and won't do his homework. He spends every evening on his phone and argues when I ask him to stop. How do I set limits without a fight?");
    expect(s.differential.filter((d) => d.status === "provisional")).toEqual([]);
  });
});
