/**
 * Dataset ids: a post's id links back to the person (a Reddit id is a URL away from their
 * account), so no output carries it. Each post gets `d-` + the first 16 hex digits of
 * HMAC-SHA256(post id) under a key kept in psyllm's data folder (`<dataDir>/synthesis.key`,
 * created on first use, readable by the user only), never beside the dataset: the same post
 * gets the same id on every run on this machine (so a resumed run skips what is done), and
 * nobody holding the dataset can hash public ids to find whose post it was.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function datasetKeyer(dataDir: string): (postId: string) => string {
  const path = join(dataDir, "synthesis.key");
  let key: Buffer;
  if (existsSync(path)) key = Buffer.from(readFileSync(path, "utf8").trim(), "hex");
  else {
    mkdirSync(dataDir, { recursive: true });
    key = randomBytes(32);
    try {
      writeFileSync(path, key.toString("hex"), { mode: 0o600, flag: "wx" });
    } catch {
      // Another run created it first: use theirs.
      key = Buffer.from(readFileSync(path, "utf8").trim(), "hex");
    }
  }
  if (key.length < 16) throw new Error(`${path} is damaged (expected 64 hex digits); delete it to make a new key (earlier outputs then cannot be resumed)`);
  return (postId: string) => `d-${createHmac("sha256", key).update(postId).digest("hex").slice(0, 16)}`;
}
