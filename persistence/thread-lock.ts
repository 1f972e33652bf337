/**
 * One writer per thread. A turn reads the thread's checkpoint, runs, and writes the next one; two
 * turns of one thread at once would both start from the same checkpoint and the last write would
 * win — a crisis told in one of them could vanish from the thread. So every turn holds its
 * thread's lock from before it reads until after it writes:
 *   - within a process, a queue per thread;
 *   - across processes on SQLite, a lock row in the same database file, taken in an IMMEDIATE
 *     transaction; a row left by a process that died (same host, pid gone) is taken over;
 *   - across processes on Postgres, a session advisory lock on one connection this process keeps
 *     for its locks (released by the server if the process dies).
 * A second writer waits; after `timeoutMs` it gets ThreadBusyError (code "THREAD_BUSY"). Never a fork.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { isAlive } from "../retrieval/chroma-pidfile.js";

/** Raised when a thread stays locked by another turn for longer than the wait allows. */
export class ThreadBusyError extends Error {
  readonly code = "THREAD_BUSY";
  constructor(threadId: string, waitedMs: number) {
    super(`thread "${threadId}" is busy: another turn (in this or another process) has been answering on it for ${Math.round(waitedMs / 1000)} s; try again when it has finished`);
    this.name = "ThreadBusyError";
  }
}

/** Takes a thread's lock; resolves with its release. */
export interface ThreadLocks {
  acquire(threadId: string, timeoutMs: number): Promise<() => Promise<void>>;
  /** Releases what the locks hold (the Postgres connection). Idempotent. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `attempt` with a growing pause until it succeeds or the time is up. */
async function poll(threadId: string, timeoutMs: number, attempt: () => Promise<boolean> | boolean): Promise<void> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(100, pause * 2)) {
    if (await attempt()) return;
    if (Date.now() - started >= timeoutMs) throw new ThreadBusyError(threadId, Date.now() - started);
    await sleep(pause);
  }
}

/** Turns of one thread in this process, one after another (FIFO). */
function processQueue(): (threadId: string, timeoutMs: number) => Promise<() => void> {
  const tails = new Map<string, Promise<void>>();
  return async (threadId, timeoutMs) => {
    const before = tails.get(threadId) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((r) => (done = r));
    const tail = before.then(() => mine);
    tails.set(threadId, tail);
    const release = () => {
      done();
      if (tails.get(threadId) === tail) tails.delete(threadId);
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), timeoutMs)));
    const outcome = await Promise.race([before.then(() => "ok" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      // Leave the queue without blocking those behind: our turn passes as soon as it comes.
      void before.then(release);
      throw new ThreadBusyError(threadId, timeoutMs);
    }
    return release;
  };
}

/** Locks for a checkpointer psyllm did not open (an app's own): this process only. */
export function inProcessLocks(): ThreadLocks {
  const queue = processQueue();
  return {
    async acquire(threadId, timeoutMs) {
      const release = await queue(threadId, timeoutMs);
      return async () => release();
    },
    async close() {},
  };
}

/** The part of a better-sqlite3 database the SQLite locks use. */
interface SqliteDb {
  exec(sql: string): unknown;
  prepare(sql: string): { get(...params: unknown[]): unknown; run(...params: unknown[]): { changes: number } };
  transaction<T>(fn: () => T): { immediate(): T };
}

/** Locks in the SQLite file itself, so every process using the file sees them. */
export function sqliteLocks(db: SqliteDb, options: { staleMs?: number } = {}): ThreadLocks {
  const queue = processQueue();
  const host = hostname();
  const staleMs = options.staleMs ?? 10 * 60_000;
  let ready = false;
  const setUp = () => {
    if (ready) return;
    db.exec("CREATE TABLE IF NOT EXISTS psyllm_thread_locks (thread_id TEXT PRIMARY KEY, owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, acquired_at INTEGER NOT NULL)");
    ready = true;
  };
  return {
    async acquire(threadId, timeoutMs) {
      const started = Date.now();
      const releaseQueue = await queue(threadId, timeoutMs);
      const owner = `${host}:${process.pid}:${randomUUID()}`;
      try {
        setUp();
        const take = db.transaction(() => {
          const held = db.prepare("SELECT host, pid, acquired_at FROM psyllm_thread_locks WHERE thread_id = ?").get(threadId) as { host: string; pid: number; acquired_at: number } | undefined;
          if (held) {
            // A holder that died (this host, pid gone) or a row far older than any turn is taken over.
            const dead = held.host === host && held.pid !== process.pid && !isAlive(held.pid);
            if (!dead && Date.now() - held.acquired_at < staleMs) return false;
            db.prepare("DELETE FROM psyllm_thread_locks WHERE thread_id = ?").run(threadId);
          }
          db.prepare("INSERT INTO psyllm_thread_locks (thread_id, owner, host, pid, acquired_at) VALUES (?, ?, ?, ?, ?)").run(threadId, owner, host, process.pid, Date.now());
          return true;
        });
        await poll(threadId, Math.max(0, timeoutMs - (Date.now() - started)), () => take.immediate());
      } catch (error) {
        releaseQueue();
        throw error;
      }
      return async () => {
        try {
          db.prepare("DELETE FROM psyllm_thread_locks WHERE thread_id = ? AND owner = ?").run(threadId, owner);
        } finally {
          releaseQueue();
        }
      };
    },
    async close() {},
  };
}

/** The part of a pg pool client the Postgres locks use. */
interface PgClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  release(error?: boolean): void;
}

// The first key of the two-key advisory lock: psyllm's thread locks, apart from anyone else's.
const THREAD_LOCK_CLASS = 7_277_361;

/**
 * Advisory locks on one connection kept for them (the saver's pool serves the checkpoints; locks
 * held on pool connections would starve it under many concurrent turns). In-process turns of a
 * thread queue first, since a session's advisory locks are re-entrant.
 */
export function postgresLocks(connect: () => Promise<PgClient>): ThreadLocks {
  const queue = processQueue();
  let client: Promise<PgClient> | undefined;
  const conn = () => (client ??= connect());
  return {
    async acquire(threadId, timeoutMs) {
      const started = Date.now();
      const releaseQueue = await queue(threadId, timeoutMs);
      try {
        const c = await conn();
        await poll(threadId, Math.max(0, timeoutMs - (Date.now() - started)), async () => {
          const { rows } = await c.query("SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS ok", [THREAD_LOCK_CLASS, threadId]);
          return rows[0]?.ok === true;
        });
      } catch (error) {
        releaseQueue();
        throw error;
      }
      return async () => {
        try {
          const c = await conn();
          await c.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [THREAD_LOCK_CLASS, threadId]);
        } finally {
          releaseQueue();
        }
      };
    },
    async close() {
      if (!client) return;
      const c = await client.catch(() => undefined);
      client = undefined;
      c?.release();
    },
  };
}
