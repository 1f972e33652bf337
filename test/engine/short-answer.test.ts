/**
 * A short answer read against the question the counselor just asked, offline.
 */
import { describe, expect, it } from "vitest";
import { answerToQuestion } from "../../engine/short-answer.js";
import { knowledgeModel } from "../../engine/knowledge-model.js";

const model = knowledgeModel();
const reply = (q: string) => `That sounds like a hard few weeks. ${q}`;

describe("answerToQuestion", () => {
  it("reads a bare answer as the thing asked about", () => {
    const [f] = answerToQuestion("Pretty bad, honestly.", reply("How has your energy been through the day?"), 1, [], model);
    expect(f).toMatchObject({ concept: "fatigue", negated: false, quote: "Pretty bad, honestly.", turn: 1 });
  });
  it("reads a denial as a negated finding, and a hedge as hedged", () => {
    expect(answerToQuestion("no, never", reply("Have you been sleeping a lot more than usual?"), 2, [], model)[0]).toMatchObject({ concept: "hypersomnia", negated: true });
    expect(answerToQuestion("kind of?", reply("Are there things you used to enjoy that don't give you much pleasure anymore?"), 2, [], model)[0]).toMatchObject({ concept: "anhedonia", negated: false, hedged: true });
  });
  it("leaves alone answers that say something of their own, long answers, and questions it does not know", () => {
    expect(answerToQuestion("yes", reply("What would you like to talk about?"), 1, [], model)).toEqual([]);
    expect(answerToQuestion("I suppose it depends on the day and who I'm with and what the weather is doing and whether work was bad and all sorts", reply("How has your energy been through the day?"), 1, [], model)).toEqual([]);
    expect(answerToQuestion("maybe the weather", undefined, 1, [], model)).toEqual([]);
    expect(answerToQuestion("The cat, mostly.", reply("How has your energy been through the day?"), 1, [], model)).toEqual([]);
  });
});
