/**
 * Starts a real Chroma server from the chromadb npm package (`chroma run`), with data on disk,
 * and stops it when asked or when this process exits. No Docker, no Python.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";

export interface RunningChroma {
  url: string;
  stop(): Promise<void>;
}

/** The chroma CLI script inside the installed chromadb package. */
export function chromaCliPath(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve("chromadb"));
  while (!existsSync(join(dir, "package.json")) && dir !== dirname(dir)) dir = dirname(dir);
  const cli = join(dir, "dist", "cli.mjs");
  if (!existsSync(cli)) throw new Error(`chroma CLI not found at ${cli}; is the chromadb package installed?`);
  return cli;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

export async function waitForHeartbeat(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`chroma exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no heartbeat from ${url} after ${timeoutMs} ms (${lastError})`);
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of running) child.kill("SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill("SIGKILL");
      // Only decide the exit when nobody else handles the signal.
      if (process.listenerCount(signal) === 0) process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

export async function startLocalChroma(options: { dataDir: string; host?: string; port?: number; timeoutMs?: number }): Promise<RunningChroma> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [chromaCliPath(), "run", "--path", dataDir, "--host", host, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ANONYMIZED_TELEMETRY: "False" },
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  running.add(child);
  installExitHook();
  child.once("exit", () => running.delete(child));
  const url = `http://${host}:${port}`;
  try {
    await waitForHeartbeat(url, options.timeoutMs ?? 30_000, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`could not start Chroma (data in ${dataDir}): ${(error as Error).message}\n${tail.slice(-10).join("\n")}`);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
