/** A greeting gets a greeting and an open invitation, not a clinical question about "this". */
import { afterAll, describe, expect, it } from "vitest";
import { MemorySaver } from "@langchain/langgraph";
import { createCounselor } from "../../graphs/counselor.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration: { retriever: emptyRetriever() } });
afterAll(() => counselor.close());
let n = 0;
const reply = async (text: string) => (await counselor.send(`greet-${n++}`, text)).response;

describe("greeting only", () => {
  it.each(["hello", "Hi there, how are you?", "hey!", "good morning"])("%s", async (text) => {
    const r = await reply(text);
    expect(r).not.toMatch(/notice this|this started|how long/i);
    expect(r).toMatch(/talk about|going on|brought you/);
  });
  it("is not taken for a greeting when something is said", async () => {
    expect(await reply("hi, I can't sleep since my exams started and I'm panicking")).not.toMatch(/brought you here|what would you like to talk about/i);
  });
});
