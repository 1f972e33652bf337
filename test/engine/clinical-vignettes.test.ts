/**
 * The reasoning rules on the real knowledge base, through the whole graph, on vignettes
 * written for these tests (not the dev cases).
 */
import { describe, expect, it } from "vitest";
import type { CounselingStateType } from "../../graphs/state.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("v");
const top = (s: CounselingStateType) => s.differential[0]?.icd10cm ?? "-";
const entry = (s: CounselingStateType, id: string) => s.differential.find((d) => d.conditionId === id);

describe("diagnostic reasoning on written vignettes", () => {
  it("turns depression into bipolar when a manic history is described", async () => {
    const dep = "Since the start of October I've been flat and empty, I don't enjoy my hobbies, I sleep ten hours and still feel drained, and I can't concentrate at work.";
    const plain = await assess(dep);
    expect(top(plain)).toMatch(/^F3[23]/);
    const withHistory = await assess(dep, "Last spring was the opposite: for about two weeks I hardly slept, felt invincible, talked non-stop and maxed out my credit cards on a business idea.");
    expect(top(withHistory)).toMatch(/^F31/);
    const mdd = entry(withHistory, "mdd_single");
    if (mdd) expect(mdd.status).toBe("rule-out");
  });

  it("allows comorbidity: worry and depression can both be supported", async () => {
    const s = await assess(
      "For over a year I've worried constantly about money, my health and my kids, and I can't switch it off. I'm tense, restless and irritable.",
      "The last month I've also been really low, nothing is enjoyable anymore, I feel worthless, I wake at 4am and I'm exhausted all the time.",
    );
    const codes = s.differential.slice(0, 3).map((d) => d.icd10cm);
    expect(codes.some((c) => c.startsWith("F41.1"))).toBe(true);
    expect(codes.some((c) => /^F3[23]/.test(c))).toBe(true);
  });

  it("does not count negated symptoms or someone else's", async () => {
    const s = await assess("My sister has been depressed for years and my brother has ADHD. I'm not depressed myself, I sleep fine and I enjoy my work.");
    expect(s.differential.some((d) => d.status === "provisional")).toBe(false);
    const mdd = entry(s, "mdd_single");
    expect(mdd?.likelihood ?? 0).toBeLessThan(0.3);
  });

  it("keeps a depressive picture possible when a medical cause is named", async () => {
    const base = "For two months I've been exhausted, low, not enjoying anything, sleeping badly and struggling to focus.";
    const plain = await assess(base);
    const medical = await assess(base, "My doctor found my thyroid is very underactive and started me on medication.");
    const p = (s: CounselingStateType) => entry(s, "mdd_single")?.likelihood ?? 0;
    expect(p(medical)).toBeLessThan(p(plain));
  });

  it("needs the time rule: a week of low mood is not yet a depressive episode", async () => {
    const s = await assess("This past week I've felt low, I can't enjoy anything, I'm sleeping badly and I feel worthless and exhausted.");
    expect(entry(s, "mdd_single")?.status).not.toBe("provisional");
    expect(s.differential[0]?.missing.join(" ")).toMatch(/two weeks|2 weeks|14 days/i);
  });

  it("accumulates across turns and asks about what is still unknown", async () => {
    const s1 = await assess("I keep checking that the door is locked and the oven is off, over and over.");
    expect(top(s1)).toMatch(/^F42/);
    expect(s1.followUp).toBeTruthy();
    const s2 = await assess(
      "I keep checking that the door is locked and the oven is off, over and over.",
      "If I don't, I get terrible thoughts that the house will burn down and it will be my fault. It takes me over an hour every morning and I know it's irrational.",
    );
    expect(entry(s2, "ocd")?.likelihood ?? 0).toBeGreaterThan(entry(s1, "ocd")?.likelihood ?? 0);
    expect(s2.followUp).not.toBe(s1.followUp);
  });

  it("calls it acute stress under a month after a trauma and PTSD after that", async () => {
    const symptoms = "Since then I have nightmares about it, I avoid that street, I jump at every noise, I'm always on guard and I feel numb and cut off from people.";
    const early = await assess(`Ten days ago I was mugged at knifepoint. ${symptoms}`);
    expect(top(early)).toMatch(/^F43\.0/);
    const late = await assess(`Eight months ago I was mugged at knifepoint. ${symptoms}`);
    expect(top(late)).toMatch(/^F43\.1/);
  });

  it("needs twelve months since the death for prolonged grief", async () => {
    const grief = "I can't stop longing for her, I can't accept she's gone, I avoid everything that reminds me of her and life feels meaningless without her.";
    const recent = await assess(`My wife died three months ago. ${grief}`);
    expect(entry(recent, "prolonged_grief")?.status ?? "absent").not.toBe("provisional");
    const later = await assess(`My wife died almost three years ago. ${grief}`);
    expect(top(later)).toMatch(/^F43\.8/);
  });

  it("does not pathologise ordinary troubles", async () => {
    for (const text of [
      "My girlfriend and I keep arguing about chores and it's frustrating. How do we communicate better?",
      "I have exams next week and I'm a bit stressed. Any study tips?",
      "My dog died last week and I'm sad and keep crying, but I know it will get easier.",
    ]) {
      const s = await assess(text);
      expect(s.differential.some((d) => d.status === "provisional"), text).toBe(false);
    }
  });
});
