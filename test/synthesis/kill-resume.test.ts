/**
 * kill -9 during `synthesize`, then the same command again: the run finishes with every usable
 * post exactly once — nothing lost, nothing duplicated.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalChroma, type RunningChroma } from "../../retrieval/chroma-server.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-kill-"));
const input = join(dir, "posts.jsonl");
const out = join(dir, "out");
let chroma: RunningChroma;
const POSTS = 30;

beforeAll(async () => {
  // Real, distinct help-seeking texts (CounselChat questions) shaped as Reddit posts.
  const rows = readFileSync("../shared/data/counselchat-train.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const posts = rows.filter((r) => typeof r.text === "string" && r.text.split(/\s+/).length > 30).slice(0, POSTS);
  writeFileSync(input, posts.map((r, i) => JSON.stringify({ id: `cc${i}`, subreddit: "counselchat", author: "someone", title: r.title, selftext: r.text, created_utc: 1700000000 + i })).join("\n") + "\n");
  // One Chroma for both runs, so the killed CLI leaves no server of its own behind.
  chroma = await startLocalChroma({ dataDir: join(dir, "chroma") });
}, 60_000);
afterAll(async () => chroma?.stop());

function synthesize(): { child: ReturnType<typeof spawn>; done: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "synthesize", "--input", input, "--output", out, "--concurrency", "1"], {
    env: { ...process.env, CHROMA_URL: chroma.url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr!.resume();
  return { child, done: new Promise((resolve) => child.once("exit", (code) => resolve(code))) };
}

const journalIds = () => (existsSync(join(out, "records.jsonl")) ? readFileSync(join(out, "records.jsonl"), "utf8").split("\n").filter((l) => l.trim()) : []);

describe("kill -9 and resume", () => {
  it("finishes after a SIGKILL with each post exactly once", async () => {
    const first = synthesize();
    // Kill once a few posts are journaled, mid-run.
    const started = Date.now();
    while (journalIds().length < 3 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    first.child.kill("SIGKILL");
    await first.done;
    const before = journalIds().length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(POSTS);

    const second = synthesize();
    expect(await second.done).toBe(0);
    const ids = journalIds().map((l) => JSON.parse(l).postId as string);
    expect(new Set(ids).size).toBe(ids.length);
    const card = JSON.parse(readFileSync(join(out, "card.json"), "utf8"));
    expect(ids.length).toBe(card.counts.usablePosts);
    expect(ids.length + card.counts.linesOrFilesSkipped).toBe(POSTS);
    const sharegpt = JSON.parse(readFileSync(join(out, "sharegpt.json"), "utf8")) as Array<{ id: string }>;
    expect(new Set(sharegpt.map((d) => d.id)).size).toBe(sharegpt.length);
  }, 180_000);
});
