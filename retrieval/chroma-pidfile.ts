/**
 * One Chroma server per data directory. The server psyllm starts is recorded in
 * `<dataDir>/psyllm-chroma.json` (its pid, the psyllm process that owns it, its URL); starting is
 * done under `<dataDir>/psyllm-chroma.lock`, taken with an exclusive create. So a second psyllm
 * process on the same directory uses the running server instead of starting another, and a server
 * whose owner is gone (a stale one) is stopped before a new one starts.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** What the pidfile records. */
export interface ChromaRecord {
  /** The server's process id. */
  pid: number;
  /** The psyllm process that started it. */
  owner: number;
  /** Its base URL. */
  url: string;
}

export function pidfilePath(dataDir: string): string {
  return join(dataDir, "psyllm-chroma.json");
}

/** Whether a process with this id exists (EPERM: it exists, not ours to signal). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readRecord(dataDir: string): ChromaRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(pidfilePath(dataDir), "utf8")) as Partial<ChromaRecord>;
    return typeof r.pid === "number" && typeof r.owner === "number" && typeof r.url === "string" ? (r as ChromaRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function writeRecord(dataDir: string, record: ChromaRecord): void {
  const tmp = `${pidfilePath(dataDir)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, pidfilePath(dataDir));
}

/** Removes the pidfile if it still describes this server. */
export function removeRecord(dataDir: string, pid: number): void {
  if (readRecord(dataDir)?.pid !== pid) return;
  try {
    unlinkSync(pidfilePath(dataDir));
  } catch {
    /* already gone */
  }
}

/** Stops a stale server (SIGKILL: it serves nobody) and waits until it has gone, up to 5 s. */
export async function stopStale(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Runs `fn` holding the directory's start lock. A lock left by a process that died is taken
 * over; a live holder is waited for (it is starting a server this process will then find).
 */
export async function withStartLock<T>(dataDir: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const path = join(dataDir, "psyllm-chroma.lock");
  const deadline = Date.now() + timeoutMs;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path, "utf8"));
      } catch {
        /* removed meanwhile */
      }
      if (!Number.isNaN(holder) && holder !== 0 && !isAlive(holder)) {
        try {
          unlinkSync(path);
        } catch {
          /* another process took it over first */
        }
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another process (pid ${holder}) has been starting Chroma on ${dataDir} for too long; remove ${path} if it is stale`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}
