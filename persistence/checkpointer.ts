/**
 * Where sessions persist. One process, one user: a SQLite file (the default, nothing to run).
 * Many workers behind a load balancer: a shared PostgreSQL database, via LangGraph's official
 * Postgres checkpointer, so any worker can serve any thread's next turn.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { postgresLocks, sqliteLocks, type ThreadLocks } from "./thread-lock.js";

/** SQLite file when neither `sqlitePath` nor `defaultSqlitePath` is given, relative to the current directory. */
export const DEFAULT_SQLITE_PATH = ".psyllm/sessions.sqlite";

/** Options of createCheckpointer. */
export interface CheckpointerOptions {
  /**
   * PostgreSQL connection string (postgres://user:pass@host:port/db). When set, sessions go to
   * Postgres. Unset: the DATABASE_URL environment variable, unless `sqlitePath` is given.
   */
  databaseUrl?: string;
  /** SQLite file for the default checkpointer; an explicit path wins over DATABASE_URL. */
  sqlitePath?: string;
  /** SQLite file used when no database is chosen (the counselor passes `<dataDir>/sessions.sqlite`); default DEFAULT_SQLITE_PATH. */
  defaultSqlitePath?: string;
  /** Postgres schema holding the checkpoint tables; default "public". */
  schema?: string;
}

/** An open checkpointer and how to release it. */
export interface OpenCheckpointer {
  saver: BaseCheckpointSaver;
  /** "postgres" or "sqlite". */
  kind: "postgres" | "sqlite";
  /** Where it points, without any password (for logs). */
  location: string;
  /** One writer per thread, across every process using this database (persistence/thread-lock.ts). */
  locks: ThreadLocks;
  /** Closes the database connection(s). Idempotent. */
  close(): Promise<void>;
}

/** How long a just-created empty store is given to be set up by the process that created it. */
const FRESH_MS = 5_000;

/** The connection string with its password replaced, so it can go into logs and errors. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable database URL)";
  }
}

/**
 * Opens the checkpointer the options (or DATABASE_URL) ask for. Precedence: `databaseUrl`, then an
 * explicit `sqlitePath`, then DATABASE_URL, then SQLite at DEFAULT_SQLITE_PATH. For Postgres it
 * creates the tables on first use (LangGraph's migrations).
 * @throws naming the database (password redacted) when Postgres cannot be reached or set up.
 */
export async function createCheckpointer(options: CheckpointerOptions = {}): Promise<OpenCheckpointer> {
  const databaseUrl = options.databaseUrl ?? (options.sqlitePath ? undefined : process.env.DATABASE_URL || undefined);
  if (databaseUrl) return openPostgres(databaseUrl, options.schema);
  const path = options.sqlitePath ?? options.defaultSqlitePath ?? DEFAULT_SQLITE_PATH;
  mkdirSync(dirname(path), { recursive: true });
  // A store psyllm made always holds its tables (set up on open, below), so an existing file of
  // 0 bytes was truncated or replaced: refuse it, rather than quietly start every thread afresh
  // (a thread with a crisis in its history would lose it without notice).
  // A file created a moment ago may be another psyllm process opening the same new store: give it
  // a few seconds to write its tables before reading the emptiness as truncation.
  if (existsSync(path) && statSync(path).size === 0 && Date.now() - statSync(path).mtimeMs < FRESH_MS) {
    for (let waited = 0; waited < FRESH_MS && statSync(path).size === 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(path) && statSync(path).size === 0) {
    throw new Error(`the session store ${path} is empty (0 bytes): it was truncated or replaced, and psyllm will not start fresh sessions over it. Restore it from a backup, or move it aside to start with no sessions`);
  }
  const saver = SqliteSaver.fromConnString(path);
  (saver as unknown as { setup(): void }).setup(); // the tables now, so the file is never left empty
  const locks = sqliteLocks(saver.db);
  let closed = false;
  return {
    saver,
    kind: "sqlite",
    location: path,
    locks,
    async close() {
      if (closed) return;
      closed = true;
      await locks.close();
      saver.db.close();
    },
  };
}

// Arbitrary constant shared by every psyllm process: the key of the advisory lock around set-up.
const SETUP_LOCK_KEY = 7_277_361_001;

interface PgClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  release(): void;
}

async function openPostgres(url: string, schema?: string): Promise<OpenCheckpointer> {
  const where = redactUrl(url);
  if (!/^postgres(ql)?:$/.test(safeProtocol(url))) throw new Error(`DATABASE_URL must be a postgres:// URL, got ${where}`);
  const saver = PostgresSaver.fromConnString(url, schema ? { schema } : undefined);
  // The pool is private in the saver's types, but it is the one setup() and the saver use.
  const pool = (saver as unknown as { pool?: { connect(): Promise<PgClient> } }).pool;
  const locks = postgresLocks(async () => {
    if (!pool) throw new Error("the Postgres checkpointer has no connection pool to take thread locks on");
    return pool.connect();
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await locks.close();
    await saver.end();
  };
  try {
    // Workers starting together on an empty database would race through the migrations
    // (duplicate CREATE TABLE / migration rows): a cluster-wide advisory lock serialises them.
    const lock = pool ? await pool.connect() : undefined;
    try {
      await lock?.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK_KEY]);
      await saver.setup();
    } finally {
      await lock?.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK_KEY]).catch(() => undefined);
      lock?.release();
    }
  } catch (error) {
    await close().catch(() => undefined);
    const reason = (error as Error).message || String((error as { code?: string }).code ?? error);
    throw new Error(`cannot open the Postgres checkpointer at ${where}: ${reason}`, { cause: error });
  }
  return { saver, kind: "postgres", location: where, locks, close };
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "";
  }
}
