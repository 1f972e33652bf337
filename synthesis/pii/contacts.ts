/**
 * Personal details with a shape of their own: e-mail addresses (also written out as "name dot
 * name at gmail dot com"), links, phone numbers in any format, platform handles, Reddit users,
 * street addresses, postcodes (UK, US, Canada, Australia), full dates and dates of birth, and
 * long numbers (student, staff, NHS, account ids). Each detector returns spans; the scrubber
 * decides overlaps and placeholders, and the final gate reuses the same detectors.
 */

export type ContactType = "EMAIL" | "URL" | "PHONE" | "HANDLE" | "USER" | "ADDRESS" | "POSTCODE" | "DATE" | "ID";

export interface Span {
  start: number;
  end: number;
  type: string;
  /** The text matched. */
  text: string;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DOT = "\\s*(?:\\(\\s*dot\\s*\\)|\\[\\s*dot\\s*\\]|\\{\\s*dot\\s*\\}|\\bdot\\b|\\.)\\s*";
const AT = "\\s*(?:\\(\\s*at\\s*\\)|\\[\\s*at\\s*\\]|\\{\\s*at\\s*\\}|\\bat\\b|@)\\s*";
const MAIL_HOST = "(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|mac|aol|proton(?:mail)?|pm|gmx|yandex|zoho|mail|fastmail|tutanota|btinternet|comcast|verizon|[a-z0-9-]+)";
const TLD = "(?:com|net|org|edu|gov|io|me|co|uk|us|ca|au|ie|nz|de|fr|es|it|info|biz|ch|in)";
// The plain form is listed first; the written-out form must say "at" and "dot" (or use brackets), so "look at this" never matches.
const EMAIL_PLAIN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
const EMAIL_WRITTEN = new RegExp(`\\b[a-z0-9_+-]+(?:${DOT}[a-z0-9_+-]+)*${AT}${MAIL_HOST}(?:${DOT}${TLD}\\b)+`, "gi");
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[a-z0-9-]+\.(?:com|org|net|io|co|me|ly|gg|info|edu|gov|app|xyz|tv)(?:\/[^\s<>"')\]]*)?\b/gi;
// 7–15 digits with spaces, dots, dashes or brackets between them, or none; never over a line break.
const PHONE = /(?<![\w/.-])\+?\(?\d(?:[ \t().-]{0,2}\d){6,14}(?![\w/-])/g;
const USER = /(?<![\w/])(?:\/?u\/[A-Za-z0-9_-]{2,}|@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/g;
const DISCORD_TAG = /(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b/g;
const PLATFORM = "(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|tt|twitter|x|discord|steam|twitch|kik|telegram|whatsapp|signal|fb|facebook|reddit|youtube|yt|psn|xbox|gamertag|roblox|tumblr|bluesky|threads)";
// A platform word, then a separator that says a handle follows (":", "=", "@", "is", "handle is"…), then the handle.
const HANDLE = new RegExp(`\\b${PLATFORM}\\b(?:[ \\t]+(?:account|acc|acct|profile|page))?(?:[ \\t]*\\([ \\t]*|[ \\t]*[:=@-][ \\t]*@?|[ \\t]+(?:(?:name|handle|username|user|id|tag|@)[ \\t]*(?:is)?[ \\t]*:?[ \\t]*@?|is[ \\t]+@?|@))([A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])`, "gi");
/** Username-shaped: an underscore and a digit inside one token ("gh0st_0f_f0rum", "sad_girl_99"). */
const USERNAME_SHAPE = /(?<![\w@/#.])(?=[A-Za-z0-9_]*_)(?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{6,32}(?![\w@])/g;
const NOT_HANDLE = new Set("me you him her them it is the a an and or but so if my your his our their this that there here too also now then please pls lol and dm message account page name handle username".split(" "));
const STREET_TYPE = "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|crescent|cres|close|parkway|pkwy|highway|hwy|square|sq|gardens|grove|mews|row|walk)";
const ANY_CASE_STREET = STREET_TYPE.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
// "42 Elm Street", "1187 pacific ave", "Pacific Ave", "on 5th Street", "flat 3, 12 High St"
const ADDRESS = new RegExp(`(?:\\b(?:apt|apartment|flat|unit|suite)\\s*#?\\s*\\w{1,4},?\\s*)?(?:\\b\\d{1,5}[a-z]?\\s+(?:(?!(?:to|a|an|the|of|my|in|on|at|for|and|from|with|per|or|by)\\b)[A-Za-z]+\\s+){0,3}${ANY_CASE_STREET}\\b|\\b(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Terrace|Crescent|Parkway|Highway|Square|Gardens|Grove|Mews)\\b|\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:${STREET_TYPE}\\b)?)`, "g");
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const CA_POSTCODE = /\b[A-Z]\d[A-Z][ -]?\d[A-Z]\d\b/gi;
// A US ZIP or an Australian postcode needs a cue: a state, "zip", "postcode", "area code" or an address before it.
const CUED_POSTCODE = /\b(?:zip(?:\s*code)?|post\s*code|postal code|area code|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|NSW|VIC|QLD|TAS|ACT|NT)|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming))(?:\s+(?:is|was))?[\s,:]+(\d{4,5}(?:-\d{4})?)\b/g;
/** A five-digit number that is not a year, a price or a count of something. */
const BARE_ZIP = /(?<![\d$£€.,])\b(\d{5})\b(?!\s*(?:dollars|bucks|pounds|euros|usd|gbp|calories|kcal|cal|steps|words|miles|km|k\b|people|views|followers|members|subscribers|times|hours|days|years|\$|%|,\d|\.\d))/gi;
/** A day and month without a year ("March 3rd", "june 15th", "the 2nd of January"): a date tied to the person. */
const DATE_DAY_MONTH = new RegExp(`\\b(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:%|am|pm|minutes|hours|mins|years|kg|lbs))|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b)`, "gi");
/** An Australian (or other) four-digit postcode right after a place name: "West End (4101", "Fitzroy, 3065". */
const PLACE_POSTCODE = /\b[A-Z][a-z]+[ \t]*[,(][ \t]*(\d{4})\b(?![\d.]|,\d)/g;
/** A Canadian forward sortation area said as a place: "anyone in the L5M area". */
const CA_AREA = /\b(?:in|around|near|from|round)[ \t]+(?:the[ \t]+)?([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?=[ \t]+area\b)/g;
/** The UK's postcode areas: an outward code alone ("around LS6", "near M14") starts with one of these. */
const UK_AREAS = new Set("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split(" "));
/** A UK outward code after a place word: "anyone around LS6", "near M14", "in SE15". A bare "in" or "from" takes
 * only a code with two letters or two digits ("in S4" is a Scottish school year, "in B12" a vitamin). */
const OUTWARD = /\b(around|round|near|nr|in|from|area|postcode)[ \t]+(?:the[ \t]+)?([A-Z]{1,2}\d[A-Z\d]?)(?![\w/-]|\s+\d[A-Z]{2}\b)/gi;
/** An Australian postcode where someone says where they are: "anyone around 2170", "people near 4870", "living in 6107". */
const CUED_AU_POSTCODE = /\b(?:anyone|anybody|someone|somebody|people|folks|you|ya|y'?all|live[sd]?|living|based|located|staying|who(?:['’]s| is| are)?|i['’]?m|we['’]?re|here)(?:['’]s| is| are)?(?:[ \t]+(?:else|still|here|also|who|that|round here))?[ \t]+(around|near|round|in)[ \t]+(\d{4})\b(?![\d.,%$]|[ \t]*(?:k\b|people|dollars|bucks|steps|calories|kcal|words|hours|times|years|days|per|a\s+(?:week|month|year|day)))/gi;
const DATE_NUMERIC = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b/g;
const DATE_WORDS = new RegExp(`\\b(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(?:19|20)\\d{2})\\b`, "gi");
const BIRTH_CUE = new RegExp(`\\b(?:born(?:\\s+on)?|dob|d\\.o\\.b\\.?|date of birth|birthday(?:\\s+is)?|bday(?:\\s+is)?)[\\s:,-]*((?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})(?:,?\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2}|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)`, "gi");
/** Six or more digits in a row (or an id with letters after a cue): ids, account and record numbers. */
const LONG_NUMBER = /(?<![\d$£€.,])\b\d{6,}\b(?![.,]\d)/g;
const CUED_ID = /\b(?:student|employee|staff|badge|member(?:ship)?|patient|nhs|medicare|medicaid|ssn|social security|national insurance|ni|passport|licen[cs]e|account|case|reference|ref|customer|order|id|ID)\s*(?:number|no\.?|num|#|id)?\s*(?:is|was|:)?\s*#?\s*([A-Z]{0,3}[ -]?\d[\d -]{3,14}\d[A-Z]?)\b/g;

function collect(text: string, re: RegExp, type: string, group = 0, keep?: (m: RegExpMatchArray) => boolean): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (keep && !keep(m)) continue;
    const value = m[group];
    if (!value) continue;
    const start = m.index! + (group ? m[0].indexOf(value) : 0);
    out.push({ start, end: start + value.length, type, text: value });
  }
  return out;
}

const digits = (s: string) => s.replace(/\D/g, "").length;

/** Every contact-shaped personal detail in the text. */
export function findContacts(text: string): Span[] {
  return [
    ...collect(text, EMAIL_PLAIN, "EMAIL"),
    // Written out: it must say "dot" or bracket its parts, or name a mail host ("jenna at gmail.com"), so "myself at times. It" is not one.
    ...collect(text, EMAIL_WRITTEN, "EMAIL", 0, (m) => /\bdot\b|[[({]/i.test(m[0]) || /\bat\s+(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|gmx|yandex|fastmail|btinternet|comcast)\b/i.test(m[0])),
    ...collect(text, URL, "URL"),
    ...collect(text, USER, "USER", 0, (m) => !/^@(?:\d+|home|work|night|least|all|once|the|my|me)$/i.test(m[0])),
    ...collect(text, DISCORD_TAG, "HANDLE"),
    ...collect(text, HANDLE, "HANDLE", 1, (m) => !NOT_HANDLE.has(m[1].toLowerCase())),
    ...collect(text, ADDRESS, "ADDRESS", 0, (m) => m[0].trim().length > 4),
    ...collect(text, UK_POSTCODE, "POSTCODE", 0, (m) => /\d[A-Z]{2}$/i.test(m[0].replace(/\s/g, "")) && /[a-z]/i.test(m[0][0]) && (m[0] === m[0].toUpperCase() || /\s/.test(m[0]))),
    ...collect(text, CA_POSTCODE, "POSTCODE", 0, (m) => m[0] === m[0].toUpperCase() || /\s/.test(m[0])),
    ...collect(text, CUED_POSTCODE, "POSTCODE", 1),
    ...collect(text, BARE_ZIP, "POSTCODE", 1),
    ...collect(text, DATE_NUMERIC, "DATE", 0, (m) => {
      const [a, b] = m[0].split(/[/.-]/).map(Number);
      return a >= 1 && b >= 1 && (a <= 12 || b <= 12) && a <= 31 && b <= 31;
    }),
    ...collect(text, DATE_WORDS, "DATE"),
    ...collect(text, DATE_DAY_MONTH, "DATE", 0, (m) => !/^may\s/i.test(m[0]) || /\d(?:st|nd|rd|th)\b/i.test(m[0]) || /^May/.test(m[0])),
    // A year in brackets after a place is possible ("Leeds (2019)"); a postcode that reads as a far year ("Newtown (2042") is not one.
    ...collect(text, CA_AREA, "POSTCODE", 1),
    ...collect(text, PLACE_POSTCODE, "POSTCODE", 1, (m) => !/^(?:19\d\d|20[0-2]\d|2030)$/.test(m[1])),
    ...collect(text, OUTWARD, "POSTCODE", 2, (m) => {
      const code = m[2];
      if (code !== code.toUpperCase() || !UK_AREAS.has(code.match(/^[A-Z]+/)![0])) return false;
      // "in B12" is a vitamin, "in S4" a school year, "from B1" a language level; around or near, a code is a place.
      return !/^(?:in|from)$/i.test(m[1]) || (/^[A-Z]{2}\d|^[A-Z]\d\d/.test(code) && !/^B(?:12|6)$/.test(code));
    }),
    // A year is a time, not a place ("people in 2019"), unless someone is asked about being around it.
    ...collect(text, CUED_AU_POSTCODE, "POSTCODE", 2, (m) => !/^(?:19\d\d|20[0-3]\d)$/.test(m[2]) || (/^(?:anyone|anybody|someone|somebody)/i.test(m[0]) && m[1].toLowerCase() !== "in")),
    ...collect(text, USERNAME_SHAPE, "HANDLE"),
    ...collect(text, BIRTH_CUE, "DATE", 1),
    ...collect(text, CUED_ID, "ID", 1, (m) => digits(m[1]) >= 5),
    ...collect(text, LONG_NUMBER, "ID"),
    ...collect(text, PHONE, "PHONE", 0, (m) => {
      const d = digits(m[0]);
      return d >= 7 && d <= 15 && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(m[0]);
    }),
  ];
}

/** Digits of a phone-like string, for comparing with known public numbers. */
export const phoneDigits = (s: string) => s.replace(/\D/g, "");
export const PHONE_PATTERN = PHONE;
export const URL_PATTERN = URL;
