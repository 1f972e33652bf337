/**
 * Temporal reader: how long difficulties have lasted, when they began, how long ago events
 * happened, lifelong patterns, seasonal recurrences, frequencies and time taken per day, in the
 * phrasings people actually use. Dependency-free and synchronous: date libraries misread
 * "since August" and "ten days ago".
 *
 * Rules run in order over the whole text; a later rule never takes characters an earlier one
 * matched, so specific phrasings ("3 hours a day", "two weeks ago") are listed before the
 * general duration rule that would otherwise misread them.
 */

export interface TemporalMention {
  /** Character span in the input. */
  start: number;
  end: number;
  text: string;
  kind: "duration" | "onset" | "event-ago" | "lifelong" | "seasonal-recurrence" | "frequency" | "count-in-period" | "age";
  /** How long the symptoms or situation have lasted (duration, onset "since X", lifelong). */
  durationDays?: number;
  /** How long ago an event happened ("a year ago I was held up" -> 365). */
  agoDays?: number;
  /** Counted occurrences ("six times in the last two months" -> 6; "fourth winter in a row" -> 4). */
  count?: number;
  frequency?: "daily" | "most-days" | "several-days" | "weekly" | "occasional";
  /** Time taken per day ("3 hours a day" -> 3): a rate, never how long the illness has lasted. */
  hoursPerDay?: number;
  /** Hedged or vague: "about", "around", "over", "for years", "3 or 4 months". */
  approximate?: boolean;
  /** Age at an event or onset ("when I was 12", "since age 15"); never the person's current age. */
  age?: number;
}

type Made = Omit<TemporalMention, "start" | "end" | "text">;

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365, decade: 3650 };
const UNIT_ALIASES: Record<string, string> = { min: "minute", mins: "minute", hr: "hour", hrs: "hour", wk: "week", wks: "week", yr: "year", yrs: "year" };

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Vague quantities: value, and whether the figure is only approximate. */
const VAGUE: Record<string, [number, boolean]> = {
  a: [1, false], an: [1, false], "a single": [1, false], single: [1, false],
  "a couple of": [2, false], "a couple": [2, false], "couple of": [2, false], couple: [2, false],
  "a few": [3, true], few: [3, true], "a good few": [3, true], several: [4, true], many: [3, true], "a dozen": [12, false], dozen: [12, false],
  "half a": [0.5, false], "half an": [0.5, false],
};
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Month (0-based) and day a season or holiday is taken to begin (seasons: northern, meteorological). */
const SEASON_START: Record<string, [number, number]> = {
  spring: [2, 1], easter: [3, 1], summer: [5, 1], fall: [8, 1], autumn: [8, 1], halloween: [9, 31], thanksgiving: [10, 22], winter: [11, 1], christmas: [11, 25], xmas: [11, 25],
};

// Building blocks. Word boundaries are added by the rules.
const WORD_NUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const NUM = String.raw`(?:\d+(?:\.\d+)?|${WORD_NUM}(?: and a half)?|a good few|a couple of|a couple|couple of|couple|a few|few|several|many|a dozen|half a|half an|a single|an|a)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|years?|yrs?|decades?)`;
const APPROX = String.raw`(?:about|around|roughly|almost|nearly|over|more than|at least|like|maybe|approximately|approx|just over|just under|close to|upwards of|getting on for|the better part of)`;
/** "3", "3 or 4", "six to eight", "2-3": the lower bound is what the person is sure of. */
const AMOUNT = String.raw`(?<n>${NUM})(?:\s*(?:-|–|to|or)\s*(?<n2>${NUM}))?`;
/** A measured stretch of time: "about 3 or 4 months", "a year and a half". */
const SPAN = String.raw`(?:(?<approx>${APPROX})\s+)?${AMOUNT}\s+(?<unit>${UNIT})(?<half> and a half)?`;

/** Value of a number phrase: digits, words, compounds ("twenty-five") and vague amounts. */
function parseNum(raw: string): { value: number; vague: boolean } {
  const s = raw.toLowerCase().trim().replace(/\s+/g, " ");
  const half = s.endsWith(" and a half") ? 0.5 : 0;
  const core = half ? s.slice(0, -" and a half".length) : s;
  if (/^\d/.test(core)) return { value: Number(core) + half, vague: false };
  if (core in VAGUE) return { value: VAGUE[core][0] + half, vague: VAGUE[core][1] };
  const [tens, ones] = core.split(/[- ]/);
  if (tens in TENS) return { value: TENS[tens] + (ones ? SMALL[ones] ?? 0 : 0) + half, vague: false };
  return { value: (SMALL[core] ?? 1) + half, vague: false };
}

function unitDays(unit: string): number {
  const u = unit.toLowerCase();
  const base = UNIT_ALIASES[u] ?? u.replace(/s$/, "");
  return UNIT_DAYS[base] ?? UNIT_DAYS[UNIT_ALIASES[base] ?? ""] ?? 1;
}

/** Days and approximateness of a SPAN match's named groups. */
function spanDays(g: Record<string, string | undefined>): { days: number; approximate: boolean } {
  const n = parseNum(g.n!);
  const per = unitDays(g.unit!);
  const days = (n.value + (g.half ? 0.5 : 0)) * per;
  return { days, approximate: Boolean(g.approx) || Boolean(g.n2) || n.vague };
}

const approx = (on: boolean) => (on ? { approximate: true } : {});

/** Whole days since `day` of `month` (0-based): its most recent past occurrence, or in `year`. */
function daysSinceMonth(month: number, now: Date, year?: number, day = 1): number {
  const thisYear = Date.UTC(now.getUTCFullYear(), month, day);
  const y = year ?? (thisYear <= now.getTime() ? now.getUTCFullYear() : now.getUTCFullYear() - 1);
  return Math.max(0, Math.round((now.getTime() - Date.UTC(y, month, day)) / DAY_MS));
}

function daysSinceSeason(name: string, now: Date): number {
  const [month, day] = SEASON_START[name.toLowerCase()];
  return daysSinceMonth(month, now, undefined, day);
}

/** Days back to the most recent past `weekday` (a week ago when it is that day today). */
function daysSinceWeekday(weekday: number, now: Date): number {
  const diff = (now.getUTCDay() - weekday + 7) % 7;
  return diff === 0 ? 7 : diff;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

/** Frequency of something done `n` times per `period`. */
function rateFrequency(n: number, period: string): TemporalMention["frequency"] {
  const p = period.toLowerCase();
  if (p === "day" || p === "night") return "daily";
  if (p === "week" || p === "weekend") return n >= 7 ? "daily" : n >= 4 ? "most-days" : n >= 2 ? "several-days" : "weekly";
  if (p === "month") return n >= 4 ? "weekly" : "occasional";
  return "occasional";
}

interface Rule {
  re: RegExp;
  /** `age`: the writer's age stated elsewhere in their message, when the caller knows it. */
  make: (m: RegExpExecArray, now: Date, age?: number) => Made | null;
}

const LIFELONG_DAYS = 3650;

/** The writer's current age stated in the same text ("I'm 41 now", "24M", "58 years old"), if any. */
export function currentAge(text: string): number | undefined {
  const m =
    /\b(?:i am|i'm|im|i m)\s+(?:now\s+)?(?<a>[1-9]\d)(?:\s*(?:now|years old|yrs old|years|yrs|yo|y\/o))?\b(?!\s*(?:days?|weeks?|months?|kg|kilos?|lbs?|pounds|stone|%|mg|minutes|hours|times))/i.exec(text) ??
    /\b(?<a>[1-9]\d)\s*(?:yo|y\/o|years old|yrs old|[mf])\b/i.exec(text);
  return m ? Number(m.groups!.a) : undefined;
}

/** Ages a life stage named as an onset starts at ("since high school" ≈ 15). */
const STAGE_AGE: Array<[RegExp, number]> = [
  [/school|sixth form|year \d+|grade \d+/, 15],
  [/uni|university|college/, 19],
  [/twenties/, 22],
];

const RULES: Rule[] = [
  // Lifelong. Bare "my life" is not ("my life has no meaning").
  {
    re: /\b(as long as i (can|could) remember|for as long as i (can|could) remember|since i (can|could) remember|since (i was|we were) (born|(a |little |very )*(baby|kid|child|little|teen|teenager|young|small|tiny))|since (birth|childhood|forever|i was little|my childhood|my teens|my early teens|early childhood)|(my|our) (whole|entire) (adult )?life|all (of )?my (adult )?life|(most|all) of my (adult )?life|throughout my (adult )?life|(for|during) my (whole |entire )?adult life|(i have|i've|ive) always been (like this|this way))\b/gi,
    make: () => ({ kind: "lifelong", durationDays: LIFELONG_DAYS, approximate: true }),
  },
  // A life stage as the onset: "since high school and I'm 41 now" has lasted from about 15 to 41;
  // without a stated age, at least a couple of years.
  {
    re: /\bsince (?:(?:i was )?(?:in|at) )?(?:high school|secondary school|middle school|sixth form|school|uni|university|college|my (?:early |mid |late )?twenties|year \d+|grade \d+)\b/gi,
    make: (m, _now, writerAge) => {
      const stage = m[0].toLowerCase();
      const onset = STAGE_AGE.find(([re]) => re.test(stage))?.[1] ?? 16;
      const age = currentAge(m.input) ?? writerAge;
      const years = age !== undefined && age > onset ? age - onset : 2;
      return { kind: "onset", durationDays: years * 365, age: onset, approximate: true };
    },
  },
  // Seasonal recurrence: "fourth winter in a row", "3 winters in a row", "every winter for the past 3 years".
  {
    re: /\b(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?<season>winter|summer|autumn|fall|spring|christmas|year) (in a row|running)\b/gi,
    make: (m) => {
      const ord = m.groups!.ord.toLowerCase();
      const count = ORDINALS[ord] ?? parseInt(ord, 10);
      // The current season is still under way, so the span is a little under `count` years.
      return { kind: "seasonal-recurrence", count, durationDays: count * 365 - 180 };
    },
  },
  {
    re: new RegExp(String.raw`\b(?<n>${NUM}) (winters|summers|autumns|falls|springs|christmases) (in a row|running)\b`, "gi"),
    make: (m) => {
      const count = parseNum(m.groups!.n).value;
      return { kind: "seasonal-recurrence", count, durationDays: count * 365 - 180 };
    },
  },
  {
    re: new RegExp(String.raw`\b(every|each) (winter|summer|autumn|fall|spring|christmas)(?: for (?:the )?(?:past |last )?(?<n>${NUM}) years?)?`, "gi"),
    make: (m) => {
      if (!m.groups!.n) return { kind: "seasonal-recurrence", count: 2, approximate: true };
      const n = parseNum(m.groups!.n);
      return { kind: "seasonal-recurrence", count: Math.max(2, n.value), durationDays: n.value * 365, ...approx(n.vague) };
    },
  },
  // Counts in a period: "six times in the last two months", "3 panic attacks in the past month", "twice this week".
  {
    re: new RegExp(String.raw`\b(?:(?<c>${NUM}) times|(?<once>once|twice)|(?<cn>\d+|${WORD_NUM}|a couple of|a few|several) (?:[a-z]+ )?(?:attacks|episodes|panic attacks|drinks|binges|fights|times|nights|days|incidents|meltdowns|blackouts|seizures))\s+(?:in|over|during|within) (?:the )?(?:last|past)\s+(?:${AMOUNT}\s+)?(?<unit>${UNIT})\b`, "gi"),
    make: (m) => {
      const g = m.groups!;
      const count = g.once ? (g.once.toLowerCase() === "once" ? 1 : 2) : parseNum(g.c ?? g.cn!).value;
      const period = (g.n ? parseNum(g.n).value : 1) * unitDays(g.unit);
      return { kind: "count-in-period", count, durationDays: period };
    },
  },
  // Time taken per day: "3 hours a day", "2-3 hours a night", "hours a day". A rate, not an illness length.
  {
    re: new RegExp(String.raw`\b(?:(?<approx>${APPROX})\s+)?(?:${AMOUNT}\s+(?<unit>hours?|hrs?|minutes?|mins?)|(?<vague>hours(?: and hours)?))\s+(?:a|per|each|every)\s+(?:day|night)\b`, "gi"),
    make: (m) => {
      const g = m.groups!;
      if (g.vague) return { kind: "frequency", frequency: "daily", hoursPerDay: 2, approximate: true };
      const n = parseNum(g.n!);
      const hours = n.value * (/^min/i.test(g.unit!) ? 1 / 60 : 1);
      return { kind: "frequency", frequency: "daily", hoursPerDay: hours, ...approx(n.vague || Boolean(g.n2) || Boolean(g.approx)) };
    },
  },
  // Rates: "twice a week", "3 days a week", "a few times a week", "once a month", "three or four times a day".
  {
    re: new RegExp(String.raw`\b(?:(?<word>once|twice)(?: or (?:twice|three times))?|${AMOUNT}\s+(?:times|days|nights|evenings|mornings))\s+(?:a|per|each|every|in a)\s+(?<period>day|night|week|weekend|month|year)\b`, "gi"),
    make: (m) => {
      const g = m.groups!;
      const n = g.word ? (g.word.toLowerCase() === "once" ? 1 : 2) : parseNum(g.n!).value;
      return { kind: "frequency", frequency: rateFrequency(n, g.period) };
    },
  },
  // Frequencies in words, before durations so "every few days" is not read as "few days".
  {
    re: /\b(every ?day|every single day|each day|daily|every night|every single night|each night|nightly|every morning|every evening|(?:nearly|almost|practically|pretty much|virtually) every (?:day|night|morning)|all day every day|day in,? day out|day after day|night after night)\b/gi,
    make: () => ({ kind: "frequency", frequency: "daily" }),
  },
  {
    re: /\b(most (?:days|nights|mornings|evenings)(?: of the week)?|most of the week|more days than not|more than half the (?:days|time)|the majority of days)\b/gi,
    make: () => ({ kind: "frequency", frequency: "most-days" }),
  },
  {
    re: /\b(every other (?:day|night)|every (?:few|couple of|2|3|two|three) (?:days|nights)|(?:a few|several|some) (?:days|nights) a week)\b/gi,
    make: () => ({ kind: "frequency", frequency: "several-days" }),
  },
  {
    re: /\b(every week|each week|weekly|every weekend|on weekends)\b/gi,
    make: () => ({ kind: "frequency", frequency: "weekly" }),
  },
  {
    re: /\b(sometimes|now and then|now and again|occasionally|once in a while|every so often|from time to time|every once in a while|rarely|on and off|off and on|here and there|once in a blue moon)\b/gi,
    make: () => ({ kind: "frequency", frequency: "occasional" }),
  },
  // How long ago: "ten days ago", "about two months ago", "a year and a half ago", "two weeks back".
  {
    re: new RegExp(String.raw`\b${SPAN}\s+(?:ago|back)\b`, "gi"),
    make: (m) => {
      const d = spanDays(m.groups!);
      return { kind: "event-ago", agoDays: d.days, ...approx(d.approximate) };
    },
  },
  // Onsets: "since August", "since March 2024", "since September last year".
  {
    re: new RegExp(String.raw`\bsince (?:last |early |late |mid[- ]|the (?:start|beginning|end) of )?(?<month>${MONTH_RE})\b(?:,? (?<year>\d{4})| (?<last>(?:of )?last year)| (?:of )?this year)?`, "gi"),
    make: (m, now) => {
      const g = m.groups!;
      const month = monthIndex(g.month);
      let year = g.year ? Number(g.year) : undefined;
      if (g.last) year = now.getUTCFullYear() - 1;
      return { kind: "onset", durationDays: daysSinceMonth(month, now, year) };
    },
  },
  {
    re: /\bsince (?:last |the )?(?<season>spring|summer|fall|autumn|winter|christmas|xmas|easter|thanksgiving|halloween)\b/gi,
    make: (m, now) => ({ kind: "onset", durationDays: daysSinceSeason(m.groups!.season, now), approximate: true }),
  },
  {
    re: /\bsince (?:(?<rel>last|this) (?<unit>week|weekend|month|year)|(?<day>yesterday|last night)|(?:the )?(?:start|beginning) of (?:the |this )?(?<startOf>year|month|week))\b/gi,
    make: (m, now) => {
      const g = m.groups!;
      if (g.day) return { kind: "onset", durationDays: 1 };
      if (g.startOf) {
        const u = g.startOf.toLowerCase();
        const d = u === "year" ? daysSinceMonth(0, now, now.getUTCFullYear()) : u === "month" ? now.getUTCDate() - 1 : now.getUTCDay();
        return { kind: "onset", durationDays: d, approximate: true };
      }
      const unit = g.unit.toLowerCase();
      const base = unit === "weekend" ? 7 : UNIT_DAYS[unit];
      return { kind: "onset", durationDays: g.rel.toLowerCase() === "this" ? base / 2 : base, approximate: true };
    },
  },
  {
    re: new RegExp(String.raw`\bsince (?:last )?(?<wd>${WEEKDAYS.join("|")})\b`, "gi"),
    make: (m, now) => ({ kind: "onset", durationDays: daysSinceWeekday(WEEKDAYS.indexOf(m.groups!.wd.toLowerCase()), now) }),
  },
  {
    re: /\bsince (?<year>(?:19|20)\d\d)\b/gi,
    make: (m, now) => {
      const days = Math.round((now.getTime() - Date.UTC(Number(m.groups!.year), 0, 1)) / DAY_MS);
      return days > 0 ? { kind: "onset", durationDays: days, approximate: true } : null;
    },
  },
  // An onset age with the writer's age known: "since like 16" at 21 has lasted about five years.
  // Only with "I was", "age" or a spoken filler: a bare "since 9" may be a clock time.
  {
    re: new RegExp(String.raw`\bsince (?:(?:i was|i turned)(?: (?:like|about|around|roughly|maybe|only|just))?|(?:like|about|around|roughly|maybe|abt)(?: (?:the )?age(?: of)?)?|(?:the )?age(?: of)?) (?<age>\d{1,2}|${WORD_NUM})\b(?! ?(?:am|pm|o'?clock|years?|yrs?|months?|mo|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|th|st|nd|rd|%|kg|lbs?)\b)`, "gi"),
    make: (m, _now, writerAge) => {
      const onset = parseNum(m.groups!.age).value;
      const age = currentAge(m.input) ?? writerAge;
      return age !== undefined && age > onset ? { kind: "onset", durationDays: (age - onset) * 365, age: onset, approximate: true } : { kind: "age", age: onset };
    },
  },
  // Ages at an event: "when I was 12", "since age 15", "at the age of 9", "I was 12 when it started".
  {
    // Spoken fillers too: "when i was like 14", "from about age 12" ("since …" with an age is read as an onset above).
    re: new RegExp(String.raw`\b(?:(?:when|since|after|before|until) (?:i was|i turned|i were)(?: (?:like|about|around|roughly|maybe|only|just))?|at (?:the )?age(?: of)?|(?:since|from) (?:(?:like|about|around|roughly) )?(?:the )?age(?: of)?|aged) (?<age>\d{1,2}|${WORD_NUM})\b`, "gi"),
    make: (m) => ({ kind: "age", age: parseNum(m.groups!.age).value }),
  },
  {
    re: new RegExp(String.raw`\bi was (?<age>\d{1,2}|${WORD_NUM})(?: years old)?(?= (?:when|and)\b)`, "gi"),
    make: (m) => ({ kind: "age", age: parseNum(m.groups!.age).value }),
  },
  // "the past few weeks", "this past week", "the last year and a half": stretches without a number.
  {
    re: new RegExp(String.raw`\b(?:(?:for|over|in|during|throughout) )?(?:this|the|these) (?:past|last|previous) (?:(?<q>few|couple of|couple|several|many) )?(?<unit>week|month|year|fortnight|day|decade)s?(?<half> and a half)?\b`, "gi"),
    make: (m) => {
      const g = m.groups!;
      const n = g.q ? parseNum(g.q).value : 1;
      return { kind: "duration", durationDays: (n + (g.half ? 0.5 : 0)) * unitDays(g.unit), approximate: true };
    },
  },
  // Recent single points: "yesterday", "last week", "last month", "the other day".
  {
    re: new RegExp(String.raw`\b(?:(?<fixed>yesterday|last night|the other day|the day before yesterday|this morning|earlier today)|last (?<unit>week|weekend|month|year)|last (?<season>summer|winter|spring|fall|autumn|christmas|xmas|easter|thanksgiving)|last (?<wd>${WEEKDAYS.join("|")})|(?:last|back in) (?<month>${MONTH_RE}))\b`, "gi"),
    make: (m, now) => {
      const g = m.groups!;
      if (g.fixed) {
        const days: Record<string, number> = { yesterday: 1, "last night": 1, "the other day": 3, "the day before yesterday": 2, "this morning": 0, "earlier today": 0 };
        const f = g.fixed.toLowerCase();
        return { kind: "event-ago", agoDays: days[f], ...approx(f === "the other day") };
      }
      if (g.unit) {
        const unit = g.unit.toLowerCase();
        return { kind: "event-ago", agoDays: unit === "weekend" ? 7 : UNIT_DAYS[unit] };
      }
      if (g.wd) return { kind: "event-ago", agoDays: daysSinceWeekday(WEEKDAYS.indexOf(g.wd.toLowerCase()), now) };
      const agoDays = g.month ? daysSinceMonth(monthIndex(g.month), now) : daysSinceSeason(g.season!, now);
      return { kind: "event-ago", agoDays, approximate: true };
    },
  },
  // "Got mugged on Saturday night", "on Tuesday there was a stabbing": a weekday told in the past
  // tense is the most recent one; "on Friday I'm seeing my mum" (future) is not dated.
  {
    re: new RegExp(String.raw`\bon (?<wd>${WEEKDAYS.join("|")})(?: night| morning| evening| afternoon)?\b`, "gi"),
    make: (m, now) => {
      const sentence = m.input ?? "";
      if (/\b(?:will|going to|gonna|next|tomorrow|coming|every|each|usually|always|tonight)\b|'ll\b/i.test(sentence)) return null;
      if (!/\b(?:was|were|got|had|happened|went|came|did|saw|\w{3,}ed)\b/i.test(sentence)) return null;
      // Yesterday would be "yesterday": a named weekday is some days back, whatever today is here.
      return { kind: "event-ago", agoDays: Math.max(3, daysSinceWeekday(WEEKDAYS.indexOf(m.groups!.wd.toLowerCase()), now)), approximate: true };
    },
  },
  // Measured durations: "for about a month", "for the past three years", "the last 8 months", "over a year".
  {
    re: new RegExp(String.raw`\b(?<lead>(?:for|over|in|during|throughout|within)\s+)?(?:(?:the|these|this)\s+)?(?<recent>(?:past|last|previous|recent)\s+)?${SPAN}(?:\s+(?:now|straight|running|solid))?\b(?!\s*(?:ago|old|later|back|from now|time|'s time|of age|younger|older))(?!-)`, "gi"),
    make: (m) => {
      const g = m.groups!;
      const lead = g.lead?.trim().toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      // "in two weeks I have an exam" is the future; "in the last two weeks", "in over a year" and
      // "I haven't slept in 3 days" are not.
      if ((lead === "in" || lead === "within") && !g.recent && !/^(over|more than|almost|nearly|at least)$/i.test(g.approx ?? "") && !/\bthe\b/i.test(m[0])) {
        if (!/\b(haven'?t|hasn'?t|hadn'?t|have not|has not|had not|not been|never)\b/.test(before)) return null;
      }
      // "One day I'll ...", "a day off": a day without a lead word is rarely a duration.
      if (!lead && !g.recent && !g.approx && /^(a|an|one)$/i.test(g.n!) && /^(day|night)s?$/i.test(g.unit!)) return null;
      // "the first few weeks of college", "the next two days": a stretch, but not up to now.
      if (/\b(first|next|coming|following|upcoming|other|final)\s+$/.test(before)) return null;
      // "I am 58 years", "aged 40 years": the person's age, not how long anything has lasted.
      if (/^(years?|yrs?)$/i.test(g.unit!) && !g.recent && /\b(i am|i'm|im|i m|aged?|turned|turning)\s+$/.test(before)) return null;
      // "been with my husband 19 years", "married for 10 years", "worked there 6 years": how long a
      // relationship, a job or a home has lasted is not how long the difficulties have.
      if (!g.recent && /\b(married|together|dating|been with|known|friends|worked|working|employed|lived|living|been at|served)\b(?: \w+){0,3}\s+(?:for\s+)?$/.test(before)) return null;
      // "dealt with his drinking for 10 yrs", "put up with her moods for years": how long someone
      // else's trouble has gone on.
      if (/\b(?:dealt|dealing|deal|put up|putting up|coped|coping|cope|lived|living|struggled|struggling) with (?:his|her|their|(?:my|our) (?:husband|wife|partner|dad|father|mum|mom|mother|son|daughter|brother|sister)'?s?) \w+(?: \w+)?\s+(?:for\s+)?$/.test(before)) return null;
      const d = spanDays(g);
      return { kind: "duration", durationDays: d.days, ...approx(d.approximate || lead === "over") };
    },
  },
  // Vague durations count the least the plural allows: "for weeks" is at least two weeks.
  {
    re: /\b(?:for|over|in)\s+(?:(?:many|several)\s+)?(?<what>years(?: and years)?|months(?: and months)?|weeks(?: and weeks)?|days(?: and days)?|decades|ages|so long|such a long time|a long time|a long while|a while|a bit|some time)\b/gi,
    make: (m) => {
      const what = m.groups!.what.toLowerCase().replace(/ and \w+$/, "");
      if (/^in\b/i.test(m[0]) && /^(a while|a bit|some time)$/.test(what)) return null;
      const days: Record<string, number> = { years: 730, months: 60, weeks: 14, days: 2, decades: 7300, ages: 365, "so long": 365, "such a long time": 365, "a long time": 365, "a long while": 365, "a while": 30, "a bit": 7, "some time": 30 };
      return { kind: "duration", durationDays: days[what], approximate: true };
    },
  },
  // "This week has been awful": the current week so far.
  {
    re: /\bthis (?<unit>week|month)\b/gi,
    make: (m) => ({ kind: "duration", durationDays: m.groups!.unit.toLowerCase() === "week" ? 7 : 30, approximate: true }),
  },
];

/**
 * All temporal expressions in `text`, in reading order, without overlaps. Dates are relative to
 * `now` (default: the current time), read in UTC so results do not depend on the machine.
 */
export function extractTemporal(text: string, now: Date = new Date(), writerAge?: number): TemporalMention[] {
  const out: TemporalMention[] = [];
  const taken: Array<[number, number]> = [];
  // Same length as `text`, so offsets carry over; typographic apostrophes read as straight ones.
  const src = text.replace(/[\u2018\u2019\u02BC]/g, "'");
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(src); m; m = rule.re.exec(src)) {
      if (!m[0]) {
        rule.re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const made = rule.make(m, now, writerAge);
      if (!made) continue;
      taken.push([start, end]);
      out.push({ start, end, text: text.slice(start, end), ...made });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
