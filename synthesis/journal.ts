/**
 * The resume journal: one JSON line per finished post, appended and fsynced, so a run killed
 * at any moment (kill -9 included) loses at most the post in flight and never duplicates one.
 * A torn last line (killed mid-write) is cut off on the next open.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import type { PostRecord } from "./types.js";

export class Journal {
  private fd: number;
  readonly records: PostRecord[] = [];
  private done = new Set<string>();
  /** Bytes of a torn last line dropped on open (0 normally). */
  readonly repairedBytes: number = 0;

  constructor(readonly path: string) {
    if (existsSync(path)) {
      const content = readFileSync(path, "utf8");
      let good = 0;
      for (const line of content.split("\n")) {
        const end = good + Buffer.byteLength(line) + 1;
        if (end > Buffer.byteLength(content)) break; // the last line has no newline: torn
        try {
          const r = JSON.parse(line) as PostRecord;
          if (!this.done.has(r.postId)) {
            this.records.push(r);
            this.done.add(r.postId);
          }
          good = end;
        } catch {
          break;
        }
      }
      const size = Buffer.byteLength(content);
      if (good < size) {
        truncateSync(path, good);
        this.repairedBytes = size - good;
      }
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
