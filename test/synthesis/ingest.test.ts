/** Ingestion: every defect is reported with its reason (and line), and nothing stops the run. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, readPosts, type RawPost } from "../../synthesis/read-posts.js";
import { PostScreen, isEnglish } from "../../synthesis/screen-posts.js";
import type { Skip } from "../../synthesis/types.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-ingest-"));
const story = (n: number) =>
  [
    "For the last few weeks I have been waking up at four and cannot get back to sleep at all.",
    "My job has been piling on deadlines and my partner says I snap at everyone now.",
    "I used to run every weekend and I have not been out once this month, it just feels pointless.",
    "My hands shake before meetings and I keep rehearsing what I will say for hours the night before.",
  ][n % 4];

async function screenAll(path: string) {
  const screen = new PostScreen();
  const kept: RawPost[] = [];
  const skips: Skip[] = [];
  for await (const r of readPosts(path)) {
    if ("skip" in r) skips.push(r.skip);
    else {
      const c = screen.check(r.post);
      if ("skip" in c) skips.push(c.skip);
      else kept.push(r.post);
    }
  }
  return { kept, skips, notes: screen.notes };
}

describe("JSONL posts", () => {
  it("skips removed, deleted, empty, short, non-English, repeated and near-copied posts, and reports bad lines by number", async () => {
    const lines = [
      { id: "ok1", subreddit: "a", author: "x", title: "Sleep", selftext: story(0) },
      { id: "rm", author: "AutoModerator", title: "t", selftext: "[removed]" },
      { id: "del", author: "[deleted]", title: "t", selftext: "[deleted]" },
      { id: "empty", title: "", selftext: "" },
      { id: "short", title: "help", selftext: "so tired lol" },
      { id: "es", title: "Ayuda", selftext: "Desde hace meses no tengo ganas de nada, duermo mal y lloro todos los días, no sé qué hacer con mi vida." },
      { id: "ok2", author: "[deleted]", title: "Work", selftext: story(1) },
      { id: "ok1", title: "Sleep again", selftext: story(2) },
      { id: "copy", title: "Sleep", selftext: `${story(0)} Edit: typo.` },
    ].map((o) => JSON.stringify(o));
    lines.splice(4, 0, '{"id": "broken", "selftext": "no closing brace"');
    lines.splice(6, 0, "[1, 2, 3]");
    const path = join(dir, "posts.jsonl");
    writeFileSync(path, lines.join("\n") + "\n");
    const { kept, skips, notes } = await screenAll(path);
    expect(kept.map((p) => p.id)).toEqual(["ok1", "ok2"]);
    // Reports name lines, never post ids (an id links back to the person).
    const byLine = Object.fromEntries(skips.map((s) => [`line${s.line}`, s.reason]));
    expect(byLine).toMatchObject({ line2: "removed", line3: "deleted", line4: "empty", line6: "too_short", line8: "non_english", line11: "near_duplicate" });
    expect(skips.map((s) => s.detail).join(" ")).not.toMatch(/\b(?:rm|del|es|copy|short)\b:/);
    expect(skips.filter((s) => s.reason === "duplicate_id").map((s) => s.line)).toEqual([10]);
    expect(skips.filter((s) => s.reason === "malformed_line").map((s) => s.line)).toEqual([5, 7]);
    expect(notes.map((n) => n.id)).toEqual(["ok2"]);
  });

  it("tells English from other languages", () => {
    expect(isEnglish("I can't sleep and I feel like nothing matters anymore, my job is falling apart")).toBe(true);
    expect(isEnglish("Je ne dors plus et je me sens vide, je ne sais pas quoi faire de ma vie")).toBe(false);
    expect(isEnglish("Ich kann nicht mehr schlafen und fühle mich jeden Tag leer und müde")).toBe(false);
  });
});

describe("CSV and folders", () => {
  it("reads quoted CSV fields with commas, quotes and newlines, and reports short rows", async () => {
    expect(parseCsv('a,b\n"x, y","he said ""hi""\nnext"\n').map((r) => r.fields)).toEqual([["a", "b"], ["x, y", 'he said "hi"\nnext']]);
    const path = join(dir, "posts.csv");
    writeFileSync(path, `id,title,selftext\np1,"Work, again","${story(1)}"\np2,only two\np3,Running,"${story(2)}"\n`);
    const { kept, skips } = await screenAll(path);
    expect(kept.map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(kept[0].title).toBe("Work, again");
    expect(skips).toEqual([expect.objectContaining({ reason: "malformed_line", line: 3 })]);
  });

  it("reads a folder of text files, the first line as title when a blank line follows", async () => {
    const folder = join(dir, "posts");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), `Shaky hands\n\n${story(3)}`);
    writeFileSync(join(folder, "b.txt"), story(2));
    writeFileSync(join(folder, "notes.json"), "{}");
    const { kept } = await screenAll(folder);
    expect(kept.map((p) => [p.id, p.title])).toEqual([["a", "Shaky hands"], ["b", ""]]);
  });

  it("names a missing input", async () => {
    await expect(screenAll(join(dir, "nope.jsonl"))).rejects.toThrow(/cannot read input/);
  });

  it("an unclosed quote in a CSV is reported on its row and swallows no other row", async () => {
    const path = join(dir, "unclosed.csv");
    writeFileSync(path, `id,title,selftext\np1,t,"${story(0)}\np2,t,"${story(1)} ${story(2)}"\np3,t,"${story(3)}"\n`);
    const { kept, skips } = await screenAll(path);
    expect(kept.map((p) => p.id)).toEqual(["p2", "p3"]); // had been one field holding everything after p1
    expect(skips.map((s) => s.detail)).toEqual([expect.stringMatching(/line 2: a quoted field opened on line 2 does not close before the next row/)]);
    // A quote open at the end of the file: only its own row is lost.
    const tail = join(dir, "unclosed-end.csv");
    writeFileSync(tail, `id,title,selftext\np1,t,"${story(0)}"\np2,t,"${story(1)}\n`);
    const end = await screenAll(tail);
    expect(end.kept.map((p) => p.id)).toEqual(["p1"]);
    expect(end.skips.map((s) => s.detail)).toEqual([expect.stringMatching(/line 3: a quoted field opened on line 3/)]);
  });

  it("a folder entry that is not a readable file (a subfolder named x.txt, a dangling link) is noted and skipped", async () => {
    const folder = join(dir, "posts-folder");
    mkdirSync(join(folder, "sub.txt"), { recursive: true });
    writeFileSync(join(folder, "a.txt"), story(0));
    symlinkSync(join(folder, "gone.txt"), join(folder, "dangling.txt"));
    writeFileSync(join(folder, "b.txt"), story(1));
    const { kept, skips } = await screenAll(folder);
    expect(kept.map((p) => p.id)).toEqual(["a", "b"]);
    expect(skips.map((s) => [s.reason, s.detail])).toEqual([
      ["unreadable", expect.stringMatching(/dangling\.txt: a link to nothing/)],
      ["unreadable", expect.stringMatching(/sub\.txt: not a file/)],
    ]);
  });
});
