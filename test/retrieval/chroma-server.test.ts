import { spawnSync } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromaCliPath, freePort, startLocalChroma, type RunningChroma } from "../../retrieval/chroma-server.js";
import { tempDir } from "./fixtures.js";

const heartbeat = async (url: string) => {
  try {
    return (await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) })).status;
  } catch {
    return "down";
  }
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe("local Chroma server", () => {
  const tmp = tempDir("psyllm-chroma-server-");
  const servers: RunningChroma[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    tmp.remove();
  });

  it("runs Chroma through psyllm's launcher, which loads a native binding that works on this machine", () => {
    expect(chromaCliPath()).toBe(resolve("retrieval/chroma-launcher.mjs"));
    // The launcher prints the server's help: a binding loaded (on glibc 2.36 chromadb's own
    // newest binding does not, so this is psyllm's pinned one there).
    const help = spawnSync(process.execPath, [chromaCliPath(), "--help"], { encoding: "utf8", timeout: 20_000 });
    expect(help.stderr).not.toMatch(/no .* build loads/);
    expect(`${help.stdout}${help.stderr}`).toMatch(/run/i);
  });

  it("starts on the given port, answers its heartbeat, and stops (idempotently)", async () => {
    const port = await freePort();
    const dataDir = join(tmp.dir, "data");
    const t0 = performance.now();
    const server = await startLocalChroma({ dataDir, port });
    servers.push(server);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect(await heartbeat(server.url)).toBe(200);
    expect(existsSync(dataDir)).toBe(true);
    await server.stop();
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    expect(await heartbeat(server.url)).toBe("down");
  });

  it("refuses a port that is already taken, with a clear error", async () => {
    const port = await freePort();
    const blocker: Server = createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      await expect(startLocalChroma({ dataDir: join(tmp.dir, "taken"), port })).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port}: the port is in use`));
    } finally {
      blocker.close();
    }
  });

  it("reports the server's own words when it cannot start", async () => {
    const dataDir = join(tmp.dir, "broken");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, "chroma.sqlite3"), "not a database");
    const t0 = performance.now();
    await expect(startLocalChroma({ dataDir, timeoutMs: 8000 })).rejects.toThrow(/could not start Chroma[\s\S]*last server output:[\s\S]*file is not a database/);
    // It noticed the exit instead of waiting out the timeout.
    expect(performance.now() - t0).toBeLessThan(6000);
  });

  it("kills its server when the process exits without stopping it, and on SIGTERM", async () => {
    const script = join(tmp.dir, "owner.mts");
    writeFileSync(
      script,
      `import { startLocalChroma } from ${JSON.stringify(resolve("retrieval/chroma-server.ts"))};
const s = await startLocalChroma({ dataDir: ${JSON.stringify(join(tmp.dir, "owner"))} });
console.log(JSON.stringify({ pid: s.pid, url: s.url }));
if (process.argv[2] === "wait") setInterval(() => {}, 1000);
`,
    );
    const run = (mode: string) => {
      const child = spawn(resolve("node_modules/.bin/tsx"), [script, mode], { stdio: ["ignore", "pipe", "inherit"] });
      const started = new Promise<{ pid: number; url: string }>((ok, fail) => {
        child.stdout.once("data", (d: Buffer) => ok(JSON.parse(d.toString())));
        child.once("exit", (code) => fail(new Error(`owner exited early (${code})`)));
      });
      const exited = new Promise<NodeJS.Signals | number | null>((ok) => child.once("exit", (code, signal) => ok(signal ?? code)));
      return { child, started, exited };
    };

    // 1. The owner ends normally: the unref'd server does not keep it alive, and dies with it.
    const a = run("exit");
    const sa = await a.started;
    expect(await a.exited).toBe(0);
    expect(await waitUntil(() => !alive(sa.pid), 3000)).toBe(true);

    // 2. The owner is terminated: the server goes too, and the owner still dies of SIGTERM.
    const b = run("wait");
    const sb = await b.started;
    expect(await heartbeat(sb.url)).toBe(200);
    b.child.kill("SIGTERM");
    // tsx relays the signal to the node process it runs and reports it as 128 + 15.
    expect(["SIGTERM", 143]).toContain(await b.exited);
    expect(await waitUntil(() => !alive(sb.pid), 3000)).toBe(true);

    // 3. The owner is killed outright (kill -9: no handler runs): the server notices its parent is
    //    gone and ends itself. (Before the launcher watched its parent, it ran on under PID 1.)
    const direct = spawn(process.execPath, ["--import", "tsx", script, "wait"], { stdio: ["ignore", "pipe", "inherit"] });
    const sc = await new Promise<{ pid: number; url: string }>((ok) => direct.stdout.once("data", (d: Buffer) => ok(JSON.parse(d.toString()))));
    expect(await heartbeat(sc.url)).toBe(200);
    direct.kill("SIGKILL");
    expect(await waitUntil(() => !alive(sc.pid), 3000)).toBe(true);
  });

  it("runs one server per data directory: a second psyllm process shares it, a stale one is replaced", async () => {
    const dataDir = join(tmp.dir, "one-per-dir");
    const first = await startLocalChroma({ dataDir });
    servers.push(first);
    // Another start on the same directory while its owner lives: the same server, not a second one.
    const again = await startLocalChroma({ dataDir });
    expect({ pid: again.pid, url: again.url, shared: again.shared }).toEqual({ pid: first.pid, url: first.url, shared: true });
    await again.stop(); // a shared handle never stops the owner's server
    expect(await heartbeat(first.url)).toBe(200);
    // The owner recorded in the pidfile is gone (a process that died without cleaning up): the
    // server is stale, and the next start stops it before starting its own.
    const record = JSON.parse(readFileSync(join(dataDir, "psyllm-chroma.json"), "utf8"));
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(join(dataDir, "psyllm-chroma.json"), JSON.stringify({ ...record, owner: Number(dead.stdout.trim()) }));
    const fresh = await startLocalChroma({ dataDir });
    servers.push(fresh);
    expect(fresh.pid).not.toBe(first.pid);
    expect(fresh.shared).toBeUndefined();
    expect(await waitUntil(() => !alive(first.pid), 3000)).toBe(true);
    expect(await heartbeat(fresh.url)).toBe(200);
    await fresh.stop();
    expect(existsSync(join(dataDir, "psyllm-chroma.json"))).toBe(false);
  });

  it("waits for a live owner's busy server instead of stopping it (two runs on one directory)", async () => {
    const dataDir = join(tmp.dir, "busy-owner");
    mkdirSync(dataDir, { recursive: true });
    // A stand-in for another process's server that is busy: its heartbeat answers only after 2.5 s.
    const port = await freePort();
    const busy = spawn(process.execPath, ["-e", `const t=Date.now();require("node:http").createServer((q,r)=>{if(Date.now()-t<2500){q.socket.destroy();return;}r.end("{}")}).listen(${port},"127.0.0.1")`], { stdio: "ignore" });
    const owner = spawn(process.execPath, ["-e", "setInterval(()=>{},1000)"], { stdio: "ignore" });
    try {
      writeFileSync(join(dataDir, "psyllm-chroma.json"), JSON.stringify({ pid: busy.pid, owner: owner.pid, url: `http://127.0.0.1:${port}` }));
      const got = await startLocalChroma({ dataDir, timeoutMs: 8000 });
      // Before: one unanswered heartbeat and the owner's server was killed as stale, breaking its run.
      expect({ url: got.url, pid: got.pid, shared: got.shared }).toEqual({ url: `http://127.0.0.1:${port}`, pid: busy.pid, shared: true });
      expect(alive(busy.pid!)).toBe(true);
    } finally {
      busy.kill("SIGKILL");
      owner.kill("SIGKILL");
    }
  }, 20_000);
});
