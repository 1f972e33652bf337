/**
 * Starts a real Chroma server from the chromadb npm package (the `chroma run` CLI of the native
 * chromadb-js-bindings package, through retrieval/chroma-launcher.mjs), with data on disk, and stops it when asked or when this
 * process exits. No Docker, no Python, no network beyond loopback. Importing this module starts
 * nothing and installs no handlers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isAlive, readRecord, removeRecord, stopStale, withStartLock, writeRecord } from "./chroma-pidfile.js";

/** A Chroma server this process started (or shares with another psyllm process on the same data directory). */
export interface RunningChroma {
  /** Base URL, e.g. "http://127.0.0.1:8123". */
  url: string;
  /** Process id of the server (for diagnostics). */
  pid: number;
  /** True when another live psyllm process started it on the same data directory: stop() leaves it running. */
  shared?: boolean;
  /** For a shared server, the psyllm process that started it (when it ends, its server goes too). */
  owner?: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
}

/** Options of startLocalChroma. */
export interface StartChromaOptions {
  /** Where Chroma keeps its data (created if missing). */
  dataDir: string;
  /** Interface to bind; default 127.0.0.1 (never expose the knowledge server by default). */
  host?: string;
  /** Port; default a free one picked by the OS. */
  port?: number;
  /** How long to wait for the first heartbeat; default 20 s. */
  timeoutMs?: number;
}

/**
 * Absolute path of the script that runs Chroma's CLI: psyllm's own launcher
 * (retrieval/chroma-launcher.mjs), which picks a native binding that loads on this machine —
 * chromadb's own `chroma` script needs glibc 2.38+ on Linux. Checks that chromadb is installed.
 */
export function chromaCliPath(): string {
  const require = createRequire(import.meta.url);
  try {
    require.resolve("chromadb");
  } catch {
    throw new Error("the chromadb package is not installed (npm install chromadb)");
  }
  const launcher = fileURLToPath(new URL("./chroma-launcher.mjs", import.meta.url));
  if (!existsSync(launcher)) throw new Error(`psyllm's Chroma launcher is missing (${launcher}); reinstall psyllm`);
  return launcher;
}

/** A TCP port that was free on 127.0.0.1 a moment ago (another process may still take it). */
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

/** Why host:port cannot be bound ("EADDRINUSE", "EADDRNOTAVAIL"...), or undefined when it can. */
async function bindProblem(host: string, port: number): Promise<string | undefined> {
  return new Promise((done) => {
    const srv = createServer();
    srv.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    srv.listen(port, host, () => srv.close(() => done(undefined)));
  });
}

/**
 * Polls `GET /api/v2/heartbeat` until it answers 200 or `timeoutMs` passes. Polls fast at first
 * (the server is usually up in well under a second) and backs off to 200 ms.
 * @throws when the time is up, or at once when `child` exits first.
 */
export async function waitForHeartbeat(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "no answer yet";
  let delay = 20;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`chroma exited before answering (${child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode})`);
    }
    try {
      const res = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(Math.max(100, Math.min(2000, deadline - Date.now()))) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(200, delay * 2);
  }
  throw new Error(`no heartbeat from ${url} after ${timeoutMs} ms (${lastError})`);
}

// Servers started by this process, killed on exit. The handlers exist only while a server runs,
// so importing this module, or stopping every server, leaves the process's signal handling alone.
const running = new Set<ChildProcess>();

function killAll(): void {
  for (const child of running) child.kill("SIGKILL");
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  removeExitHooks();
  // Nobody else handles it: re-raise so the process ends the way it would have without us.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installExitHooks(): void {
  if (running.size !== 1) return;
  process.on("exit", killAll);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

function removeExitHooks(): void {
  process.off("exit", killAll);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
}

function forget(child: ChildProcess): void {
  if (running.delete(child) && running.size === 0) removeExitHooks();
}

/**
 * Starts `chroma run --path DIR --host HOST --port PORT` (or finds the one a live psyllm process
 * runs on DIR) and resolves once it answers its heartbeat. The child does not keep this process
 * alive: if nobody calls stop(), it is killed when the process exits (normally, or on
 * SIGINT/SIGTERM), and it ends itself when this process is killed outright (chroma-launcher.mjs).
 * @throws with the server's last output lines when it does not come up in time.
 */
export async function startLocalChroma(options: StartChromaOptions): Promise<RunningChroma> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const timeoutMs = options.timeoutMs ?? 20_000;
  // One server per directory (retrieval/chroma-pidfile.ts): use the one a live psyllm process
  // runs there, stop one whose owner is gone, start ours under the directory's start lock.
  return withStartLock(dataDir, timeoutMs + 10_000, async () => {
    const existing = readRecord(dataDir);
    if (existing && isAlive(existing.pid)) {
      // A live owner's server is never stopped: a busy one (indexing, or answering that process's
      // queries) may take more than a heartbeat's second to answer, so wait for it. Stopping it
      // broke the other process's run ("failed to query") when two runs shared a data directory.
      if (isAlive(existing.owner)) {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until && isAlive(existing.owner) && isAlive(existing.pid)) {
          if (await answers(existing.url)) return { url: existing.url, pid: existing.pid, shared: true, owner: existing.owner, stop: async () => {} };
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      if (isAlive(existing.pid)) await stopStale(existing.pid);
    }
    const server = await startOwn(dataDir, options, timeoutMs);
    writeRecord(dataDir, { pid: server.pid, owner: process.pid, url: server.url });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        removeRecord(dataDir, server.pid);
      },
    };
  });
}

/** Whether a Chroma server answers its heartbeat at `url` within a second. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function startOwn(dataDir: string, options: StartChromaOptions, timeoutMs: number): Promise<RunningChroma> {
  const host = options.host ?? "127.0.0.1";
  const cli = chromaCliPath();
  // With an OS-picked port another process can grab it between our check and Chroma's bind: retry then.
  const attempts = options.port === undefined ? 3 : 1;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port ?? (await freePort());
    const problem = options.port !== undefined ? await bindProblem(host, port) : undefined;
    if (problem === "EADDRINUSE") throw new Error(`cannot start Chroma on ${host}:${port}: the port is in use (another server? pass its URL instead)`);
    if (problem) throw new Error(`cannot start Chroma on ${host}:${port}: ${problem}`);
    try {
      return await spawnChroma(cli, dataDir, host, port, timeoutMs);
    } catch (error) {
      lastError = error as Error;
      // Chroma says "Address 127.0.0.1:P is not available" when it loses the race for the port.
      if (!/is not available|address already in use/i.test(lastError.message)) break;
    }
  }
  throw lastError!;
}

async function spawnChroma(cli: string, dataDir: string, host: string, port: number, timeoutMs: number): Promise<RunningChroma> {
  const child = spawn(process.execPath, [cli, "run", "--path", dataDir, "--host", host, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    // No telemetry (no network here anyway); panics as one readable line, not a backtrace.
    env: { ...process.env, ANONYMIZED_TELEMETRY: "False", RUST_BACKTRACE: "0" },
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    // eslint-disable-next-line no-control-regex -- the banner is coloured with ANSI escapes
    tail.push(...chunk.toString().replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.trimEnd()).filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.once("exit", () => forget(child));
  // A failed spawn (ENOENT, EACCES) surfaces as an exit via waitForHeartbeat; keep it off the error path.
  child.once("error", (error) => tail.push(`spawn error: ${error.message}`));
  running.add(child);
  installExitHooks();
  // Neither the child nor its pipes keep the event loop alive; the exit hook cleans up.
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  const url = `http://${host}:${port}`;
  try {
    await waitForHeartbeat(url, timeoutMs, child);
  } catch (error) {
    child.kill("SIGKILL");
    // The child is unref'd: a ref'd timer keeps the loop alive until its exit is seen.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    const lines = tail.slice(-10).map((l) => `  | ${l}`).join("\n");
    // The reason first (the server's first error line, e.g. a native library that does not load),
    // then what to do about it, then the details.
    const reason = tail.find((l) => /error|not found|cannot|failed|panic|no .* build/i.test(l)) ?? (error as Error).message;
    throw new Error(
      `could not start Chroma: ${reason}\n` +
        `(set CHROMA_URL to the URL of a running Chroma server to use it instead of starting one)\n` +
        `command: ${process.execPath} ${cli} run --path ${dataDir} --port ${port}; ${(error as Error).message}${lines ? `\nlast server output:\n${lines}` : ""}`,
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
