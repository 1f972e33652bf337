/** Who is speaking (help-seeking screen), dialogue rounds in the post's order, and the content filter. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readHelpSeeking } from "../../synthesis/screen-help-seeking.js";
import { offlineClient } from "../../synthesis/plan-dialogue.js";
import { scoreDialogue, templatedDialogues } from "../../synthesis/filter-quality.js";
import type { Dialogue } from "../../synthesis/types.js";

describe("help-seeking screen", () => {
  it("skips a reply that answers quoted words, an advice list, an update that things are fine, and an announcement", () => {
    expect(readHelpSeeking("Re: can't sleep", "> I can't sleep and I lie awake replaying everything\n\nOP I was exactly here two years ago. Here's what helped me:\n1. **Get out of bed** after twenty minutes.\n2. Keep the same wake-up time.\nHope this helps, you've got this.").kind).toBe("reply_or_advice");
    expect(readHelpSeeking("Things that actually helped my panic attacks", "I see a lot of posts from people having their first attacks so I figured I'd write up what worked for me.\n- Tell yourself it peaks in ten minutes.\n- Breathe out longer than in.\n- Don't fight it.").kind).toBe("reply_or_advice");
    expect(readHelpSeeking("Update: a year ago I posted here at my lowest. I'm okay now.", "I wanted to come back and say thank you all, this sub got me through it. I still have bad days but I'm doing ok now.").kind).toBe("update_ok");
    expect(readHelpSeeking("[PSA] Weekly thread rules", "Reminder that all posts need a flair and you can find the resources in the sidebar. Be kind to each other.").helpSeeking).toBe(false);
  });

  it("keeps a person asking for themselves, someone worried about a friend, and venting in the generic 'you'", () => {
    expect(readHelpSeeking("Is it too late to make friends?", "I'm 20 and in second year and I still haven't made a single friend. I panic when people invite me out. Is there any point going to counselling?").helpSeeking).toBe(true);
    expect(readHelpSeeking("Worried about my best friend", "My best friend has stopped eating and barely leaves her room. How can I help her without pushing her away?").kind).toBe("third_party_worry");
    expect(readHelpSeeking("Best part of the day is sleeping", "When night comes you just lay there thinking about all your problems, and then you wake up and it starts again. You feel like nothing will ever change.").helpSeeking).toBe(true);
  });

  it("never skips a post whose writer is at risk, whatever its shape", () => {
    expect(readHelpSeeking("Re: advice", "OP you should try therapy, it helped me. Honestly though I've got the pills saved up and I'm going to take them all tonight.").helpSeeking).toBe(true);
  });

  // S1 was used to build the screen; S2 was held back (first scoring 39 of 45: three posts whose
  // risk reading keeps them, a mod PSA and a "things I wish I'd known" list; the last two fixed by mechanism).
  it.each([
    ["s1", []],
    ["s2", ["s2_18", "s2_30", "s2_31", "s2_39"]],
    // Session 23: S3 worked on (first scoring: 4 of 8 non-help-seeking posts read as help-seeking);
    // S4 held back (first scoring: 5 of 8). Left: a rant about waiting lists with no question, a
    // meme, and two posts the risk reader escalates (kept for the crisis set, the safe side).
    ["s3", ["s3_03", "s3_41"]],
    ["s4", ["s4_28", "s4_32", "s4_40"]],
  ])("reads blind batch %s as its author labelled it, but for the known misses (evals/synthesis/blind-*)", (batch, known) => {
    const read = (f: string) => readFileSync(new URL(`../../evals/synthesis/${f}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const kinds = new Map(read(`blind-${batch}-manifest.jsonl`).map((m: { id: string; kind: string }) => [m.id, m.kind]));
    const wrong = read(`blind-${batch}-posts.jsonl`).filter((p: { id: string; title: string; selftext: string }) => readHelpSeeking(p.title, p.selftext).helpSeeking !== /help_seeking|third_party/.test(kinds.get(p.id)!));
    expect(wrong.map((p: { id: string }) => p.id)).toEqual(known);
  });
});

describe("offline rounds", () => {
  it("splits at paragraph breaks in the post's own order, a question staying where it was asked", async () => {
    const body = [
      "Since my dad died in March I can't get through a day at work without crying in the toilets. My manager has noticed and asked if I need time off.",
      "Is it normal to still feel this bad after eight months? Everyone else seems to have moved on and I feel stuck.",
      "I barely sleep, I've stopped going to the gym, and I keep replaying the last conversation we had in the hospital over and over at night.",
    ].join("\n\n");
    const plan = await offlineClient.plan({ id: "x", source: "t", title: "Grief at work", body });
    const joined = plan.turns.join(" ");
    expect(plan.turns.length).toBeGreaterThanOrEqual(2);
    // Every sentence in the post's order: the question is not moved to the end.
    expect(joined.indexOf("Is it normal")).toBeLessThan(joined.indexOf("I barely sleep"));
    expect(joined.indexOf("Since my dad")).toBeLessThan(joined.indexOf("Is it normal"));
  });
});

const dialogue = (think: string, content: string, client = "I can't sleep since the layoff and I keep worrying about money and rent."): Dialogue => ({
  postId: "d-x",
  themes: ["sleep"],
  turns: [{ role: "client", content: client }, { role: "counselor", think, content }],
  assessment: { conditions: [], problems: [], modality: null, riskLevel: "none", escalate: false },
});
const THINK = (quote: string, risk = "none, no escalation") =>
  `Symptoms this turn: Insomnia "${quote}".\nTiming: not yet stated.\nDifferential (DSM-5-TR criteria, provisional): no disorder supported by the criteria so far.\nApproach: Cognitive behavioural therapy (CBT); technique this turn: worry time. Why: x\nRisk (C-SSRS screener): ${risk}.`;

describe("content filter", () => {
  it("keeps a reply that takes up the client's own facts, and names what fails otherwise", () => {
    const good = scoreDialogue(dialogue(THINK("i can't sleep"), "Losing your job and lying awake over money and rent sounds exhausting. What goes through your mind about the rent when you can't sleep?"), [{ violations: [], escalate: false }]);
    expect(good.reasons).toEqual([]);
    // A quote the client never said, a reply about something else.
    const bad = scoreDialogue(dialogue(THINK("i hear voices at night"), "Many people find that a regular routine helps them feel calmer during the week."), [{ violations: [], escalate: false }]);
    expect(bad.reasons.map((r) => r.split(":")[0])).toEqual(expect.arrayContaining(["evidence_is_clients", "answers_client", "uses_facts"]));
    // Reasoning that escalates beside a reply without crisis resources disagrees with itself.
    const silent = scoreDialogue(dialogue(THINK("i can't sleep", "high — escalate with crisis resources now"), "Losing your job and lying awake over money and rent sounds exhausting. What keeps you up?"), [{ violations: [], escalate: true }]);
    expect(silent.reasons.map((r) => r.split(":")[0])).toContain("reasoning_agrees");
  });

  it("marks a dialogue templated when most sentences of a reply stand in three or more other dialogues", () => {
    const stock = "Thank you for sharing this with me today. It takes courage to reach out like this.";
    const replies = [[stock], [stock], [stock], [stock], ["Your sister's wedding sounds like a lot to carry while you are grieving. What part of the day worries you most?"]];
    expect([...templatedDialogues(replies)].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe("filter calibration", () => {
  it("agrees with the supervisor's hand labels as the card says (synthesis/filter-agreement.json is current)", async () => {
    const { filterAgreement } = await import("../../evals/synthesis-filter.js");
    const now = filterAgreement();
    const shipped = JSON.parse(readFileSync(new URL("../../synthesis/filter-agreement.json", import.meta.url), "utf8"));
    expect(now.checks, "run: npm run eval:synthesis-filter -- --write").toEqual(shipped.checks);
    expect(now.dialogues).toBeGreaterThanOrEqual(50);
    // Before calibration the filter kept 45 of the 53 the supervisor kept none of (agreement 0.15).
    expect(now.checks.keep.agreement).toBeGreaterThanOrEqual(0.9);
    expect(now.checks.no_repeat.kappa).toBeGreaterThanOrEqual(0.8);
  });

  it("agrees with session 23's supervisors on keep and on answering each question (133 dialogues, 364 turns)", async () => {
    const { filterAgreement } = await import("../../evals/synthesis-filter.js");
    const s = filterAgreement().session23;
    expect(s.dialogues).toBe(133);
    // With the earlier answers_client (half the question's words back): keep 0.74 / kappa 0.00,
    // per turn 0.53 / kappa 0.16. An offline answer to a question must be one written for it.
    expect(s.checks.keep.agreement).toBeGreaterThanOrEqual(0.85);
    expect(s.checks.answers_client_per_turn.kappa).toBeGreaterThanOrEqual(0.25);
  });
});

describe("offline answers to a question", () => {
  it("count only when the reply carries an answer written for a question people ask", async () => {
    const { answeredFromBase } = await import("../../synthesis/filter-quality.js");
    const { questionAnswers } = await import("../../engine/reply/question-answers.js");
    const written = questionAnswers().entries[0].entry.answer[0];
    expect(answeredFromBase(`That sounds hard. ${written} What would help most this week?`)).toBe(true);
    expect(answeredFromBase("That sounds hard. Many people feel this way at times, and it can help to talk. What would help most this week?")).toBe(false);
  });
});

describe("risk read back from a reasoning trace", () => {
  it("finds a risk concept among the symptoms, now or past, and not in the denied or risk lines", async () => {
    const { riskInReasoning } = await import("../../synthesis/reasoning-trace.js");
    expect(riskInReasoning('Symptoms this turn: Insomnia "i cant sleep"; Self-harm "i cut again".\nRisk (C-SSRS screener): none, no escalation.')).toBe("Self-harm");
    expect(riskInReasoning('Symptoms this turn: nothing new of clinical weight.\nEarlier: Passive death wish (past) "wished i wouldnt wake up".\nRisk (C-SSRS screener): none.')).toBe("Passive death wish");
    expect(riskInReasoning('Symptoms this turn: Insomnia "i cant sleep".\nDenied: Active suicidal thoughts.\nRisk (C-SSRS screener): none; evidence "Self-harm "x"".')).toBeUndefined();
  });
});

describe("an update told in a title ('Divorce update: 6 months on')", () => {
  it("is an update, not a request, when the writer says they are doing alright and asks nothing", () => {
    expect(readHelpSeeking("Job loss update - 4 months later", "Posted here when I was laid off. Just wanted to say I'm doing alright. New job starts Monday and I'm sleeping again.").kind).toBe("update_ok");
    expect(readHelpSeeking("Job loss update - 4 months later", "Posted here when I was laid off. I'm doing alright most days but I can't sleep and the money is running out. How do I keep going?").kind).not.toBe("update_ok");
  });
});
