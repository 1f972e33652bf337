/**
 * A model with a fixed latency, for measuring what the graph adds to model time: the local
 * OpenAI-compatible test server answering every task validly after `latencyMs`.
 */
import { startFakeOpenAI, type FakeOpenAI, type FakeReply, type FakeRequest } from "../test/fixtures/fake-openai-server.js";

function answer(req: FakeRequest): FakeReply {
  if (req.schemaName === "client_plan") {
    // Two rounds from the post's own sentences, as a client simulator would write them.
    const post = /<<<\n([\s\S]*?)\n>>>/.exec(req.prompt)?.[1] ?? "I have been struggling lately.";
    const sentences = post.split(/(?<=[.!?])\s+/);
    const half = Math.max(1, Math.ceil(sentences.length / 2));
    const rounds = [sentences.slice(0, half), sentences.slice(half)].filter((r) => r.length).map((r, i) => ({ theme: i ? "more of the story" : "what brings them", clientTurn: r.join(" ") }));
    return { json: { rounds } };
  }
  if (req.schemaName === "clinical_reading") {
    return {
      json: {
        findings: [],
        risk: { level: "none", escalate: false, flags: [], evidence: [] },
        differential: [],
        modality: { primary: "PST", alternatives: [], technique: "define the problem", rationale: "practical difficulty" },
        followUp: "What feels most pressing right now?",
      },
    };
  }
  return { text: "That sounds like a lot to carry. What feels most pressing right now?" };
}

export async function startFixedLatencyModel(latencyMs: number): Promise<FakeOpenAI> {
  return startFakeOpenAI((req) => ({ delayMs: latencyMs, then: answer(req) }));
}

/** Configuration that sends every task to the fake model. */
export function fakeModelConfiguration(url: string): Record<string, unknown> {
  return { model: "openai:fixed-latency", modelBaseUrl: url, modelTimeoutMs: 30_000 };
}

/** Starts the fixed-latency model in a child process; resolves with its URL and a stop function. */
export async function spawnFixedLatencyModel(latencyMs: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const { spawn } = await import("node:child_process");
  const { fileURLToPath } = await import("node:url");
  const script = fileURLToPath(new URL("./fake-model-process.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, String(latencyMs)], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(out.trim());
    });
    child.once("exit", (code) => reject(new Error(`fake model process exited (${code}) before starting`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
