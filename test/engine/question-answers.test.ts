/** Answers to the questions people most often ask: matched by the question's subject, said first, within licence. */
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_WORDS } from "../../engine/question-bank.js";
import { planReply } from "../../engine/reply/plan-reply.js";
import { psychoeducation } from "../../engine/reply/psychoeducation.js";
import { matchQuestion, questionAnswers } from "../../engine/reply/question-answers.js";

const base = { previousReplies: [], asked: [], turn: 0, heavy: false };
const all = new Set(psychoeducation().topics.map((t) => t.id));

describe("the question-answer base", () => {
  it("belongs to the psychoeducation topics, cites sources, and holds no medicine names, doses or a diagnosis of the reader", () => {
    const { entries } = questionAnswers();
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const { entry, topic } of entries) {
      expect(all.has(topic), topic).toBe(true);
      const text = [...entry.answer, entry.step?.do ?? "", entry.step?.why ?? "", entry.followUp ?? ""].join(" ");
      expect(text.match(/\bmg\b|sertraline|fluoxetine|citalopram|diazepam|xanax|paracetamol|\byou have (?:depression|anxiety|ptsd|ocd|bipolar|adhd)\b/i)?.[0], entry.id).toBeUndefined();
    }
    // Therapy questions are a large share of what people ask a counselling site.
    expect(entries.filter((e) => e.topic === "therapy").length).toBeGreaterThanOrEqual(12);
  });

  it("matches a question worded in a way its file does not list", () => {
    expect(matchQuestion("if I tell the school counselor something will she tell my mom?", "", "therapy", new Set(["therapy"]))?.entry.id).toBe("therapy-confidentiality");
    expect(matchQuestion("does online counseling work as well as seeing someone face to face?", "", "therapy", new Set(["therapy"]))?.entry.id).toBe("therapy-online-vs-in-person");
    expect(matchQuestion("is it normal that I still do not feel a bond with my baby?", "", "normal", all)?.entry.id).toMatch(/bond/);
  });

  it("matches nothing on a question's frame alone, or on one shared word", () => {
    expect(matchQuestion("what is wrong with me?", "", "what", all)).toBeUndefined();
    expect(matchQuestion("how do I help her without making it worse?", "", "other", all)).toBeUndefined();
    expect(matchQuestion("Why do I keep snapping at my kids over nothing?", "", "why", new Set(["anger", "parenting"]))?.topic).not.toBe("spirituality");
  });

  it("needs the entry's topic to be read for the message unless the match is near-certain", () => {
    const q = "Is it ok to change therapist?";
    const read = matchQuestion(q, q, "therapy", new Set(["therapy"]));
    expect(read?.entry.id).toBe("therapy-changing-ending");
    const unread = matchQuestion(q, q, "therapy", new Set(["grief"]));
    expect(unread === undefined || unread.score >= 0.75).toBe(true);
  });
});

describe("a matched question in the reply", () => {
  it("is answered first and directly, with the entry's step and question, and no condition named", () => {
    const text = "I've finally booked my first therapy session for next Thursday and I'm so nervous I keep thinking about cancelling. What actually happens in the first session?";
    const r = planReply({ ...base, userText: text });
    const { entries } = questionAnswers();
    const first = entries.find((e) => e.entry.id === "therapy-first-session")!.entry;
    expect(r.text).toContain(first.answer[0]);
    expect(r.text.match(DIAGNOSTIC_WORDS)).toBeNull();
    expect(r.question).toBeTruthy();
  });

  it("keeps the sentence base for a question no entry fits", () => {
    const text = "My neighbour's dog barks all night and I'm exhausted and snappy. Any tips?";
    const r = planReply({ ...base, userText: text });
    const { entries } = questionAnswers();
    for (const { entry } of entries) expect(r.text.includes(entry.answer[0]), entry.id).toBe(false);
    expect(r.text.split(/\s+/).length).toBeGreaterThan(40);
  });
});
