/**
 * Session 30 (#14), from blind round K (40 fresh CounselChat questions, rated before any change): a
 * sentence of the base that meets the person only on everyday words ("want", "year", "home") or on
 * the topic's own name ("marriage") is advice for another situation; a question with an honest
 * answer by its shape ("why does my sister…", "how do I let go of…", "am I overreacting…") gets
 * that answer instead of none. Every case is our own wording, each beside its contrast.
 */
import { describe, expect, it } from "vitest";
import { informative } from "../../engine/reply/fit.js";
import { frameFor } from "../../engine/reply/frames.js";
import { Said, stemWord } from "../../engine/reply/phrasing.js";
import { planReply } from "../../engine/reply/plan-reply.js";
import { readConversation } from "../../safety/read-risk.js";

const base = { previousReplies: [], asked: [], turn: 0, heavy: false };
const reply = (t: string) => planReply({ userText: t, ...base }).text;

describe("what a sentence must share to be said", () => {
  it("gives 'stress' and 'stressed' one stem (a double s is the word's own), and still strips plurals", () => {
    expect(stemWord("stressed")).toBe(stemWord("stress"));
    expect(stemWord("losses")).toBe(stemWord("loss"));
    expect(stemWord("cats")).toBe("cat");
  });

  it("counts everyday words and the register's words as sharing nothing about a situation", () => {
    for (const w of ["want", "year", "home", "told", "work"]) expect(informative(stemWord(w)!)).toBe(false);
    for (const w of ["lonely", "divorce", "panic", "wedding", "drinking"]) expect(informative(stemWord(w)!)).toBe(true);
  });

  it("gives no topic's step to a partner who is away when no step meets that, and one that does to a chores quarrel", () => {
    const away = reply("How can I stop missing my girlfriend while she's working abroad for a month? I'm a mess.");
    expect(away).not.toMatch(/chores|enjoyable activity together|household/i);
    expect(away).toMatch(/Missing your girlfriend while she's working abroad for a month/);
    const chores = reply("My wife and I keep arguing about housework. I do all the cooking and cleaning. How do we share chores without fighting?");
    expect(chores).toMatch(/chores/i);
  });
});

describe("answers by the shape of the question", () => {
  it("says only the other person can say why, in their pronouns — and for the writer's own doing, where to look", () => {
    const sister = reply("Why does my sister ignore my texts for days at a time?");
    expect(sister).toMatch(/(Only|Nobody but) your sister/);
    expect(sister).toMatch(/\bher\b/);
    const self = reply("Why do I ignore everyone's texts for days at a time?");
    expect(self).not.toMatch(/Only your|Nobody but/);
    expect(self).toMatch(/when it happens|notic/i);
  });

  it("answers letting go as something that loosens, with the thing in their words", () => {
    const career = reply("How do I let go of the career I had planned? I left law school last spring.");
    expect(career).toMatch(/Letting go of the career you had planned/);
    // A misread state's general advice (checking the body, a fear ladder) does not come with it.
    expect(career).not.toMatch(/check your body|scary it feels/i);
  });

  it("meets 'am I overreacting' about the feeling, not with a sentence that shares one word", () => {
    const birthday = reply("Am I overreacting that my best friend forgot my birthday again?");
    expect(birthday).toMatch(/not (?:right or )?wrong/);
    expect(birthday).not.toMatch(/milestone birthday/);
  });

  it("answers handling someone with a limit they can keep, and 'what does it mean' with asking them", () => {
    expect(reply("How do I deal with my mother calling me ten times a day?")).toMatch(/limit|what you will go along with/i);
    const meaning = reply("My husband moved out in March but still texts me every night. What does that mean for us?");
    expect(meaning).toMatch(/your husband|ask him/i);
    expect(meaning).not.toMatch(/forced marriage/i);
  });

  it("answers whether someone's conduct is okay by what it does, never by how common it is; the writer's own feelings may be common", () => {
    const punish = reply("Is it healthy to embarrass a child as punishment? My grandson's stepmother makes him wear a sign to school when he misbehaves.");
    expect(punish).toMatch(/what it does|receiving end/);
    expect(punish).not.toMatch(/a great many people go through/);
    const phone = reply("My boyfriend checks my phone every night and gets angry if I delete anything. Is this normal?");
    expect(phone).not.toMatch(/a great many people go through|more common than people admit/);
    const crying = reply("Is it normal to cry during therapy? I start next week.");
    expect(crying).toMatch(/normal/);
    expect(crying).not.toMatch(/receiving end/);
  });

  it("lets go only of a loss: a condition is not grieved", () => {
    expect(reply("How can I get over my ex? It's been a year.")).toMatch(/Getting over your ex/);
    expect(reply("How do I get over imposter syndrome at my new job?")).not.toMatch(/Getting over imposter|what did not happen/);
  });

  it("answers staying with someone unkind, telling someone, and forgiving oneself — each by its shape", () => {
    expect(reply("Why am I still with my husband if he's so mean to me?")).toMatch(/stay/i);
    expect(reply("Why am I still with my husband if he's so mean to me?")).not.toMatch(/jot down|note on your phone/);
    expect(reply("How do I tell my best friend I have feelings for her?")).toMatch(/quiet moment|calm, private time/);
    expect(reply("How can I forgive myself? I cheated on my partner last year.")).toMatch(/forgiv|guilt/i);
  });

  it("asks no symptom-screening question about an ordinary trouble, but may of someone distressed", () => {
    const text = "My boss keeps piling on work and I'm stressed about the deadline this week. Any tips?";
    expect(planReply({ userText: text, ...base }).question ?? "").not.toMatch(/\b(?:sleep|mood|appetite|energy)\b/i);
  });

  it("has no frame for a question it cannot answer by shape", () => {
    expect(frameFor("How do I get better at saving money?", "How do I get better at saving money?", "s", new Said([]))).toBeUndefined();
    expect(frameFor("Why does it rain so much here?", "Why does it rain so much here?", "s", new Said([]))).toBeUndefined();
  });
});

describe("risk read from round K's notes", () => {
  it("reads 'I'd rather never wake up' beside a disclaimer as a passive wish, but not a lie-in", () => {
    const wish = readConversation(["It makes me guilty and low, to the point where I'd rather never wake up anymore. I'm not hurting myself, I just feel pointless."]);
    expect(wish.escalate).toBe(true);
    expect(wish.findings.map((f) => f.rule)).toContain("si.passive.not-wake");
    const lieIn = readConversation(["I'd rather not wake up early on a Sunday, honestly."]);
    expect(lieIn.findings.map((f) => f.rule)).not.toContain("si.passive.not-wake");
  });

  it("reads an adult's sexualised 'play' with a teenager as abuse, but not a partner's teasing or a mother's remark", () => {
    const rule = (t: string) => readConversation([t]).findings.map((f) => f.rule);
    expect(rule("My stepdad and I mess around a lot. When he play-fights it's always my bum he smacks, and he looks me up and down whenever I come downstairs. I'm a teenager, is this normal?")).toContain("abuse.sexualised-conduct");
    expect(rule("I'm 14 and my uncle grabs my butt when nobody is looking.")).toContain("abuse.sexualised-conduct");
    expect(rule("My boyfriend always comments on my outfits and looks me up and down before we go out, it's cute.")).not.toContain("abuse.sexualised-conduct");
    expect(rule("I'm a teenager and my mum comments on my clothes every morning.")).not.toContain("abuse.sexualised-conduct");
  });

  it("reads a partner's threat beside fear of them as abuse, but not a threat of divorce or a boss's warning", () => {
    expect(readConversation(["My husband threatened me again tonight when I stood up for our son. I'm scared of him."]).escalate).toBe(true);
    expect(readConversation(["My wife threatened me with divorce if I don't stop gaming."]).escalate).toBe(false);
    expect(readConversation(["My boss threatened me with a written warning and it scared me."]).escalate).toBe(false);
  });

  it("reads one child choking another as danger to a child, and a child choking on food as not", () => {
    const choking = readConversation(["My stepson, 9, keeps choking my daughter, who is 5, when we're not in the room."]);
    expect(choking.escalate).toBe(true);
    expect(choking.findings.map((f) => f.rule)).toContain("cssrs.child-danger");
    const food = readConversation(["My daughter choked on a grape at lunch and it scared me, but she is fine now."]);
    expect(food.findings.map((f) => f.rule)).not.toContain("cssrs.child-danger");
  });
});
