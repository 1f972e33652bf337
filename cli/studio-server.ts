/**
 * Starts the LangGraph API server (`langgraphjs dev`) for this project's langgraph.json, waits
 * until it answers, and stops the whole process group on request. Used by `npm run studio`
 * and by the tests that drive it through @langchain/langgraph-sdk.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export interface StudioServer {
  /** API base URL, e.g. http://127.0.0.1:2025 */
  url: string;
  /** LangGraph Studio URL for this server. */
  studioUrl: string;
  stop(): Promise<void>;
  /** Resolves with the exit code when the server exits. */
  exited: Promise<number | null>;
}

export async function startStudioServer(options: { port: number; host?: string; cwd?: string; timeoutMs?: number; inheritOutput?: boolean }): Promise<StudioServer> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const host = options.host ?? "127.0.0.1";
  const bin = join(cwd, "node_modules", ".bin", "langgraphjs");
  if (!existsSync(bin)) throw new Error(`langgraphjs not found at ${bin}; run npm install`);
  const child = spawn(bin, ["dev", "--no-browser", "--port", String(options.port), "--host", host], {
    cwd,
    // Data in the checkout's .psyllm like the CLI's, unless PSYLLM_DATA_DIR says otherwise.
    env: { ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1", PSYLLM_DATA_DIR: process.env.PSYLLM_DATA_DIR || join(cwd, ".psyllm") },
    // Own process group, so stop() also ends the workers the CLI starts.
    detached: true,
    stdio: options.inheritOutput ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  const keep = (d: Buffer) => {
    tail.push(...d.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const url = `http://${host}:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`LangGraph server exited with code ${child.exitCode}:\n${tail.join("\n")}`);
    try {
      const res = await fetch(`${url}/ok`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      killGroup("SIGKILL");
      throw new Error(`LangGraph server did not answer at ${url}/ok in time:\n${tail.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    studioUrl: `https://smith.langchain.com/studio/?baseUrl=${encodeURIComponent(url)}`,
    exited,
    async stop() {
      process.removeListener("exit", onExit);
      if (child.exitCode !== null) return;
      killGroup("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      killGroup("SIGKILL"); // workers that ignored SIGTERM
    },
  };
}
