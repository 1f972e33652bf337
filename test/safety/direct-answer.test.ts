/**
 * The answer to the C-SSRS question the reply asked directly (issue #13): a yes is a disclosure and
 * escalates, however long the message after it and in the languages the question is asked in; a no
 * changes nothing; a "yes" that answers no such question is no disclosure.
 */
import { describe, expect, it } from "vitest";
import { answerToDirectQuestion } from "../../safety/components/direct-answer.js";
import { directQuestion } from "../../safety/direct-question.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const asked = directQuestion("I feel empty and hopeless, nothing is fun anymore.", ["test"]);
const aboutOther = directQuestion("my husband says nothing matters anymore", ["test"], undefined, "someone else");

describe("reading the answer", () => {
  it("a yes, plain, hedged, by frequency or in another language, is ideation disclosed", () => {
    for (const a of ["Yes.", "yeah", "Honestly, yes.", "sometimes", "kind of, yeah", "maybe", "I have, a few times", "Sí, a veces.", "oui", "sim", "Ja, manchmal.", "sì"]) {
      expect(answerToDirectQuestion(a, asked), a).toMatchObject({ escalate: true, flags: ["suicidal_ideation"], level: "low" });
    }
  });

  it("a long answer that opens with yes is a yes, whatever follows", () => {
    const r = answerToDirectQuestion("Yes, actually — years ago at uni, in a bad patch after my exams. It was very similar to now.", asked);
    expect(r).toMatchObject({ escalate: true, level: "low" });
    expect(r!.evidence[0]).toBe("Yes, actually — years ago at uni, in a bad patch after my exams.");
  });

  it("a yes that says it is now is moderate; one placed only in the past stays low", () => {
    expect(answerToDirectQuestion("Yes, every day this week.", asked)?.level).toBe("moderate");
    expect(answerToDirectQuestion("Yes, when I was 19, not now.", asked)?.level).toBe("low");
  });

  it("a no, a not-sure or anything else reads nothing (an answer never lowers a risk)", () => {
    for (const a of ["No.", "no, never", "Not really.", "I have not.", "I have no idea what you mean", "I don't know", "Nope, just tired.", "Non.", "Nein.", "Não."]) {
      expect(answerToDirectQuestion(a, asked), a).toBeUndefined();
    }
  });

  it("asked about someone else, the yes is a risk to them", () => {
    expect(answerToDirectQuestion("Yes, he said it last night.", aboutOther)).toMatchObject({ escalate: true, flags: ["third_party_risk"] });
  });
});

describe("in a conversation", () => {
  const assess = graphAssessor("direct-answer");
  const first = "I feel empty and hopeless, nothing is fun anymore.";

  it("the uncertain turn asks, and a yes to it escalates with crisis resources", async () => {
    const one = await assess(first);
    expect(one.risk.escalate).toBe(false);
    expect(one.risk.askedDirectly).toBeDefined();
    const yes = await assess(first, "Yes.");
    expect(yes.risk).toMatchObject({ escalate: true, flags: expect.arrayContaining(["suicidal_ideation"]) });
    expect(yes.crisis).toBe(true);
  });

  it("a no leaves it unescalated, and a yes to a question nobody asked is no disclosure", async () => {
    const no = await assess(first, "No, not at all. Just flat.");
    expect(no.risk.escalate).toBe(false);
    const plain = await assess("My boss keeps changing the rota and I'm fed up with it.", "Yes.");
    expect(plain.risk.escalate).toBe(false);
  });
});
