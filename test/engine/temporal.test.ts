import { describe, expect, it } from "vitest";
import { extractTemporal, type TemporalMention } from "../../engine/temporal.js";

// A fixed "today" so relative dates are checkable: Monday 23 November 2026, midday UTC.
const now = new Date("2026-11-23T12:00:00Z");
const all = (s: string) => extractTemporal(s, now);
const first = (s: string): TemporalMention | undefined => all(s)[0];

describe("durations", () => {
  it.each([
    ["For about a month now I just feel empty", 30, true],
    ["I've felt this way for the past three years", 1095, false],
    ["worse in the last 8 months", 240, false],
    ["trouble staying asleep for about six months", 180, true],
    ["it's been over a year", 365, true],
    ["for almost a year", 365, true],
    ["a couple of weeks", 14, false],
    ["for a couple of months", 60, false],
    ["for half a year", 182.5, false],
    ["for a fortnight", 14, false],
    ["for two decades", 7300, false],
    ["for twenty-five years", 9125, false],
    ["for 2 yrs", 730, false],
    ["for the last year and a half", 547.5, true],
    ["for one and a half years", 547.5, false],
    ["in the past two weeks", 14, false],
    ["I've had it for 3 or 4 months", 90, true], // a range counts from its lower end
    ["for six to eight weeks", 42, true],
    ["for 2-3 weeks", 14, true],
    ["for several months", 120, true],
    ["This past week I've felt low", 7, true],
    ["the last few months have been hard", 90, true],
    ["I haven't slept properly in 3 days", 3, false],
  ])("%j -> %d days", (text, days, approximate) => {
    const m = first(text);
    expect(m).toMatchObject({ kind: "duration", durationDays: days });
    expect(Boolean(m!.approximate)).toBe(approximate);
  });

  it.each([
    ["for years", 730],
    ["for months", 60],
    ["for weeks", 14],
    ["on and off for years and years", 730],
    ["I haven't felt good in years", 730],
  ])("vague %j counts the least its plural allows (%d days), approximately", (text, days) => {
    expect(all(text).find((m) => m.kind === "duration")).toMatchObject({ durationDays: days, approximate: true });
  });

  it("keeps the character span exact", () => {
    const text = "Honestly I’ve felt like this for about a month now.";
    const m = first(text)!;
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe("for about a month now");
  });

  it("reads two stretches in one sentence", () => {
    const got = all("It's been like this for years but worse in the last 8 months");
    expect(got.map((m) => [m.kind, m.durationDays])).toEqual([["duration", 730], ["duration", 240]]);
  });

  it("keeps an attack's length apart from the illness's", () => {
    expect(first("It lasted about 10 minutes")).toMatchObject({ kind: "duration", approximate: true });
    expect(first("It lasted about 10 minutes")!.durationDays).toBeCloseTo(10 / 1440);
    expect(first("they last a few hours")!.durationDays).toBeCloseTo(3 / 24);
    expect(first("the attack lasted 5 mins")!.durationDays).toBeCloseTo(5 / 1440);
  });
});

describe("onsets relative to today", () => {
  it.each([
    ["I've been low since August", 115],
    ["since March 2024", 998],
    ["since September last year", 449],
    ["since January", 327],
    ["since December", 357], // last December: this year's has not come yet
    ["since Christmas", 334],
    ["since last summer", 176],
    ["since last winter", 357],
    ["since last year", 365],
    ["since Monday", 7], // today is a Monday
    ["since Friday", 3],
    ["since yesterday", 1],
  ])("%j -> %d days", (text, days) => {
    expect(first(text)).toMatchObject({ kind: "onset" });
    expect(first(text)!.durationDays).toBeCloseTo(days, -0.5);
  });

  it("uses the current date by default", () => {
    const m = extractTemporal("since August")[0]!;
    expect(m.kind).toBe("onset");
    expect(m.durationDays).toBeGreaterThanOrEqual(0);
    expect(m.durationDays).toBeLessThan(366);
  });

  it("ignores onsets it cannot date", () => {
    expect(all("ever since the accident I can't drive")).toEqual([]);
    expect(all("since my divorce")).toEqual([]);
  });
});

describe("how long ago events happened", () => {
  it.each([
    ["ten days ago", 10],
    ["two weeks ago", 14],
    ["a week ago", 7],
    ["A year ago I was held up at gunpoint", 365],
    ["a year and a half ago", 547.5],
    ["a few weeks ago", 21],
    ["yesterday", 1],
    ["last week", 7],
    ["My divorce was finalized last month", 30],
    ["last year", 365],
    ["It started when we separated about two months ago", 60],
    ["three months back", 90],
  ])("%j -> %d days ago", (text, days) => {
    expect(first(text)).toMatchObject({ kind: "event-ago", agoDays: days });
  });

  it("marks vague dates approximate", () => {
    expect(first("about two months ago")!.approximate).toBe(true);
    expect(first("two months ago")!.approximate).toBeUndefined();
  });
});

describe("lifelong and seasonal patterns", () => {
  it.each([
    "as long as I can remember",
    "Since I was a kid I've been restless",
    "since I was a child",
    "since I was a teenager",
    "since childhood",
    "It's been like this my whole adult life",
    "all my life",
    "my entire life",
    "I've always been like this",
  ])("%j is lifelong", (text) => {
    const m = first(text)!;
    expect(m.kind).toBe("lifelong");
    expect(m.durationDays).toBeGreaterThanOrEqual(3650);
  });

  it("does not take 'my life' for lifelong", () => {
    expect(all("my life has no meaning without him")).toEqual([]);
    expect(all("I want my life back")).toEqual([]);
  });

  it("counts seasons", () => {
    expect(first("this is the fourth winter in a row")).toMatchObject({ kind: "seasonal-recurrence", count: 4 });
    expect(first("every winter for the past 3 years")).toMatchObject({ kind: "seasonal-recurrence", count: 3, durationDays: 1095 });
    expect(first("3 winters in a row now")).toMatchObject({ kind: "seasonal-recurrence", count: 3 });
    expect(first("I get like this every winter")).toMatchObject({ kind: "seasonal-recurrence", count: 2 });
  });
});

describe("frequencies and counts", () => {
  it.each([
    ["most nights of the week", "most-days"],
    ["most days of the week", "most-days"],
    ["more days than not", "most-days"],
    ["I drink every day now", "daily"],
    ["nearly every day", "daily"],
    ["every single night", "daily"],
    ["three or four times a day", "daily"],
    ["5 days a week", "most-days"],
    ["a few times a week", "several-days"],
    ["twice a week", "several-days"],
    ["every other day", "several-days"],
    ["every few days", "several-days"],
    ["once a week", "weekly"],
    ["every weekend", "weekly"],
    ["sometimes", "occasional"],
    ["once in a while", "occasional"],
    ["once a month", "occasional"],
  ])("%j -> %s", (text, frequency) => {
    expect(first(text)).toMatchObject({ kind: "frequency", frequency });
  });

  it("counts events in a period", () => {
    expect(first("It's happened six times in the last two months")).toMatchObject({ kind: "count-in-period", count: 6, durationDays: 60 });
    expect(first("3 panic attacks in the past month")).toMatchObject({ kind: "count-in-period", count: 3, durationDays: 30 });
    expect(first("twice in the last week")).toMatchObject({ kind: "count-in-period", count: 2, durationDays: 7 });
  });

  it("reads time taken per day as a rate, not an illness length", () => {
    expect(first("the rituals take 3 hours a day")).toMatchObject({ kind: "frequency", frequency: "daily", hoursPerDay: 3 });
    expect(first("about 2-3 hours a day")).toMatchObject({ hoursPerDay: 2, approximate: true });
    expect(first("I spend hours a day checking")).toMatchObject({ hoursPerDay: 2, approximate: true });
    expect(first("30 minutes a day")!.hoursPerDay).toBeCloseTo(0.5);
    expect(all("it eats 3 hours a day").some((m) => m.kind === "duration")).toBe(false);
  });
});

describe("ages", () => {
  it.each([
    ["when I was 12", 12],
    ["since age 15", 15],
    ["since I was 15", 15],
    ["at the age of 9", 9],
    ["when I was twelve", 12],
    ["I was 12 when it started", 12],
  ])("%j -> age %d", (text, age) => expect(first(text)).toMatchObject({ kind: "age", age }));
});

describe("numbers that are not times", () => {
  it("ignores ages, weights, clock times and rates", () => {
    expect(all("I'm 25, lost 25 pounds, my BMI is 16, I wake at 2 or 3am and it eats 3 hours a day").map((m) => m.kind)).toEqual(["frequency"]);
    expect(all("I'm 25 years old")).toEqual([]);
    expect(all("a 25 year old woman")).toEqual([]);
    expect(all("my 10-year-old son")).toEqual([]);
    expect(all("I wake up at 5")).toEqual([]);
    expect(all("see you at 3")).toEqual([]);
  });

  it("does not take the future or a turn of phrase for a duration", () => {
    expect(all("in two weeks I have an exam")).toEqual([]);
    expect(all("One day I'll be free of this")).toEqual([]);
    expect(all("the first few weeks of college were fine")).toEqual([]);
    expect(all("it's a day-to-day struggle")).toEqual([]);
  });

  it("returns nothing for text with no time in it", () => {
    expect(all("")).toEqual([]);
    expect(all("I feel sad and hopeless")).toEqual([]);
  });

  it("returns mentions in reading order without overlaps", () => {
    const got = all("Two years ago I lost my job, and for the past 8 months I've cried every day");
    expect(got.map((m) => m.kind)).toEqual(["event-ago", "duration", "frequency"]);
    for (let i = 1; i < got.length; i++) expect(got[i].start).toBeGreaterThanOrEqual(got[i - 1].end);
  });
});
