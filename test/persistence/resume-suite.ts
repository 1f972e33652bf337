/**
 * The restart behaviour every checkpointer must have, written once and run against SQLite and
 * Postgres: a new counselor on the same store resumes a thread exactly where the old one left it.
 */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { Counselor } from "../../graphs/counselor.js";

export const LOW_MOOD = "For the past month I've felt empty and hopeless, nothing is fun anymore and I sleep badly.";
export const LOW_MOOD_MORE = "I also can't concentrate at work and I feel worthless most days.";
export const WORRY = "I worry constantly about everything, I can't control the worry, my muscles are tense and I feel restless.";
export const CRISIS = "I want to kill myself, I have the pills saved up.";
export const SMALL_TALK = "Thanks for listening. The weather was nice today and I went for a walk.";

/** What a thread's state must keep across a restart. */
function durable(state: Awaited<ReturnType<Counselor["state"]>>) {
  if (!state) return null;
  return {
    turn: state.turn,
    findings: state.findings,
    risk: state.risk,
    differential: state.differential.map((d) => d.conditionId),
    messages: state.messages.map((m) => m.content),
    response: state.response,
  };
}

/** Registers the restart tests; `open` makes a fresh counselor on the same store each call. */
export function resumeSuite(open: () => Promise<Counselor>): void {
  it("resumes a thread after a restart with its findings, quotes and differential, and keeps adding to it", async () => {
    const thread = `resume-${randomUUID()}`;
    const first = await open();
    await first.send(thread, LOW_MOOD);
    const before = durable(await first.state(thread));
    await first.close();
    expect(before?.turn).toBe(1);
    expect(before?.findings.map((f) => f.quote)).toEqual(expect.arrayContaining(["hopeless", "nothing is fun"]));

    const second = await open();
    try {
      expect(durable(await second.state(thread))).toEqual(before);
      const turn = await second.send(thread, LOW_MOOD_MORE);
      expect(turn.turns).toBe(2);
      const after = await second.state(thread);
      // The second turn builds on the first: earlier findings kept, new ones added.
      expect(after!.findings.slice(0, before!.findings.length)).toEqual(before!.findings);
      expect(after!.findings.length).toBeGreaterThan(before!.findings.length);
      expect(after!.messages.map((m) => m.content)).toEqual([...before!.messages, LOW_MOOD_MORE, after!.response]);
    } finally {
      await second.close();
    }
  });

  it("keeps an escalated risk escalated after a restart, even when the next turn is calm", async () => {
    const thread = `risk-${randomUUID()}`;
    const first = await open();
    const crisis = await first.send(thread, CRISIS);
    const riskBefore = (await first.state(thread))!.risk;
    await first.close();
    expect(crisis.risk).toMatchObject({ escalate: true, flags: expect.arrayContaining(["suicidal_ideation"]) });

    const second = await open();
    try {
      expect((await second.state(thread))!.risk).toEqual(riskBefore);
      const calm = await second.send(thread, SMALL_TALK);
      const state = await second.state(thread);
      // The calm turn on its own carries no risk, yet the session's risk stays where turn 1 put it.
      expect(state!.turnRisk.escalate).toBe(false);
      expect(calm.risk).toMatchObject({ level: crisis.risk.level, escalate: true });
    } finally {
      await second.close();
    }
  });

  it("keeps threads apart: each thread holds only its own words, findings and risk", async () => {
    const [mood, worry, crisis] = [`mood-${randomUUID()}`, `worry-${randomUUID()}`, `crisis-${randomUUID()}`];
    const first = await open();
    await Promise.all([first.send(mood, LOW_MOOD), first.send(worry, WORRY), first.send(crisis, CRISIS)]);
    await first.close();
    const second = await open();
    try {
      const own = { [mood]: LOW_MOOD, [worry]: WORRY, [crisis]: CRISIS };
      for (const [thread, text] of Object.entries(own)) {
        const state = await second.state(thread);
        expect(state!.messages[0].content).toBe(text);
        expect(state!.findings.length).toBeGreaterThan(0);
        for (const f of state!.findings) expect(text).toContain(f.quote);
        expect(state!.risk.escalate).toBe(thread === crisis);
      }
      expect(await second.state(`never-${randomUUID()}`)).toBeNull();
    } finally {
      await second.close();
    }
  });
}
