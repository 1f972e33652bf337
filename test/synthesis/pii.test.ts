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

  describe("names in frames that say one follows, each beside an ordinary word in the same frame", () => {
    const scrub = (s: string) => scrubPii(s).text;

    it("a title in any case, dotted or not, before a lower-case or capitalised surname", () => {
      expect(scrub("back in year 10 i'd vent to mrs. okonkwo in the wellbeing room, and later to Ms lindqvist")).toBe("back in year 10 i'd vent to mrs. [NAME_1] in the wellbeing room, and later to Ms [NAME_2]");
      const plain = "My dr. appointment is Tuesday, I miss feeling normal, miss being carefree, and my ms is flaring.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a university by its bare name after a study cue, not a kind of place", () => {
      expect(scrub("Final year at Waikato and doing a diploma at Unitec on the side.")).toBe("Final year at [ORG_1] and doing a diploma at [ORG_2] on the side.");
      const plain = "Second year at Uni is hard; I'm doing okay at Work and studying at the library.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a nickname set off by commas after a person, and a name straight after 'this girl'", () => {
      expect(scrub("A lad in my crew at the depot, Deano, who runs the forklift, keeps mocking me.")).toBe("A lad in my crew at the depot, [NAME_1], who runs the forklift, keeps mocking me.");
      expect(scrub("theres this girl marnie in my tutorial")).toBe("theres this girl [NAME_1] in my tutorial");
      const plain = "My manager, Frankly, doesn't care. this guy i know is nice and this girl from my class waved.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a UK outward code after around/near, but not a vitamin or a school year after 'in'", () => {
      expect(scrub("Is anyone near SE15 or around LS6 into board games?")).toBe("Is anyone near [POSTCODE] or around [POSTCODE] into board games?");
      const plain = "I'm low in B12 and my son is in S4. I printed it on A4.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a pet form gets its full name's placeholder: a prefix with a diminutive, or two letters where it is what someone was called", () => {
      expect(scrub("My fiancé Ezekiel passed last spring. I used to call him Ez. Ez would have laughed.")).toBe("My fiancé [NAME_1] passed last spring. I used to call him [NAME_1]. [NAME_1] would have laughed.");
      expect(scrub("My partner Bartholomew is away. Barty would hate this.")).toBe("My partner [NAME_1] is away. [NAME_1] would hate this.");
      // A month's short form is no pet form, and a common word opening a sentence is no name.
      const plain = "My husband Janek is kind. Then in Jan we moved. Will I ever be okay? I called him out on it.";
      expect(scrub(plain)).toBe("My husband [NAME_1] is kind. Then in Jan we moved. Will I ever be okay? I called him out on it.");
    });

    it("a suburb after a venue, and an Australian postcode where someone asks who is around it", () => {
      expect(scrub("Went to the bowls club at Kelso Heights on Sunday. If anyone around 2518 plays darts, say hi.")).toBe("Went to the bowls club at [PLACE_1] on Sunday. If anyone around [POSTCODE] plays darts, say hi.");
      const plain = "The pub in Town was shut, the gym at Night is empty. I walk around 2500 steps a day. Around 1995 we moved. It costs around 1800 a month.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a nickname as a clause's subject when it is no English word, medicine or app", () => {
      expect(scrub("The missus has been patient. Tazza reckons I should see someone.")).toBe("The missus has been patient. [NAME_1] reckons I should see someone.");
      const plain = "Sertraline is helping. Lockdown was hard. Telehealth is easier. Centrelink said no. Everything is grey. Hyperfixation is real and Hyperfixation is exhausting.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a friend in lower case after 'me and' or 'best mates with', and the handle made of the name", () => {
      const { text } = scrubPii("me and bex have been inseparable since primary. also best mates with kez. she posts as @bex.runs");
      expect(text).toBe("me and [NAME_1] have been inseparable since primary. also best mates with [NAME_2]. she posts as [USER]");
      const plain = "me and bf went to the beach, me and mum argued, and we're friends with benefits.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a parent's name in brackets after the role, not what else a bracket holds", () => {
      expect(scrub("Mum (Delia, she'd laugh at me posting this) died in March.")).toBe("Mum ([NAME_1], she'd laugh at me posting this) died in March.");
      const plain = "Dad (Step dad really) is okay. Mum (she's 60) is tired. Dad (who I love) is sick.";
      expect(scrub(plain)).toBe(plain);
    });

    it("a care home's own name set off by commas after 'the one near us'", () => {
      expect(scrub("The one near us, Wattlebrook, charges $11,200 a month.")).toBe("The one near us, [ORG_1], charges $11,200 a month.");
      const plain = "The clinic, Sadly, closed. The one near us, Honestly, is full.";
      expect(scrub(plain)).toBe(plain);
    });
  });

  // S3 and S4 (session 23): S3's 12 leaks of 66 details were fixed first; S4, held back, then leaked
  // 19 of 99 at its first scoring, 0 after the recall-first mechanisms it prompted.
  it.each(["s1", "s2", "s3", "s4"])("holds on blind batch %s: every personal detail its author listed is gone (evals/synthesis/blind-*)", (batch) => {
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

describe("a person named after 'this guy' whose name is also a town", () => {
  it("is a name, not left as a place", () => {
    const out = scrubPii("ok so theres this guy austin in my form who keeps filming me. austin posts it everywhere.").text;
    expect(out).not.toMatch(/austin/i);
    expect(scrubPii("we drove to Austin for the weekend").text).toMatch(/\[PLACE_1\]|Austin/);
  });
});

describe("proper names nobody listed (session 23, recall first)", () => {
  it("scrubs a capitalised word that is no English word, and leaves medicines, apps and ordinary words", () => {
    const out = scrubPii("We moved from Ludhiana to Bhilwara when I was nine, and now I bank with Okanagan Mutual.").text;
    expect(out).not.toMatch(/Ludhiana|Bhilwara|Okanagan/);
    expect(scrubPii("Sertraline helped a bit and I still play Xbox with friends on Reddit.").text).toMatch(/Sertraline.*Xbox.*Reddit/);
  });

  it("reads a lower-case name after the writer's relation to them, a town before a postcode, and an employer after a work cue", () => {
    expect(scrubPii("my cousin tayshawn keeps messaging me").text).not.toMatch(/tayshawn/);
    expect(scrubPii("my cousin really keeps messaging me").text).toMatch(/really/);
    expect(scrubPii("the letter went to 4 Mill Lane, Wick KW1 4AB last week").text).not.toMatch(/Wick/);
    expect(scrubPii("I worked nights at Aldi for six years and was laid off from BHP in May").text).not.toMatch(/Aldi|BHP/);
    expect(scrubPii("I work at home on Mondays").text).toMatch(/at home on Mondays/);
  });

  it("reads a name signed at the end, a Canadian area and a postcode that cannot be a year", () => {
    expect(scrubPii("Any advice welcome.\n\nThanks, Marguerite").text).not.toMatch(/Marguerite/);
    expect(scrubPii("Thanks for reading").text).toMatch(/Thanks for reading/);
    expect(scrubPii("is there a free clinic in the K2P area?").text).not.toMatch(/K2P/);
    expect(scrubPii("our flat in Marrickville (2204, if you know it) is tiny").text).not.toMatch(/2204/);
    expect(scrubPii("we met in Dundee (2019, a good year)").text).toMatch(/2019/);
  });
});
