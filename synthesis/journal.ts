/**
 * The resume journal: one JSON line per finished post, appended and fsynced, so a run killed
 * at any moment (kill -9 included) loses at most the post in flight and never duplicates one.
 * A torn last line (killed mid-write) is cut off on the next open; a damaged line elsewhere is
 * reported (damagedLines) and its post redone, never taking the lines after it with it.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import type { PostRecord } from "./types.js";

export class Journal {
  private fd: number;
  readonly records: PostRecord[] = [];
  private done = new Set<string>();
  /** Bytes of a torn last line dropped on open (0 normally). */
  readonly repairedBytes: number = 0;

  /**
   * Complete lines that could not be read (1-based), e.g. a disk error in the middle of the file.
   * Their posts are redone; every line after them is kept, and the journal is rewritten without them.
   */
  readonly damagedLines: number[] = [];

  constructor(readonly path: string) {
    if (existsSync(path)) {
      const content = readFileSync(path, "utf8");
      const lines = content.split("\n");
      // Only the last line can be torn (killed mid-write): it has no newline after it.
      const torn = lines.pop() ?? "";
      const kept: string[] = [];
      lines.forEach((line, i) => {
        let r: PostRecord;
        try {
          r = JSON.parse(line) as PostRecord;
          if (!r || typeof r.postId !== "string") throw new Error("no postId");
        } catch {
          this.damagedLines.push(i + 1);
          return;
        }
        kept.push(line);
        if (!this.done.has(r.postId)) {
          this.records.push(r);
          this.done.add(r.postId);
        }
      });
      if (this.damagedLines.length) {
        // Rewritten whole (temporary file, then rename): the good lines after a damaged one survive.
        const tmp = `${path}.repair-${process.pid}`;
        writeFileSync(tmp, kept.map((l) => `${l}\n`).join(""));
        renameSync(tmp, path);
      } else if (torn) truncateSync(path, Buffer.byteLength(content) - Buffer.byteLength(torn));
      this.repairedBytes = Buffer.byteLength(torn);
    }
    this.fd = openSync(path, "a");
  }

  has(postId: string): boolean {
    return this.done.has(postId);
  }

  append(record: PostRecord): void {
    if (this.done.has(record.postId)) return;
    writeSync(this.fd, JSON.stringify(record) + "\n");
    fsyncSync(this.fd);
    this.records.push(record);
    this.done.add(record.postId);
  }

  close(): void {
    closeSync(this.fd);
  }
}
