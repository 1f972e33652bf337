import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { inProcessLocks, sqliteLocks, ThreadBusyError } from "../../persistence/thread-lock.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-locks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("thread locks", () => {
  it("in a process: turns of one thread queue in order, other threads pass, a wait too long is THREAD_BUSY", async () => {
    const locks = inProcessLocks();
    const order: string[] = [];
    const first = await locks.acquire("t", 1000);
    const second = locks.acquire("t", 1000).then((release) => (order.push("second"), release));
    const other = await locks.acquire("u", 10); // another thread is not held up
    await other();
    await expect(locks.acquire("t", 30)).rejects.toMatchObject({ code: "THREAD_BUSY" });
    order.push("first done");
    await first();
    await (await second)();
    expect(order).toEqual(["first done", "second"]);
    await (await locks.acquire("t", 10))(); // free again, the timed-out waiter left no hold behind
  });

  it("SQLite: a lock held in the file blocks another opener until released; a dead holder's lock is taken over", async () => {
    const path = join(dir, "locks.sqlite");
    const a = SqliteSaver.fromConnString(path);
    const b = SqliteSaver.fromConnString(path);
    const la = sqliteLocks(a.db);
    const lb = sqliteLocks(b.db);
    const release = await la.acquire("shared", 1000);
    const err = await lb.acquire("shared", 50).catch((e) => e);
    expect(err).toBeInstanceOf(ThreadBusyError);
    expect(String(err.message)).toMatch(/thread "shared" is busy/);
    await release();
    await (await lb.acquire("shared", 50))();

    // A process that took the lock and died (kill -9 mid-turn) leaves its row; the next turn takes it over.
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = Number(dead.stdout.trim());
    a.db.prepare("INSERT INTO psyllm_thread_locks (thread_id, owner, host, pid, acquired_at) VALUES (?, ?, ?, ?, ?)").run("orphaned", "x", hostname(), deadPid, Date.now());
    await (await lb.acquire("orphaned", 50))();
    a.db.close();
    b.db.close();
  });
});
