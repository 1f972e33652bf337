import { describe, expect, it } from "vitest";
import { extractTemporal } from "../../engine/temporal.js";

const now = new Date("2026-11-23T12:00:00Z");
const first = (s: string) => extractTemporal(s, now)[0];

describe("temporal reader", () => {
  it("reads durations in words and digits", () => {
    expect(first("For about a month now I just feel empty")).toMatchObject({ kind: "duration", durationDays: 30, approximate: true });
    expect(first("I've felt this way for the past three years")).toMatchObject({ kind: "duration", durationDays: 1095 });
    expect(first("worse in the last 8 months")).toMatchObject({ durationDays: 240 });
    expect(first("trouble staying asleep for about six months")).toMatchObject({ durationDays: 180 });
    expect(first("it's been like this for years")).toMatchObject({ kind: "duration", approximate: true });
    expect(first("This past week I've felt low")).toMatchObject({ kind: "duration", durationDays: 7 });
    expect(first("the last few months have been hard")).toMatchObject({ kind: "duration", durationDays: 90 });
  });

  it("reads onsets relative to today", () => {
    expect(first("I've been low since August")).toMatchObject({ kind: "onset", durationDays: 115 });
    expect(first("since March 2024")).toMatchObject({ kind: "onset", durationDays: 998 });
  });

  it("reads how long ago events happened", () => {
    expect(first("ten days ago")).toMatchObject({ kind: "event-ago", agoDays: 10 });
    expect(first("A year ago I was held up at gunpoint")).toMatchObject({ kind: "event-ago", agoDays: 365 });
    expect(first("My divorce was finalized last month")).toMatchObject({ kind: "event-ago", agoDays: 30 });
  });

  it("reads lifelong and seasonal patterns", () => {
    expect(first("as long as I can remember")).toMatchObject({ kind: "lifelong" });
    expect(first("Since I was a kid I've been restless")).toMatchObject({ kind: "lifelong" });
    expect(first("It's been like this my whole adult life")).toMatchObject({ kind: "lifelong" });
    expect(extractTemporal("my life has no meaning without him", now)).toEqual([]);
    expect(first("this is the fourth winter in a row")).toMatchObject({ kind: "seasonal-recurrence", count: 4 });
  });

  it("reads frequencies and counts", () => {
    expect(first("most nights of the week")).toMatchObject({ kind: "frequency", frequency: "most-days" });
    expect(first("I drink every day now")).toMatchObject({ frequency: "daily" });
    expect(first("It's happened six times in the last two months")).toMatchObject({ kind: "count-in-period", count: 6, durationDays: 60 });
  });

  it("keeps an attack's length apart from the illness's", () => {
    expect(first("It lasted about 10 minutes")!.durationDays).toBeLessThan(1);
  });

  it("does not misread numbers that are not times", () => {
    expect(extractTemporal("I'm 25, lost 25 pounds, my BMI is 16, I wake at 2 or 3am and it eats 3 hours a day", now)).toEqual([]);
  });
});
