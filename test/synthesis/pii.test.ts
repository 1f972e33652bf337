/** PII scrubbing: typed placeholders, counts, and nothing left for the output gate to find. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPii, scrubPii } from "../../synthesis/scrub-pii.js";
import { CRISIS_DIRECTORY, crisisResources } from "../../safety/crisis-resources.js";

describe("scrubPii", () => {
  it("replaces e-mails, URLs, phones, usernames, addresses and cued names", () => {
    const input =
      "Email me at nelly.worries@example.com or call 555-201-3344 / +44 20 7946 0958. See https://www.reddit.com/r/Anxiety/comments/xyz123 " +
      "and thanks u/helpful_hannah and @bob_smith. I live at 42 Elm Street. My sister Anna says hi. My name is Tom.";
    const { text, counts } = scrubPii(input);
    expect(counts).toEqual({ EMAIL: 1, PHONE: 2, URL: 1, USER: 2, ADDRESS: 1, NAME: 2 });
    expect(text).toContain("[EMAIL]");
    expect(text).toContain("My sister [NAME_1] says hi");
    expect(text).toContain("My name is [NAME_2]");
    expect(findPii(text)).toEqual([]);
  });

  it("leaves clinical numbers, durations, ages and ordinary capitals alone", () => {
    const input = "I slept 3 hours, it takes 90 minutes to leave, I'm 29F, my BMI is 17.5, I walked 5 miles down the road. My Monday was bad.";
    const { text, counts } = scrubPii(input);
    expect(text).toBe(input);
    expect(counts).toEqual({});
  });

  it("finds what slipped through", () => {
    expect(findPii("write to a@b.co or visit www.x.com").map((p) => p.type).sort()).toEqual(["EMAIL", "URL"]);
    // psyllm's own dataset ids are not numbers of anyone's (one made of digits only once stopped a run).
    expect(findPii(`{"postId":"d-2708914835964563"} student number 2708914835964563`).map((p) => p.match)).toEqual(["2708914835964563"]);
  });

  it("never flags psyllm's own crisis lines and directory links, in every locale, while a person's number still is", () => {
    const all = Object.values(CRISIS_DIRECTORY).flatMap((set) => set.resources.map((r) => `${r.name}: ${r.how}`)).join("\n");
    expect(findPii(all)).toEqual([]);
    const gb = crisisResources("en-GB").resources.map((r) => r.how).join("; ");
    expect(findPii(`You can reach ${gb}. My own mobile is 07700 900123.`)).toEqual([{ type: "PHONE", match: "07700 900123" }]);
  });

  it("finds names without cues, places, employers, schools, postcodes, handles, dates of birth, ids and written-out e-mails, and gives one entity one placeholder", () => {
    const input = [
      "Jake Morrison came over on Friday. Later Jake said nothing and me and tyler left.",
      "Dr. Kaplan thinks I should rest; Mrs Alvarez agrees. Henderson said the opposite.",
      "I moved up to Duluth from a small town near Galway, now in a flat in Headingley (LS6 2AB) or zip 98402.",
      "I work at Sainsbury's and I'm a junior at Ohio State. Spent 3 days at Harborview.",
      "add me on discord: moonfrog#2231, my insta is @sadgirl.99, sc: quietmoth22",
      "born 14/03/2003, DOB march 3 1999, student id 20214587, call 07700900123 or (555)0134567.",
      "jenna dot k at gmail dot com or sam (dot) r (at) proton (dot) me",
    ].join("\n");
    const { text } = scrubPii(input);
    for (const detail of ["Jake", "Morrison", "tyler", "Kaplan", "Alvarez", "Henderson", "Duluth", "Galway", "Headingley", "LS6 2AB", "98402", "Sainsbury", "Ohio State", "Harborview", "moonfrog", "sadgirl", "quietmoth22", "14/03/2003", "march 3 1999", "20214587", "07700900123", "0134567", "jenna", "proton"])
      expect(text, detail).not.toContain(detail);
    // "Jake Morrison" and the later "Jake" are one person.
    expect(text).toMatch(/^\[NAME_1\] came over on Friday\. Later \[NAME_1\] said nothing/);
    expect(findPii(text)).toEqual([]);
  });

  it("scrubs the post's own author name wherever the text repeats it", () => {
    expect(scrubPii("throwaway_sadguy91 here, long time lurker", { author: "throwaway_sadguy91" }).text).toBe("[USER] here, long time lurker");
  });

  it("keeps ordinary words that are also names or places when nothing says they are", () => {
    const input = "I hope it gets better. Will I ever sleep? Reading helps, and a warm bath. Mark the date: June was hard.";
    expect(scrubPii(input).text).toBe(input);
  });

  it.each(["s1", "s2"])("holds on blind batch %s: every personal detail its author listed is gone (evals/synthesis/blind-*)", (batch) => {
    const read = (f: string) => readFileSync(new URL(`../../evals/synthesis/${f}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const manifest = new Map(read(`blind-${batch}-manifest.jsonl`).map((m: { id: string; pii: string[] }) => [m.id, m.pii]));
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const leaks: string[] = [];
    for (const p of read(`blind-${batch}-posts.jsonl`)) {
      const out = scrubPii(`${p.title}\n${p.selftext}`, { author: p.author }).text;
      for (const d of manifest.get(p.id) ?? []) if (new RegExp(`(?<![\\p{L}\\p{N}])${esc(d)}(?![\\p{L}\\p{N}])`, /\p{Lu}/u.test(d) ? "u" : "iu").test(out)) leaks.push(`${p.id}: ${d}`);
    }
    expect(leaks).toEqual([]);
  });
});
