/**
 * A turn killed (kill -9) while the model is answering: the person's message is already saved, so
 * the thread holds what they said and what intake read from it (risk screening included).
 * (A crisis turn makes no model call at all, so this is an ordinary one.)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { startFakeOpenAI } from "../fixtures/fake-openai-server.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-model-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a turn killed while the model answers", () => {
  it("keeps the person's message and the intake's reading", async () => {
    // A model that takes a minute: the turn is killed long before it answers.
    const model = await startFakeOpenAI(() => ({ delayMs: 60_000, then: { text: "too late" } }));
    const path = join(dir, "sessions.sqlite");
    const message = "For about a month I've felt flat and empty, and I wake at 4am every day";
    const configuration = JSON.stringify({ model: "openai:slow", modelBaseUrl: model.url, modelTimeoutMs: 59_000, turnDeadlineMs: 59_000 });
    const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/one-turn.ts", path, "killed-turn", message, configuration], { stdio: "ignore" });
    const deadline = Date.now() + 30_000;
    while (model.requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(model.requests.length).toBeGreaterThan(0); // the model call is in flight
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    await model.close();

    const counselor = await createCounselor({ sqlitePath: path, configuration: { retriever: emptyRetriever() } });
    const state = await counselor.state("killed-turn");
    await counselor.close();
    expect(state?.messages.map((m) => String(m.content))).toEqual([message]);
    expect(state?.turn).toBe(1);
    expect(state?.findings.length).toBeGreaterThan(0); // intake's reading, saved before the model call
  }, 60_000);
});
