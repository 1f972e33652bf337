/**
 * Bad input through the library API: oversized, empty, broken Unicode, binary, not text at all.
 * Each is refused with a clear error before any node runs, quickly, and the thread is left as
 * it was, so the person's next (good) turn carries on normally.
 */
import { randomBytes } from "node:crypto";
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, describe, expect, it } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { InvalidMessageError, MAX_MESSAGE_CHARS } from "../../graphs/input-validation.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

const LOW_MOOD = "For the past month I've felt empty and hopeless, nothing is fun anymore and I sleep badly.";
const MORE = "I also can't concentrate at work and I feel worthless most days.";

/** Random bytes read as text, the way a binary file pasted or piped in arrives. */
const garbage = (bytes: number, encoding: BufferEncoding) => randomBytes(bytes).toString(encoding);

const BAD: [string, unknown, RegExp][] = [
  ["a 1 MB message", "I feel sad and tired. ".repeat(48_000), new RegExp(`characters; the limit is ${MAX_MESSAGE_CHARS}`)],
  ["an empty message", "", /empty/],
  ["only whitespace", " \n\t  \r\n", /empty/],
  ["a lone high surrogate", "I feel \uD83D so low", /not valid Unicode/],
  ["a lone low surrogate", "\uDE00 nothing matters", /not valid Unicode/],
  ["random bytes decoded as UTF-8", garbage(4096, "utf8"), /binary data/],
  ["random bytes decoded as Latin-1", garbage(4096, "latin1"), /binary data/],
  ["NUL-padded text", "\u0000".repeat(40) + "hello there", /binary data/],
  ["null", null, /must be a string, got null/],
  ["a number", 42, /must be a string, got number/],
  ["a message object", { content: "hi" }, /must be a string, got object/],
];

describe("bad input through the library", () => {
  const counselorP = createCounselor({ checkpointer: new MemorySaver(), configuration: { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } });
  afterAll(async () => (await counselorP).close());

  it("refuses each bad message quickly with a clear error, leaves the thread untouched, and the next good turn works", async () => {
    const counselor = await counselorP;
    const thread = "bad-input";
    await counselor.send(thread, LOW_MOOD);
    const before = await counselor.state(thread);

    for (const [what, input, message] of BAD) {
      const t0 = performance.now();
      const error = (await counselor.send(thread, input as string).catch((e: Error) => e)) as Error;
      expect(error, what).toBeInstanceOf(InvalidMessageError);
      expect(error.message, what).toMatch(message);
      expect(performance.now() - t0, what).toBeLessThan(1000);
      // The streaming API refuses the same way, before yielding anything.
      const streamed: unknown[] = [];
      const streamError = await (async () => {
        for await (const event of counselor.stream(thread, input as string)) streamed.push(event);
      })().catch((e: Error) => e);
      expect(streamError, what).toBeInstanceOf(InvalidMessageError);
      expect(streamed, what).toEqual([]);
    }
    expect(await counselor.state(thread)).toEqual(before);

    const next = await counselor.send(thread, MORE);
    expect(next.turns).toBe(2);
    const after = await counselor.state(thread);
    expect(after!.messages.map((m) => m.content)).toEqual([...before!.messages.map((m) => m.content), MORE, next.response]);
    expect(after!.findings.map((f) => f.quote)).toEqual(expect.arrayContaining([...before!.findings.map((f) => f.quote), "worthless"]));
  });

  it("answers the longest legal message in bounded time, and refuses one character more", async () => {
    const counselor = await counselorP;
    const sentence = "Since last winter I have felt hopeless and tired, and I can't sleep at night. ";
    const longest = sentence.repeat(Math.ceil(MAX_MESSAGE_CHARS / sentence.length)).slice(0, MAX_MESSAGE_CHARS);
    const t0 = performance.now();
    const turn = await counselor.send("longest", longest);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(turn.response.length).toBeGreaterThan(0);
    expect(turn.response.length).toBeLessThan(5_000);
    await expect(counselor.send("longest", `${longest}x`)).rejects.toThrow(/limit is/);
  });

  it("refuses a missing or blank thread id without touching any thread", async () => {
    const counselor = await counselorP;
    for (const id of ["", "   ", undefined, null]) await expect(counselor.send(id as unknown as string, LOW_MOOD)).rejects.toThrow(/threadId must be a non-empty string/);
  });
});
