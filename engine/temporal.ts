/**
 * Temporal reader: durations, onsets, how long ago events happened, lifelong patterns,
 * seasonal recurrences and frequencies, in the phrasings people use. Dependency-free: date
 * libraries misread "since August" and "ten days ago".
 */

export interface TemporalMention {
  start: number;
  end: number;
  text: string;
  kind: "duration" | "onset" | "event-ago" | "lifelong" | "seasonal-recurrence" | "frequency" | "count-in-period" | "age";
  /** How long the symptoms or situation have lasted. */
  durationDays?: number;
  /** How long ago an event happened. */
  agoDays?: number;
  /** Counted occurrences ("six times in two months", "fourth winter in a row"). */
  count?: number;
  frequency?: "daily" | "most-days" | "several-days" | "weekly" | "occasional";
  approximate?: boolean;
  age?: number;
}

const UNIT_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365, decade: 3650, summer: 365, winter: 365 };
const WORD_NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  couple: 2, "a couple of": 2, "a couple": 2, few: 3, "a few": 3, several: 4, half: 0.5, "half a": 0.5,
};
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11, christmas: 11 };

const NUM = String.raw`(\d+(?:\.\d+)?|a couple of|a couple|couple of|a few|few|several|half a|half an|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`;
const UNIT = String.raw`(minute|hour|day|night|week|fortnight|month|year|decade)s?`;
const APPROX = String.raw`(?:(about|around|roughly|almost|nearly|over|more than|at least|like|maybe|approximately|just over|just under|close to)\s+)?`;

function num(s: string): number {
  const t = s.toLowerCase().replace(/\s+of$/, "").trim();
  if (/^\d/.test(t)) return Number(t);
  return WORD_NUM[t] ?? WORD_NUM[t.replace(/^a /, "")] ?? 1;
}

function days(n: string, unit: string): number {
  return num(n) * (UNIT_DAYS[unit.toLowerCase().replace(/s$/, "")] ?? 1);
}

/** Days since the most recent past occurrence of a month (0-based) relative to `now`. */
function daysSinceMonth(month: number, now: Date, year?: number): number {
  const y = year ?? (month <= now.getUTCMonth() ? now.getUTCFullYear() : now.getUTCFullYear() - 1);
  const start = Date.UTC(y, month, 1);
  return Math.max(0, Math.round((now.getTime() - start) / 86_400_000));
}

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, now: Date) => Omit<TemporalMention, "start" | "end" | "text"> | null;
}

const RULES: Rule[] = [
  // Lifelong: "as long as I can remember", "since I was a kid", "my whole (adult) life", "since childhood".
  {
    re: /\b(as long as i (can|could) remember|since (i was|we were) (a |little )?(kid|child|little|teen|teenager|young)|since (childhood|i was little|my teens|high school|primary school|elementary school)|my (whole|entire) (adult )?life|my adult life|all my (adult )?life|since forever|always been like this)\b/gi,
    make: () => ({ kind: "lifelong", durationDays: 3650, approximate: true }),
  },
  // Seasonal: "fourth winter in a row", "every winter for the past 3 years".
  {
    re: new RegExp(String.raw`\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (winter|summer|autumn|fall|spring|year) in a row\b`, "gi"),
    make: (m) => {
      const count = ORDINALS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
      return { kind: "seasonal-recurrence", count, durationDays: count * 365 - 180 };
    },
  },
  {
    re: new RegExp(String.raw`\bevery (winter|summer|autumn|fall|spring)(?: for (?:the )?(?:past |last )?${NUM} years?)?`, "gi"),
    make: (m) => ({ kind: "seasonal-recurrence", count: m[2] ? Math.max(2, num(m[2])) : 2, ...(m[2] ? { durationDays: num(m[2]) * 365 } : {}) }),
  },
  // Counts in a period: "six times in the last two months".
  {
    re: new RegExp(String.raw`\b${NUM} times (?:in|over|during) (?:the )?(?:last |past )?${NUM}?\s*${UNIT}`, "gi"),
    make: (m) => ({ kind: "count-in-period", count: num(m[1]), durationDays: days(m[2] ?? "1", m[3]) }),
  },
  // "N units ago" / "last week" / "yesterday".
  {
    re: new RegExp(String.raw`\b${APPROX}${NUM} ${UNIT} ago\b`, "gi"),
    make: (m) => ({ kind: "event-ago", agoDays: days(m[2], m[3]), ...(m[1] ? { approximate: true } : {}) }),
  },
  {
    re: /\b(yesterday|last night|last (week|month|year|summer|winter|spring|fall|autumn|christmas)|this (morning|week))\b/gi,
    make: (m) => {
      const w = m[0].toLowerCase();
      const map: Record<string, number> = { yesterday: 1, "last night": 1, "last week": 7, "last month": 30, "last year": 365, "this morning": 0, "this week": 3 };
      return { kind: "event-ago", agoDays: map[w] ?? 180 };
    },
  },
  // "since August", "since March 2024", "since last summer", "since Christmas".
  {
    re: new RegExp(String.raw`\bsince (?:last )?(${MONTHS.join("|")})(?: (\d{4}))?\b`, "gi"),
    make: (m, now) => ({ kind: "onset", durationDays: daysSinceMonth(MONTHS.indexOf(m[1].toLowerCase()), now, m[2] ? Number(m[2]) : undefined) }),
  },
  {
    re: /\bsince (?:last )?(spring|summer|fall|autumn|winter|christmas)\b/gi,
    make: (m, now) => ({ kind: "onset", durationDays: daysSinceMonth(SEASON_START[m[1].toLowerCase()], now), approximate: true }),
  },
  {
    re: /\bsince (\d{4})\b/gi,
    make: (m, now) => ({ kind: "onset", durationDays: Math.max(0, (now.getUTCFullYear() - Number(m[1])) * 365) }),
  },
  // Durations: "for about a month", "for the past three years", "the last 8 months", "over a year", "in two weeks".
  {
    re: new RegExp(String.raw`\b(?:for|over|in|during|throughout|since)?\s*(?:the |these |this )?(?:past |last |previous |recent )?${APPROX}${NUM} ${UNIT}\b(?! ago| old)`, "gi"),
    make: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      // "at 5", "3 hours a day", "25 pounds" never reach here (no unit); guard "3 hours a day" and "5 days a week".
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8).toLowerCase();
      if (/^\s*(a|per|each|every) (day|week|night|month)/.test(after)) return null;
      // "3 hours a day", "twice a week": a rate, not how long the difficulties have lasted.
      if (/(hours?|hrs?|minutes?|mins?|times|twice|once)\s*$/.test(before)) return null;
      if (/\b(in|within) $/.test(before) && !/(the |last |past )/.test(m[0].toLowerCase())) return null;
      const d = days(m[2], m[3]);
      return { kind: "duration", durationDays: d, ...(m[1] ? { approximate: true } : {}) };
    },
  },
  // "this past week", "the last month", "the past few weeks" (no number written).
  {
    re: /\b(?:(?:this|the|these) )?(?:past|last) (?:(few|couple of|several) )?(week|month|year|fortnight|day)s?\b/gi,
    make: (m) => ({ kind: "duration", durationDays: (m[1] ? num(m[1]) : 1) * UNIT_DAYS[m[2].toLowerCase()], approximate: true }),
  },
  // "for years", "for weeks", "for months", "for ages".
  {
    re: /\bfor (years|months|weeks|ages|so long|a long time|a while)\b/gi,
    make: (m) => ({ kind: "duration", durationDays: ({ years: 730, months: 90, weeks: 21, ages: 730, "so long": 365, "a long time": 365, "a while": 30 } as Record<string, number>)[m[1].toLowerCase()], approximate: true }),
  },
  // Frequency.
  {
    re: /\b(every ?day|every single day|daily|every night|nearly every (day|night)|almost every (day|night)|all day every day|every morning)\b/gi,
    make: () => ({ kind: "frequency", frequency: "daily" }),
  },
  {
    re: /\b(most (days|nights|mornings)( of the week)?|more days than not|nearly all the time|most of the time)\b/gi,
    make: () => ({ kind: "frequency", frequency: "most-days" }),
  },
  {
    re: /\b((a few|several|two|three|four|2|3|4) (times|days|nights) a week)\b/gi,
    make: () => ({ kind: "frequency", frequency: "several-days" }),
  },
  {
    re: /\b(once a week|every week|weekly|every weekend)\b/gi,
    make: () => ({ kind: "frequency", frequency: "weekly" }),
  },
  {
    re: /\b(sometimes|now and then|occasionally|once in a while|every so often)\b/gi,
    make: () => ({ kind: "frequency", frequency: "occasional" }),
  },
  // Age: "when I was 12", "since age 15".
  {
    re: /\b(?:when i was|since i was|at age|since age|age) (\d{1,2})\b/gi,
    make: (m) => ({ kind: "age", age: Number(m[1]) }),
  },
];

/** All temporal expressions in `text`, in order, without overlaps (earlier rules win). */
export function extractTemporal(text: string, now: Date = new Date()): TemporalMention[] {
  const out: TemporalMention[] = [];
  const taken: Array<[number, number]> = [];
  const normalised = text.replace(/[\u2018\u2019]/g, "'");
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(normalised); m; m = rule.re.exec(normalised)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const start = m.index + lead;
      const end = m.index + raw.trimEnd().length;
      if (end <= start || taken.some(([a, b]) => start < b && a < end)) continue;
      const made = rule.make(m, now);
      if (!made) continue;
      taken.push([start, end]);
      out.push({ start, end, text: text.slice(start, end), ...made });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
